#include "errors.h"
#include "layoutjson.h"
#include "money.h"
#include "printers.h"
#include "protocol.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>

#include <cctype>

#include <gtest/gtest.h>

using namespace Marquee;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, *Currency::fromCode(u"EUR"));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QString name(ErrorCode code)
{
    return errorCodeName(code);
}

Ticket ticket(const char *seat, TicketStatus status = TicketStatus::Valid)
{
    return Ticket { QStringLiteral("t-") + QLatin1StringView(seat),
                    QStringLiteral("QR7F3K9") + QLatin1StringView(seat),
                    QLatin1StringView(seat).toString(),
                    QStringLiteral("standard"),
                    eur(1250),
                    status };
}

// A small valid layout: one section, one row of three seats.
Layout smallHall()
{
    Layout layout;
    layout.name = QStringLiteral("Small hall");
    layout.categories = { Category { QStringLiteral("standard"), QStringLiteral("Standard"), QStringLiteral("#1f6fb2") } };
    RowSeatOptions seats;
    seats.count = 3;
    seats.categoryId = QStringLiteral("standard");
    Row row = *makeStraightRow(QStringLiteral("stalls-A"), QStringLiteral("A"), LayoutPoint { 0, 3 }, seats);
    layout.sections = { Section { QStringLiteral("stalls"), QStringLiteral("Stalls"), { row } } };
    return layout;
}

QJsonObject smallLayout()
{
    return layoutToJson(smallHall());
}

// The messages of the layout studio and of venues (create, rename).
QList<AnyMessage> studioSamples()
{
    QList<AnyMessage> all;
    all.append(CreateVenueRequest { QStringLiteral("Odeon"), *Currency::fromCode(u"EUR"), QStringLiteral("Europe/Berlin") });
    all.append(CreateVenueRequest { QStringLiteral("Kino am Markt"), *Currency::fromCode(u"CHF"), std::nullopt });
    all.append(CreateVenueReply { VenueSummary { QStringLiteral("v3"), QStringLiteral("Odeon"), {},
                                                 QStringLiteral("UTC"), QStringLiteral("GBP") } });
    all.append(CreateAuditoriumRequest { QStringLiteral("v3"), QStringLiteral("Screen 1") });
    all.append(CreateAuditoriumReply { AuditoriumSummary { QStringLiteral("a7"), QStringLiteral("Screen 1"), 0, 0 },
                                       QStringLiteral("v3") });
    all.append(RenameVenueRequest { QStringLiteral("v3"), QStringLiteral("Odeon Palace") });
    all.append(RenameVenueReply { QStringLiteral("v3"), QStringLiteral("Odeon Palace") });
    all.append(RenameAuditoriumRequest { QStringLiteral("a7"), QStringLiteral("Screen 1 (IMAX)") });
    all.append(RenameAuditoriumReply { QStringLiteral("a7"), QStringLiteral("Screen 1 (IMAX)") });
    all.append(ListLayoutVersionsRequest { QStringLiteral("a7") });
    all.append(ListLayoutVersionsReply {
        QStringLiteral("a7"),
        { LayoutVersionInfo { 2, QStringLiteral("Screen 1, new seats"), 182, at("2025-05-02T09:00:00Z"), QStringLiteral("Maria"),
                              { LayoutVersionShow { QStringLiteral("s9"), QStringLiteral("Dune"), at("2025-05-03T19:30:00Z"),
                                                    ShowStatus::OnSale } } },
          LayoutVersionInfo { 1, QStringLiteral("Screen 1"), 180, at("2025-04-01T09:00:00Z"), std::nullopt, {} } },
        LayoutDraftInfo { 5, 2, 190, at("2025-05-02T10:00:00Z"), QStringLiteral("Maria"), 3 } });
    all.append(ListLayoutVersionsReply { QStringLiteral("a8"), {}, std::nullopt });
    all.append(UploadLayoutRequest { QStringLiteral("up-1"), 2, 5, QStringLiteral("eyJuYW1lIjoi") });
    all.append(UploadLayoutReply { QStringLiteral("up-1"), 3, 5 });
    all.append(SaveLayoutDraftRequest { QStringLiteral("a7"), 2, 4, smallLayout(), std::nullopt });
    all.append(SaveLayoutDraftRequest { QStringLiteral("a7"), 0, 0, std::nullopt, QStringLiteral("up-1") });
    all.append(SaveLayoutDraftReply {
        QStringLiteral("a7"), 5, 2, 190,
        { makeError(ErrorCode::LayoutOverlap, QStringLiteral("seat 'A 2' overlaps seat 'A 1'"),
                    QStringLiteral("/sections/0/rows/0/seats/1")) } });
    all.append(GetLayoutDraftRequest { QStringLiteral("a7") });
    all.append(GetLayoutDraftReply { QStringLiteral("a7"), 5, 2, at("2025-05-02T10:00:00Z"), QStringLiteral("Maria"), smallLayout() });
    all.append(DiscardLayoutDraftRequest { QStringLiteral("a7"), 5 });
    all.append(DiscardLayoutDraftReply { QStringLiteral("a7") });
    all.append(PublishLayoutRequest { QStringLiteral("a7"), 5 });
    all.append(PublishLayoutReply { QStringLiteral("a7"), 3, 190 });
    all.append(ChangeShowLayoutRequest { QStringLiteral("s9"), 3 });
    all.append(ChangeShowLayoutReply { QStringLiteral("s9"), 3, 57, 10, 2 });
    return all;
}

// The messages of user accounts.
QList<AnyMessage> userSamples()
{
    const UserAccount anna { QStringLiteral("12"), QStringLiteral("anna.s"), QStringLiteral("Anna Smith"), Role::Cashier,
                             true, at("2025-05-01T09:00:00Z"), at("2025-05-02T17:45:00Z") };
    UserAccount bert = anna;
    bert.user = QStringLiteral("bert");
    bert.role = Role::Kiosk;
    bert.active = false;
    bert.lastSignInAt = std::nullopt;
    QList<AnyMessage> all;
    all.append(ListUsersRequest {});
    all.append(ListUsersReply { { anna, bert } });
    all.append(CreateUserRequest { QStringLiteral("anna.s"), QStringLiteral("Anna Smith"), Role::Cashier, std::nullopt });
    all.append(CreateUserRequest { QStringLiteral("bert"), QStringLiteral("Bert"), Role::Kiosk, QStringLiteral("lobby kiosk 1") });
    all.append(CreateUserReply { anna, QStringLiteral("Xk7mQ2pLr9TwZb4HnVc3") });
    all.append(CreateUserReply { bert, std::nullopt });
    all.append(UpdateUserRequest { QStringLiteral("12"), QStringLiteral("Anna Schmidt"), Role::Manager, false });
    all.append(UpdateUserRequest { QStringLiteral("12"), std::nullopt, std::nullopt, true });
    all.append(UpdateUserReply { anna });
    all.append(ResetPasswordRequest { QStringLiteral("12") });
    all.append(ResetPasswordReply { QStringLiteral("12"), QStringLiteral("Xk7mQ2pLr9TwZb4HnVc3") });
    all.append(ResetPasswordReply { QStringLiteral("12"), std::nullopt });
    all.append(ChangePasswordRequest { QStringLiteral("old"), QStringLiteral("correct horse battery") });
    all.append(ChangePasswordReply { QStringLiteral("mq1.abc.def"), at("2025-05-02T02:00:00Z") });
    all.append(ChangePasswordReply {});
    return all;
}

// Blocked and house seats, live show lists (showseats.h).
QList<AnyMessage> showSeatsSamples()
{
    Show show;
    show.id = QStringLiteral("12");
    show.auditoriumId = QStringLiteral("2");
    show.title = QStringLiteral("Metropolis");
    show.start = QDateTime::fromString(QStringLiteral("2025-05-03T18:00:00Z"), Qt::ISODate);
    show.end = show.start.addSecs(9000);
    show.status = ShowStatus::Cancelled;
    show.prices = { CategoryPrice { QStringLiteral("std"), eur(900) } };
    show.free = 120;
    show.titleId = QStringLiteral("4");
    return { BlockSeatsRequest { QStringLiteral("3"), { QStringLiteral("F-11"), QStringLiteral("F-12") }, SeatBlock::House,
                                 QStringLiteral("Press") },
             BlockSeatsRequest { QStringLiteral("3"), { QStringLiteral("F-13") }, SeatBlock::Blocked, std::nullopt },
             BlockSeatsReply { QStringLiteral("3"), { QStringLiteral("F-11"), QStringLiteral("F-12") }, 57 },
             UnblockSeatsRequest { QStringLiteral("3"), { QStringLiteral("F-11") } },
             UnblockSeatsReply { QStringLiteral("3"), { QStringLiteral("F-11") }, 58 },
             UnblockSeatsReply { QStringLiteral("3"), {}, std::nullopt },
             WatchShowsRequest {},
             WatchShowsReply {},
             ShowsChangedPush { { show }, { QStringLiteral("13") } },
             SnapshotPush { QStringLiteral("3"), 58,
                            { SeatState { QStringLiteral("F-11"), SeatStatus::Blocked, std::nullopt, SeatBlock::House,
                                          QStringLiteral("Press") },
                              SeatState { QStringLiteral("F-12"), SeatStatus::Blocked, std::nullopt, SeatBlock::Layout,
                                          std::nullopt } },
                            2 } };
}

