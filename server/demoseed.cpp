#include "demoseed.h"

#include "auth.h"
#include "layout.h"
#include "layoutjson.h"
#include "layoutvalidator.h"
#include "logging.h"
#include "pgconnection.h"

#include <QtCore/QTime>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDemoLayouts()
{
    Q_INIT_RESOURCE(demo_layouts);
}

namespace Marquee {

namespace {

struct DemoAuditorium
{
    const char *name;
    const char *resource;
    QList<qint64> prices; // by the layout's category order
    QList<std::pair<const char *, QTime>> shows;
};

const QList<DemoAuditorium> &demoAuditoriums()
{
    static const QList<DemoAuditorium> list = {
        {"Studio", ":/layouts/studio.json", {950}, {{"The Red Shoes", QTime(14, 0)}, {"Brief Encounter", QTime(18, 30)}}},
        {"Cinema 1", ":/layouts/cinema.json", {1250, 1650}, {{"Metropolis", QTime(17, 0)}, {"Casablanca", QTime(20, 15)}}},
        {"Grand Hall", ":/layouts/grand-hall.json", {4500, 3200, 1900}, {{"The Magic Flute", QTime(19, 30)}}},
    };
    return list;
}

Status check(const Result<PgResult> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

const QList<std::pair<QString, QString>> &demoUsers()
{
    static const QList<std::pair<QString, QString>> users = {
        {QStringLiteral("admin"), QStringLiteral("admin")},
        {QStringLiteral("manager"), QStringLiteral("manager")},
        {QStringLiteral("cashier"), QStringLiteral("cashier")},
        {QStringLiteral("cashier2"), QStringLiteral("cashier")},
        {QStringLiteral("kiosk"), QStringLiteral("kiosk")},
    };
    return users;
}

Status seedDemo(PgConnection &db, int passwordIterations)
{
    initDemoLayouts();
    const int iterations = passwordIterations > 0 ? passwordIterations : defaultPasswordIterations;
    if (Status s = db.execScript(QStringLiteral("BEGIN")); !s)
        return s;
    auto fail = [&db](const Status &s) {
        (void)db.execScript(QStringLiteral("ROLLBACK"));
        return s;
    };

    for (const auto &[name, role] : demoUsers()) {
        auto exists = db.exec(QStringLiteral("SELECT 1 FROM users WHERE username = $1"), {name});
        if (!exists)
            return fail(exists.error());
        if (exists->rowCount() > 0)
            continue;
        QString display = name;
        display[0] = display[0].toUpper();
        if (Status s = check(db.exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role) VALUES ($1, $2, $3, $4)"),
                                     {name, display, hashPassword(name, iterations), role}));
            !s)
            return fail(s);
    }

    if (Status s = check(db.exec(QStringLiteral("INSERT INTO venues (name, timezone, currency) VALUES ('Marquee Demo Cinema', 'Europe/Berlin', 'EUR') ON CONFLICT (name) DO NOTHING")));
        !s)
        return fail(s);
    auto venue = db.exec(QStringLiteral("SELECT id FROM venues WHERE name = 'Marquee Demo Cinema'"));
    if (!venue)
        return fail(venue.error());
    const QString venueId = venue->value(0, 0);
    // Ticket types beside the venue's default "Adult" (migration 11 gives every venue one).
    if (Status s = check(db.exec(QStringLiteral("INSERT INTO ticket_types (venue_id, name, note, position)"
                                                " SELECT $1::bigint, x.name, x.note, x.position"
                                                " FROM (VALUES ('Child', 'up to 14', 2), ('Senior', NULL, 3)) x (name, note, position)"
                                                " WHERE NOT EXISTS (SELECT 1 FROM ticket_types t WHERE t.venue_id = $1::bigint AND t.name = x.name)"),
                                 {venueId}));
        !s)
        return fail(s);

    for (const DemoAuditorium &demo : demoAuditoriums()) {
        QFile file(QString::fromLatin1(demo.resource));
        if (!file.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::Internal, QStringLiteral("missing demo layout %1").arg(file.fileName())));
        auto layout = layoutFromJsonText(file.readAll());
        if (!layout)
            return fail(layout.error());
        const QList<Error> problems = validateLayout(*layout);
        if (!problems.isEmpty())
            return fail(problems.first());

