#include "programme.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

namespace {

QJsonObject titleToJson(const Title &t)
{
    QJsonObject o { { L1("id"), t.id },
                    { L1("name"), t.name },
                    { L1("runtimeMinutes"), t.runtimeMinutes },
                    { L1("archived"), t.archived } };
    insertOptional(o, L1("ageRating"), t.ageRating);
    insertOptional(o, L1("format"), t.format);
    insertOptional(o, L1("description"), t.description);
    return o;
}

Title readTitle(Reader &r)
{
    Title t;
    t.id = r.id(L1("id"));
    t.name = r.string(L1("name"), MaxNameLength);
    t.runtimeMinutes = r.integer(L1("runtimeMinutes"), 1, MaxRuntimeMinutes);
    t.ageRating = r.optString(L1("ageRating"), MaxAgeRatingLength);
    t.format = r.optString(L1("format"), MaxFormatLength);
    t.description = r.optString(L1("description"), MaxDescriptionLength);
    t.archived = r.boolean(L1("archived"), false);
    return t;
}

// The optional text fields of a title, shared by create_title and update_title.
struct TitleTexts
{
    std::optional<QString> ageRating;
    std::optional<QString> format;
    std::optional<QString> description;
};

// An empty text clears it in update_title (allowEmpty), and is refused in create_title.
std::optional<QString> optText(Reader &r, QLatin1StringView key, qsizetype maxLength, bool allowEmpty)
{
    const auto value = r.take(key, false);
    if (!value)
        return std::nullopt;
    const QString text = r.stringValue(*value, r.path(key), maxLength, allowEmpty);
    return r.ok() ? std::optional<QString>(text) : std::nullopt;
}

TitleTexts readTitleTexts(Reader &r, bool allowEmpty)
{
    return { optText(r, L1("ageRating"), MaxAgeRatingLength, allowEmpty),
             optText(r, L1("format"), MaxFormatLength, allowEmpty),
             optText(r, L1("description"), MaxDescriptionLength, allowEmpty) };
}

void insertTitleTexts(QJsonObject &o, const TitleTexts &texts)
{
    insertOptional(o, L1("ageRating"), texts.ageRating);
    insertOptional(o, L1("format"), texts.format);
    insertOptional(o, L1("description"), texts.description);
}

QString readReason(Reader &r)
{
    const QString reason = r.string(L1("reason"), MaxTextLength);
    if (r.ok() && reason.trimmed().isEmpty())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give a reason"), r.path(L1("reason")));
    return reason;
}

// A status a manager may set: scheduled, on_sale or sales_closed (cancel_show cancels).
ShowStatus readSettableStatus(Reader &r, bool required, ShowStatus fallback)
{
    const auto value = r.take(L1("status"), required);
    if (!value)
        return fallback;
    const ShowStatus status = r.enumValue(*value, r.path(L1("status")), showStatusNames);
    if (r.ok() && status == ShowStatus::Cancelled)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("cancel a show with cancel_show"),
               r.path(L1("status")));
    return status;
}

QJsonObject soldTicketToJson(const SoldTicket &t)
{
    return { { L1("ticketId"), t.ticketId },
             { L1("saleId"), t.saleId },
             { L1("seatId"), t.seatId },
             { L1("price"), toJsonValue(t.price) } };
}

SoldTicket readSoldTicket(Reader &r)
{
    SoldTicket t;
    t.ticketId = r.id(L1("ticketId"));
    t.saleId = r.id(L1("saleId"));
    t.seatId = r.id(L1("seatId"));
    t.price = r.money(L1("price"));
    return t;
}

QJsonObject showRefundToJson(const ShowRefund &f)
{
    return { { L1("refundId"), f.refundId },
             { L1("saleId"), f.saleId },
             { L1("amount"), toJsonValue(f.amount) } };
}

