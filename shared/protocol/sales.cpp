#include "sales.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

const std::array<EnumName<PaymentMethod>, 2> Wire::paymentMethodNames { {
    { PaymentMethod::Cash, QLatin1StringView("cash") },
    { PaymentMethod::Card, QLatin1StringView("card") },
} };

namespace {

constexpr std::array<EnumName<TicketStatus>, 3> ticketStatusNames { {
    { TicketStatus::Valid, QLatin1StringView("valid") },
    { TicketStatus::Refunded, QLatin1StringView("refunded") },
    { TicketStatus::Admitted, QLatin1StringView("admitted") },
} };
constexpr std::array<EnumName<PaymentStage>, 5> paymentStageNames { {
    { PaymentStage::WaitingForCard, QLatin1StringView("waiting_for_card") },
    { PaymentStage::Authorising, QLatin1StringView("authorising") },
    { PaymentStage::Approved, QLatin1StringView("approved") },
    { PaymentStage::Declined, QLatin1StringView("declined") },
    { PaymentStage::Cancelled, QLatin1StringView("cancelled") },
} };
constexpr std::array<EnumName<SalesScope>, 2> salesScopeNames { {
    { SalesScope::Terminal, QLatin1StringView("terminal") },
    { SalesScope::User, QLatin1StringView("user") },
} };

QJsonObject paymentToJson(const Payment &p)
{
    QJsonObject o { { L1("method"), enumToString(paymentMethodNames, p.method) },
                    { L1("amount"), toJsonValue(p.amount) } };
    insertOptional(o, L1("tendered"), p.tendered);
    return o;
}

Payment readPayment(Reader &r)
{
    Payment p;
    p.method = r.enumeration(L1("method"), paymentMethodNames);
    p.amount = r.money(L1("amount"));
    if (r.ok() && p.amount.isZero())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("a payment must be more than zero"),
               r.path(u"amount") + QStringLiteral("/amount"));
    p.tendered = r.optMoney(L1("tendered"));
    if (r.ok() && p.tendered) {
        const QString at = r.path(u"tendered");
        if (p.method != PaymentMethod::Cash) {
            r.fail(ErrorCode::InvalidValue, QStringLiteral("only cash payments are tendered"), at);
        } else if (!(p.tendered->currency() == p.amount.currency())) {
            r.fail(ErrorCode::CurrencyMismatch,
                   QStringLiteral("tendered in %1 for an amount in %2")
                       .arg(p.tendered->currency().code(), p.amount.currency().code()),
                   at + QStringLiteral("/currency"));
        } else if (p.tendered->minorUnits() < p.amount.minorUnits()) {
            r.fail(ErrorCode::InvalidValue, QStringLiteral("the tendered cash is less than the amount"), at);
        }
    }
    return p;
}

QJsonObject paymentResultToJson(const PaymentResult &p)
{
    QJsonObject o { { L1("method"), enumToString(paymentMethodNames, p.method) },
                    { L1("amount"), toJsonValue(p.amount) } };
    insertOptional(o, L1("reference"), p.reference);
    return o;
}

PaymentResult readPaymentResult(Reader &r)
{
    PaymentResult p;
    p.method = r.enumeration(L1("method"), paymentMethodNames);
    p.amount = r.money(L1("amount"));
    p.reference = r.optString(L1("reference"), MaxNameLength);
    return p;
}

QJsonObject ticketToJson(const Ticket &t)
{
    QJsonObject o { { L1("id"), t.id },
                    { L1("code"), t.code },
                    { L1("seatId"), t.seatId },
                    { L1("category"), t.category },
                    { L1("price"), toJsonValue(t.price) },
                    { L1("status"), enumToString(ticketStatusNames, t.status) } };
    insertOptional(o, L1("ticketTypeId"), t.ticketTypeId);
    insertOptional(o, L1("ticketTypeName"), t.ticketTypeName);
    return o;
}

Ticket readTicket(Reader &r)
{
    Ticket t;
    t.id = r.id(L1("id"));
    t.code = r.id(L1("code"));
    t.seatId = r.id(L1("seatId"));
    t.category = r.id(L1("category"));
    t.price = r.money(L1("price"));
    t.status = r.enumeration(L1("status"), ticketStatusNames);
    t.ticketTypeId = r.optId(L1("ticketTypeId"));
    t.ticketTypeName = r.optString(L1("ticketTypeName"), MaxNameLength);
    return t;
}

