#include "shifts.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

namespace {

QJsonObject methodTotalToJson(const MethodTotal &t)
{
    return { { L1("method"), enumToString(paymentMethodNames, t.method) },
             { L1("sales"), toJsonValue(t.sales) },
             { L1("refunds"), toJsonValue(t.refunds) },
             { L1("salesCount"), t.salesCount },
             { L1("refundsCount"), t.refundsCount } };
}

MethodTotal readMethodTotal(Reader &r)
{
    MethodTotal t;
    t.method = r.enumeration(L1("method"), paymentMethodNames);
    t.sales = r.money(L1("sales"));
    t.refunds = r.money(L1("refunds"));
    t.salesCount = r.integer(L1("salesCount"), 0, MaxSafeInteger);
    t.refundsCount = r.integer(L1("refundsCount"), 0, MaxSafeInteger);
    return t;
}

} // namespace

QJsonObject ShiftReportRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("shiftId"), shiftId);
    insertOptional(o, L1("from"), from);
    insertOptional(o, L1("to"), to);
    return o;
}

Result<ShiftReportRequest> ShiftReportRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShiftReportRequest m;
    m.shiftId = r.optId(L1("shiftId"));
    m.from = r.optDateTime(L1("from"));
    m.to = r.optDateTime(L1("to"));
    checkTimeRange(r, m.from, m.to);
    if (r.ok() && m.shiftId && (m.from || m.to)) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give a shiftId or a period, not both"),
               QStringLiteral("/shiftId"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject ShiftReportReply::toJson() const
{
    QJsonObject o { { L1("userId"), userId },
                    { L1("terminalId"), terminalId },
                    { L1("from"), toJsonValue(from) },
                    { L1("to"), toJsonValue(to) },
                    { L1("totals"), toJsonArray(totals, methodTotalToJson) },
                    { L1("ticketsSold"), ticketsSold },
                    { L1("ticketsRefunded"), ticketsRefunded } };
    insertOptional(o, L1("userName"), userName);
    insertOptional(o, L1("shiftId"), shiftId);
    if (shiftId)
        o.insert(L1("closed"), closed);
    insertOptional(o, L1("openingFloat"), openingFloat);
    insertOptional(o, L1("expectedCash"), expectedCash);
    insertOptional(o, L1("countedCash"), countedCash);
    insertOptional(o, L1("difference"), difference);
    return o;
}

Result<ShiftReportReply> ShiftReportReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShiftReportReply m;
    m.userId = r.id(L1("userId"));
    m.terminalId = r.id(L1("terminalId"));
    m.from = r.dateTime(L1("from"));
    m.to = r.dateTime(L1("to"));
    m.totals = r.objectListField<MethodTotal>(L1("totals"), readMethodTotal);
    m.ticketsSold = r.integer(L1("ticketsSold"), 0, MaxSafeInteger);
    m.ticketsRefunded = r.integer(L1("ticketsRefunded"), 0, MaxSafeInteger);
    m.userName = r.optString(L1("userName"), MaxNameLength);
    m.shiftId = r.optId(L1("shiftId"));
    m.closed = r.boolean(L1("closed"), false);
    m.openingFloat = r.optMoney(L1("openingFloat"));
    m.expectedCash = r.optMoney(L1("expectedCash"), true);
    m.countedCash = r.optMoney(L1("countedCash"));
    m.difference = r.optMoney(L1("difference"), true);
    return finishRead(r, std::move(m));
}

QJsonObject CloseShiftRequest::toJson() const
{
    QJsonObject o { { L1("countedCash"), toJsonValue(countedCash) } };
    insertOptional(o, L1("note"), note);
    return o;
}

Result<CloseShiftRequest> CloseShiftRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CloseShiftRequest m;
    m.countedCash = r.money(L1("countedCash"));
    m.note = r.optString(L1("note"), MaxTextLength);
    return finishRead(r, std::move(m));
}

QJsonObject CloseShiftReply::toJson() const
{
    return report.toJson();
}

Result<CloseShiftReply> CloseShiftReply::fromJson(const QJsonObject &body)
{
    auto report = ShiftReportReply::fromJson(body);
    if (!report)
        return report.error();
    CloseShiftReply m;
    m.report = std::move(*report);
    return m;
}

} // namespace Marquee