// The messages of the programme.
QList<AnyMessage> programmeSamples()
{
    const Title nosferatu { QStringLiteral("7"), QStringLiteral("Nosferatu"), 94, QStringLiteral("FSK 16"),
                            QStringLiteral("OV"), QStringLiteral("A symphony of horror."), false };
    Title plain { QStringLiteral("8"), QStringLiteral("M"), 117 };
    plain.archived = true;
    const QList<CategoryPrice> prices { { QStringLiteral("standard"), Money(1250, *Currency::fromCode(u"EUR")) } };
    Show show { QStringLiteral("41"), QStringLiteral("2"), QStringLiteral("Nosferatu"), at("2025-05-09T19:00:00Z"),
                at("2025-05-09T20:34:00Z"), ShowStatus::OnSale, 3, prices, 180, 0, 0 };
    show.titleId = QStringLiteral("7");
    QList<AnyMessage> all;
    all.append(ListTitlesRequest {});
    all.append(ListTitlesReply { { nosferatu, plain } });
    all.append(CreateTitleRequest { QStringLiteral("Nosferatu"), 94, QStringLiteral("FSK 16"), QStringLiteral("OV"),
                                    QStringLiteral("A symphony of horror.") });
    all.append(CreateTitleRequest { QStringLiteral("M"), 117 });
    all.append(TitleReply { nosferatu });
    all.append(UpdateTitleRequest { QStringLiteral("7"), QStringLiteral("Nosferatu (1922)"), 95, QString(),
                                    QStringLiteral("3D"), std::nullopt, true });
    all.append(UpdateVenueRequest { QStringLiteral("1"), 20, QStringLiteral("Europe/Berlin") });
    all.append(UpdateVenueReply { QStringLiteral("1"), 20, QStringLiteral("Europe/Berlin") });
    all.append(ScheduleShowRequest { QStringLiteral("2"), QStringLiteral("7"), at("2025-05-09T19:00:00Z"), 3,
                                     at("2025-05-09T21:00:00Z"), prices, ShowStatus::OnSale });
    all.append(ShowReply { show });
    all.append(UpdateShowRequest { QStringLiteral("41"), at("2025-05-09T19:30:00Z"), std::nullopt });
    all.append(SetShowStatusRequest { QStringLiteral("41"), ShowStatus::SalesClosed });
    all.append(CancelShowRequest { QStringLiteral("41"), QStringLiteral("projector broken") });
    all.append(CancelShowReply { QStringLiteral("41"), 1,
                                 { { QStringLiteral("301"), QStringLiteral("88"), QStringLiteral("A-4"), prices[0].price } } });
    all.append(RefundShowRequest { QStringLiteral("41"), QStringLiteral("projector broken") });
    all.append(RefundShowReply { QStringLiteral("41"), { { QStringLiteral("17"), QStringLiteral("88"), prices[0].price } },
                                 prices[0].price });
    all.append(CopyShowsRequest { QStringList { QStringLiteral("2") }, at("2025-05-05T00:00:00Z"),
                                  at("2025-05-12T00:00:00Z"), 7 });
    all.append(CopyShowsRequest { std::nullopt, at("2025-05-05T00:00:00Z"), at("2025-05-06T00:00:00Z"), -1 });
    all.append(CopyShowsReply { { show } });
    return all;
}

// Ticket types and price cards, and the fields they add to holds and shows.
QList<AnyMessage> pricingSamples()
{
    const TicketType adult { QStringLiteral("1"), QStringLiteral("Adult"), std::nullopt, 1, false };
    const TicketType child { QStringLiteral("2"), QStringLiteral("Child"), QStringLiteral("up to 14"), 2, false };
    const QList<CardPrice> prices { { QStringLiteral("standard"), QStringLiteral("1"), eur(1250) },
                                    { QStringLiteral("standard"), QStringLiteral("2"), eur(850) } };
    const PriceCard card { QStringLiteral("5"), QStringLiteral("Evening"), 3, prices, false, true };
    QList<AnyMessage> all;
    all.append(ListPricingRequest { QStringLiteral("1") });
    all.append(ListPricingReply { QStringLiteral("1"), *Currency::fromCode(u"EUR"), { adult, child }, { card } });
    all.append(CreateTicketTypeRequest { QStringLiteral("1"), QStringLiteral("Student"), QStringLiteral("ID required"), 2 });
    all.append(CreateTicketTypeRequest { QStringLiteral("1"), QStringLiteral("Member"), std::nullopt, std::nullopt });
    all.append(TicketTypeReply { child });
    all.append(UpdateTicketTypeRequest { QStringLiteral("2"), std::nullopt, QString(), 1, false });
    all.append(CreatePriceCardRequest { QStringLiteral("1"), QStringLiteral("Evening"), prices });
    all.append(PriceCardReply { card });
    all.append(UpdatePriceCardRequest { QStringLiteral("5"), 3, QStringLiteral("Late"), prices });
    all.append(UpdatePriceCardRequest { QStringLiteral("5"), std::nullopt, QStringLiteral("Late"), std::nullopt });
    all.append(DeletePriceCardRequest { QStringLiteral("5") });
    all.append(DeletePriceCardReply { QStringLiteral("5"), true });
    all.append(SetTicketTypesRequest { QStringLiteral("h-9"), { { QStringLiteral("A-1"), QStringLiteral("2") } } });
    HoldRequest typed;
    typed.showId = QStringLiteral("s1");
    typed.seatIds = { QStringLiteral("A-1") };
    typed.ticketTypeId = QStringLiteral("2");
    all.append(typed);
    all.append(HoldReply { QStringLiteral("h-9"), QStringLiteral("s1"), { QStringLiteral("A-1") },
                           QDateTime(QDate(2025, 5, 1), QTime(19, 10), Qt::UTC), eur(850),
                           { { QStringLiteral("A-1"), QStringLiteral("2"), QStringLiteral("Child") } } });
    ScheduleShowRequest withCard;
    withCard.auditoriumId = QStringLiteral("2");
    withCard.titleId = QStringLiteral("7");
    withCard.start = QDateTime(QDate(2025, 5, 9), QTime(19, 0), Qt::UTC);
    withCard.priceCardId = QStringLiteral("5");
    all.append(withCard);
    all.append(UpdateShowRequest { QStringLiteral("41"), std::nullopt, std::nullopt, QStringLiteral("5") });
    return all;
}

// A request and a reply of every kind of report.
QList<AnyMessage> reportSamples()
{
    const QDate from(2025, 5, 1);
    const QDate to(2025, 5, 8);
    QList<AnyMessage> all;
    for (ReportKind kind : allReportKinds())
        all.append(GetReportRequest { kind, QStringLiteral("1"), from, to });
    const auto reply = [&](ReportKind kind) {
        ReportReply r;
        r.kind = kind;
        r.venueId = QStringLiteral("1");
        r.from = from;
        r.to = to;
        r.currency = QStringLiteral("EUR");
        r.timezone = QStringLiteral("Europe/Berlin");
        return r;
    };
    ReportReply shows = reply(ReportKind::ShowOccupancy);
    shows.showOccupancy = { { QStringLiteral("31"), QStringLiteral("Metropolis"), QStringLiteral("Saal 1"),
                              at("2025-05-01T18:00:00Z"), 120, 87 } };
    ReportReply titles = reply(ReportKind::TitleOccupancy);
    titles.titleOccupancy = { { QStringLiteral("4"), QStringLiteral("Metropolis"), 7, 840, 512 },
                              { std::nullopt, QStringLiteral("Old show"), 1, 100, 0 } };
    ReportReply days = reply(ReportKind::SalesByDay);
    days.salesByDay = { { from, 41, 99, 108900 } };
    ReportReply methods = reply(ReportKind::SalesByPayment);
    methods.salesByPayment = { { QStringLiteral("card"), 52, 127600 }, { QStringLiteral("cash"), 27, 69300 } };
    ReportReply refunds = reply(ReportKind::Refunds);
    refunds.refunds = { { from.addDays(2), 2, 3, 3300, 1100, 2200 } };
    ReportReply top = reply(ReportKind::TopShows);
    top.topShows = { { QStringLiteral("31"), QStringLiteral("Metropolis"), QStringLiteral("Saal 1"),
                       at("2025-05-01T18:00:00Z"), 120, 87, 99000, 3300, 95700 } };
    all.append({ shows, titles, days, methods, refunds, top, reply(ReportKind::TopShows) });
    return all;
}

// One sample of every message type, with every optional field set where there is one; a few types
// appear twice, the second time with optional fields left out.
// The messages of webhooks.
QList<AnyMessage> webhookSamples()
{
    Webhook ok;
    ok.id = QStringLiteral("3");
    ok.url = QStringLiteral("https://loyalty.example.org/marquee");
    ok.eventTypes = { QStringLiteral("sale.completed"), QStringLiteral("sale.refunded") };
    ok.createdAt = at("2026-12-02T17:00:00Z");
    ok.delivery.delivered = 120;
    ok.delivery.lastDeliveredAt = at("2026-12-02T17:30:00.250Z");
    Webhook failing;
    failing.id = QStringLiteral("4");
    failing.url = QStringLiteral("http://127.0.0.1:8080/hook?site=1");
    failing.eventTypes = { QStringLiteral("show.cancelled") };
    failing.active = false;
    failing.createdAt = at("2026-12-01T08:00:00Z");
    failing.delivery = WebhookDelivery { 7, 2, 1, std::nullopt, at("2026-12-02T16:00:00Z"), 3,
                                         QStringLiteral("HTTP 500"), at("2026-12-02T16:08:00Z") };
    failing.recentFailures = {
        WebhookFailure { QStringLiteral("6f1c2b9e-6a43-4c55-9a3e-1f0c9d2b7a10"), QStringLiteral("show.cancelled"), 1234,
                         at("2026-12-02T16:04:00Z"), 2, QStringLiteral("HTTP 500") },
        WebhookFailure { QStringLiteral("6f1c2b9e-6a43-4c55-9a3e-1f0c9d2b7a10"), QStringLiteral("show.cancelled"), 1234,
                         at("2026-12-02T16:00:00Z"), 1, QStringLiteral("connection refused") } };
    QList<AnyMessage> all;
    all.append(ListWebhooksRequest {});
    all.append(ListWebhooksReply { { ok, failing }, knownEventTypes() });
    all.append(ListWebhooksReply { {}, { QStringLiteral("sale.completed") } });
    all.append(CreateWebhookRequest { ok.url, ok.eventTypes, QStringLiteral("0123456789abcdef0123456789abcdef"), true });
    all.append(CreateWebhookRequest { failing.url, knownEventTypes(), QStringLiteral("a secret of sixteen"), false });
    all.append(WebhookReply { ok });
    all.append(WebhookReply { failing });
    all.append(UpdateWebhookRequest { QStringLiteral("3"), QStringLiteral("https://loyalty.example.org/v2"),
                                      QStringList { QStringLiteral("ticket.admitted") },
                                      QStringLiteral("a new secret, 24 chars.."), false });
    all.append(UpdateWebhookRequest { QStringLiteral("3"), std::nullopt, std::nullopt, std::nullopt, true });
    all.append(DeleteWebhookRequest { QStringLiteral("3") });
    all.append(DeleteWebhookReply { QStringLiteral("3") });
    return all;
}