        const QString name = QString::fromLatin1(demo.name);
        auto auditorium = db.exec(QStringLiteral("INSERT INTO auditoriums (venue_id, name) VALUES ($1, $2) ON CONFLICT (venue_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id"),
                                  {venueId, name});
        if (!auditorium)
            return fail(auditorium.error());
        const QString auditoriumId = auditorium->value(0, 0);
        const QString version = QString::number(layout->version);
        auto hasLayout = db.exec(QStringLiteral("SELECT 1 FROM layouts WHERE auditorium_id = $1 AND version = $2"), {auditoriumId, version});
        if (!hasLayout)
            return fail(hasLayout.error());
        if (hasLayout->rowCount() == 0) {
            const QString document = QString::fromUtf8(QJsonDocument(layoutToJson(*layout)).toJson(QJsonDocument::Compact));
            if (Status s = check(db.exec(QStringLiteral("INSERT INTO layouts (auditorium_id, version, document) VALUES ($1, $2, $3::jsonb)"),
                                         {auditoriumId, version, document}));
                !s)
                return fail(s);
            // One statement for all seats of the layout, as publishing stores them (migration 7).
            if (Status s = check(db.exec(QStringLiteral("INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category, blocked)"
                                                        " SELECT $1, $2, s.seat_id, s.label, s.category, s.blocked"
                                                        " FROM marquee_layout_seats($3::jsonb) s"),
                                         {auditoriumId, version, document}));
                !s)
                return fail(s);
        }

        // A price card per auditorium, used by its shows: Adult at the demo's prices, Child and
        // Senior for less (rounded to 50 cents).
        auto card = db.exec(QStringLiteral("WITH existing AS (SELECT id FROM price_cards WHERE venue_id = $1::bigint AND name = $2),"
                                           " created AS (INSERT INTO price_cards (venue_id, name) SELECT $1::bigint, $2"
                                           "   WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                                           " SELECT id FROM existing UNION ALL SELECT id FROM created"),
                            {venueId, name + QStringLiteral(" prices")});
        if (!card)
            return fail(card.error());
        const QString cardId = card->value(0, 0);
        for (qsizetype i = 0; i < layout->categories.size(); ++i) {
            const qint64 price = demo.prices.value(i, demo.prices.last());
            if (Status s = check(db.exec(QStringLiteral("INSERT INTO price_card_prices (card_id, category, ticket_type_id, amount)"
                                                        " SELECT $1::bigint, $2, t.id, CASE t.name WHEN 'Child' THEN round($3::bigint * 0.7 / 50) * 50"
                                                        "   WHEN 'Senior' THEN round($3::bigint * 0.8 / 50) * 50 ELSE $3::bigint END"
                                                        " FROM ticket_types t WHERE t.venue_id = $4::bigint AND NOT t.archived"
                                                        "   AND t.name IN ('Adult', 'Child', 'Senior')"
                                                        " ON CONFLICT DO NOTHING"),
                                         {cardId, layout->categories[i].id, QString::number(price), venueId}));
                !s)
                return fail(s);
        }

        // Today's and tomorrow's shows at the venue's wall-clock times: its day, in its time
        // zone, whatever the zone of the machine the server runs on.
        for (const int day : {0, 1}) {
            for (const auto &[title, time] : demo.shows) {
                auto at = db.exec(QStringLiteral("SELECT to_char((((now() AT TIME ZONE v.timezone)::date + $2::int) + $3::time) AT TIME ZONE v.timezone"
                                                 "   AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                                                 " FROM venues v WHERE v.id = $1::bigint"),
                                  {venueId, QString::number(day), time.toString(Qt::ISODate)});
                if (!at)
                    return fail(at.error());
                const QString start = at->value(0, 0);
                auto exists = db.exec(QStringLiteral("SELECT 1 FROM shows WHERE auditorium_id = $1 AND starts_at = $2::timestamptz"),
                                      {auditoriumId, start});
                if (!exists)
                    return fail(exists.error());
                if (exists->rowCount() > 0)
                    continue;
                auto show = db.exec(QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency, price_card_id)"
                                                   " VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '2 hours 15 minutes', 'EUR', $5) RETURNING id"),
                                    {auditoriumId, version, QString::fromUtf8(title), start, cardId});
                if (!show)
                    return fail(show.error());
                const QString showId = show->value(0, 0);
                for (qsizetype i = 0; i < layout->categories.size(); ++i) {
                    const qint64 price = demo.prices.value(i, demo.prices.last());
                    if (Status s = check(db.exec(QStringLiteral("INSERT INTO show_prices (show_id, category, amount) VALUES ($1, $2, $3)"),
                                                 {showId, layout->categories[i].id, QString::number(price)}));
                        !s)
                        return fail(s);
                }
                if (Status s = check(db.exec(QStringLiteral("INSERT INTO show_seats (show_id, seat_id, category, status)"
                                                            " SELECT $1, seat_id, category, CASE WHEN blocked THEN 'blocked' ELSE 'available' END"
                                                            " FROM layout_seats WHERE auditorium_id = $2 AND layout_version = $3"),
                                             {showId, auditoriumId, version}));
                    !s)
                    return fail(s);
            }
        }
    }
    if (Status s = db.execScript(QStringLiteral("COMMIT")); !s)
        return s;
    qCInfo(lcServer) << "demo venue ready; users (password = user name):"
                     << "admin, manager, cashier, cashier2, kiosk";
    return {};
}

} // namespace Marquee
