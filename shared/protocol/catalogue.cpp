#include "catalogue.h"

#include "codec.h"

#include <QtCore/QTimeZone>

namespace Marquee {

using namespace Wire;

const std::array<EnumName<ShowStatus>, 4> Wire::showStatusNames { {
    { ShowStatus::Scheduled, QLatin1StringView("scheduled") },
    { ShowStatus::OnSale, QLatin1StringView("on_sale") },
    { ShowStatus::SalesClosed, QLatin1StringView("sales_closed") },
    { ShowStatus::Cancelled, QLatin1StringView("cancelled") },
} };

namespace {

QJsonObject auditoriumToJson(const AuditoriumSummary &a)
{
    return { { L1("id"), a.id },
             { L1("name"), a.name },
             { L1("layoutVersion"), a.layoutVersion },
             { L1("seatCount"), a.seatCount } };
}

AuditoriumSummary readAuditorium(Reader &r)
{
    AuditoriumSummary a;
    a.id = r.id(L1("id"));
    a.name = r.string(L1("name"), MaxNameLength);
    a.layoutVersion = r.integer(L1("layoutVersion"), 0, MaxSafeInteger);
    a.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    return a;
}

QJsonObject venueToJson(const VenueSummary &v)
{
    QJsonObject o { { L1("id"), v.id },
                    { L1("name"), v.name },
                    { L1("auditoriums"), toJsonArray(v.auditoriums, auditoriumToJson) } };
    insertOptional(o, L1("timezone"), v.timezone);
    insertOptional(o, L1("currency"), v.currency);
    insertOptional(o, L1("cleaningGapMinutes"), v.cleaningGapMinutes);
    if (v.noOrphanSeats)
        o.insert(L1("noOrphanSeats"), *v.noOrphanSeats);
    return o;
}

VenueSummary readVenue(Reader &r)
{
    VenueSummary v;
    v.id = r.id(L1("id"));
    v.name = r.string(L1("name"), MaxNameLength);
    v.auditoriums = r.objectListField<AuditoriumSummary>(L1("auditoriums"), readAuditorium);
    v.timezone = r.optString(L1("timezone"), 64);
    v.currency = r.optString(L1("currency"), 3);
    v.cleaningGapMinutes = r.optInteger(L1("cleaningGapMinutes"), 0, 240);
    if (const auto rule = r.take(L1("noOrphanSeats"), false)) {
        if (rule->isBool())
            v.noOrphanSeats = rule->toBool();
        else
            r.fail(ErrorCode::WrongType, QStringLiteral("expected a boolean"), r.path(L1("noOrphanSeats")));
    }
    return v;
}


} // namespace

QJsonObject Wire::priceToJson(const CategoryPrice &p)
{
    return { { L1("category"), p.category }, { L1("price"), toJsonValue(p.price) } };
}

CategoryPrice Wire::readPrice(Reader &r)
{
    CategoryPrice p;
    p.category = r.id(L1("category"));
    p.price = r.money(L1("price"));
    return p;
}

QJsonObject Wire::showToJson(const Show &s)
{
    QJsonObject o { { L1("id"), s.id },
             { L1("auditoriumId"), s.auditoriumId },
             { L1("title"), s.title },
             { L1("start"), toJsonValue(s.start) },
             { L1("end"), toJsonValue(s.end) },
             { L1("status"), enumToString(showStatusNames, s.status) },
             { L1("layoutVersion"), s.layoutVersion },
             { L1("prices"), toJsonArray(s.prices, priceToJson) },
             { L1("free"), s.free },
             { L1("held"), s.held },
             { L1("sold"), s.sold } };
    insertOptional(o, L1("titleId"), s.titleId);
    insertOptional(o, L1("priceCardId"), s.priceCardId);
    return o;
}

Show Wire::readShow(Reader &r)
{
    Show s;
    s.id = r.id(L1("id"));
    s.auditoriumId = r.id(L1("auditoriumId"));
    s.title = r.string(L1("title"), MaxNameLength);
    s.start = r.dateTime(L1("start"));
    s.end = r.dateTime(L1("end"));
    s.status = r.enumeration(L1("status"), showStatusNames);
    s.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    s.prices = r.objectListField<CategoryPrice>(L1("prices"), readPrice);
    s.free = r.integer(L1("free"), 0, MaxSafeInteger);
    s.held = r.integer(L1("held"), 0, MaxSafeInteger);
    s.sold = r.integer(L1("sold"), 0, MaxSafeInteger);
    s.titleId = r.optId(L1("titleId"));
    s.priceCardId = r.optId(L1("priceCardId"));
    return s;
}

std::optional<QString> Wire::readTimezone(Reader &r)
{
    const auto timezone = r.optString(L1("timezone"), 64);
    if (r.ok() && timezone && !QTimeZone::isTimeZoneIdAvailable(timezone->toUtf8())) {
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("unknown time zone '%1'; give an IANA name such as Europe/Berlin").arg(*timezone),
               r.path(L1("timezone")));
    }
    return timezone;
}