QList<AnyMessage> samples()
{
    QList<AnyMessage> all;
    all.append(HelloRequest {
        { 1, 2 }, QStringLiteral("Marquee Box Office"), QStringLiteral("0.1.0"), QStringLiteral("lobby-1") });
    all.append(HelloReply { 1, QStringLiteral("marquee-server"), QStringLiteral("0.1.0"),
                            at("2025-05-01T18:00:00.123Z"), ServerLimits { 65536, 16, 10000, 100 } });
    all.append(SignInRequest { QStringLiteral("anna"), QStringLiteral("s3cret \"quoted\" ü") });
    all.append(ResumeRequest { QStringLiteral("tok.abc.123") });
    all.append(SessionReply { QStringLiteral("tok.abc.123"), at("2025-05-02T02:00:00Z"),
                              UserInfo { QStringLiteral("u-7"), QStringLiteral("Anna Smith"), Role::Manager },
                              600 });
    all.append(SignInRequest { QStringLiteral("anna"), QStringLiteral("pw"), eur(15000) });
    all.append(SignInRequest { QStringLiteral("mia"), QStringLiteral("pw"), std::nullopt, false });
    all.append(ResumeRequest { QStringLiteral("tok.abc.123"), false });
    all.append(SessionReply { QStringLiteral("tok.abc.123"), at("2025-05-02T02:00:00Z"),
                              UserInfo { QStringLiteral("u-7"), QStringLiteral("Anna Smith"), Role::Cashier },
                              600,
                              ShiftInfo { QStringLiteral("sh-3"), QStringLiteral("u-7"), QStringLiteral("Anna Smith"),
                                          at("2025-05-01T08:00:00Z"), eur(10000), true },
                              { ActiveHold { QStringLiteral("h-9"), QStringLiteral("s1"),
                                             { QStringLiteral("A-1"), QStringLiteral("A-2") },
                                             at("2025-05-01T19:10:00Z"), eur(2150),
                                             { SeatTicketType { QStringLiteral("A-1"), QStringLiteral("1"), QStringLiteral("Adult") },
                                               SeatTicketType { QStringLiteral("A-2"), QStringLiteral("2"), QStringLiteral("Child") } } },
                                ActiveHold { QStringLiteral("h-8"), QStringLiteral("s2"), { QStringLiteral("B-1") },
                                             at("2025-05-01T19:05:00Z"), eur(1250) } } });
    all.append(SignOutRequest {});
    all.append(SignOutReply {});
    all.append(ListVenuesRequest {});
    all.append(ListVenuesReply {
        { VenueSummary { QStringLiteral("v1"),
                  QStringLiteral("Odeon"),
                  { AuditoriumSummary { QStringLiteral("a1"), QStringLiteral("Screen 1"), 3, 180 },
                    AuditoriumSummary { QStringLiteral("a2"), QStringLiteral("Screen 2"), 1, 90 } },
                  QStringLiteral("Europe/Berlin"), QStringLiteral("EUR"), 15 },
          VenueSummary { QStringLiteral("v2"), QStringLiteral("Empty hall"), {}, QStringLiteral("Asia/Kathmandu"),
                         QStringLiteral("NPR"), 0 } } });
    all.append(GetLayoutRequest { QStringLiteral("a1"), 3 });
    all.append(GetLayoutReply {
        QStringLiteral("a1"), 3,
        QJsonObject {
            { QStringLiteral("schemaVersion"), 1 },
            { QStringLiteral("sections"),
              QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("stalls") } } } } } });
    all.append(ListShowsRequest { at("2025-05-01T00:00:00Z"), at("2025-05-08T00:00:00Z"),
                                  QStringLiteral("a1"), QStringLiteral("dune") });
    all.append(ListShowsRequest {});
    all.append(ListShowsReply { { Show { QStringLiteral("s1"),
                                         QStringLiteral("a1"),
                                         QStringLiteral("Dune: Part Two"),
                                         at("2025-05-01T19:30:00Z"),
                                         at("2025-05-01T22:16:00Z"),
                                         ShowStatus::OnSale,
                                         3,
                                         { CategoryPrice { QStringLiteral("standard"), eur(1250) },
                                           CategoryPrice { QStringLiteral("premium"), eur(1600) } },
                                         170,
                                         4,
                                         6 } } });
    all.append(SubscribeRequest { QStringLiteral("s1"), 41 });
    all.append(SubscribeRequest { QStringLiteral("s1"), std::nullopt });
    all.append(SubscribeReply { QStringLiteral("s1"), 42, ResyncMode::Deltas });
    all.append(SubscribeReply { QStringLiteral("s1"), 42, ResyncMode::Snapshot, 3 });
    all.append(UnsubscribeRequest { QStringLiteral("s1") });
    all.append(UnsubscribeReply { QStringLiteral("s1") });
    all.append(
        SnapshotPush { QStringLiteral("s1"),
                       42,
                       { SeatState { QStringLiteral("A-1"), SeatStatus::Available, {} },
                         SeatState { QStringLiteral("A-2"), SeatStatus::Held, QStringLiteral("lobby-1") },
                         SeatState { QStringLiteral("A-3"), SeatStatus::Sold, {} },
                         SeatState { QStringLiteral("A-4"), SeatStatus::Blocked, {} } } });
    all.append(SnapshotPush { QStringLiteral("s1"), 43, { SeatState { QStringLiteral("A-5"), SeatStatus::Available, {} } }, 3 });
    all.append(
        DeltaPush { QStringLiteral("s1"),
                    42,
                    43,
                    { SeatState { QStringLiteral("A-1"), SeatStatus::Held, QStringLiteral("lobby-2") } } });
    all.append(HoldRequest { QStringLiteral("s1"), { QStringLiteral("A-1"), QStringLiteral("A-2") } });
    all.append(HoldRequest { QStringLiteral("s1"), { QStringLiteral("A-3") }, QStringLiteral("h-9") });
    all.append(HoldReply { QStringLiteral("h-9"),
                           QStringLiteral("s1"),
                           { QStringLiteral("A-1"), QStringLiteral("A-2") },
                           at("2025-05-01T19:10:00Z"),
                           eur(2500) });
    all.append(ExtendHoldRequest { QStringLiteral("h-9") });
    all.append(ReleaseHoldRequest { QStringLiteral("h-9"), QStringList { QStringLiteral("A-2") } });
    all.append(ReleaseHoldRequest { QStringLiteral("h-9"), std::nullopt });
    all.append(
        ReleaseHoldReply { QStringLiteral("h-9"), { QStringLiteral("A-2") }, { QStringLiteral("A-1") } });
    all.append(SellRequest { QStringLiteral("h-9"),
                             { Payment { PaymentMethod::Cash, eur(1000), eur(2000) },
                               Payment { PaymentMethod::Card, eur(1500), std::nullopt } },
                             QStringLiteral("anna@example.org") });
    all.append(SellRequest {
        QStringLiteral("h-9"), { Payment { PaymentMethod::Card, eur(2500), std::nullopt } }, std::nullopt });
    all.append(
        SellReply { QStringLiteral("sale-5"),
                    QStringLiteral("h-9"),
                    QStringLiteral("s1"),
                    { ticket("A-1"), ticket("A-2") },
                    eur(2500),
                    eur(1000),
                    { PaymentResult { PaymentMethod::Cash, eur(1000), std::nullopt },
                      PaymentResult { PaymentMethod::Card, eur(1500), QStringLiteral("AUTH 0042") } } });
    all.append(PaymentProgressPush { QStringLiteral("r-12"), QStringLiteral("h-9"),
                                     PaymentStage::WaitingForCard,
                                     QStringLiteral("Insert or tap the card") });
    all.append(RefundRequest { QStringLiteral("sale-5"), QStringList { QStringLiteral("t-A-1") },
                               QStringLiteral("Customer was ill") });
    all.append(RefundRequest { QStringLiteral("sale-5"), std::nullopt, QStringLiteral("Show moved") });
    all.append(RefundReply {
        QStringLiteral("rf-1"), QStringLiteral("sale-5"), { QStringLiteral("t-A-1") }, eur(1250), {} });
    all.append(RefundReply { QStringLiteral("rf-2"),
                             QStringLiteral("sale-6"),
                             { QStringLiteral("t-A-1"), QStringLiteral("t-A-2") },
                             eur(2500),
                             { PaymentResult { PaymentMethod::Cash, eur(1000), std::nullopt },
                               PaymentResult { PaymentMethod::Card, eur(1500), std::nullopt } } });
    all.append(FindSalesRequest { QStringLiteral("QR7F3K9A-1"), std::nullopt, std::nullopt, 20 });
    all.append(FindSalesRequest { std::nullopt, QStringLiteral("sale-5"), std::nullopt, 20 });
    all.append(FindSalesRequest { std::nullopt, std::nullopt, SalesScope::Terminal, 50 });
    all.append(
        FindSalesReply { { SaleRecord { QStringLiteral("sale-5"),
                                        QStringLiteral("s1"),
                                        at("2025-05-01T19:05:00Z"),
                                        QStringLiteral("lobby-1"),
                                        QStringLiteral("u-7"),
                                        eur(2500),
                                        { ticket("A-1", TicketStatus::Refunded), ticket("A-2") },
                                        QStringLiteral("Anna Smith") } } });
    all.append(VerifyTicketRequest { QStringLiteral("QR7F3K9A-2"), true });
    all.append(VerifyTicketReply { ticket("A-2", TicketStatus::Admitted), QStringLiteral("sale-5"),
                                   QStringLiteral("s1"), at("2025-05-01T19:25:00Z") });
    {
        // A door's answer with everything a newer server sends.
        VerifyTicketRequest door { QStringLiteral("QR7F3K9A-3"), true, QStringLiteral("s1") };
        all.append(door);
        VerifyTicketReply full { ticket("A-3", TicketStatus::Admitted), QStringLiteral("sale-5"), QStringLiteral("s1"),
                                 at("2025-05-01T19:25:00Z") };
        full.admittedBy = QStringLiteral("door-2");
        full.place = SeatPlace { QStringLiteral("Stalls"), QStringLiteral("F"), QStringLiteral("12") };
        full.title = QStringLiteral("Metropolis");
        full.start = at("2025-05-01T19:30:00Z");
        full.admissions = AdmissionCount { 412, 480 };
        all.append(full);
        all.append(ShowAdmissionsRequest { QStringLiteral("s1") });
        all.append(ShowAdmissionsReply { QStringLiteral("s1"), AdmissionCount { 412, 480 } });
        all.append(AdmissionsPush { QStringLiteral("s1"), AdmissionCount { 413, 480 } });
    }
    all.append(ShiftReportRequest { at("2025-05-01T08:00:00Z"), at("2025-05-01T16:00:00Z") });
    all.append(ShiftReportRequest {});
    all.append(ShiftReportRequest { std::nullopt, std::nullopt, QStringLiteral("sh-3") });
    all.append(ShiftReportReply { QStringLiteral("u-7"),
                                  QStringLiteral("lobby-1"),
                                  at("2025-05-01T08:00:00Z"),
                                  at("2025-05-01T16:00:00Z"),
                                  { MethodTotal { PaymentMethod::Cash, eur(51000), eur(1250), 34, 1 },
                                    MethodTotal { PaymentMethod::Card, eur(98000), eur(0), 61, 0 } },
                                  95,
                                  1 });
    ShiftReportReply closed { QStringLiteral("u-7"),
                              QStringLiteral("lobby-1"),
                              at("2025-05-01T08:00:00Z"),
                              at("2025-05-01T16:00:00Z"),
                              { MethodTotal { PaymentMethod::Cash, eur(51000), eur(1250), 34, 1 } },
                              95,
                              1,
                              QStringLiteral("Anna Smith"),
                              QStringLiteral("sh-3"),
                              true,
                              eur(10000),
                              eur(59750),
                              eur(58800),
                              Money(-950, eur(0).currency()) };
    all.append(closed);
    all.append(CloseShiftRequest { eur(58800), QStringLiteral("counted twice") });
    all.append(CloseShiftRequest { eur(0), std::nullopt });
    all.append(CloseShiftReply { closed });
    all.append(ErrorMessage {
        ErrorCode::SeatUnavailable, QStringLiteral("A-2 is sold"), QStringLiteral("/body/seatIds/1"),
        QJsonObject { { QStringLiteral("seatIds"), QJsonArray { QStringLiteral("A-2") } } } });
    all.append(NoticePush { NoticeKind::ShuttingDown, QStringLiteral("Restarting for an update"), 30 });
    all.append(NoticePush { NoticeKind::Recovered, QStringLiteral("Database is back"), std::nullopt });
    all.append(PingRequest {});
    all.append(PongReply {});
    all.append(studioSamples());
    all.append(userSamples());
    all.append(programmeSamples());
    all.append(showSeatsSamples());
    all.append(pricingSamples());
    all.append(ListAuditLogRequest { at("2025-05-01T00:00:00Z"), at("2025-05-02T00:00:00Z"), QStringLiteral("12"),
                                     { QStringLiteral("sale"), QStringLiteral("hold_expired") }, 50,
                                     QStringLiteral("981") });
    all.append(ListAuditLogRequest {});
    all.append(ListAuditLogReply {
        { AuditEntry { QStringLiteral("981"), at("2025-05-01T19:02:00Z"), QStringLiteral("12"), QStringLiteral("Anna Smith"),
                       QStringLiteral("sale"), QStringLiteral("77"), std::nullopt,
                       QJsonObject { { QStringLiteral("total"), 2500 } } },
          AuditEntry { QStringLiteral("980"), at("2025-05-01T19:00:00Z"), std::nullopt, std::nullopt,
                       QStringLiteral("hold_expired"), std::nullopt, std::nullopt, QJsonObject {} } },
        true });
    all.append(reportSamples());
    all.append(webhookSamples());
    return all;
}