ShowRefund readShowRefund(Reader &r)
{
    ShowRefund f;
    f.refundId = r.id(L1("refundId"));
    f.saleId = r.id(L1("saleId"));
    f.amount = r.money(L1("amount"));
    return f;
}

} // namespace

MARQUEE_EMPTY_MESSAGE(ListTitlesRequest)

QJsonObject ListTitlesReply::toJson() const
{
    return { { L1("titles"), toJsonArray(titles, titleToJson) } };
}

Result<ListTitlesReply> ListTitlesReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListTitlesReply m;
    m.titles = r.objectListField<Title>(L1("titles"), readTitle);
    return finishRead(r, std::move(m));
}

QJsonObject CreateTitleRequest::toJson() const
{
    QJsonObject o { { L1("name"), name }, { L1("runtimeMinutes"), runtimeMinutes } };
    insertTitleTexts(o, { ageRating, format, description });
    return o;
}

Result<CreateTitleRequest> CreateTitleRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateTitleRequest m;
    m.name = r.name(L1("name"), MaxNameLength);
    m.runtimeMinutes = r.integer(L1("runtimeMinutes"), 1, MaxRuntimeMinutes);
    const TitleTexts texts = readTitleTexts(r, false);
    m.ageRating = texts.ageRating;
    m.format = texts.format;
    m.description = texts.description;
    return finishRead(r, std::move(m));
}

QJsonObject TitleReply::toJson() const
{
    return { { L1("title"), titleToJson(title) } };
}

Result<TitleReply> TitleReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    TitleReply m;
    m.title = r.nested(L1("title"), readTitle);
    return finishRead(r, std::move(m));
}

QJsonObject UpdateTitleRequest::toJson() const
{
    QJsonObject o { { L1("titleId"), titleId } };
    insertOptional(o, L1("name"), name);
    insertOptional(o, L1("runtimeMinutes"), runtimeMinutes);
    insertTitleTexts(o, { ageRating, format, description });
    if (archived)
        o.insert(L1("archived"), *archived);
    return o;
}

Result<UpdateTitleRequest> UpdateTitleRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateTitleRequest m;
    m.titleId = r.id(L1("titleId"));
    if (body.contains(L1("name")))
        m.name = r.name(L1("name"), MaxNameLength);
    m.runtimeMinutes = r.optInteger(L1("runtimeMinutes"), 1, MaxRuntimeMinutes);
    const TitleTexts texts = readTitleTexts(r, true);
    m.ageRating = texts.ageRating;
    m.format = texts.format;
    m.description = texts.description;
    if (body.contains(L1("archived")))
        m.archived = r.boolean(L1("archived"), false);
    if (r.ok() && !m.name && !m.runtimeMinutes && !m.ageRating && !m.format && !m.description && !m.archived)
        r.fail(ErrorCode::MissingField, QStringLiteral("change at least one field"), QString());
    return finishRead(r, std::move(m));
}

QJsonObject UpdateVenueRequest::toJson() const
{
    QJsonObject o { { L1("venueId"), venueId } };
    insertOptional(o, L1("cleaningGapMinutes"), cleaningGapMinutes);
    insertOptional(o, L1("timezone"), timezone);
    if (noOrphanSeats)
        o.insert(L1("noOrphanSeats"), *noOrphanSeats);
    return o;
}

Result<UpdateVenueRequest> UpdateVenueRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateVenueRequest m;
    m.venueId = r.id(L1("venueId"));
    m.cleaningGapMinutes = r.optInteger(L1("cleaningGapMinutes"), 0, MaxCleaningGapMinutes);
    m.timezone = readTimezone(r);
    if (body.contains(L1("noOrphanSeats")))
        m.noOrphanSeats = r.boolean(L1("noOrphanSeats"), true);
    if (r.ok() && !m.cleaningGapMinutes && !m.timezone && !m.noOrphanSeats)
        r.fail(ErrorCode::MissingField, QStringLiteral("change cleaningGapMinutes, timezone or noOrphanSeats"), QString());
    return finishRead(r, std::move(m));
}

