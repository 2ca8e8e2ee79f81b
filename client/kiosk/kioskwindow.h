#pragma once

#include "bestavailable.h"
#include "kiosksale.h"
#include "kiosksettings.h"
#include "kioskstyle.h"
#include "protocol.h"
#include "ticketrenderer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QBoxLayout;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace Marquee {

class KioskExitDialog;
class KioskIdleWatch;
class LiveSeatMap;
class SeatMapScene;
class SeatMapView;
class ServerConnection;

// The self-service kiosk in the lobby: full screen, frameless, touch only. The customer's path:
//   idle (today's films, an attract loop; "temporarily unavailable" without the server)
//   -> a film's show times -> how many tickets of which type (2 of the default type to start)
//   -> the seat map with the best available seats already held (a tap changes them)
//   -> pay by card (one button; "e-mail my tickets" optional) -> done (tickets printed, or QR codes to photograph) -> idle.
// Two tickets of the default type for the next show take five touches. A row of language
// buttons on every screen switches the language for this customer only. Without a touch for a
// while, "Still there?" counts down and then the holds are released and the kiosk starts over.
// Leaving kiosk mode takes the exit PIN or a manager's sign-in (five taps in the top left corner).
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    enum class Page { Idle, Times, Tickets, Seats, Payment, Done };
    Q_ENUM(Page)

    KioskWindow(ServerConnection *connection, const KioskSettings &settings, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Page page() const { return m_page; }
    // Connected, signed in and the programme read: customers can buy.
    bool isAvailable() const { return m_available; }
    const KioskSettings &settings() const { return m_settings; }
    const KioskStyle &style() const { return m_style; }
    KioskSale *sale() const { return m_sale; }
    KioskIdleWatch *idleWatch() const { return m_idle; }
    SeatMapScene *seatMap() const { return m_scene; }
    SeatMapView *seatView() const { return m_view; }
    KioskExitDialog *exitDialog() const;
    // The upcoming shows the kiosk sells (today's, or tomorrow's when today's are over).
    const QList<Show> &shows() const { return m_shows; }
    QString language() const { return m_language; }
    // Touches (presses) since the idle screen was last left.
    int touches() const { return m_touches; }
    // The seats the kiosk proposed for this customer (best available), in plan order.
    QStringList proposedSeats() const { return m_proposed; }
    // What the current page says to the customer beyond its title (a refused seat change, the
    // payment's progress).
    QString message() const;
    QString idleText() const;
    // "E-mail my tickets" on the payment page (optional): the address typed, and setting it (tests).
    QString customerEmail() const;
    void setCustomerEmail(const QString &email);
    // Where the last sale's tickets are mailed ("" when not), as the done page says it.
    QString lastEmail() const { return m_lastEmail; }
    QString doneEmailText() const;
    // The tickets of the last sale and whether they were printed (else shown as QR codes).
    const QList<TicketInfo> &lastTickets() const { return m_lastTickets; }
    bool lastTicketsPrinted() const { return m_printed; }

    // Back to the idle screen in the default language; releases what this customer holds.
    void resetToIdle();
    void setLanguage(const QString &code);
    // The hidden gesture's dialog (the exit PIN or a manager's sign-in).
    void openExitDialog();
    // Screen-size independent tests: lays the pages out for this orientation.
    bool isLandscape() const { return m_landscape; }

Q_SIGNALS:
    void pageChanged(Marquee::KioskWindow::Page page);
    void availabilityChanged(bool available);
    // A manager or the exit PIN unlocked the kiosk: the application ends kiosk mode.
    void exitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct TicketChoice
    {
        QString id;
        QString name;
        QString note;
        QHash<QString, Money> prices; // by layout category
    };

    QWidget *buildIdlePage();
    QWidget *buildTimesPage();
    QWidget *buildTicketsPage();
    QWidget *buildSeatsPage();
    QWidget *buildPaymentPage();
    QWidget *buildDonePage();
    void buildIdleWarning();
    void applyStyle();
    void retranslate();
    void relayout();
    void showPage(Page page);

    void updateAvailability();
    void loadVenues();
    void loadShows();
    void fillFilms();
    void attractStep();
    void showFeatured();
    void filmChosen(const QString &title);
    void fillTimes();
    void showChosen(const QString &showId);
    void loadTicketTypes();
    void fillTicketTypes();
    void changeCount(const QString &typeId, int delta);
    void updateTicketsTotal();
    void seatsRequested();
    void proposeBest();
    void seatTapped(const QString &seatId);
    QString partnerSeat(const QString &seatId) const;
    void updateSeatsPanel();
    // The whole map, or where it is too large for seats a finger can hit, the part around the
    // customer's seats at a zoom where a seat is a touch target (the customer drags to see more).
    void fitSeats();
    void holdRefused(ErrorCode code);
    void goToPayment();
    void updatePaymentPage();
    void pay();
    void paymentProgress(PaymentStage stage);
    void paymentFailed(ErrorCode code, const QString &message);
    void sold(const SellReply &reply);
    void fillDonePage();
    void connectionLostMidPath();

    const Show *currentShow() const;
    QString seatLabel(const QString &seatId) const;
    QString seatsText(const QStringList &seatIds) const;
    QString showTimeText(const Show &show) const;
    QDateTime venueTime(const Show &show) const;
    QString auditoriumName(const QString &auditoriumId) const;
    QString venueIdOf(const QString &auditoriumId) const;
    QPushButton *primaryButton(const QString &objectName);
    QLabel *label(const QString &kind, const QString &objectName = {});

    ServerConnection *m_connection;
    KioskSettings m_settings;
    KioskStyle m_style;
    KioskSale *m_sale;
    KioskIdleWatch *m_idle;
    SeatMapScene *m_scene;
    SeatMapView *m_view = nullptr;
    LiveSeatMap *m_live;
    QPointer<KioskExitDialog> m_exit;
    QStackedWidget *m_stack;
    Page m_page = Page::Idle;
    bool m_available = false;
    bool m_landscape = true;
    QString m_language;
    int m_touches = 0;

    // Top bar: start over, languages; the hidden corner.
    QBoxLayout *m_top;
    QPushButton *m_startOver;
    QList<QPushButton *> m_languages;
    QPushButton *m_corner;
    int m_cornerTaps = 0;
    QPoint m_pressAt; // a press on the map: a tap, unless it moves (then it pans)
    bool m_panning = false;
    QElapsedTimer m_cornerClock;

    // Idle.
    QLabel *m_idleTitle;
    QLabel *m_idleHint;
    QLabel *m_featured;
    QLabel *m_unavailable;
    QWidget *m_filmBox;
    QGridLayout *m_filmGrid;
    QList<QPushButton *> m_filmButtons;
    QTimer *m_attract;
    int m_attractIndex = 0;

    // Times.
    QLabel *m_timesTitle;
    QLabel *m_timesHint;
    QVBoxLayout *m_timesList;
    QList<QPushButton *> m_timeButtons;
    QPushButton *m_timesBack;
    QString m_film;

    // Tickets.
    QLabel *m_ticketsTitle;
    QLabel *m_ticketsShow;
    QVBoxLayout *m_typeRows;
    QWidget *m_typeBox;
    QLabel *m_ticketsTotal;
    QLabel *m_ticketsMessage;
    QPushButton *m_ticketsBack;
    QPushButton *m_chooseSeats;
    QPushButton *m_wheelchair;
    QList<TicketChoice> m_types;
    QHash<QString, int> m_counts;
    QHash<QString, QLabel *> m_countLabels;
    quint64 m_typesRequest = 0;

    // Seats.
    QBoxLayout *m_seatsLayout;
    QLabel *m_seatsTitle;
    QLabel *m_seatsShow;
    QLabel *m_seatsChosen;
    QLabel *m_seatsHint;
    QLabel *m_seatsMessage;
    QLabel *m_seatsTotal;
    QPushButton *m_seatsBack;
    QPushButton *m_toPayment;
    QStringList m_proposed;
    bool m_wantBest = false;
    bool m_mapReady = false;
    int m_bestAttempts = 0;
    SeatingPlan m_plan;
    QString m_planKey;

    // Payment.
    QLabel *m_payTitle;
    QLabel *m_payAmount;
    QLabel *m_paySummary;
    QLabel *m_payStatus;
    QPushButton *m_payButton;
    QPushButton *m_payBack;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_emailMessage;

    // Done.
    QLabel *m_doneTitle;
    QLabel *m_doneText;
    QBoxLayout *m_ticketImages;
    QWidget *m_ticketBox;
    QPushButton *m_doneButton;
    QTimer *m_doneTimer;
    QList<TicketInfo> m_lastTickets;
    bool m_printed = false;
    QLabel *m_doneEmail;
    QString m_lastEmail; // where the last sale's tickets were mailed ("" when not)

    // "Still there?"
    QFrame *m_warning;
    QLabel *m_warningTitle;
    QLabel *m_warningCountdown;
    QPushButton *m_continue;

    QList<Show> m_shows;
    bool m_showsLoaded = false;
    QString m_showId;
    QHash<QString, QString> m_auditoriums;       // id -> name
    QHash<QString, QString> m_auditoriumVenues;  // id -> venue id
    QHash<QString, QString> m_venueNames;        // venue id -> name
    QHash<QString, QString> m_venueZones;        // venue id -> IANA zone
    QTimer *m_refresh;
};

} // namespace Marquee