QString idFor(MessageType type)
{
    return messageTypeInfo(type).kind == MessageKind::Push ? QString() : QStringLiteral("c7:42");
}

} // namespace

TEST(ProtocolRegistry, NamesAreUniqueAndLookUp)
{
    QSet<QString> names;
    for (const MessageTypeInfo &info : allMessageTypes()) {
        EXPECT_FALSE(names.contains(QString(info.name))) << QString(info.name).toStdString();
        names.insert(QString(info.name));
        const MessageTypeInfo *found = messageTypeInfo(QString(info.name));
        ASSERT_NE(found, nullptr);
        EXPECT_EQ(found->type, info.type);
        EXPECT_EQ(&messageTypeInfo(info.type), found);
        if (info.kind == MessageKind::Request) {
            EXPECT_EQ(info.direction, Direction::ClientToServer);
            EXPECT_EQ(messageTypeInfo(info.reply).kind, MessageKind::Reply);
            EXPECT_EQ(messageTypeInfo(info.reply).direction, Direction::ServerToClient);
        } else {
            EXPECT_FALSE(info.mutating);
        }
    }
    EXPECT_EQ(messageTypeInfo(u"nonsense"), nullptr);
    EXPECT_EQ(messageTypeInfo(u"HOLD"), nullptr);
    EXPECT_EQ(std::variant_size_v<AnyMessage>, std::size_t(allMessageTypes().size()));
}

TEST(ProtocolRegistry, MutatingRequestsAreTheOnesThatChangeState)
{
    QStringList mutating;
    for (const MessageTypeInfo &info : allMessageTypes()) {
        if (info.mutating)
            mutating.append(QString(info.name));
    }
    EXPECT_EQ(
        mutating,
        (QStringList { QStringLiteral("hold"), QStringLiteral("extend_hold"), QStringLiteral("release_hold"),
                       QStringLiteral("sell"), QStringLiteral("refund"), QStringLiteral("verify_ticket"),
                       QStringLiteral("close_shift"), QStringLiteral("create_venue"), QStringLiteral("create_auditorium"),
                       QStringLiteral("rename_venue"), QStringLiteral("rename_auditorium"), QStringLiteral("upload_layout"),
                       QStringLiteral("save_layout_draft"), QStringLiteral("discard_layout_draft"),
                       QStringLiteral("publish_layout"), QStringLiteral("change_show_layout"),
                       QStringLiteral("create_user"), QStringLiteral("update_user"), QStringLiteral("reset_password"),
                       QStringLiteral("change_password"), QStringLiteral("create_title"), QStringLiteral("update_title"),
                       QStringLiteral("update_venue"), QStringLiteral("schedule_show"), QStringLiteral("update_show"),
                       QStringLiteral("set_show_status"), QStringLiteral("cancel_show"), QStringLiteral("refund_show"),
                       QStringLiteral("copy_shows"), QStringLiteral("block_seats"), QStringLiteral("unblock_seats"),
                       QStringLiteral("create_ticket_type"),
                       QStringLiteral("update_ticket_type"), QStringLiteral("create_price_card"),
                       QStringLiteral("update_price_card"), QStringLiteral("delete_price_card"),
                       QStringLiteral("set_ticket_types"), QStringLiteral("create_webhook"),
                       QStringLiteral("update_webhook"), QStringLiteral("delete_webhook") }));
}

TEST(ProtocolIds, Format)
{
    EXPECT_TRUE(isValidId(u"a"));
    EXPECT_TRUE(isValidId(u"AZaz09._:-"));
    EXPECT_TRUE(isValidId(QString(64, u'x')));
    EXPECT_FALSE(isValidId(QString(65, u'x')));
    EXPECT_FALSE(isValidId(u""));
    EXPECT_FALSE(isValidId(u"a b"));
    EXPECT_FALSE(isValidId(u"a/b"));
    EXPECT_FALSE(isValidId(u"é"));
}

TEST(ProtocolRoundTrip, EveryMessageTypeSurvivesEncodeAndDecode)
{
    QSet<MessageType> covered;
    for (const AnyMessage &message : samples()) {
        const MessageType type = messageTypeOf(message);
        covered.insert(type);
        const QString id = idFor(type);
        const QByteArray bytes = encodeMessage(message, id);
        SCOPED_TRACE(bytes.toStdString());
        const auto decoded = decodeMessage(bytes, serverFrameLimits());
        ASSERT_TRUE(decoded) << decoded.error().toString().toStdString();
        EXPECT_EQ(decoded->id, id);
        EXPECT_EQ(messageTypeOf(decoded->body), type);
        EXPECT_TRUE(decoded->body == message);
        // Encoding is deterministic, and client-sent frames fit the client limits.
        EXPECT_EQ(encodeMessage(decoded->body, decoded->id), bytes);
        if (messageTypeInfo(type).direction == Direction::ClientToServer) {
            EXPECT_TRUE(decodeMessage(bytes, clientFrameLimits()));
        }
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        EXPECT_TRUE(covered.contains(info.type)) << QString(info.name).toStdString();
    }
}

TEST(ProtocolRoundTrip, TypedHelpers)
{
    const HoldRequest hold { QStringLiteral("s1"), { QStringLiteral("A-1") } };
    const QByteArray bytes = encodeMessage(hold, QStringLiteral("r1"));
    EXPECT_EQ(bytes,
              QByteArray(R"({"body":{"seatIds":["A-1"],"showId":"s1"},"id":"r1","type":"hold","v":1})"));
    const auto envelope = decodeEnvelope(bytes, clientFrameLimits());
    ASSERT_TRUE(envelope);
    EXPECT_EQ(envelope->type, MessageType::Hold);
    EXPECT_EQ(envelope->id, QStringLiteral("r1"));
    const auto typed = decodeBodyAs<HoldRequest>(*envelope);
    ASSERT_TRUE(typed);
    EXPECT_TRUE(*typed == hold);
    const auto wrong = decodeBodyAs<SellRequest>(*envelope);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(name(wrong.error().code), name(ErrorCode::UnknownType));
}

TEST(ProtocolRoundTrip, MoneyOnTheWire)
{
    const QByteArray bytes = encodeMessage(RefundReply { QStringLiteral("rf"),
                                                         QStringLiteral("s"),
                                                         { QStringLiteral("t1") },
                                                         Money(-5, *Currency::fromCode(u"JPY")) },
                                           QStringLiteral("r"));
    EXPECT_TRUE(bytes.contains(R"("amount":{"amount":-5,"currency":"JPY"})"));
    // Server messages may carry negative amounts only where the field allows it; a refund amount
    // is not one of them.
    const auto decoded = decodeMessage(bytes, serverFrameLimits());
    ASSERT_FALSE(decoded);
    EXPECT_EQ(name(decoded.error().code), name(ErrorCode::NegativeAmount));
    EXPECT_EQ(decoded.error().where, QStringLiteral("/body/amount/amount"));
    // The largest exact JSON integer passes.
    const auto big = decodeMessage(
        R"({"v":1,"type":"refund_reply","id":"r","body":{"refundId":"x","saleId":"y","ticketIds":["t1"],"amount":{"amount":9007199254740991,"currency":"EUR"}}})",
        serverFrameLimits());
    ASSERT_TRUE(big) << big.error().toString().toStdString();
    EXPECT_EQ(std::get<RefundReply>(big->body).amount.minorUnits(), MaxSafeInteger);
}

TEST(ProtocolRoundTrip, TimesNeedAnOffsetAndAreKeptInUtc)
{
    const auto decoded
        = decodeMessage(R"({"v":1,"type":"list_shows","id":"r","body":{"from":"2025-05-01T21:00:00+02:00"}})",
                        clientFrameLimits());
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*std::get<ListShowsRequest>(decoded->body).from, at("2025-05-01T19:00:00Z"));
    const auto local = decodeMessage(
        R"({"v":1,"type":"list_shows","id":"r","body":{"from":"2025-05-01T21:00:00"}})", clientFrameLimits());
    ASSERT_FALSE(local);
    EXPECT_EQ(name(local.error().code), name(ErrorCode::InvalidValue));
    EXPECT_EQ(local.error().where, QStringLiteral("/body/from"));
}

TEST(ProtocolPolicy, ServerMessagesTolerateUnknownFieldsClientMessagesDoNot)
{
    const auto reply = decodeMessage(
        R"({"v":1,"type":"hold_reply","id":"r","future":true,"body":{"holdId":"h","showId":"s","seatIds":["A-1"],"expiresAt":"2025-05-01T19:10:00Z","total":{"amount":1250,"currency":"EUR","note":"x"},"loyaltyPoints":12}})",
        serverFrameLimits());
    EXPECT_TRUE(reply) << reply.error().toString().toStdString();

    const auto request = decodeMessage(
        R"({"v":1,"type":"sell","id":"r","body":{"holdId":"h","payments":[{"method":"card","amount":{"amount":1250,"currency":"EUR","note":"x"}}]}})",
        clientFrameLimits());
    ASSERT_FALSE(request);
    EXPECT_EQ(name(request.error().code), name(ErrorCode::UnknownField));
    EXPECT_EQ(request.error().where, QStringLiteral("/body/payments/0/amount/note"));
}