QJsonObject UpdateVenueReply::toJson() const
{
    QJsonObject o { { L1("venueId"), venueId },
                    { L1("cleaningGapMinutes"), cleaningGapMinutes },
                    { L1("timezone"), timezone } };
    if (noOrphanSeats)
        o.insert(L1("noOrphanSeats"), *noOrphanSeats);
    return o;
}

Result<UpdateVenueReply> UpdateVenueReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateVenueReply m;
    m.venueId = r.id(L1("venueId"));
    m.cleaningGapMinutes = r.integer(L1("cleaningGapMinutes"), 0, MaxCleaningGapMinutes);
    m.timezone = r.string(L1("timezone"), 64);
    if (body.contains(L1("noOrphanSeats")))
        m.noOrphanSeats = r.boolean(L1("noOrphanSeats"), true);
    return finishRead(r, std::move(m));
}

QJsonObject ScheduleShowRequest::toJson() const
{
    QJsonObject o { { L1("auditoriumId"), auditoriumId },
                    { L1("titleId"), titleId },
                    { L1("start"), toJsonValue(start) },
                    { L1("status"), enumToString(showStatusNames, status) } };
    if (priceCardId)
        o.insert(L1("priceCardId"), *priceCardId);
    else
        o.insert(L1("prices"), toJsonArray(prices, priceToJson));
    insertOptional(o, L1("layoutVersion"), layoutVersion);
    insertOptional(o, L1("end"), end);
    return o;
}

Result<ScheduleShowRequest> ScheduleShowRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ScheduleShowRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.titleId = r.id(L1("titleId"));
    m.start = r.dateTime(L1("start"));
    m.layoutVersion = r.optInteger(L1("layoutVersion"), 1, MaxSafeInteger);
    m.end = r.optDateTime(L1("end"));
    if (r.ok() && m.end && *m.end <= m.start)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("the end must be after the start"), r.path(L1("end")));
    m.priceCardId = r.optId(L1("priceCardId"));
    const auto prices = r.take(L1("prices"), false);
    if (r.ok() && m.priceCardId && prices) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give prices or a priceCardId, not both"), r.path(L1("prices")));
    } else if (r.ok() && !m.priceCardId && !prices) {
        r.fail(ErrorCode::MissingField, QStringLiteral("give prices or a priceCardId"), r.path(L1("prices")));
    } else if (prices) {
        m.prices = r.list<CategoryPrice>(*prices, r.path(L1("prices")), 1000, false, ErrorCode::InvalidValue,
                                         [](Reader &reader, const QJsonValue &value, const QString &at) {
                                             return reader.objectValue(value, at, readPrice);
                                         });
    }
    m.status = readSettableStatus(r, false, ShowStatus::Scheduled);
    if (r.ok() && m.status != ShowStatus::Scheduled && m.status != ShowStatus::OnSale)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("a new show is scheduled or on_sale"),
               r.path(L1("status")));
    return finishRead(r, std::move(m));
}

QJsonObject ShowReply::toJson() const
{
    return { { L1("show"), showToJson(show) } };
}

Result<ShowReply> ShowReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShowReply m;
    m.show = r.nested(L1("show"), readShow);
    return finishRead(r, std::move(m));
}

QJsonObject UpdateShowRequest::toJson() const
{
    QJsonObject o { { L1("showId"), showId } };
    insertOptional(o, L1("start"), start);
    insertOptional(o, L1("end"), end);
    insertOptional(o, L1("priceCardId"), priceCardId);
    return o;
}

Result<UpdateShowRequest> UpdateShowRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateShowRequest m;
    m.showId = r.id(L1("showId"));
    m.start = r.optDateTime(L1("start"));
    m.end = r.optDateTime(L1("end"));
    m.priceCardId = r.optId(L1("priceCardId"));
    if (r.ok() && !m.start && !m.end && !m.priceCardId)
        r.fail(ErrorCode::MissingField, QStringLiteral("give a new start, end, priceCardId or several"), QString());
    if (r.ok() && m.start && m.end && *m.end <= *m.start)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("the end must be after the start"), r.path(L1("end")));
    return finishRead(r, std::move(m));
}