QJsonObject saleRecordToJson(const SaleRecord &s)
{
    QJsonObject o{ { L1("saleId"), s.saleId },
                   { L1("showId"), s.showId },
                   { L1("soldAt"), toJsonValue(s.soldAt) },
                   { L1("terminalId"), s.terminalId },
                   { L1("userId"), s.userId },
                   { L1("total"), toJsonValue(s.total) },
                   { L1("tickets"), toJsonArray(s.tickets, ticketToJson) } };
    insertOptional(o, L1("userName"), s.userName);
    return o;
}

SaleRecord readSaleRecord(Reader &r)
{
    SaleRecord s;
    s.saleId = r.id(L1("saleId"));
    s.showId = r.id(L1("showId"));
    s.soldAt = r.dateTime(L1("soldAt"));
    s.terminalId = r.id(L1("terminalId"));
    s.userId = r.id(L1("userId"));
    s.userName = r.optString(L1("userName"), MaxNameLength);
    s.total = r.money(L1("total"));
    s.tickets = r.objectListField<Ticket>(L1("tickets"), readTicket);
    return s;
}

} // namespace

bool isPlausibleEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (email.size() > MaxCustomerEmailLength || at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return email.sliced(at + 1).contains(u'.');
}

bool isSaleLanguage(QStringView language)
{
    return language == u"en" || language == u"de" || language == u"fr" || language == u"es";
}

QJsonObject SellRequest::toJson() const
{
    QJsonObject o { { L1("holdId"), holdId }, { L1("payments"), toJsonArray(payments, paymentToJson) } };
    insertOptional(o, L1("customerEmail"), customerEmail);
    insertOptional(o, L1("language"), language);
    return o;
}

Result<SellRequest> SellRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SellRequest m;
    m.holdId = r.id(L1("holdId"));
    if (const auto payments = r.take(L1("payments"), true)) {
        m.payments = r.list<Payment>(*payments, QStringLiteral("/payments"), MaxPaymentsPerSale, false,
                                     ErrorCode::InvalidValue,
                                     [](Reader &p, const QJsonValue &value, const QString &at) {
                                         return p.objectValue(value, at, readPayment);
                                     });
    }
    for (qsizetype i = 1; r.ok() && i < m.payments.size(); ++i) {
        if (!(m.payments.at(i).amount.currency() == m.payments.first().amount.currency())) {
            r.fail(ErrorCode::CurrencyMismatch, QStringLiteral("all payments of a sale are in one currency"),
                   QStringLiteral("/payments/%1/amount/currency").arg(i));
        }
    }
    if (r.ok()) {
        const auto total = Money::sum([&m] {
            QList<Money> amounts;
            for (const Payment &p : std::as_const(m.payments))
                amounts.append(p.amount);
            return amounts;
        }());
        if (!total || total->minorUnits() > MaxSafeInteger) {
            r.fail(ErrorCode::AmountOverflow, QStringLiteral("the payments add up to too much"),
                   QStringLiteral("/payments"));
        }
    }
    m.customerEmail = r.optString(L1("customerEmail"), MaxCustomerEmailLength);
    if (r.ok() && m.customerEmail && !isPlausibleEmail(*m.customerEmail)) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("not an e-mail address"), QStringLiteral("/customerEmail"));
    }
    m.language = r.optString(L1("language"), 8);
    if (r.ok() && m.language && !isSaleLanguage(*m.language)) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("the language is one of en, de, fr, es"),
               QStringLiteral("/language"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject SellReply::toJson() const
{
    return { { L1("saleId"), saleId },
             { L1("holdId"), holdId },
             { L1("showId"), showId },
             { L1("tickets"), toJsonArray(tickets, ticketToJson) },
             { L1("total"), toJsonValue(total) },
             { L1("changeDue"), toJsonValue(changeDue) },
             { L1("payments"), toJsonArray(payments, paymentResultToJson) } };
}

Result<SellReply> SellReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SellReply m;
    m.saleId = r.id(L1("saleId"));
    m.holdId = r.id(L1("holdId"));
    m.showId = r.id(L1("showId"));
    m.tickets = r.objectListField<Ticket>(L1("tickets"), readTicket);
    m.total = r.money(L1("total"));
    m.changeDue = r.money(L1("changeDue"));
    m.payments = r.objectListField<PaymentResult>(L1("payments"), readPaymentResult);
    return finishRead(r, std::move(m));
}

