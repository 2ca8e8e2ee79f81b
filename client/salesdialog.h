#pragma once

#include "protocol.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Marquee {

class ServerConnection;

// Finds a sale by ticket code (typed or scanned), by sale number, or among the recent sales of
// this terminal, and refunds all or some of its tickets with a reason. Where the server requires
// a manager (a cashier's refund window has passed), a manager signs in here to approve.
class SalesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesDialog)

public:
    explicit SalesDialog(ServerConnection *connection, QWidget *parent = nullptr);
    ~SalesDialog() override;

    void search(const QString &text);
    void showRecent();
    int saleCount() const { return int(m_sales.size()); }
    // Ticks the tickets to refund (all of the first sale when empty) and sets the reason.
    void prepareRefund(const QStringList &ticketIds, const QString &reason);
    void refund();
    QString statusText() const;

Q_SIGNALS:
    void refunded(const Marquee::RefundReply &reply);

private:
    void find(const FindSalesRequest &request);
    void showSales(const QList<SaleRecord> &sales);
    void refundAs(ServerConnection *connection, const RefundRequest &request, bool approval);
    void askManager(const RefundRequest &request);
    void setStatus(const QString &text, bool error);

    ServerConnection *m_connection;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLineEdit *m_reason;
    QPushButton *m_refund;
    QLabel *m_status;
    QList<SaleRecord> m_sales;
};

} // namespace Marquee