TEST(ProtocolPolicy, UnknownFieldIsReportedBeforeOtherProblemsOfItsObject)
{
    const auto decoded
        = decodeMessage(R"({"v":1,"type":"hold","id":"r","body":{"showID":"s"}})", clientFrameLimits());
    ASSERT_FALSE(decoded);
    EXPECT_EQ(name(decoded.error().code), name(ErrorCode::UnknownField));
    EXPECT_EQ(decoded.error().where, QStringLiteral("/body/showID"));
}

TEST(ProtocolPolicy, RequestIdIsRecoveredForTheErrorReply)
{
    QString id;
    const auto decoded = decodeMessage(
        R"({"v":1,"type":"hold","id":"c-9","body":{"showId":"s","seatIds":[]}})", clientFrameLimits(), &id);
    ASSERT_FALSE(decoded);
    EXPECT_EQ(id, QStringLiteral("c-9"));
    const QByteArray reply = encodeError(decoded.error(), id);
    const auto error = decodeMessage(reply, serverFrameLimits());
    ASSERT_TRUE(error);
    EXPECT_EQ(error->id, QStringLiteral("c-9"));
    const auto &message = std::get<ErrorMessage>(error->body);
    EXPECT_EQ(message.toError(), decoded.error());

    QString none = QStringLiteral("stale");
    EXPECT_FALSE(decodeMessage("[]", clientFrameLimits(), &none));
    EXPECT_TRUE(none.isEmpty());
    EXPECT_FALSE(decodeMessage(R"({"v":2,"type":"hold","id":"bad id"})", clientFrameLimits(), &none));
    EXPECT_TRUE(none.isEmpty());
}

TEST(ProtocolPolicy, ErrorsWithoutIdAndUnknownCodesFromNewerServers)
{
    const auto decoded = decodeMessage(
        R"({"v":1,"type":"error","body":{"code":"SOMETHING_NEW","message":"?"}})", serverFrameLimits());
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->id.isEmpty());
    EXPECT_EQ(name(std::get<ErrorMessage>(decoded->body).code), name(ErrorCode::Internal));
}

TEST(ProtocolPolicy, FieldsNewerServersAddReadAsAbsentFromOlderOnes)
{
    // subscribe_reply and snapshot without layoutVersion (servers before the layout studio).
    const auto reply = decodeMessage(R"({"v":1,"type":"subscribe_reply","id":"r","body":{"showId":"s1","version":4,"resync":"snapshot"}})",
                                     serverFrameLimits());
    ASSERT_TRUE(reply) << reply.error().toString().toStdString();
    EXPECT_FALSE(std::get<SubscribeReply>(reply->body).layoutVersion.has_value());
    const auto snapshot = decodeMessage(R"({"v":1,"type":"snapshot","body":{"showId":"s1","version":4,"seats":[]}})",
                                        serverFrameLimits());
    ASSERT_TRUE(snapshot) << snapshot.error().toString().toStdString();
    EXPECT_FALSE(std::get<SnapshotPush>(snapshot->body).layoutVersion.has_value());
    // An auditorium without a published layout is listed with layoutVersion 0.
    const auto venues = decodeMessage(
        R"({"v":1,"type":"list_venues_reply","id":"r","body":{"venues":[{"id":"v1","name":"Odeon","auditoriums":[{"id":"a1","name":"New","layoutVersion":0,"seatCount":0}]}]}})",
        serverFrameLimits());
    ASSERT_TRUE(venues) << venues.error().toString().toStdString();
    EXPECT_EQ(std::get<ListVenuesReply>(venues->body).venues.first().auditoriums.first().layoutVersion, 0);
    // From a server before the venue's settings were listed: no timezone, currency or gap.
    EXPECT_FALSE(std::get<ListVenuesReply>(venues->body).venues.first().timezone.has_value());
    EXPECT_FALSE(std::get<ListVenuesReply>(venues->body).venues.first().cleaningGapMinutes.has_value());
}

TEST(ProtocolPolicy, WhyASeatIsBlockedIsANewFieldThatOlderClientsIgnore)
{
    // From a server before the back office: no block, no note.
    const auto old = decodeMessage(
        R"({"v":1,"type":"delta","body":{"showId":"s1","fromVersion":1,"toVersion":2,"changes":[{"seatId":"A-1","status":"blocked"}]}})",
        serverFrameLimits());
    ASSERT_TRUE(old) << old.error().toString().toStdString();
    EXPECT_FALSE(std::get<DeltaPush>(old->body).changes.first().block.has_value());
    // A reason this client does not know yet reads as none; the seat is still blocked.
    const auto newer = decodeMessage(
        R"({"v":1,"type":"delta","body":{"showId":"s1","fromVersion":1,"toVersion":2,"changes":[{"seatId":"A-1","status":"blocked","block":"sponsor","note":"Acme"}]}})",
        serverFrameLimits());
    ASSERT_TRUE(newer) << newer.error().toString().toStdString();
    const SeatState seat = std::get<DeltaPush>(newer->body).changes.first();
    EXPECT_EQ(seat.status, SeatStatus::Blocked);
    EXPECT_FALSE(seat.block.has_value());
    EXPECT_EQ(seat.note, QStringLiteral("Acme"));
}

TEST(ProtocolPolicy, ALayoutInADraftIsDecodedStrictlyWithWhereIntoTheFrame)
{
    const auto draftFrame = [](const Layout &layout) {
        return encodeMessage(SaveLayoutDraftRequest { QStringLiteral("a1"), 0, 0, layoutToJson(layout), std::nullopt },
                             QStringLiteral("r1"));
    };
    // A field that seats do not have, in the third seat.
    QByteArray frame = draftFrame(smallHall());
    ASSERT_TRUE(frame.contains(R"("id":"stalls-A-3")"));
    frame.replace(R"("id":"stalls-A-3")", R"("colour":"red","id":"stalls-A-3")");
    const auto decoded = decodeMessage(frame, clientFrameLimits());
    ASSERT_FALSE(decoded);
    EXPECT_EQ(name(decoded.error().code), name(ErrorCode::UnknownField));
    EXPECT_EQ(decoded.error().where, QStringLiteral("/body/layout/sections/0/rows/0/seats/2/colour"));

    // The layout rules are not the decoder's business: overlapping seats make a valid draft body.
    Layout overlapping = smallHall();
    overlapping.sections[0].rows[0].seats[2].position = overlapping.sections[0].rows[0].seats[1].position;
    const auto valid = decodeMessage(draftFrame(overlapping), clientFrameLimits());
    EXPECT_TRUE(valid) << valid.error().toString().toStdString();
}

// ---------------------------------------------------------------------------------------------
// Malformed input: each case names the exact code and `where`.

namespace {

struct BadFrame
{
    const char *label;
    QByteArray bytes;
    ErrorCode code;
    const char *where;
};

void PrintTo(const BadFrame &c, std::ostream *os)
{
    *os << c.label;
}

class ProtocolMalformed : public testing::TestWithParam<BadFrame>
{
};

} // namespace

TEST_P(ProtocolMalformed, IsRejectedWithTheExactCodeAndWhere)
{
    const BadFrame &c = GetParam();
    const auto decoded = decodeMessage(c.bytes, clientFrameLimits());
    ASSERT_FALSE(decoded) << c.label;
    EXPECT_EQ(name(decoded.error().code), name(c.code)) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded.error().where, QString::fromUtf8(c.where)) << decoded.error().toString().toStdString();
    EXPECT_FALSE(decoded.error().message.isEmpty());
}

