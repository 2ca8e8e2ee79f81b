#pragma once

// Protocol messages of sales: sell (with card payment progress), refund, find sales, verify
// tickets. See docs/PROTOCOL.md.

#include "envelope.h"
#include "money.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

#include <optional>

namespace Marquee {

enum class PaymentMethod { Cash, Card };
enum class TicketStatus { Valid, Refunded, Admitted };
enum class PaymentStage { WaitingForCard, Authorising, Approved, Declined, Cancelled };
enum class SalesScope { Terminal, User };

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount; // > 0
    std::optional<Money> tendered; // cash only; >= amount
    friend bool operator==(const Payment &, const Payment &) = default;
};

struct PaymentResult
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<QString> reference; // card authorisation code
    friend bool operator==(const PaymentResult &, const PaymentResult &) = default;
};

struct Ticket
{
    QString id;
    QString code; // printed, in the QR code
    QString seatId;
    QString category;
    Money price;
    TicketStatus status = TicketStatus::Valid;
    // The ticket type it was sold as (absent from older servers and for older tickets).
    std::optional<QString> ticketTypeId = std::nullopt;
    std::optional<QString> ticketTypeName = std::nullopt;
    friend bool operator==(const Ticket &, const Ticket &) = default;
};

struct SaleRecord
{
    QString saleId;
    QString showId;
    QDateTime soldAt;
    QString terminalId;
    QString userId;
    Money total;
    QList<Ticket> tickets;
    std::optional<QString> userName = std::nullopt; // who sold it (servers before 2026-12 leave it out)
    friend bool operator==(const SaleRecord &, const SaleRecord &) = default;
};

struct SellRequest
{
    MARQUEE_MESSAGE(SellRequest, Sell);
    QString holdId;
    QList<Payment> payments; // 1..10, one currency
    std::optional<QString> customerEmail;
    // The customer's language for the e-mailed tickets ("en", "de", "fr", "es"); absent: English.
    std::optional<QString> language = std::nullopt;
};

// The languages a sale's e-mail can be written in.
bool isSaleLanguage(QStringView language);

inline constexpr qsizetype MaxCustomerEmailLength = 254;
// What sell accepts as customerEmail: one '@' with a name before it and a domain with a dot after
// it, no spaces or control characters, at most MaxCustomerEmailLength characters. Clients check
// their e-mail fields with it before sending.
bool isPlausibleEmail(QStringView email);

struct SellReply
{
    MARQUEE_MESSAGE(SellReply, SellReply);
    QString saleId;
    QString holdId;
    QString showId;
    QList<Ticket> tickets;
    Money total;
    Money changeDue;
    QList<PaymentResult> payments;
};

struct PaymentProgressPush
{
    MARQUEE_MESSAGE(PaymentProgressPush, PaymentProgress);
    QString requestId; // the sell request this is about
    QString holdId;
    PaymentStage stage = PaymentStage::WaitingForCard;
    std::optional<QString> message; // for the cashier's screen
};

struct RefundRequest
{
    MARQUEE_MESSAGE(RefundRequest, Refund);
    QString saleId;
    std::optional<QStringList> ticketIds; // absent: the whole sale
    QString reason;
};

struct RefundReply
{
    MARQUEE_MESSAGE(RefundReply, RefundReply);
    QString refundId;
    QString saleId;
    QStringList ticketIds;
    Money amount;
    QList<PaymentResult> payments = {}; // how the amount goes back: card first, the rest in cash
};

// Exactly one of ticketCode, saleId, recent.
struct FindSalesRequest
{
    MARQUEE_MESSAGE(FindSalesRequest, FindSales);
    std::optional<QString> ticketCode;
    std::optional<QString> saleId;
    std::optional<SalesScope> recent; // recent sales of this terminal or of this user
    int limit = 20; // 1..100, for recent
};

struct FindSalesReply
{
    MARQUEE_MESSAGE(FindSalesReply, FindSalesReply);
    QList<SaleRecord> sales;
};

struct VerifyTicketRequest
{
    MARQUEE_MESSAGE(VerifyTicketRequest, VerifyTicket);
    QString code;
    bool admit = false; // also mark the ticket as admitted
    // With admit: the show the door admits for; absent: any show of the day (venue's time zone).
    std::optional<QString> showId = std::nullopt;
};

// Where a ticket's seat is, by the labels of its show's layout.
struct SeatPlace
{
    QString section;
    QString row;
    QString seat;
    friend bool operator==(const SeatPlace &, const SeatPlace &) = default;
};

// How many of a show's tickets have been admitted.
struct AdmissionCount
{
    qint64 admitted = 0; // tickets of the show admitted at a door
    qint64 tickets = 0;  // tickets of the show that are valid or admitted (not refunded)
    friend bool operator==(const AdmissionCount &, const AdmissionCount &) = default;
};

struct VerifyTicketReply
{
    MARQUEE_MESSAGE(VerifyTicketReply, VerifyTicketReply);
    Ticket ticket;
    QString saleId;
    QString showId;
    std::optional<QDateTime> admittedAt;
    std::optional<QString> admittedBy = std::nullopt;     // the terminal (door) that admitted it
    std::optional<SeatPlace> place = std::nullopt;        // absent from older servers
    std::optional<QString> title = std::nullopt;          // the show's title
    std::optional<QDateTime> start = std::nullopt;        // the show's start
    std::optional<AdmissionCount> admissions = std::nullopt; // the show's count (with admit)
};

// The door's count for a show; afterwards `admissions` pushes keep it current for this connection.
struct ShowAdmissionsRequest
{
    MARQUEE_MESSAGE(ShowAdmissionsRequest, ShowAdmissions);
    QString showId;
};

struct ShowAdmissionsReply
{
    MARQUEE_MESSAGE(ShowAdmissionsReply, ShowAdmissionsReply);
    QString showId;
    AdmissionCount count;
};

// Pushed to the connections that asked show_admissions for the show when one of its tickets is
// admitted (through any server process).
struct AdmissionsPush
{
    MARQUEE_MESSAGE(AdmissionsPush, Admissions);
    QString showId;
    AdmissionCount count;
};

} // namespace Marquee
