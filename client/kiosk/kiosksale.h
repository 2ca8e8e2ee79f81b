#pragma once

#include "bestavailable.h"
#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <optional>

class QTimer;

namespace Marquee {

class ServerConnection;

// One customer's purchase at the kiosk, as the server sees it: the seats held (one hold), their
// ticket types, and the card payment. It never sells what is not held and never holds more than
// the customer asked for. Every change of seats is one step on the server: the new seats are added
// to the hold first and the old ones released only once that worked, so that a refused change
// (ORPHAN_SEAT, a seat just taken) leaves the customer's seats as they were.
class KioskSale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskSale)

public:
    enum class State { Idle, Holding, Held, Paying, Sold };
    Q_ENUM(State)

    explicit KioskSale(ServerConnection *connection, QObject *parent = nullptr);
    ~KioskSale() override;

    // A new customer's show; forgets (and releases) what the last one held.
    void start(const QString &showId);
    QString showId() const { return m_showId; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Holding || m_state == State::Paying; }

    // How many tickets of which type (ticket type id -> count; the default type first in
    // `typeOrder`): seats are given their types in plan order.
    void setTicketTypes(const QStringList &typeOrder, const QHash<QString, int> &counts);
    int ticketCount() const;

    // Holds exactly these seats (adds and releases what differs from the hold, in that order).
    void holdSeats(const QStringList &seatIds);
    QStringList heldSeats() const { return m_held; }
    QString holdId() const { return m_holdId; }
    Money total() const { return m_total; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // Releases the hold (all of it); the customer left or the kiosk was reset. Sent even while
    // offline: the connection delivers it once it is back (the kiosk's short hold time covers a
    // kiosk that never comes back).
    void releaseAll();

    // Sells the hold with one card payment of the total; the simulated or real terminal answers.
    // With an e-mail address the server mails the tickets there, in `language` (the customer's).
    void payByCard(const std::optional<QString> &customerEmail = std::nullopt,
                   const std::optional<QString> &language = std::nullopt);
    const SellReply &sale() const { return m_sale; }

Q_SIGNALS:
    void stateChanged(Marquee::KioskSale::State state);
    // The hold is as the server answered (seats, total).
    void holdChanged();
    // A change of seats was refused; the hold is as it was. `code` says why (ORPHAN_SEAT,
    // SEAT_UNAVAILABLE, ...), `seats` which seats were the problem when the server said.
    void holdRefused(Marquee::ErrorCode code, const QStringList &seats);
    // The hold is gone (expired on the server, released).
    void holdLost();
    void paymentProgress(Marquee::PaymentStage stage);
    void sold(const Marquee::SellReply &reply);
    void paymentFailed(Marquee::ErrorCode code, const QString &message);

private:
    void setState(State state);
    void holdAdded(const HoldReply &reply, const QStringList &release);
    void releaseSeats(const QStringList &seatIds);
    // set_ticket_types for the held seats, when not all are of the default type.
    void sendTicketTypes();
    QHash<QString, QString> seatTypes() const;
    void applyHold(const HoldReply &reply);
    void refused(const ErrorMessage &error);
    void clear();
    // A customer still choosing keeps the seats: the hold is extended before it runs out (the
    // server caps a kiosk's hold; the idle reset ends it much sooner for a customer who left).
    void extendIfDue();

    ServerConnection *m_connection;
    State m_state = State::Idle;
    QString m_showId;
    QString m_holdId;
    QStringList m_held;
    Money m_total;
    QDateTime m_expiresAt;
    QStringList m_typeOrder;
    QHash<QString, int> m_counts;
    QString m_payRequest;
    SellReply m_sale;
    QTimer *m_extend;
    quint64 m_generation = 0; // a new customer: answers for the last one are ignored
};

} // namespace Marquee
