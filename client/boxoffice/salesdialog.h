#pragma once

#include "layout.h"
#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Marquee {

class LocalCache;
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

    // Where the names come from (shows' titles, "Row K, seat 1", category names): the shows the
    // caller knows, layouts from the cache; what is missing is asked from the server once.
    void setNameSources(LocalCache *cache, const QList<Show> &knownShows);

    void search(const QString &text);
    void showRecent();
    // Lists these sales (what a search found).
    void showSales(const QList<SaleRecord> &sales);
    int saleCount() const { return int(m_sales.size()); }
    // Ticks the tickets to refund (all of the first sale when empty) and sets the reason.
    void prepareRefund(const QStringList &ticketIds, const QString &reason);
    void refund();
    QString statusText() const;

Q_SIGNALS:
    void refunded(const Marquee::RefundReply &reply);

private:
    void find(const FindSalesRequest &request);
    void refundAs(ServerConnection *connection, const RefundRequest &request, bool approval);
    void askManager(const RefundRequest &request);
    void setStatus(const QString &text, bool error);
    // Names for ids; ids (or "Show %1") while unknown. Each asks the server for what is missing.
    QString showText(const QString &showId);
    QString seatText(const QString &showId, const QString &seatId);
    QString categoryText(const QString &showId, const QString &categoryId);
    const Layout *layoutOf(const QString &showId);
    void requestShows();

    ServerConnection *m_connection;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLineEdit *m_reason;
    QPushButton *m_refund;
    QLabel *m_status;
    QList<SaleRecord> m_sales;
    LocalCache *m_cache = nullptr;
    QHash<QString, Show> m_shows;       // by id
    QHash<QString, Layout> m_layouts;   // by "auditorium/version"
    QSet<QString> m_requested;          // layouts and show lists asked for
};

} // namespace Marquee