MARQUEE_EMPTY_MESSAGE(ListVenuesRequest)

QJsonObject ListVenuesReply::toJson() const
{
    return { { L1("venues"), toJsonArray(venues, venueToJson) } };
}

Result<ListVenuesReply> ListVenuesReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListVenuesReply m;
    m.venues = r.objectListField<VenueSummary>(L1("venues"), readVenue);
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("layoutVersion"), layoutVersion } };
}

Result<GetLayoutRequest> GetLayoutRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("layoutVersion"), layoutVersion }, { L1("layout"), layout } };
}

Result<GetLayoutReply> GetLayoutReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    m.layout = r.object(L1("layout"));
    return finishRead(r, std::move(m));
}

QJsonObject ListShowsRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("from"), from);
    insertOptional(o, L1("to"), to);
    insertOptional(o, L1("auditoriumId"), auditoriumId);
    insertOptional(o, L1("search"), search);
    return o;
}

Result<ListShowsRequest> ListShowsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListShowsRequest m;
    m.from = r.optDateTime(L1("from"));
    m.to = r.optDateTime(L1("to"));
    checkTimeRange(r, m.from, m.to);
    m.auditoriumId = r.optId(L1("auditoriumId"));
    m.search = r.optString(L1("search"), MaxNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject ListShowsReply::toJson() const
{
    return { { L1("shows"), toJsonArray(shows, showToJson) } };
}

Result<ListShowsReply> ListShowsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListShowsReply m;
    m.shows = r.objectListField<Show>(L1("shows"), readShow);
    return finishRead(r, std::move(m));
}

QJsonObject CreateVenueRequest::toJson() const
{
    QJsonObject o { { L1("name"), name }, { L1("currency"), currency.code() } };
    insertOptional(o, L1("timezone"), timezone);
    return o;
}

Result<CreateVenueRequest> CreateVenueRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateVenueRequest m;
    m.name = r.name(L1("name"), MaxVenueNameLength);
    if (const auto code = r.take(L1("currency"), true)) {
        const QString at = QStringLiteral("/currency");
        const QString text = r.stringValue(*code, at, 16);
        if (r.ok()) {
            const auto currency = Currency::fromCode(text);
            if (!currency)
                r.fail(ErrorCode::InvalidCurrency, currency.error().message, at);
            else
                m.currency = *currency;
        }
    }
    m.timezone = readTimezone(r);
    return finishRead(r, std::move(m));
}

QJsonObject CreateVenueReply::toJson() const
{
    return { { L1("venue"), venueToJson(venue) } };
}

Result<CreateVenueReply> CreateVenueReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateVenueReply m;
    m.venue = r.nested(L1("venue"), readVenue);
    return finishRead(r, std::move(m));
}

QJsonObject CreateAuditoriumRequest::toJson() const
{
    return { { L1("venueId"), venueId }, { L1("name"), name } };
}

Result<CreateAuditoriumRequest> CreateAuditoriumRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateAuditoriumRequest m;
    m.venueId = r.id(L1("venueId"));
    m.name = r.name(L1("name"), MaxVenueNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject CreateAuditoriumReply::toJson() const
{
    return { { L1("auditorium"), auditoriumToJson(auditorium) }, { L1("venueId"), venueId } };
}

Result<CreateAuditoriumReply> CreateAuditoriumReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateAuditoriumReply m;
    m.auditorium = r.nested(L1("auditorium"), readAuditorium);
    m.venueId = r.id(L1("venueId"));
    return finishRead(r, std::move(m));
}

QJsonObject RenameVenueRequest::toJson() const
{
    return { { L1("venueId"), venueId }, { L1("name"), name } };
}

Result<RenameVenueRequest> RenameVenueRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RenameVenueRequest m;
    m.venueId = r.id(L1("venueId"));
    m.name = r.name(L1("name"), MaxVenueNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject RenameVenueReply::toJson() const
{
    return { { L1("venueId"), venueId }, { L1("name"), name } };
}

Result<RenameVenueReply> RenameVenueReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RenameVenueReply m;
    m.venueId = r.id(L1("venueId"));
    m.name = r.string(L1("name"), MaxNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject RenameAuditoriumRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("name"), name } };
}

Result<RenameAuditoriumRequest> RenameAuditoriumRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RenameAuditoriumRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.name = r.name(L1("name"), MaxVenueNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject RenameAuditoriumReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("name"), name } };
}

Result<RenameAuditoriumReply> RenameAuditoriumReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RenameAuditoriumReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.name = r.string(L1("name"), MaxNameLength);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