namespace {

QByteArray holdWith(const QByteArray &seats)
{
    return R"({"v":1,"type":"hold","id":"r1","body":{"showId":"s1","seatIds":)" + seats + "}}";
}

QByteArray seatList(int count, int duplicateAt = -1)
{
    QByteArray list = "[";
    for (int i = 0; i < count; ++i) {
        if (i)
            list += ',';
        list += "\"S" + QByteArray::number(i == duplicateAt ? 0 : i) + '"';
    }
    return list + ']';
}

QByteArray sellWith(const QByteArray &payments)
{
    return R"({"v":1,"type":"sell","id":"r1","body":{"holdId":"h1","payments":)" + payments + "}}";
}

QByteArray cash(const QByteArray &amount)
{
    return R"([{"method":"cash","amount":)" + amount + "}]";
}

QByteArray request(const char *type, const QByteArray &body)
{
    return R"({"v":1,"type":")" + QByteArray(type) + R"(","id":"r1","body":)" + body + "}";
}

// A create_webhook frame: a valid body with one field replaced or added (`field` is "key":value).
QByteArray webhook(const QByteArray &field)
{
    QByteArray body = R"({"url":"https://loyalty.example.org/marquee","eventTypes":["sale.completed"],)"
                      R"("secret":"0123456789abcdef0123456789abcdef","active":true})";
    const QByteArray key = field.left(field.indexOf(':'));
    const qsizetype start = body.indexOf(key);
    if (start >= 0) {
        // Replace the value of the key: up to the next top-level ',' or the closing '}'.
        qsizetype end = start + key.size() + 1;
        int depth = 0;
        bool inString = false;
        for (; end < body.size(); ++end) {
            const char c = body.at(end);
            if (inString) {
                if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || (c == '}' && depth > 0)) {
                --depth;
            } else if ((c == ',' || c == '}') && depth == 0) {
                break;
            }
        }
        body.replace(start, end - start, field);
    } else {
        body.insert(body.size() - 1, "," + field);
    }
    return request("create_webhook", body);
}

// A valid layout document as text (the table below is built before main(): no layout.h calls).
constexpr char smallLayoutText[]
    = R"({"aisles":[],"categories":[{"colour":"#1f6fb2","id":"standard","name":"Standard"}],"name":"Small hall",)"
      R"("schemaVersion":1,"sections":[{"id":"stalls","name":"Stalls","rows":[{"id":"stalls-A","kind":"straight",)"
      R"("label":"A","seats":[{"category":"standard","id":"stalls-A-1","label":"1","x":0,"y":3}]}]}],)"
      R"("stage":{"kind":"screen","width":10,"x":0,"y":0},"version":1})";

const BadFrame badFrames[] = {
    // frames
    { "empty frame", "", ErrorCode::MalformedJson, "" },
    { "whitespace", " \n", ErrorCode::MalformedJson, "" },
    { "array", "[]", ErrorCode::NotAnObject, "" },
    { "string", "\"x\"", ErrorCode::NotAnObject, "" },
    { "number", "42", ErrorCode::NotAnObject, "" },
    { "invalid UTF-8", "{\"v\":1,\"type\":\"ping\",\"id\":\"r\xff\"}", ErrorCode::MalformedJson, "" },
    { "truncated", R"({"v":1,"type":"ping","id":)", ErrorCode::MalformedJson, "" },
    { "duplicate id", R"({"v":1,"type":"ping","id":"r1","id":"r2"})", ErrorCode::MalformedJson, "/id" },
    { "duplicate type", R"({"v":1,"type":"ping","id":"r1","type":"sell"})", ErrorCode::MalformedJson, "/type" },
    { "duplicate body field", request("hold", R"({"showId":"1","seatIds":["A-1"],"\u0073howId":"2"})"),
      ErrorCode::MalformedJson, "/body/showId" },
    { "duplicate nested field", request("sell", R"({"holdId":"h1","payments":[{"method":"cash","amount":{"amount":1,"currency":"EUR","amount":1000}}]})"),
      ErrorCode::MalformedJson, "/body/payments/0/amount/amount" },
    { "lone surrogate", request("sign_in", R"({"user":"a\ud800","password":"x"})"), ErrorCode::MalformedJson, "" },
    { "trailing garbage", R"({"v":1,"type":"ping","id":"r"} {})", ErrorCode::MalformedJson, "" },
    { "1 MiB frame", R"({"v":1,"type":"ping","id":"r","body":{"x":")" + QByteArray(1 << 20, 'a') + "\"}}",
      ErrorCode::FrameTooLarge, "" },
    { "depth 1000", QByteArray(1000, '[') + QByteArray(1000, ']'), ErrorCode::TooDeep, "" },
    { "depth 17 in body", request("ping", "{\"x\":" + QByteArray(15, '[') + QByteArray(15, ']') + "}"),
      ErrorCode::TooDeep, "" },
    // envelope
    { "missing v", R"({"type":"ping","id":"r1"})", ErrorCode::MissingField, "/v" },
    { "v=2", R"({"v":2,"type":"ping","id":"r1"})", ErrorCode::UnsupportedVersion, "/v" },
    { "v=1.5", R"({"v":1.5,"type":"ping","id":"r1"})", ErrorCode::UnsupportedVersion, "/v" },
    { "v as string", R"({"v":"1","type":"ping","id":"r1"})", ErrorCode::WrongType, "/v" },
    { "missing type", R"({"v":1,"id":"r1"})", ErrorCode::MissingField, "/type" },
    { "type as number", R"({"v":1,"type":7,"id":"r1"})", ErrorCode::WrongType, "/type" },
    { "unknown type", R"({"v":1,"type":"teleport","id":"r1"})", ErrorCode::UnknownType, "/type" },
    { "missing id", R"({"v":1,"type":"ping"})", ErrorCode::MissingField, "/id" },
    { "id too long", R"({"v":1,"type":"ping","id":")" + QByteArray(65, 'a') + "\"}", ErrorCode::InvalidValue,
      "/id" },
    { "empty id", R"({"v":1,"type":"ping","id":""})", ErrorCode::InvalidValue, "/id" },
    { "id with spaces", R"({"v":1,"type":"ping","id":"r 1"})", ErrorCode::InvalidValue, "/id" },
    { "id as number", R"({"v":1,"type":"ping","id":1})", ErrorCode::WrongType, "/id" },
    { "id on a push", R"({"v":1,"type":"notice","id":"r1","body":{"kind":"degraded","message":"m"}})",
      ErrorCode::InvalidValue, "/id" },
    { "body not object", R"({"v":1,"type":"ping","id":"r1","body":[]})", ErrorCode::NotAnObject, "/body" },
    { "unknown envelope field", R"({"v":1,"type":"ping","id":"r1","extra":0})", ErrorCode::UnknownField,
      "/extra" },
    { "unknown envelope field, pointer-escaped", R"({"v":1,"type":"ping","id":"r1","a/b~":0})",
      ErrorCode::UnknownField, "/a~1b~0" },
    // hold
    { "unknown field in hold", holdWith(R"(["A-1"],"note":"x")"), ErrorCode::UnknownField, "/body/note" },
    { "hold without body", R"({"v":1,"type":"hold","id":"r1"})", ErrorCode::MissingField, "/body/showId" },
    { "seats not array", holdWith(R"("A-1")"), ErrorCode::WrongType, "/body/seatIds" },
    { "seat id number", holdWith(R"(["A-1",7])"), ErrorCode::WrongType, "/body/seatIds/1" },
    { "seat id with slash", holdWith(R"(["A-1","B/2"])"), ErrorCode::InvalidValue, "/body/seatIds/1" },
    { "empty seats", holdWith("[]"), ErrorCode::EmptySeatList, "/body/seatIds" },
    { "101 seats", holdWith(seatList(101)), ErrorCode::TooManyItems, "/body/seatIds" },
    { "duplicate seat", holdWith(seatList(5, 3)), ErrorCode::DuplicateSeat, "/body/seatIds/3" },
    { "show id null", R"({"v":1,"type":"hold","id":"r1","body":{"showId":null,"seatIds":["A"]}})",
      ErrorCode::WrongType, "/body/showId" },
    { "duplicate seat in release", request("release_hold", R"({"holdId":"h","seatIds":["A","A"]})"),
      ErrorCode::DuplicateSeat, "/body/seatIds/1" },
    { "empty seats in release", request("release_hold", R"({"holdId":"h","seatIds":[]})"),
      ErrorCode::EmptySeatList, "/body/seatIds" },
    // money and payments
    { "negative amount", sellWith(cash(R"({"amount":-1,"currency":"EUR"})")), ErrorCode::NegativeAmount,
      "/body/payments/0/amount/amount" },
    { "zero amount", sellWith(cash(R"({"amount":0,"currency":"EUR"})")), ErrorCode::InvalidValue,
      "/body/payments/0/amount/amount" },
    { "amount 1.5", sellWith(cash(R"({"amount":1.5,"currency":"EUR"})")), ErrorCode::InvalidValue,
      "/body/payments/0/amount/amount" },
    { "amount 1e300", sellWith(cash(R"({"amount":1e300,"currency":"EUR"})")), ErrorCode::AmountOverflow,
      "/body/payments/0/amount/amount" },
    { "amount 2^53", sellWith(cash(R"({"amount":9007199254740992,"currency":"EUR"})")),
      ErrorCode::AmountOverflow, "/body/payments/0/amount/amount" },
    { "amount as string", sellWith(cash(R"({"amount":"12.50","currency":"EUR"})")), ErrorCode::WrongType,
      "/body/payments/0/amount/amount" },
    { "amount as number", sellWith(cash("1250")), ErrorCode::NotAnObject, "/body/payments/0/amount" },
    { "currency lower case", sellWith(cash(R"({"amount":100,"currency":"eur"})")), ErrorCode::InvalidCurrency,
      "/body/payments/0/amount/currency" },
    { "currency XXX", sellWith(cash(R"({"amount":100,"currency":"XXX"})")), ErrorCode::InvalidCurrency,
      "/body/payments/0/amount/currency" },
    { "currency missing", sellWith(cash(R"({"amount":100})")), ErrorCode::MissingField,
      "/body/payments/0/amount/currency" },
    { "mixed currencies",
      sellWith(
          R"([{"method":"card","amount":{"amount":100,"currency":"EUR"}},{"method":"card","amount":{"amount":100,"currency":"USD"}}])"),
      ErrorCode::CurrencyMismatch, "/body/payments/1/amount/currency" },
    { "tendered less than amount",
      sellWith(
          R"([{"method":"cash","amount":{"amount":100,"currency":"EUR"},"tendered":{"amount":50,"currency":"EUR"}}])"),
      ErrorCode::InvalidValue, "/body/payments/0/tendered" },
    { "tendered by card",
      sellWith(
          R"([{"method":"card","amount":{"amount":100,"currency":"EUR"},"tendered":{"amount":100,"currency":"EUR"}}])"),
      ErrorCode::InvalidValue, "/body/payments/0/tendered" },
    { "unknown payment method", sellWith(R"([{"method":"cheque","amount":{"amount":1,"currency":"EUR"}}])"),
      ErrorCode::InvalidValue, "/body/payments/0/method" },
    { "payments empty", sellWith("[]"), ErrorCode::InvalidValue, "/body/payments" },
    { "11 payments", sellWith("[" + QByteArray("{},").repeated(10) + "{}]"), ErrorCode::TooManyItems,
      "/body/payments" },
    { "payment not object", sellWith("[1]"), ErrorCode::NotAnObject, "/body/payments/0" },
    { "bad e-mail",
      R"({"v":1,"type":"sell","id":"r1","body":{"holdId":"h1","payments":[{"method":"card","amount":{"amount":1,"currency":"EUR"}}],"customerEmail":"nobody"}})",
      ErrorCode::InvalidValue, "/body/customerEmail" },
    { "sell in an unknown language",
      R"({"v":1,"type":"sell","id":"r1","body":{"holdId":"h1","payments":[{"method":"card","amount":{"amount":1,"currency":"EUR"}}],"customerEmail":"a@b.example","language":"klingon"}})",
      ErrorCode::InvalidValue, "/body/language" },
    // refunds, lookups, others
    { "refund without reason", request("refund", R"({"saleId":"s"})"), ErrorCode::MissingField,
      "/body/reason" },
    { "refund with blank reason", request("refund", R"({"saleId":"s","reason":"  "})"),
      ErrorCode::InvalidValue, "/body/reason" },
    { "refund empty tickets", request("refund", R"({"saleId":"s","ticketIds":[],"reason":"x"})"),
      ErrorCode::InvalidValue, "/body/ticketIds" },
    { "find sales with two criteria", request("find_sales", R"({"saleId":"s","ticketCode":"c"})"),
      ErrorCode::InvalidValue, "/body" },
    { "find sales limit 0", request("find_sales", R"({"recent":"user","limit":0})"), ErrorCode::InvalidValue,
      "/body/limit" },
    { "subscribe negative version", request("subscribe", R"({"showId":"s","lastVersion":-1})"),
      ErrorCode::InvalidValue, "/body/lastVersion" },
    { "get layout version as string", request("get_layout", R"({"auditoriumId":"a","layoutVersion":"3"})"),
      ErrorCode::WrongType, "/body/layoutVersion" },
    { "list shows to before from",
      request("list_shows", R"({"from":"2025-05-02T00:00:00Z","to":"2025-05-01T00:00:00Z"})"),
      ErrorCode::InvalidValue, "/body/to" },
    { "list shows bad date", request("list_shows", R"({"from":"tomorrow"})"), ErrorCode::InvalidValue,
      "/body/from" },
    { "hello without versions",
      request("hello", R"({"versions":[],"clientName":"c","clientVersion":"1","terminalId":"t"})"),
      ErrorCode::InvalidValue, "/body/versions" },
    { "sign in with empty password", request("sign_in", R"({"user":"anna","password":""})"),
      ErrorCode::InvalidValue, "/body/password" },
    { "verify admit not bool", request("verify_ticket", R"({"code":"c","admit":"yes"})"),
      ErrorCode::WrongType, "/body/admit" },
    { "verify code with a space", request("verify_ticket", R"({"code":"QR7 F3K","admit":true})"),
      ErrorCode::InvalidValue, "/body/code" },
    { "verify code with a quote", request("verify_ticket", R"({"code":"QR7'--","admit":true})"),
      ErrorCode::InvalidValue, "/body/code" },
    { "verify empty code", request("verify_ticket", R"({"code":"","admit":true})"), ErrorCode::InvalidValue,
      "/body/code" },
    { "verify showId without admit", request("verify_ticket", R"({"code":"QR7","showId":"1"})"),
      ErrorCode::InvalidValue, "/body/showId" },
    { "verify showId a number", request("verify_ticket", R"({"code":"QR7","admit":true,"showId":1})"),
      ErrorCode::WrongType, "/body/showId" },
    { "show admissions without show", request("show_admissions", R"({})"), ErrorCode::MissingField,
      "/body/showId" },
    { "show admissions unknown field", request("show_admissions", R"({"showId":"1","door":"2"})"),
      ErrorCode::UnknownField, "/body/door" },
    { "hold allowOrphans not bool", request("hold", R"({"showId":"1","seatIds":["A-1"],"allowOrphans":1})"),
      ErrorCode::WrongType, "/body/allowOrphans" },
    { "update venue noOrphanSeats not bool", request("update_venue", R"({"venueId":"1","noOrphanSeats":"on"})"),
      ErrorCode::WrongType, "/body/noOrphanSeats" },
    { "ping with body field", request("ping", R"({"x":1})"), ErrorCode::UnknownField, "/body/x" },
    // venues
    { "create venue without name", request("create_venue", R"({"currency":"EUR"})"), ErrorCode::MissingField,
      "/body/name" },
    { "create venue empty name", request("create_venue", R"({"name":"","currency":"EUR"})"), ErrorCode::InvalidValue,
      "/body/name" },
    { "create venue blank name", request("create_venue", R"({"name":"   ","currency":"EUR"})"),
      ErrorCode::InvalidValue, "/body/name" },
    { "create venue name with a tab", request("create_venue", R"({"name":"Odeon\tWest","currency":"EUR"})"),
      ErrorCode::InvalidValue, "/body/name" },
    { "create venue name of 101", request("create_venue", R"({"name":")" + QByteArray(101, 'x') + R"(","currency":"EUR"})"),
      ErrorCode::InvalidValue, "/body/name" },
    { "create venue currency eur", request("create_venue", R"({"name":"Odeon","currency":"eur"})"),
      ErrorCode::InvalidCurrency, "/body/currency" },
    { "create venue currency as number", request("create_venue", R"({"name":"Odeon","currency":978})"),
      ErrorCode::WrongType, "/body/currency" },
    { "create venue unknown time zone", request("create_venue", R"({"name":"Odeon","currency":"EUR","timezone":"Mars/Olympus"})"),
      ErrorCode::InvalidValue, "/body/timezone" },
    { "create venue unknown field", request("create_venue", R"({"name":"Odeon","currency":"EUR","city":"Bonn"})"),
      ErrorCode::UnknownField, "/body/city" },
    { "create auditorium bad venue id", request("create_auditorium", R"({"venueId":"v 1","name":"Screen 1"})"),
      ErrorCode::InvalidValue, "/body/venueId" },
    { "rename auditorium name as number", request("rename_auditorium", R"({"auditoriumId":"a1","name":7})"),
      ErrorCode::WrongType, "/body/name" },
    // the layout studio
    { "list layout versions without id", request("list_layout_versions", "{}"), ErrorCode::MissingField,
      "/body/auditoriumId" },
    { "upload 129 parts", request("upload_layout", R"({"uploadId":"u1","part":0,"parts":129,"data":"AAAA"})"),
      ErrorCode::InvalidValue, "/body/parts" },
    { "upload part beyond parts", request("upload_layout", R"({"uploadId":"u1","part":3,"parts":3,"data":"AAAA"})"),
      ErrorCode::InvalidValue, "/body/part" },
    { "upload part 1.5", request("upload_layout", R"({"uploadId":"u1","part":1.5,"parts":3,"data":"AAAA"})"),
      ErrorCode::InvalidValue, "/body/part" },
    { "upload data too long",
      request("upload_layout", R"({"uploadId":"u1","part":0,"parts":1,"data":")" + QByteArray(48004, 'A') + "\"}"),
      ErrorCode::InvalidValue, "/body/data" },
    { "upload data unpadded", request("upload_layout", R"({"uploadId":"u1","part":0,"parts":1,"data":"AAA"})"),
      ErrorCode::InvalidValue, "/body/data" },
    { "upload data url-safe", request("upload_layout", R"({"uploadId":"u1","part":0,"parts":1,"data":"ab-_"})"),
      ErrorCode::InvalidValue, "/body/data" },
    { "upload data empty", request("upload_layout", R"({"uploadId":"u1","part":0,"parts":1,"data":""})"),
      ErrorCode::InvalidValue, "/body/data" },
    { "save draft with an empty layout",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":0,"layout":{},"uploadId":"u1"})"),
      ErrorCode::MissingField, "/body/layout/schemaVersion" },
    { "save draft with layout and upload",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":0,"uploadId":"u1","layout":)"
                                       + QByteArray(smallLayoutText) + "}"),
      ErrorCode::InvalidValue, "/body" },
    { "save draft with neither", request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":0})"),
      ErrorCode::InvalidValue, "/body" },
    { "save draft layout as string",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":0,"layout":"{}"})"),
      ErrorCode::NotAnObject, "/body/layout" },
    { "save draft layout of schema 2",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":0,"layout":{"schemaVersion":2}})"),
      ErrorCode::LayoutSchemaVersion, "/body/layout/schemaVersion" },
    { "save draft negative revision",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":0,"revision":-1,"uploadId":"u1"})"),
      ErrorCode::InvalidValue, "/body/revision" },
    { "save draft base version as string",
      request("save_layout_draft", R"({"auditoriumId":"a1","baseVersion":"1","revision":0,"uploadId":"u1"})"),
      ErrorCode::WrongType, "/body/baseVersion" },
    { "discard draft revision 0", request("discard_layout_draft", R"({"auditoriumId":"a1","revision":0})"),
      ErrorCode::InvalidValue, "/body/revision" },
    { "publish without revision", request("publish_layout", R"({"auditoriumId":"a1"})"), ErrorCode::MissingField,
      "/body/revision" },
    { "change show layout version 0", request("change_show_layout", R"({"showId":"s1","layoutVersion":0})"),
      ErrorCode::InvalidValue, "/body/layoutVersion" },
    { "change show layout version 2^31", request("change_show_layout", R"({"showId":"s1","layoutVersion":2147483648})"),
      ErrorCode::InvalidValue, "/body/layoutVersion" },
    // users
    { "list users with a field", request("list_users", R"({"all":true})"), ErrorCode::UnknownField, "/body/all" },
    { "create user with a space in the login", request("create_user", R"({"user":"anna s","name":"Anna","role":"cashier"})"),
      ErrorCode::InvalidValue, "/body/user" },
    { "create user with an empty login", request("create_user", R"({"user":"","name":"Anna","role":"cashier"})"),
      ErrorCode::InvalidValue, "/body/user" },
    { "create user with a 65-character login",
      request("create_user", R"({"user":")" + QByteArray(65, 'a') + R"(","name":"Anna","role":"cashier"})"),
      ErrorCode::InvalidValue, "/body/user" },
    { "create user with a blank name", request("create_user", R"({"user":"anna","name":"   ","role":"cashier"})"),
      ErrorCode::InvalidValue, "/body/name" },
    { "create user with a 101-character name",
      request("create_user", R"({"user":"anna","name":")" + QByteArray(101, 'a') + R"(","role":"cashier"})"),
      ErrorCode::InvalidValue, "/body/name" },
    { "create user with an unknown role", request("create_user", R"({"user":"anna","name":"Anna","role":"owner"})"),
      ErrorCode::InvalidValue, "/body/role" },
    { "create user with a 9-character password",
      request("create_user", R"({"user":"anna","name":"Anna","role":"cashier","password":"123456789"})"),
      ErrorCode::InvalidValue, "/body/password" },
    { "create user with a 201-character password",
      request("create_user", R"({"user":"anna","name":"Anna","role":"cashier","password":")" + QByteArray(201, 'p') + R"("})"),
      ErrorCode::InvalidValue, "/body/password" },
    { "update user without a change", request("update_user", R"({"userId":"12"})"), ErrorCode::MissingField, "/body" },
    { "update user active as a string", request("update_user", R"({"userId":"12","active":"no"})"), ErrorCode::WrongType,
      "/body/active" },
    { "update user with a bad id", request("update_user", R"({"userId":"a b","name":"Anna"})"), ErrorCode::InvalidValue,
      "/body/userId" },
    { "reset password with a password", request("reset_password", R"({"userId":"12","password":"1234567890"})"),
      ErrorCode::UnknownField, "/body/password" },
    { "change password to a short one", request("change_password", R"({"oldPassword":"cashier","newPassword":"short"})"),
      ErrorCode::InvalidValue, "/body/newPassword" },
    { "change password without the old one", request("change_password", R"({"newPassword":"long enough now"})"),
      ErrorCode::MissingField, "/body/oldPassword" },
    // the programme
    { "create title with runtime 0", request("create_title", R"({"name":"M","runtimeMinutes":0})"),
      ErrorCode::InvalidValue, "/body/runtimeMinutes" },
    { "create title with an 11-character age rating",
      request("create_title", R"({"name":"M","runtimeMinutes":90,"ageRating":"FSK 12 plus"})"), ErrorCode::InvalidValue,
      "/body/ageRating" },
    { "update title without a change", request("update_title", R"({"titleId":"7"})"), ErrorCode::MissingField, "/body" },
    { "update venue with a 241-minute gap", request("update_venue", R"({"venueId":"1","cleaningGapMinutes":241})"),
      ErrorCode::InvalidValue, "/body/cleaningGapMinutes" },
    { "schedule show ending at its start",
      request("schedule_show", R"({"auditoriumId":"2","titleId":"7","start":"2025-05-09T19:00:00Z","end":"2025-05-09T19:00:00Z","prices":[]})"),
      ErrorCode::InvalidValue, "/body/end" },
    { "schedule show without prices",
      request("schedule_show", R"({"auditoriumId":"2","titleId":"7","start":"2025-05-09T19:00:00Z","prices":[]})"),
      ErrorCode::InvalidValue, "/body/prices" },
    { "schedule show with a fractional price",
      request("schedule_show", R"({"auditoriumId":"2","titleId":"7","start":"2025-05-09T19:00:00Z","prices":[{"category":"standard","price":{"amount":12.5,"currency":"EUR"}}]})"),
      ErrorCode::InvalidValue, "/body/prices/0/price/amount" },
    { "schedule show cancelled",
      request("schedule_show", R"({"auditoriumId":"2","titleId":"7","start":"2025-05-09T19:00:00Z","prices":[{"category":"standard","price":{"amount":1250,"currency":"EUR"}}],"status":"cancelled"})"),
      ErrorCode::InvalidValue, "/body/status" },
    { "set show status cancelled", request("set_show_status", R"({"showId":"41","status":"cancelled"})"),
      ErrorCode::InvalidValue, "/body/status" },
    { "cancel show without a reason", request("cancel_show", R"({"showId":"41","reason":" "})"), ErrorCode::InvalidValue,
      "/body/reason" },
    { "copy shows by zero days",
      request("copy_shows", R"({"from":"2025-05-05T00:00:00Z","to":"2025-05-12T00:00:00Z","shiftDays":0})"),
      ErrorCode::InvalidValue, "/body/shiftDays" },
    { "copy shows with the range reversed",
      request("copy_shows", R"({"from":"2025-05-12T00:00:00Z","to":"2025-05-05T00:00:00Z","shiftDays":7})"),
      ErrorCode::InvalidValue, "/body/to" },
    { "audit log with 'to' before 'from'",
      request("list_audit_log", R"({"from":"2025-05-02T00:00:00Z","to":"2025-05-01T00:00:00Z"})"),
      ErrorCode::InvalidValue, "/body/to" },
    { "audit log limit over 1000", request("list_audit_log", R"({"limit":1001})"), ErrorCode::InvalidValue, "/body/limit" },
    { "audit log with an unknown action", request("list_audit_log", R"({"actions":["sale","sales"]})"),
      ErrorCode::InvalidValue, "/body/actions/1" },
    { "audit log actions as a string", request("list_audit_log", R"({"actions":"sale"})"), ErrorCode::WrongType,
      "/body/actions" },
    { "audit log before as a number", request("list_audit_log", R"({"before":12})"), ErrorCode::WrongType,
      "/body/before" },
    // blocked and house seats
    { "block with no seats", request("block_seats", R"({"showId":"3","seatIds":[],"kind":"house"})"),
      ErrorCode::EmptySeatList, "/body/seatIds" },
    { "block a seat twice", request("block_seats", R"({"showId":"3","seatIds":["A-1","A-1"],"kind":"house"})"),
      ErrorCode::DuplicateSeat, "/body/seatIds/1" },
    { "block for the layout", request("block_seats", R"({"showId":"3","seatIds":["A-1"],"kind":"layout"})"),
      ErrorCode::InvalidValue, "/body/kind" },
    { "block with a blank note", request("block_seats", R"({"showId":"3","seatIds":["A-1"],"kind":"house","note":" "})"),
      ErrorCode::InvalidValue, "/body/note" },
    { "block without a kind", request("block_seats", R"({"showId":"3","seatIds":["A-1"]})"), ErrorCode::MissingField,
      "/body/kind" },
    { "release with a note", request("unblock_seats", R"({"showId":"3","seatIds":["A-1"],"note":"x"})"),
      ErrorCode::UnknownField, "/body/note" },
    { "watch shows of a day", request("watch_shows", R"({"day":"2025-05-01"})"), ErrorCode::UnknownField,
      "/body/day" },
    { "report range reversed", request("get_report", R"({"kind":"refunds","venueId":"1","from":"2025-05-08","to":"2025-05-01"})"),
      ErrorCode::InvalidValue, "/body/to" },
    { "report over 366 days", request("get_report", R"({"kind":"refunds","venueId":"1","from":"2024-01-01","to":"2025-01-02"})"),
      ErrorCode::InvalidValue, "/body/to" },
    { "report of an unknown kind", request("get_report", R"({"kind":"profit","venueId":"1","from":"2025-05-01","to":"2025-05-08"})"),
      ErrorCode::InvalidValue, "/body/kind" },
    { "report day not a day", request("get_report", R"({"kind":"refunds","venueId":"1","from":"2025-02-30","to":"2025-05-08"})"),
      ErrorCode::InvalidValue, "/body/from" },
    { "report without a venue", request("get_report", R"({"kind":"refunds","from":"2025-05-01","to":"2025-05-08"})"),
      ErrorCode::MissingField, "/body/venueId" },
    // webhooks
    { "webhook to ftp", webhook(R"("url":"ftp://files.example.org/in")"), ErrorCode::InvalidValue, "/body/url" },
    { "webhook to javascript", webhook(R"j("url":"javascript:alert(1)")j"), ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL without a host", webhook(R"("url":"https:///marquee")"), ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL relative", webhook(R"("url":"/marquee/hook")"), ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL host only", webhook(R"("url":"loyalty.example.org")"), ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL with a password", webhook(R"("url":"https://user:pw@loyalty.example.org/hook")"),
      ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL with a fragment", webhook(R"("url":"https://loyalty.example.org/hook#x")"), ErrorCode::InvalidValue,
      "/body/url" },
    { "webhook URL with a space", webhook(R"("url":"https://loyalty.example.org/a b")"), ErrorCode::InvalidValue,
      "/body/url" },
    { "webhook URL too long", webhook("\"url\":\"https://example.org/" + QByteArray(1981, 'a') + "\""),
      ErrorCode::InvalidValue, "/body/url" },
    { "webhook URL a number", webhook(R"("url":80)"), ErrorCode::WrongType, "/body/url" },
    { "webhook secret of 15 characters", webhook(R"("secret":"123456789012345")"), ErrorCode::InvalidValue,
      "/body/secret" },
    { "webhook secret of 201 characters", webhook("\"secret\":\"" + QByteArray(201, 's') + "\""),
      ErrorCode::InvalidValue, "/body/secret" },
    { "webhook secret with a tab", webhook(R"("secret":"0123456789abcdef\t")"), ErrorCode::InvalidValue, "/body/secret" },
    { "webhook secret with a newline", webhook(R"("secret":"0123456789\nabcdef")"), ErrorCode::InvalidValue,
      "/body/secret" },
    { "webhook without a secret", request("create_webhook", R"({"url":"https://h.example.org/","eventTypes":["sale.completed"]})"),
      ErrorCode::MissingField, "/body/secret" },
    { "webhook of an unknown event type", webhook(R"("eventTypes":["sale.completed","sale.created"])"),
      ErrorCode::InvalidValue, "/body/eventTypes/1" },
    { "webhook event type twice", webhook(R"("eventTypes":["sale.refunded","show.changed","sale.refunded"])"),
      ErrorCode::InvalidValue, "/body/eventTypes/2" },
    { "webhook without event types", webhook(R"("eventTypes":[])"), ErrorCode::InvalidValue, "/body/eventTypes" },
    { "webhook event types as a string", webhook(R"("eventTypes":"sale.completed")"), ErrorCode::WrongType,
      "/body/eventTypes" },
    { "webhook event type a number", webhook(R"("eventTypes":[1])"), ErrorCode::WrongType, "/body/eventTypes/0" },
    { "webhook event type in capitals", webhook(R"("eventTypes":["SALE.COMPLETED"])"), ErrorCode::InvalidValue,
      "/body/eventTypes/0" },
    { "webhook active as a string", webhook(R"("active":"yes")"), ErrorCode::WrongType, "/body/active" },
    { "webhook with an unknown field", webhook(R"("headers":{"X-Token":"1"})"), ErrorCode::UnknownField,
      "/body/headers" },
    { "update webhook with a bad id", request("update_webhook", R"({"webhookId":"3/4","active":false})"),
      ErrorCode::InvalidValue, "/body/webhookId" },
    { "update webhook with nothing to change", request("update_webhook", R"({"webhookId":"3"})"),
      ErrorCode::MissingField, "/body" },
    { "update webhook to a mailto URL", request("update_webhook", R"({"webhookId":"3","url":"mailto:ops@example.org"})"),
      ErrorCode::InvalidValue, "/body/url" },
    { "update webhook with a short secret", request("update_webhook", R"({"webhookId":"3","secret":"short"})"),
      ErrorCode::InvalidValue, "/body/secret" },
    { "update webhook to no event types", request("update_webhook", R"({"webhookId":"3","eventTypes":[]})"),
      ErrorCode::InvalidValue, "/body/eventTypes" },
    { "delete webhook without an id", request("delete_webhook", "{}"), ErrorCode::MissingField, "/body/webhookId" },
    { "delete webhook with an empty id", request("delete_webhook", R"({"webhookId":""})"), ErrorCode::InvalidValue,
      "/body/webhookId" },
    { "list webhooks with a filter", request("list_webhooks", R"({"active":true})"), ErrorCode::UnknownField,
      "/body/active" },
};

} // namespace

INSTANTIATE_TEST_SUITE_P(Frames, ProtocolMalformed, testing::ValuesIn(badFrames),
                         [](const testing::TestParamInfo<BadFrame> &param) {
                             std::string label;
                             for (const char *p = param.param.label; *p; ++p) {
                                 const char c = *p;
                                 label += (std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
                             }
                             return label + '_' + std::to_string(param.index);
                         });

TEST(ProtocolMalformedTable, HasAtLeastFortyCases)
{
    EXPECT_GE(std::size(badFrames), std::size_t(40));
}

// ---------------------------------------------------------------------------------------------
// docs/PROTOCOL.md documents every error code and every message type.

TEST(ProtocolDoc, ListsEveryErrorCodeAndMessageType)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/docs/PROTOCOL.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QString doc = QString::fromUtf8(file.readAll());
    for (const ErrorCode code : allErrorCodes()) {
        const QString row = QStringLiteral("| `%1` |").arg(errorCodeName(code));
        EXPECT_TRUE(doc.contains(row)) << "missing error code row " << row.toStdString();
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        const QString heading = QStringLiteral("`%1`").arg(QString(info.name));
        EXPECT_TRUE(doc.contains(heading)) << "missing message type " << heading.toStdString();
        const QString example = QStringLiteral("\"type\":\"%1\"").arg(QString(info.name));
        EXPECT_TRUE(doc.contains(example)) << "missing example of " << example.toStdString();
    }
}

// Every example frame in docs/PROTOCOL.md decodes (the docs cannot drift from the code).
TEST(ProtocolDoc, EveryExampleDecodes)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/docs/PROTOCOL.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    bool inJson = false;
    int examples = 0;
    QSet<QString> types;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("```")) {
            inJson = line == "```json";
            continue;
        }
        if (!inJson || !line.startsWith("{\"v\""))
            continue;
        ++examples;
        const auto decoded = decodeMessage(line, serverFrameLimits());
        ASSERT_TRUE(decoded) << line.toStdString() << "\n" << decoded.error().toString().toStdString();
        const MessageType type = messageTypeOf(decoded->body);
        types.insert(messageTypeName(type));
        if (messageTypeInfo(type).direction == Direction::ClientToServer) {
            EXPECT_TRUE(decodeMessage(line, clientFrameLimits())) << line.toStdString();
        }
    }
    EXPECT_EQ(types.size(), allMessageTypes().size());
    EXPECT_GE(examples, int(allMessageTypes().size()));
}

TEST(Protocol, SeatStatusNamesAreTheWireNames)
{
    EXPECT_EQ(seatStatusName(SeatStatus::Available), QStringLiteral("available"));
    EXPECT_EQ(seatStatusName(SeatStatus::Held), QStringLiteral("held"));
    EXPECT_EQ(seatStatusName(SeatStatus::Sold), QStringLiteral("sold"));
    EXPECT_EQ(seatStatusName(SeatStatus::Blocked), QStringLiteral("blocked"));
}