QJsonObject SetShowStatusRequest::toJson() const
{
    return { { L1("showId"), showId }, { L1("status"), enumToString(showStatusNames, status) } };
}

Result<SetShowStatusRequest> SetShowStatusRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SetShowStatusRequest m;
    m.showId = r.id(L1("showId"));
    m.status = readSettableStatus(r, true, ShowStatus::OnSale);
    return finishRead(r, std::move(m));
}

QJsonObject CancelShowRequest::toJson() const
{
    return { { L1("showId"), showId }, { L1("reason"), reason } };
}

Result<CancelShowRequest> CancelShowRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CancelShowRequest m;
    m.showId = r.id(L1("showId"));
    m.reason = readReason(r);
    return finishRead(r, std::move(m));
}

QJsonObject CancelShowReply::toJson() const
{
    return { { L1("showId"), showId },
             { L1("releasedHolds"), releasedHolds },
             { L1("soldTickets"), toJsonArray(soldTickets, soldTicketToJson) } };
}

Result<CancelShowReply> CancelShowReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CancelShowReply m;
    m.showId = r.id(L1("showId"));
    m.releasedHolds = r.integer(L1("releasedHolds"), 0, MaxSafeInteger);
    m.soldTickets = r.objectListField<SoldTicket>(L1("soldTickets"), readSoldTicket);
    return finishRead(r, std::move(m));
}

QJsonObject RefundShowRequest::toJson() const
{
    return { { L1("showId"), showId }, { L1("reason"), reason } };
}

Result<RefundShowRequest> RefundShowRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundShowRequest m;
    m.showId = r.id(L1("showId"));
    m.reason = readReason(r);
    return finishRead(r, std::move(m));
}

QJsonObject RefundShowReply::toJson() const
{
    return { { L1("showId"), showId },
             { L1("refunds"), toJsonArray(refunds, showRefundToJson) },
             { L1("total"), toJsonValue(total) } };
}

Result<RefundShowReply> RefundShowReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundShowReply m;
    m.showId = r.id(L1("showId"));
    m.refunds = r.objectListField<ShowRefund>(L1("refunds"), readShowRefund);
    m.total = r.money(L1("total"));
    return finishRead(r, std::move(m));
}

QJsonObject CopyShowsRequest::toJson() const
{
    QJsonObject o { { L1("from"), toJsonValue(from) },
                    { L1("to"), toJsonValue(to) },
                    { L1("shiftDays"), shiftDays } };
    if (auditoriumIds)
        o.insert(L1("auditoriumIds"), toJsonValue(*auditoriumIds));
    return o;
}

Result<CopyShowsRequest> CopyShowsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CopyShowsRequest m;
    if (body.contains(L1("auditoriumIds")))
        m.auditoriumIds
            = r.idListField(L1("auditoriumIds"), 1000, ErrorCode::InvalidValue, ErrorCode::InvalidValue);
    m.from = r.dateTime(L1("from"));
    m.to = r.dateTime(L1("to"));
    if (r.ok() && m.to <= m.from)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'to' must be after 'from'"), r.path(L1("to")));
    m.shiftDays = r.integer(L1("shiftDays"), -MaxCopyShiftDays, MaxCopyShiftDays);
    if (r.ok() && m.shiftDays == 0)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("shift the copies by at least one day"),
               r.path(L1("shiftDays")));
    return finishRead(r, std::move(m));
}

QJsonObject CopyShowsReply::toJson() const
{
    return { { L1("shows"), toJsonArray(shows, showToJson) } };
}

Result<CopyShowsReply> CopyShowsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CopyShowsReply m;
    m.shows = r.objectListField<Show>(L1("shows"), readShow);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
