#pragma once

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QSpinBox;

namespace Marquee {

class BasketWidget;
class ConnectionBanner;
class LegendWidget;
class LocalCache;
class PaymentDialog;
class SeatMapScene;
class LiveSeatMap;
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
    ConnectionBanner *connectionBanner() const { return m_banner; }
    // The tickets of the last sale (what was printed).
    const QList<TicketInfo> &lastTickets() const { return m_lastTickets; }
    // Their PDF, when they went to PDF (no ticket printer, or printing failed); else empty.
    QString lastTicketsPdf() const { return m_lastPdf; }

    // Holds the selected seats, or adds them to the hold when seats are held already (one basket,
    // one payment). `then` (optional) learns whether they were held.
    // A hold that would leave a single seat stranded (the venue's rule) asks the cashier first and
    // is sent again with allowOrphans when they say so.
    void holdSelection(std::function<void(bool held)> then = {}, bool allowOrphans = false);
    // "Best N": selects the best `count` free seats (shared/bestavailable.h: together where
    // possible, no orphan seats) and holds them; false when there are not that many free seats.
    bool chooseBestSeats(int count);
    QSpinBox *bestCount() const { return m_bestCount; }
    void pay(const QList<Payment> &payments); // sells the held seats, as the payment dialog does
    // Opens the payment dialog (window-modal, not blocking); selected seats not held yet are added
    // to the hold first.
    void openPayment();
    PaymentDialog *paymentDialog() const;
    QStringList heldSeats() const { return m_heldSeats; }
    // Empties the basket, releasing held seats after asking.
    void clearBasket();
    // The cashier's answers to questions; tests set their own.
    enum class QuitChoice { Release, Keep, Cancel };
    void setQuestionHandlers(std::function<bool(const QString &question)> confirm,
                             std::function<QuitChoice(int heldSeats)> quit);
    // The shift: the report so far, and the close with the counted cash.
    void showShiftReport();
    void closeShift();
    // Closes the terminal's shift with the counted cash: the Z report is saved as PDF
    // (lastShiftReportPdf()), shiftClosed() is emitted and the cashier is signed out.
    void closeShiftWith(const Money &countedCash, const QString &note, bool showReport = false);
    QString lastShiftReportPdf() const { return m_lastShiftPdf; }
    // Tells the cashier how a refund is paid back (cash out of the drawer, or to the card).
    void refundDone(const RefundReply &reply);
    QString lastRefundSlipPdf() const { return m_lastRefundSlip; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void signInRequested();
    // Venue > Layouts... (managers and admins): the application opens the layout studio.
    void layoutStudioRequested();
    // Venue > Back office... (managers and admins): the application opens the back office.
    void backOfficeRequested();
    void saleCompleted(const Marquee::SellReply &reply);
    void shiftClosed(const Marquee::ShiftReportReply &report);

private:
    void buildMenus();
    void updateConnectionState();
    void showSelected(const QString &showId);
    // Title, start and hall of the open show, and the warning once it has started.
    void updateShowHeader();
    // The open show's map was drawn anew, or some of its seats changed (LiveSeatMap).
    void mapReset();
    void seatsChanged();
    // The ticket types the show offers, for the basket (list_pricing of the show's venue): when a
    // show is opened, or again when the server says it changed (its card, its card's prices).
    enum class TypesLoad { ShowOpened, ShowChanged };
    void loadTicketTypes(const Show &show, TypesLoad why);
    // The open show's types were read again: seats of types it no longer offers go back to the
    // default, and a hold's total is read again from the server.
    void ticketTypesChanged();
    // A seat's ticket type picked in the basket; sent at once for held seats.
    void ticketTypeChosen(const QString &seatId, const QString &ticketTypeId);
    // set_ticket_types for these held seats at their types in m_seatTypes; `then` (optional)
    // gets the answer, or nullptr when it was refused.
    void sendTicketTypes(const QStringList &seatIds, std::function<void(const HoldReply *)> then = {});
    // The hold's total and its seats' types as the server answered them.
    void applyHoldPrices(const QList<SeatTicketType> &types, const Money &total);
    void updateBasket();
    void forgetTakenSeatsMessage(bool evenIfTaken);
    void updateCounts();
    void release();
    void extend();
    void rehold();
    // The payment dialog learns whether the hold taken again costs what it asks for.
    void reholdPriced(const HoldReply &hold, const Money &due);
    // The hold ran out with the payment dialog open: its seats and types, to hold them again.
    void keepExpiredHold();
    void restoreHolds(const SessionReply &session);
    void applyPendingRestore();
    void endHold();
    void showSession(const SessionReply &session);
    void showReportDialog(const ShiftReportReply &report);

    void saleDone(const SellReply &reply, const QList<Payment> &payments);
    void printLastTickets();
    void saveLastTicketsPdf();
    void openSales();
    void setLanguage(const QString &code);
    QString seatLabel(const QString &seatId) const;
    QString categoryName(const QString &categoryId) const;

    ServerConnection *m_connection;
    LocalCache *m_cache;
    ShowPicker *m_picker;
    SeatMapScene *m_scene;
    LiveSeatMap *m_live; // the open show's map, live
    SeatMapView *m_view;
    LegendWidget *m_legend;
    BasketWidget *m_basket;
    QLabel *m_showTitle;
    QSpinBox *m_bestCount;
    bool m_mayOverrideOrphans = true; // cashiers, managers, admins (not kiosks)
    QLabel *m_startedWarning;
    QLabel *m_statusWarning; // the show is not on sale (cancelled, sales closed, not yet open)
    QLabel *m_connectionLabel;
    QLabel *m_userLabel;
    QActionGroup *m_managerActions = nullptr; // Venue > Layouts..., Back office...: managers and admins
    ConnectionBanner *m_banner;
    QPointer<PaymentDialog> m_payment;
    QStringList m_heldSeats; // the seats of the hold in the basket
    QHash<QString, QString> m_seatTypes; // seat id -> ticket type id picked (absent: the default)
    QStringList m_expiredSeats; // the seats of a hold that ran out while the payment dialog was open
    QHash<QString, QString> m_expiredTypes; // and their ticket types, set again when they are held again
    quint64 m_typesRequest = 0; // the newest list_pricing of the open show
    std::optional<ActiveHold> m_pendingRestore; // a hold from the server, put back once its show is on screen
    std::function<bool(const QString &)> m_confirm;
    std::function<QuitChoice(int)> m_askQuit;
    QString m_lastShiftPdf;
    QString m_lastRefundSlip;
    QString m_paymentRequest;
    QString m_showId;
    QList<TicketInfo> m_lastTickets;
    QString m_lastPdf;
    // "Just taken by another terminal": those seats, and the selection the message was about.
    QStringList m_takenSeats;
    QStringList m_selectionAfterTaken;
    QString m_takenMessage;
    QString m_noticeShown; // a server notice in the status bar ("The server is restarting")
};

} // namespace Marquee