QJsonObject PaymentProgressPush::toJson() const
{
    QJsonObject o { { L1("requestId"), requestId },
                    { L1("holdId"), holdId },
                    { L1("stage"), enumToString(paymentStageNames, stage) } };
    insertOptional(o, L1("message"), message);
    return o;
}

Result<PaymentProgressPush> PaymentProgressPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    PaymentProgressPush m;
    m.requestId = r.id(L1("requestId"));
    m.holdId = r.id(L1("holdId"));
    m.stage = r.enumeration(L1("stage"), paymentStageNames);
    m.message = r.optString(L1("message"), MaxTextLength);
    return finishRead(r, std::move(m));
}

QJsonObject RefundRequest::toJson() const
{
    QJsonObject o { { L1("saleId"), saleId }, { L1("reason"), reason } };
    if (ticketIds)
        o.insert(L1("ticketIds"), toJsonValue(*ticketIds));
    return o;
}

Result<RefundRequest> RefundRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundRequest m;
    m.saleId = r.id(L1("saleId"));
    if (const auto tickets = r.take(L1("ticketIds"), false)) {
        m.ticketIds = r.idList(*tickets, QStringLiteral("/ticketIds"), MaxTicketsPerRefund, ErrorCode::InvalidValue,
                               ErrorCode::InvalidValue);
    }
    m.reason = r.string(L1("reason"), MaxTextLength);
    if (r.ok() && m.reason.trimmed().isEmpty())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give a reason"), QStringLiteral("/reason"));
    return finishRead(r, std::move(m));
}

QJsonObject RefundReply::toJson() const
{
    return { { L1("refundId"), refundId },
             { L1("saleId"), saleId },
             { L1("ticketIds"), toJsonValue(ticketIds) },
             { L1("amount"), toJsonValue(amount) },
             { L1("payments"), toJsonArray(payments, paymentResultToJson) } };
}

Result<RefundReply> RefundReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundReply m;
    m.refundId = r.id(L1("refundId"));
    m.saleId = r.id(L1("saleId"));
    m.ticketIds = r.idListField(L1("ticketIds"), MaxListItems, ErrorCode::InvalidValue, ErrorCode::InvalidValue);
    m.amount = r.money(L1("amount"));
    m.payments = r.optListField<PaymentResult>(L1("payments"), MaxListItems,
                                               [](Reader &p, const QJsonValue &value, const QString &at) {
                                                   return p.objectValue(value, at, readPaymentResult);
                                               });
    return finishRead(r, std::move(m));
}

QJsonObject FindSalesRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("ticketCode"), ticketCode);
    insertOptional(o, L1("saleId"), saleId);
    if (recent) {
        o.insert(L1("recent"), enumToString(salesScopeNames, *recent));
        o.insert(L1("limit"), limit);
    }
    return o;
}

Result<FindSalesRequest> FindSalesRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    FindSalesRequest m;
    m.ticketCode = r.optId(L1("ticketCode"));
    m.saleId = r.optId(L1("saleId"));
    if (const auto scope = r.take(L1("recent"), false))
        m.recent = r.enumValue(*scope, QStringLiteral("/recent"), salesScopeNames);
    if (const auto limit = r.take(L1("limit"), false)) {
        m.limit = int(r.integerValue(*limit, QStringLiteral("/limit"), 1, 100));
        if (r.ok() && !m.recent)
            r.fail(ErrorCode::InvalidValue, QStringLiteral("'limit' goes with 'recent'"), QStringLiteral("/limit"));
    }
    const int criteria = int(m.ticketCode.has_value()) + int(m.saleId.has_value()) + int(m.recent.has_value());
    if (r.ok() && criteria != 1)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give exactly one of 'ticketCode', 'saleId', 'recent'"), {});
    return finishRead(r, std::move(m));
}

