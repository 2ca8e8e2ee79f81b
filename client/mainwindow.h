#pragma once

#include "protocol.h"

#include <QtWidgets/QMainWindow>

class QLabel;

namespace Marquee {

class BasketWidget;
class LegendWidget;
class LocalCache;
class PaymentDialog;
class SeatMapScene;
class SeatMapView;
class ServerConnection;
class ShowPicker;
struct TicketInfo;

// The box office: shows of the day on the left, the live seat map in the middle, the basket on
// the right; the connection state always visible in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ServerConnection *connection, LocalCache *cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString connectionText() const;
    QString currentShow() const { return m_showId; }
    void selectShow(const QString &showId);

    // For tests and the demo: the parts a cashier works with.
    SeatMapScene *seatMap() const { return m_scene; }
    BasketWidget *basket() const { return m_basket; }
    ShowPicker *showPicker() const { return m_picker; }
    // The tickets of the last sale (what was printed).
    const QList<TicketInfo> &lastTickets() const { return m_lastTickets; }
    // Their PDF, when they went to PDF (no ticket printer, or printing failed); else empty.
    QString lastTicketsPdf() const { return m_lastPdf; }

    void holdSelection();
    void pay(const QList<Payment> &payments); // sells the held seats, as the payment dialog does

Q_SIGNALS:
    void signInRequested();
    void saleCompleted(const Marquee::SellReply &reply);

private:
    void buildMenus();
    void updateConnectionState();
    void showSelected(const QString &showId);
    // Title, start and hall of the open show, and the warning once it has started.
    void updateShowHeader();
    void loadLayout(const Show &show);
    void applyLayout(const QString &showId, const QJsonObject &layoutJson, const Show &show);
    void resetMap(const QString &showId);
    void seatsChanged(const QString &showId, const QList<SeatState> &changes);
    void updateBasket();
    void updateCounts();
    void release();
    void extend();
    void openPayment();
    void saleDone(const SellReply &reply, const QList<Payment> &payments);
    void printLastTickets();
    void saveLastTicketsPdf();
    void showShiftReport();
    void openSales();
    void setLanguage(const QString &code);
    QString seatLabel(const QString &seatId) const;
    QString categoryName(const QString &categoryId) const;

    ServerConnection *m_connection;
    LocalCache *m_cache;
    ShowPicker *m_picker;
    SeatMapScene *m_scene;
    SeatMapView *m_view;
    LegendWidget *m_legend;
    BasketWidget *m_basket;
    QLabel *m_showTitle;
    QLabel *m_startedWarning;
    QLabel *m_connectionLabel;
    QLabel *m_userLabel;
    PaymentDialog *m_payment = nullptr;
    QString m_paymentRequest;
    QString m_showId;
    QString m_layoutKey; // auditorium/version of the layout on screen
    QList<TicketInfo> m_lastTickets;
    QString m_lastPdf;
};

} // namespace Marquee
