#include "requestutil.h"

#include "serverconfig.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTimeZone>

namespace Marquee {

std::optional<qint64> numericId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

Error notFound(const QString &what, const QString &id, const QString &where)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no %1 '%2'").arg(what, id), where);
}

QDateTime fromMs(const QJsonValue &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger(), QTimeZone::utc());
}

QByteArray isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

Money money(qint64 minor, const QString &currency)
{
    auto m = Money::fromMinor(minor, currency);
    return m ? *m : Money();
}

Error operationError(const QJsonObject &result)
{
    ErrorCode code = ErrorCode::Internal;
    if (!errorCodeFromName(result.value(QLatin1String("error")).toString(), &code))
        code = ErrorCode::Internal;
    QString where = result.value(QLatin1String("where")).toString();
    // The seats in the way are the request's seat list, whichever request found them taken (hold,
    // a hold that grows, block_seats): one place for clients to look (PROTOCOL.md, `hold`).
    if (where.isEmpty() && code == ErrorCode::SeatUnavailable)
        where = QStringLiteral("/body/seatIds");
    return makeError(code, result.value(QLatin1String("message")).toString(), where);
}

QJsonObject errorDetails(const QJsonObject &result)
{
    if (result.contains(QLatin1String("details")))
        return result.value(QLatin1String("details")).toObject();
    QJsonObject details;
    if (result.contains(QLatin1String("seats")))
        details.insert(QStringLiteral("seats"), result.value(QLatin1String("seats")));
    return details;
}

PaymentMethod methodFromName(QStringView name)
{
    return name == u"card" ? PaymentMethod::Card : PaymentMethod::Cash;
}

ShowStatus showStatusFromName(QStringView name)
{
    if (name == u"on_sale")
        return ShowStatus::OnSale;
    if (name == u"scheduled")
        return ShowStatus::Scheduled;
    if (name == u"cancelled")
        return ShowStatus::Cancelled;
    return ShowStatus::SalesClosed;
}

Show showFromJson(const QJsonObject &o)
{
    Show show;
    show.id = QString::number(o.value(QLatin1String("id")).toInteger());
    show.auditoriumId = QString::number(o.value(QLatin1String("auditorium")).toInteger());
    show.title = o.value(QLatin1String("title")).toString();
    show.start = fromMs(o.value(QLatin1String("start")));
    show.end = fromMs(o.value(QLatin1String("end")));
    show.status = showStatusFromName(o.value(QLatin1String("status")).toString());
    show.layoutVersion = o.value(QLatin1String("layoutVersion")).toInteger();
    const QString currency = o.value(QLatin1String("currency")).toString();
    const QJsonObject prices = o.value(QLatin1String("prices")).toObject();
    for (auto p = prices.constBegin(); p != prices.constEnd(); ++p)
        show.prices.append(CategoryPrice{p.key(), money(p.value().toInteger(), currency)});
    show.free = o.value(QLatin1String("free")).toInteger();
    show.held = o.value(QLatin1String("held")).toInteger();
    show.sold = o.value(QLatin1String("sold")).toInteger();
    if (o.contains(QLatin1String("titleId")))
        show.titleId = QString::number(o.value(QLatin1String("titleId")).toInteger());
    if (o.contains(QLatin1String("priceCard")))
        show.priceCardId = QString::number(o.value(QLatin1String("priceCard")).toInteger());
    return show;
}

Ticket ticketFromJson(const QJsonObject &t, const QString &currency)
{
    Ticket ticket;
    ticket.id = QString::number(t.value(QLatin1String(t.contains(QLatin1String("ticket")) ? "ticket" : "id")).toInteger());
    ticket.code = t.value(QLatin1String("code")).toString();
    ticket.seatId = t.value(QLatin1String("seat")).toString();
    ticket.category = t.value(QLatin1String("category")).toString();
    ticket.price = money(t.value(QLatin1String("price")).toInteger(), currency);
    const QString status = t.value(QLatin1String("status")).toString();
    ticket.status = status == QLatin1String("refunded")   ? TicketStatus::Refunded
                    : status == QLatin1String("admitted") ? TicketStatus::Admitted
                                                          : TicketStatus::Valid;
    if (const QJsonValue type = t.value(QLatin1String("type")); !type.isNull() && !type.isUndefined())
        ticket.ticketTypeId = QString::number(type.toInteger());
    if (const QJsonValue name = t.value(QLatin1String("typeName")); name.isString())
        ticket.ticketTypeName = name.toString();
    return ticket;
}

void readHoldPrices(const QJsonObject &r, HoldReply &out)
{
    out.total = money(r.value(QLatin1String("total")).toInteger(), r.value(QLatin1String("currency")).toString());
    out.ticketTypes = seatTicketTypesFromJson(r.value(QLatin1String("ticketTypes")).toArray());
}

QList<SeatTicketType> seatTicketTypesFromJson(const QJsonArray &types)
{
    QList<SeatTicketType> out;
    for (const QJsonValue &v : types) {
        const QJsonObject t = v.toObject();
        out.append(SeatTicketType { t.value(QLatin1String("seat")).toString(),
                                    QString::number(t.value(QLatin1String("type")).toInteger()),
                                    t.value(QLatin1String("name")).toString() });
    }
    return out;
}

Result<qint64> ticketTypeNumber(const QString &id, const QString &where)
{
    if (const auto number = numericId(id))
        return *number;
    return makeError(ErrorCode::InvalidValue, QStringLiteral("the show does not offer ticket type '%1'").arg(id), where);
}

QByteArray optionalText(const std::optional<QString> &text)
{
    return text ? text->toUtf8() : QByteArray();
}

QByteArray optionalNumber(const std::optional<qint64> &number)
{
    return number ? QByteArray::number(*number) : QByteArray();
}

bool mayHold(Role role)
{
    Q_UNUSED(role);
    return true; // every role sells: kiosks to their customers, managers at the desk
}

bool mayHandleSales(Role role)
{
    return role != Role::Kiosk;
}

bool mayEditCatalogue(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

int holdTtlFor(const ServerConfig &config, Role role)
{
    switch (role) {
    case Role::Kiosk:
        return config.holdTtlKioskSeconds;
    case Role::Cashier:
        return config.holdTtlCashierSeconds;
    case Role::Manager:
    case Role::Admin:
        return config.holdTtlManagerSeconds;
    }
    return config.holdTtlCashierSeconds;
}

} // namespace Marquee