QJsonObject FindSalesReply::toJson() const
{
    return { { L1("sales"), toJsonArray(sales, saleRecordToJson) } };
}

Result<FindSalesReply> FindSalesReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    FindSalesReply m;
    m.sales = r.objectListField<SaleRecord>(L1("sales"), readSaleRecord);
    return finishRead(r, std::move(m));
}

QJsonObject VerifyTicketRequest::toJson() const
{
    QJsonObject o { { L1("code"), code }, { L1("admit"), admit } };
    insertOptional(o, L1("showId"), showId);
    return o;
}

Result<VerifyTicketRequest> VerifyTicketRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    VerifyTicketRequest m;
    m.code = r.id(L1("code"));
    m.admit = r.boolean(L1("admit"), false);
    m.showId = r.optId(L1("showId"));
    if (r.ok() && m.showId && !m.admit)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'showId' goes with 'admit': true"), QStringLiteral("/showId"));
    return finishRead(r, std::move(m));
}

namespace {

QJsonObject placeToJson(const SeatPlace &place)
{
    return { { L1("section"), place.section }, { L1("row"), place.row }, { L1("seat"), place.seat } };
}

SeatPlace readPlace(Reader &r)
{
    SeatPlace place;
    place.section = r.string(L1("section"), MaxNameLength);
    place.row = r.string(L1("row"), MaxNameLength);
    place.seat = r.string(L1("seat"), MaxNameLength);
    return place;
}

void insertCount(QJsonObject &o, const AdmissionCount &count)
{
    o.insert(L1("admitted"), count.admitted);
    o.insert(L1("tickets"), count.tickets);
}

AdmissionCount readCount(Reader &r)
{
    AdmissionCount count;
    count.admitted = r.integer(L1("admitted"), 0, MaxSafeInteger);
    count.tickets = r.integer(L1("tickets"), 0, MaxSafeInteger);
    return count;
}

} // namespace

QJsonObject VerifyTicketReply::toJson() const
{
    QJsonObject o { { L1("ticket"), ticketToJson(ticket) }, { L1("saleId"), saleId }, { L1("showId"), showId } };
    insertOptional(o, L1("admittedAt"), admittedAt);
    insertOptional(o, L1("admittedBy"), admittedBy);
    if (place)
        o.insert(L1("place"), placeToJson(*place));
    insertOptional(o, L1("title"), title);
    insertOptional(o, L1("start"), start);
    if (admissions) {
        QJsonObject count;
        insertCount(count, *admissions);
        o.insert(L1("admissions"), count);
    }
    return o;
}

Result<VerifyTicketReply> VerifyTicketReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    VerifyTicketReply m;
    m.ticket = r.nested(L1("ticket"), readTicket);
    m.saleId = r.id(L1("saleId"));
    m.showId = r.id(L1("showId"));
    m.admittedAt = r.optDateTime(L1("admittedAt"));
    m.admittedBy = r.optString(L1("admittedBy"), MaxNameLength);
    m.place = r.optNested(L1("place"), readPlace);
    m.title = r.optString(L1("title"), MaxTextLength);
    m.start = r.optDateTime(L1("start"));
    m.admissions = r.optNested(L1("admissions"), readCount);
    return finishRead(r, std::move(m));
}

QJsonObject ShowAdmissionsRequest::toJson() const
{
    return { { L1("showId"), showId } };
}

Result<ShowAdmissionsRequest> ShowAdmissionsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShowAdmissionsRequest m;
    m.showId = r.id(L1("showId"));
    return finishRead(r, std::move(m));
}

QJsonObject ShowAdmissionsReply::toJson() const
{
    QJsonObject o { { L1("showId"), showId } };
    insertCount(o, count);
    return o;
}

Result<ShowAdmissionsReply> ShowAdmissionsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShowAdmissionsReply m;
    m.showId = r.id(L1("showId"));
    m.count = readCount(r);
    return finishRead(r, std::move(m));
}

QJsonObject AdmissionsPush::toJson() const
{
    QJsonObject o { { L1("showId"), showId } };
    insertCount(o, count);
    return o;
}

Result<AdmissionsPush> AdmissionsPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    AdmissionsPush m;
    m.showId = r.id(L1("showId"));
    m.count = readCount(r);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
