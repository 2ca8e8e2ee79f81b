// The layout studio on a real marquee-server and a real PostgreSQL, over real WebSockets: venues
// and auditoriums, the shared draft, uploads of big layouts, publishing, the role matrix, bad
// input, retries, and shows moved onto another layout version while terminals watch them.
#include "layout.h"
#include "layoutjson.h"
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <functional>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// A hall of straight rows named by `rows`, `seats` seats each, in the first of `categories`.
// A row keeps its place (y from its letter) in every layout that has it, so that a seat's id and
// position stay the same from one version to the next.
Layout hall(const QString &name, const QStringList &rows, int seats = 10,
            const QStringList &categories = {QStringLiteral("standard")})
{
    Layout layout;
    layout.name = name;
    layout.stage.position = LayoutPoint{5, -3};
    for (const QString &category : categories)
        layout.categories.append(Category{category, category.toUpper(), QStringLiteral("#1f6fb2")});
    Section stalls{QStringLiteral("stalls"), QStringLiteral("Stalls"), {}};
    for (const QString &label : rows) {
        RowSeatOptions options;
        options.count = seats;
        options.categoryId = categories.first();
        const double y = 2.0 * double(label.at(0).unicode() - u'A');
        stalls.rows.append(*makeStraightRow(QStringLiteral("stalls-") + label, label, LayoutPoint{0, y}, options));
    }
    layout.sections = {stalls};
    return layout;
}

QString seat(const QString &row, int number)
{
    return QStringLiteral("stalls-%1-%2").arg(row).arg(number);
}

QString codeName(const std::optional<ErrorMessage> &error)
{
    return error ? errorCodeName(error->code) : QStringLiteral("(no error)");
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class Layouts : public ServerTest
{
protected:
    struct Hall
    {
        QString venueId;
        QString auditoriumId;
    };

    // A new venue (EUR) with one auditorium, made by `t`.
    Hall newHall(TestTerminal *t, const QString &venue = QStringLiteral("Odeon"))
    {
        CreateVenueRequest createVenue;
        createVenue.name = venue;
        createVenue.currency = *Currency::fromCode(u"EUR");
        createVenue.timezone = QStringLiteral("Europe/Berlin");
        auto madeVenue = t->call<CreateVenueReply>(createVenue);
        EXPECT_TRUE(madeVenue) << madeVenue.error().toString().toStdString();
        if (!madeVenue)
            return {};
        auto madeAuditorium = t->call<CreateAuditoriumReply>(CreateAuditoriumRequest{madeVenue->venue.id, QStringLiteral("Screen 1")});
        EXPECT_TRUE(madeAuditorium) << madeAuditorium.error().toString().toStdString();
        return {madeVenue->venue.id, madeAuditorium ? madeAuditorium->auditorium.id : QString()};
    }

    Result<SaveLayoutDraftReply> save(TestTerminal *t, const QString &auditorium, qint64 base, qint64 revision,
                                      const Layout &layout, const QString &id = {})
    {
        return t->call<SaveLayoutDraftReply>(SaveLayoutDraftRequest{auditorium, base, revision, layoutToJson(layout), std::nullopt},
                                             id);
    }

    Result<PublishLayoutReply> publish(TestTerminal *t, const QString &auditorium, qint64 revision, const QString &id = {})
    {
        return t->call<PublishLayoutReply>(PublishLayoutRequest{auditorium, revision}, id);
    }

    qint64 currentVersion(const QString &auditorium)
    {
        return scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM layouts WHERE auditorium_id = $1"), {auditorium}).toLongLong();
    }

    qint64 draftRevision(const QString &auditorium)
    {
        return scalar(QStringLiteral("SELECT coalesce((SELECT revision FROM layout_drafts WHERE auditorium_id = $1), 0)"),
                      {auditorium})
            .toLongLong();
    }

    // Saves `layout` as the draft (on the current version and draft) and publishes it.
    qint64 publishLayout(TestTerminal *t, const QString &auditorium, const Layout &layout)
    {
        auto saved = save(t, auditorium, currentVersion(auditorium), draftRevision(auditorium), layout);
        EXPECT_TRUE(saved) << saved.error().toString().toStdString();
        if (!saved)
            return 0;
        EXPECT_TRUE(saved->problems.isEmpty());
        auto published = publish(t, auditorium, saved->revision);
        EXPECT_TRUE(published) << published.error().toString().toStdString();
        return published ? published->layoutVersion : 0;
    }

    // A show on a layout version (as the back office will schedule them), priced per category.
    QString addShow(const QString &auditorium, qint64 version, const QString &status = QStringLiteral("on_sale"),
                    const QStringList &categories = {QStringLiteral("standard")})
    {
        const QString show = scalar(
            QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency, status)"
                           " SELECT $1, $2, 'Nosferatu', t, t + interval '2 hours', 'EUR', $3 FROM (SELECT now() + interval '1 day'"
                           " + (SELECT count(*) FROM shows) * interval '3 hours' AS t) x" // shows never clash (migration 9)
                           " RETURNING id"),
            {auditorium, QString::number(version), status});
        for (const QString &category : categories)
            scalar(QStringLiteral("INSERT INTO show_prices (show_id, category, amount) VALUES ($1, $2, 1000) RETURNING 1"), {show, category});
        scalar(QStringLiteral("WITH s AS (INSERT INTO show_seats (show_id, seat_id, category, status)"
                              " SELECT $1, seat_id, category, CASE WHEN blocked THEN 'blocked' ELSE 'available' END"
                              " FROM layout_seats WHERE auditorium_id = $2 AND layout_version = $3 RETURNING 1) SELECT count(*) FROM s"),
               {show, auditorium, QString::number(version)});
        return show;
    }

    // What the studio's requests may change: a request that is refused must leave all of it alone.
    QString studioState()
    {
        return scalar(QStringLiteral(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(id || ':' || name || ':' || currency || ':' || timezone, ',' ORDER BY id) FROM venues),"
            " (SELECT string_agg(id || ':' || name || ':' || draft_revision, ',' ORDER BY id) FROM auditoriums),"
            " (SELECT string_agg(auditorium_id || ':' || version || ':' || md5(document::text), ',' ORDER BY 1, 2) FROM layouts),"
            " (SELECT count(*) FROM layout_seats),"
            " (SELECT string_agg(auditorium_id || ':' || revision || ':' || md5(document::text), ',' ORDER BY 1) FROM layout_drafts),"
            " (SELECT string_agg(upload_id || ':' || part, ',' ORDER BY 1, 2) FROM layout_uploads),"
            " (SELECT string_agg(id || ':' || layout_version || ':' || version, ',' ORDER BY id) FROM shows),"
            " (SELECT string_agg(show_id || ':' || seat_id || ':' || status || ':' || category, ',' ORDER BY 1, 2) FROM show_seats_all),"
            " (SELECT count(*) FROM audit_log))"));
    }

    template<typename M> std::optional<ErrorMessage> refusal(TestTerminal *t, const M &request)
    {
        return errorIn(t->waitReply(t->send(request)));
    }

    QStringList uploadParts(const QByteArray &text, qsizetype partBytes = 36000)
    {
        QStringList parts;
        for (qsizetype at = 0; at < text.size(); at += partBytes)
            parts.append(QString::fromLatin1(text.mid(at, partBytes).toBase64()));
        return parts;
    }

    // Uploads `text` in parts, all sent at once (each its own request), and waits for them.
    void upload(TestTerminal *t, const QString &uploadId, const QByteArray &text)
    {
        const QStringList parts = uploadParts(text);
        QStringList ids;
        for (qsizetype i = 0; i < parts.size(); ++i)
            ids.append(t->send(UploadLayoutRequest{uploadId, i, parts.size(), parts.at(i)}));
        for (const QString &id : ids) {
            const auto reply = t->waitReply(id);
            ASSERT_TRUE(reply && std::holds_alternative<UploadLayoutReply>(*reply)) << codeName(errorIn(reply)).toStdString();
        }
    }
};

TEST_F(Layouts, AManagerCreatesAHallDraftsAndPublishesVersionsThatTheBoxOfficeSees)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    CreateVenueRequest createVenue;
    createVenue.name = QStringLiteral("Odeon");
    createVenue.currency = *Currency::fromCode(u"CHF");
    createVenue.timezone = QStringLiteral("Europe/Zurich");
    auto venue = manager->call<CreateVenueReply>(createVenue);
    ASSERT_TRUE(venue) << venue.error().toString().toStdString();
    EXPECT_EQ(venue->venue.name, QStringLiteral("Odeon"));
    EXPECT_TRUE(venue->venue.auditoriums.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT currency || ' ' || timezone FROM venues WHERE id = $1"), {venue->venue.id}),
              QStringLiteral("CHF Europe/Zurich"));
    auto auditorium = manager->call<CreateAuditoriumReply>(CreateAuditoriumRequest{venue->venue.id, QStringLiteral("Screen 1")});
    ASSERT_TRUE(auditorium) << auditorium.error().toString().toStdString();
    EXPECT_EQ(auditorium->venueId, venue->venue.id);
    EXPECT_EQ(auditorium->auditorium, (AuditoriumSummary{auditorium->auditorium.id, QStringLiteral("Screen 1"), 0, 0}));
    const QString hallId = auditorium->auditorium.id;

    // The box office lists a hall without a layout (version 0), and its client decodes that.
    TestTerminal *cashier = terminal();
    const auto findHall = [&](TestTerminal *t) -> std::optional<AuditoriumSummary> {
        auto venues = t->call<ListVenuesReply>(ListVenuesRequest{});
        EXPECT_TRUE(venues) << venues.error().toString().toStdString();
        for (const VenueSummary &v : venues ? venues->venues : QList<VenueSummary>{}) {
            for (const AuditoriumSummary &a : v.auditoriums) {
                if (a.id == hallId)
                    return a;
            }
        }
        return std::nullopt;
    };
    ASSERT_TRUE(findHall(cashier));
    EXPECT_EQ(findHall(cashier)->layoutVersion, 0);
    EXPECT_EQ(findHall(cashier)->seatCount, 0);
    auto versions = manager->call<ListLayoutVersionsReply>(ListLayoutVersionsRequest{hallId});
    ASSERT_TRUE(versions) << versions.error().toString().toStdString();
    EXPECT_TRUE(versions->versions.isEmpty());
    EXPECT_FALSE(versions->draft);

    // A draft, read back, then published as version 1.
    const Layout first = hall(QStringLiteral("Screen 1"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    auto saved = save(manager, hallId, 0, 0, first);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->revision, 1);
    EXPECT_EQ(saved->baseVersion, 0);
    EXPECT_EQ(saved->seatCount, 30);
    EXPECT_TRUE(saved->problems.isEmpty());
    auto draft = manager->call<GetLayoutDraftReply>(GetLayoutDraftRequest{hallId});
    ASSERT_TRUE(draft) << draft.error().toString().toStdString();
    EXPECT_EQ(draft->revision, 1);
    EXPECT_EQ(draft->savedBy, QStringLiteral("Manager"));
    EXPECT_EQ(*layoutFromJson(draft->layout), first);
    versions = manager->call<ListLayoutVersionsReply>(ListLayoutVersionsRequest{hallId});
    ASSERT_TRUE(versions && versions->draft);
    EXPECT_EQ(versions->draft->revision, 1);
    EXPECT_EQ(versions->draft->seatCount, 30);
    EXPECT_EQ(versions->draft->problems, 0);
    EXPECT_EQ(versions->draft->savedBy, QStringLiteral("Manager"));

    auto published = publish(manager, hallId, 1);
    ASSERT_TRUE(published) << published.error().toString().toStdString();
    EXPECT_EQ(published->layoutVersion, 1);
    EXPECT_EQ(published->seatCount, 30);
    EXPECT_EQ(findHall(cashier)->layoutVersion, 1);
    EXPECT_EQ(findHall(cashier)->seatCount, 30);
    auto layout = cashier->call<GetLayoutReply>(GetLayoutRequest{hallId, 1});
    ASSERT_TRUE(layout) << layout.error().toString().toStdString();
    Layout expected = first;
    expected.version = 1;
    EXPECT_EQ(*layoutFromJson(layout->layout), expected);
    EXPECT_EQ(codeName(refusal(manager, GetLayoutDraftRequest{hallId})), QStringLiteral("NOT_FOUND"))
        << "publishing used the draft up";

    // Version 2 from version 1, with a row more; shows per version, newest first.
    Layout second = hall(QStringLiteral("Screen 1, four rows"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    second.version = 1;
    saved = save(manager, hallId, 1, 0, second);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->revision, 2) << "revisions are never reused";
    published = publish(manager, hallId, 2);
    ASSERT_TRUE(published) << published.error().toString().toStdString();
    EXPECT_EQ(published->layoutVersion, 2);
    EXPECT_EQ(findHall(cashier)->layoutVersion, 2);
    EXPECT_EQ(findHall(cashier)->seatCount, 40);
    layout = cashier->call<GetLayoutReply>(GetLayoutRequest{hallId, 2});
    ASSERT_TRUE(layout);
    EXPECT_EQ(layout->layout.value(QStringLiteral("version")).toInt(), 2) << "the document carries its version";

    const QString onOne = addShow(hallId, 1, QStringLiteral("scheduled"));
    const QString onTwo = addShow(hallId, 2);
    addShow(hallId, 1, QStringLiteral("cancelled"));
    versions = manager->call<ListLayoutVersionsReply>(ListLayoutVersionsRequest{hallId});
    ASSERT_TRUE(versions) << versions.error().toString().toStdString();
    ASSERT_EQ(versions->versions.size(), 2);
    EXPECT_FALSE(versions->draft);
    EXPECT_EQ(versions->versions[0].layoutVersion, 2);
    EXPECT_EQ(versions->versions[0].name, QStringLiteral("Screen 1, four rows"));
    EXPECT_EQ(versions->versions[0].seatCount, 40);
    EXPECT_EQ(versions->versions[0].createdBy, QStringLiteral("Manager"));
    ASSERT_EQ(versions->versions[0].shows.size(), 1);
    EXPECT_EQ(versions->versions[0].shows[0].showId, onTwo);
    EXPECT_EQ(versions->versions[0].shows[0].status, ShowStatus::OnSale);
    EXPECT_EQ(versions->versions[1].layoutVersion, 1);
    ASSERT_EQ(versions->versions[1].shows.size(), 1) << "cancelled shows are left out";
    EXPECT_EQ(versions->versions[1].shows[0].showId, onOne);
    EXPECT_EQ(versions->versions[1].shows[0].status, ShowStatus::Scheduled);
    EXPECT_EQ(versions->versions[1].shows[0].title, QStringLiteral("Nosferatu"));

    // Renamed, and every change is in the audit log with who made it.
    ASSERT_TRUE(manager->call<RenameVenueReply>(RenameVenueRequest{venue->venue.id, QStringLiteral("Odeon Palace")}));
    auto renamed = manager->call<RenameAuditoriumReply>(RenameAuditoriumRequest{hallId, QStringLiteral("Screen 1 (IMAX)")});
    ASSERT_TRUE(renamed);
    EXPECT_EQ(findHall(cashier)->name, QStringLiteral("Screen 1 (IMAX)"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(a.action, ',' ORDER BY a.id) FROM audit_log a JOIN users u ON u.id = a.user_id"
                                    " WHERE u.username = 'manager' AND a.action <> 'shift_open'")),
              QStringLiteral("venue_create,auditorium_create,layout_draft_save,layout_publish,layout_draft_save,layout_publish,"
                             "venue_rename,auditorium_rename"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT details ->> 'to' FROM audit_log WHERE action = 'auditorium_rename'")),
              QStringLiteral("Screen 1 (IMAX)"));
}

TEST_F(Layouts, StaleDraftsAndStalePublishesAreRefusedAndNoEditIsLost)
{
    TestTerminal *anna = terminal(QStringLiteral("manager"));
    TestTerminal *boss = terminal(QStringLiteral("admin"));
    const Hall h = newHall(anna);
    const QStringList rows{QStringLiteral("A"), QStringLiteral("B")};
    ASSERT_TRUE(save(anna, h.auditoriumId, 0, 0, hall(QStringLiteral("Anna's"), rows)));

    // Both loaded "no draft"; Anna saved first.
    auto stale = errorIn(boss->waitReply(boss->send(SaveLayoutDraftRequest{
        h.auditoriumId, 0, 0, layoutToJson(hall(QStringLiteral("Boss's"), rows)), std::nullopt})));
    ASSERT_TRUE(stale);
    EXPECT_EQ(codeName(stale), QStringLiteral("STALE_DRAFT"));
    EXPECT_EQ(stale->where, QStringLiteral("/body/revision"));
    EXPECT_EQ(stale->details.value(QStringLiteral("revision")).toInteger(), 1);
    EXPECT_EQ(stale->details.value(QStringLiteral("layoutVersion")).toInteger(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT document ->> 'name' FROM layout_drafts")), QStringLiteral("Anna's"));

    // The boss reloads and saves on revision 1; Anna's save on revision 1 is stale now.
    auto bosses = save(boss, h.auditoriumId, 0, 1, hall(QStringLiteral("Boss's"), rows));
    ASSERT_TRUE(bosses) << bosses.error().toString().toStdString();
    EXPECT_EQ(bosses->revision, 2);
    stale = errorIn(anna->waitReply(anna->send(SaveLayoutDraftRequest{
        h.auditoriumId, 0, 1, layoutToJson(hall(QStringLiteral("Anna's again"), rows)), std::nullopt})));
    EXPECT_EQ(codeName(stale), QStringLiteral("STALE_DRAFT"));
    EXPECT_EQ(stale->details.value(QStringLiteral("revision")).toInteger(), 2);
    EXPECT_EQ(codeName(refusal(anna, DiscardLayoutDraftRequest{h.auditoriumId, 1})), QStringLiteral("STALE_DRAFT"));
    EXPECT_EQ(codeName(refusal(anna, PublishLayoutRequest{h.auditoriumId, 1})), QStringLiteral("STALE_DRAFT"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT document ->> 'name' FROM layout_drafts")), QStringLiteral("Boss's"));

    // The boss publishes; Anna, who still thinks revision 2 is the draft, is told it is gone.
    auto published = publish(boss, h.auditoriumId, 2);
    ASSERT_TRUE(published) << published.error().toString().toStdString();
    stale = refusal(anna, PublishLayoutRequest{h.auditoriumId, 2});
    EXPECT_EQ(codeName(stale), QStringLiteral("STALE_DRAFT"));
    EXPECT_EQ(stale->details.value(QStringLiteral("revision")).toInteger(), 0);
    EXPECT_EQ(stale->details.value(QStringLiteral("layoutVersion")).toInteger(), 1);
    EXPECT_EQ(codeName(refusal(anna, PublishLayoutRequest{h.auditoriumId, 99})), QStringLiteral("NOT_FOUND"))
        << "a revision that never was";

    // A draft started on version 0 while version 1 was published: saved (work in progress), but
    // publishing it would lose version 1's edits.
    auto old = save(anna, h.auditoriumId, 0, 0, hall(QStringLiteral("From scratch"), rows));
    ASSERT_TRUE(old) << old.error().toString().toStdString();
    stale = refusal(anna, PublishLayoutRequest{h.auditoriumId, old->revision});
    EXPECT_EQ(codeName(stale), QStringLiteral("STALE_DRAFT"));
    EXPECT_TRUE(stale->message.contains(QStringLiteral("version 1"))) << stale->message.toStdString();
    EXPECT_EQ(currentVersion(h.auditoriumId), 1);

    // Discarded on the right revision, the draft is gone.
    ASSERT_TRUE(anna->call<DiscardLayoutDraftReply>(DiscardLayoutDraftRequest{h.auditoriumId, old->revision}));
    EXPECT_EQ(draftRevision(h.auditoriumId), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'layout_draft_discard'")), QStringLiteral("1"));
}

TEST_F(Layouts, ManagersPublishingAtOnceGetConsecutiveVersionsOrAStaleDraft)
{
    TestTerminal *one = terminal(QStringLiteral("manager"));
    TestTerminal *two = terminal(QStringLiteral("admin"));
    const Hall h = newHall(one);
    for (int round = 1; round <= 6; ++round) {
        const QString name = QStringLiteral("Round %1").arg(round);
        // Both save on the same revision at once: one wins.
        const qint64 base = currentVersion(h.auditoriumId);
        const qint64 revision = draftRevision(h.auditoriumId);
        const QString a = one->send(SaveLayoutDraftRequest{h.auditoriumId, base, revision,
                                                           layoutToJson(hall(name, {QStringLiteral("A")})), std::nullopt});
        const QString b = two->send(SaveLayoutDraftRequest{h.auditoriumId, base, revision,
                                                           layoutToJson(hall(name + QStringLiteral(" (two)"), {QStringLiteral("A")})),
                                                           std::nullopt});
        const auto savedA = one->waitReply(a);
        const auto savedB = two->waitReply(b);
        ASSERT_TRUE(savedA && savedB);
        const bool aWon = std::holds_alternative<SaveLayoutDraftReply>(*savedA);
        EXPECT_NE(aWon, std::holds_alternative<SaveLayoutDraftReply>(*savedB)) << "round " << round;
        EXPECT_EQ(codeName(errorIn(aWon ? savedB : savedA)), QStringLiteral("STALE_DRAFT"));
        const qint64 saved = std::get<SaveLayoutDraftReply>(aWon ? *savedA : *savedB).revision;
        const QString winner = aWon ? name : name + QStringLiteral(" (two)");

        // Both publish it at once: one version more, or a stale draft; never both, never none.
        const QString p = one->send(PublishLayoutRequest{h.auditoriumId, saved});
        const QString q = two->send(PublishLayoutRequest{h.auditoriumId, saved});
        const auto first = one->waitReply(p);
        const auto second = two->waitReply(q);
        ASSERT_TRUE(first && second);
        const int successes = int(std::holds_alternative<PublishLayoutReply>(*first))
            + int(std::holds_alternative<PublishLayoutReply>(*second));
        EXPECT_EQ(successes, 1) << "round " << round;
        const auto &loser = std::holds_alternative<PublishLayoutReply>(*first) ? second : first;
        EXPECT_EQ(codeName(errorIn(loser)), QStringLiteral("STALE_DRAFT")) << "round " << round;
        EXPECT_EQ(currentVersion(h.auditoriumId), round);
        // The version is the draft that won, edit for edit.
        EXPECT_EQ(scalar(QStringLiteral("SELECT document ->> 'name' FROM layouts WHERE auditorium_id = $1 AND version = $2"),
                         {h.auditoriumId, QString::number(round)}),
                  winner);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM layouts WHERE auditorium_id = $1"),
                     {h.auditoriumId}),
              QStringLiteral("1,2,3,4,5,6"));
}

TEST_F(Layouts, OnlyManagersAndAdminsUseTheStudio)
{
    TestTerminal *owner = terminal(QStringLiteral("manager"));
    const Hall h = newHall(owner);
    ASSERT_TRUE(publishLayout(owner, h.auditoriumId, hall(QStringLiteral("Screen 1"), {QStringLiteral("A")})));
    const QString show = addShow(h.auditoriumId, 1);
    const Layout layout = hall(QStringLiteral("Screen 1"), {QStringLiteral("A"), QStringLiteral("B")});

    // Every request of the studio, as a role would send it (names unique per role).
    const auto requests = [&](const QString &role) {
        const QString part = QString::fromLatin1(QByteArray("{}").toBase64());
        return QList<AnyMessage>{
            CreateVenueRequest{QStringLiteral("Venue of ") + role, *Currency::fromCode(u"EUR"), std::nullopt},
            CreateAuditoriumRequest{h.venueId, QStringLiteral("Screen of ") + role},
            RenameVenueRequest{h.venueId, QStringLiteral("Odeon of ") + role},
            RenameAuditoriumRequest{h.auditoriumId, QStringLiteral("Screen 1 of ") + role},
            ListLayoutVersionsRequest{h.auditoriumId},
            UploadLayoutRequest{QStringLiteral("upload-") + role, 0, 1, part},
            SaveLayoutDraftRequest{h.auditoriumId, 1, 0, layoutToJson(layout), std::nullopt},
            GetLayoutDraftRequest{h.auditoriumId},
            PublishLayoutRequest{h.auditoriumId, 0}, // the revision is filled in below
            SaveLayoutDraftRequest{h.auditoriumId, 2, 0, layoutToJson(layout), std::nullopt},
            DiscardLayoutDraftRequest{h.auditoriumId, 0},
            ChangeShowLayoutRequest{show, 2},
        };
    };
    QSet<MessageType> covered;
    for (const QString &role : {QStringLiteral("cashier"), QStringLiteral("kiosk")}) {
        TestTerminal *t = terminal(role);
        const QString before = studioState();
        for (AnyMessage request : requests(role)) {
            if (auto *publishing = std::get_if<PublishLayoutRequest>(&request))
                publishing->revision = 1;
            if (auto *discarding = std::get_if<DiscardLayoutDraftRequest>(&request))
                discarding->revision = 1;
            covered.insert(messageTypeOf(request));
            t->sendText(QString::fromUtf8(encodeMessage(request, QStringLiteral("r-") + messageTypeName(messageTypeOf(request)))));
            const auto error = errorIn(t->waitReply(QStringLiteral("r-") + messageTypeName(messageTypeOf(request))));
            EXPECT_EQ(codeName(error), QStringLiteral("FORBIDDEN")) << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString();
        }
        EXPECT_EQ(studioState(), before) << role.toStdString();
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        // The studio's requests: from create_venue to change_show_layout (the users' come after).
        if (info.kind == MessageKind::Request && info.type >= MessageType::CreateVenue
            && info.type <= MessageType::ChangeShowLayout) {
            EXPECT_TRUE(covered.contains(info.type)) << "not tried: " << QString(info.name).toStdString();
        }
    }

    // Managers and admins: every one of them succeeds.
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("admin")}) {
        TestTerminal *t = terminal(role);
        qint64 revision = 0;
        for (AnyMessage request : requests(role)) {
            if (auto *publishing = std::get_if<PublishLayoutRequest>(&request))
                publishing->revision = revision;
            if (auto *saving = std::get_if<SaveLayoutDraftRequest>(&request))
                saving->baseVersion = currentVersion(h.auditoriumId);
            if (auto *discarding = std::get_if<DiscardLayoutDraftRequest>(&request))
                discarding->revision = revision;
            if (auto *moving = std::get_if<ChangeShowLayoutRequest>(&request))
                moving->layoutVersion = currentVersion(h.auditoriumId);
            const auto reply = t->waitReply(t->send(request));
            EXPECT_FALSE(errorIn(reply)) << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString()
                                         << ": " << codeName(errorIn(reply)).toStdString() << " "
                                         << (errorIn(reply) ? errorIn(reply)->message.toStdString() : std::string());
            if (reply && std::holds_alternative<SaveLayoutDraftReply>(*reply))
                revision = std::get<SaveLayoutDraftReply>(*reply).revision;
        }
    }
    EXPECT_EQ(currentVersion(h.auditoriumId), 3) << "each of them published once";
    EXPECT_EQ(scalar(QStringLiteral("SELECT layout_version FROM shows WHERE id = $1"), {show}), QStringLiteral("3"));
}

TEST_F(Layouts, BadInputGetsAClearErrorAndChangesNothing)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const Hall h = newHall(manager);
    ASSERT_TRUE(manager->call<CreateAuditoriumReply>(CreateAuditoriumRequest{h.venueId, QStringLiteral("Screen 2")}));
    ASSERT_TRUE(publishLayout(manager, h.auditoriumId, hall(QStringLiteral("Screen 1"), {QStringLiteral("A")})));
    const QString show = addShow(h.auditoriumId, 1);
    const QString closedShow = addShow(h.auditoriumId, 1, QStringLiteral("closed"));
    // Two parts of three uploaded.
    const QByteArray text = layoutToJsonText(hall(QStringLiteral("Uploaded"), {QStringLiteral("A")}));
    const qsizetype third = text.size() / 3 + 1;
    for (int part = 0; part < 2; ++part) {
        ASSERT_TRUE(manager->call<UploadLayoutReply>(UploadLayoutRequest{QStringLiteral("three"), part, 3,
                                                                         QString::fromLatin1(text.mid(part * third, third).toBase64())}));
    }
    ASSERT_TRUE(manager->call<UploadLayoutReply>(UploadLayoutRequest{QStringLiteral("not-json"), 0, 1,
                                                                     QString::fromLatin1(QByteArray("{\"name\": ").toBase64())}));

    const auto frame = [](const QString &type, const QString &body) {
        return QStringLiteral(R"({"v":1,"type":"%1","id":"bad","body":%2})").arg(type, body);
    };
    const auto request = [manager](const auto &message) {
        return [manager, message] { return errorIn(manager->waitReply(manager->send(message))); };
    };
    const auto raw = [manager](const QString &frameText, const QString &id = QStringLiteral("bad")) {
        return [manager, frameText, id] {
            manager->sendText(frameText);
            return errorIn(manager->waitReply(id));
        };
    };
    const QString aud = h.auditoriumId;
    struct Case
    {
        const char *name;
        std::function<std::optional<ErrorMessage>()> send;
        ErrorCode code;
        QString where;
    };
    const QList<Case> cases = {
        {"frame over 64 KiB", raw(frame(QStringLiteral("save_layout_draft"), QStringLiteral(R"({"auditoriumId":"%1","baseVersion":1,"revision":0,"layout":{"name":"%2"}})").arg(aud, QString(70000, u'x'))), QStringLiteral("(no id)")),
         ErrorCode::FrameTooLarge, {}},
        {"upload of 129 parts", raw(frame(QStringLiteral("upload_layout"), QStringLiteral(R"({"uploadId":"u1","part":0,"parts":129,"data":"e30="})"))),
         ErrorCode::InvalidValue, QStringLiteral("/body/parts")},
        {"upload part too long", raw(frame(QStringLiteral("upload_layout"), QStringLiteral(R"({"uploadId":"u1","part":0,"parts":1,"data":"%1"})").arg(QString(48004, u'A')))),
         ErrorCode::InvalidValue, QStringLiteral("/body/data")},
        {"upload part not base64", request(UploadLayoutRequest{QStringLiteral("u1"), 0, 1, QStringLiteral("e30")}), ErrorCode::InvalidValue, QStringLiteral("/body/data")},
        {"upload with another number of parts", request(UploadLayoutRequest{QStringLiteral("three"), 2, 4, QStringLiteral("e30=")}),
         ErrorCode::InvalidValue, QStringLiteral("/body/parts")},
        {"upload part again with other data", request(UploadLayoutRequest{QStringLiteral("three"), 0, 3, QStringLiteral("e30=")}),
         ErrorCode::InvalidValue, QStringLiteral("/body/data")},
        {"draft from an incomplete upload", request(SaveLayoutDraftRequest{aud, 1, 0, std::nullopt, QStringLiteral("three")}),
         ErrorCode::InvalidValue, QStringLiteral("/body/uploadId")},
        {"draft from an unknown upload", request(SaveLayoutDraftRequest{aud, 1, 0, std::nullopt, QStringLiteral("never")}),
         ErrorCode::NotFound, QStringLiteral("/body/uploadId")},
        {"draft from an upload that is not JSON", request(SaveLayoutDraftRequest{aud, 1, 0, std::nullopt, QStringLiteral("not-json")}),
         ErrorCode::MalformedJson, QStringLiteral("/layout")},
        {"draft of an unknown auditorium", request(SaveLayoutDraftRequest{QStringLiteral("999999"), 0, 0, layoutToJson(hall(QStringLiteral("X"), {QStringLiteral("A")})), std::nullopt}),
         ErrorCode::NotFound, QStringLiteral("/body/auditoriumId")},
        {"draft on a version that does not exist", request(SaveLayoutDraftRequest{aud, 7, 0, layoutToJson(hall(QStringLiteral("X"), {QStringLiteral("A")})), std::nullopt}),
         ErrorCode::NotFound, QStringLiteral("/body/baseVersion")},
        {"draft with an unknown seat field", raw(frame(QStringLiteral("save_layout_draft"), QStringLiteral(R"({"auditoriumId":"%1","baseVersion":1,"revision":0,"layout":{"schemaVersion":1,"name":"X","version":1,"stage":{"kind":"screen","x":0,"y":0,"width":4},"categories":[{"id":"s","name":"S","colour":"#000000"}],"sections":[{"id":"st","name":"Stalls","rows":[{"id":"r","label":"A","kind":"straight","seats":[{"id":"a","label":"1","x":0,"y":2,"category":"s","price":5}]}]}],"aisles":[]}})").arg(aud))),
         ErrorCode::UnknownField, QStringLiteral("/body/layout/sections/0/rows/0/seats/0/price")},
        {"draft with the revision as a string", raw(frame(QStringLiteral("save_layout_draft"), QStringLiteral(R"({"auditoriumId":"%1","baseVersion":1,"revision":"0","uploadId":"three"})").arg(aud))),
         ErrorCode::WrongType, QStringLiteral("/body/revision")},
        {"publish with an unknown field", raw(frame(QStringLiteral("publish_layout"), QStringLiteral(R"({"auditoriumId":"%1","revision":1,"force":true})").arg(aud))),
         ErrorCode::UnknownField, QStringLiteral("/body/force")},
        {"publish of an unknown auditorium", request(PublishLayoutRequest{QStringLiteral("abc"), 1}), ErrorCode::NotFound, QStringLiteral("/body/auditoriumId")},
        {"versions of an unknown auditorium", request(ListLayoutVersionsRequest{QStringLiteral("999999")}), ErrorCode::NotFound, QStringLiteral("/body/auditoriumId")},
        {"draft of an auditorium without one", request(GetLayoutDraftRequest{aud}), ErrorCode::NotFound, QStringLiteral("/body/auditoriumId")},
        {"venue with an empty name", request(CreateVenueRequest{QString(), *Currency::fromCode(u"EUR"), std::nullopt}), ErrorCode::InvalidValue, QStringLiteral("/body/name")},
        {"venue with a blank name", request(CreateVenueRequest{QStringLiteral("  "), *Currency::fromCode(u"EUR"), std::nullopt}), ErrorCode::InvalidValue, QStringLiteral("/body/name")},
        {"venue name of 101 characters", request(CreateVenueRequest{QString(101, u'v'), *Currency::fromCode(u"EUR"), std::nullopt}), ErrorCode::InvalidValue, QStringLiteral("/body/name")},
        {"venue of a taken name", request(CreateVenueRequest{QStringLiteral("Marquee Demo Cinema"), *Currency::fromCode(u"EUR"), std::nullopt}),
         ErrorCode::NameTaken, QStringLiteral("/body/name")},
        {"venue in lower-case euros", raw(frame(QStringLiteral("create_venue"), QStringLiteral(R"({"name":"Roxy","currency":"eur"})"))),
         ErrorCode::InvalidCurrency, QStringLiteral("/body/currency")},
        {"venue on Mars time", request(CreateVenueRequest{QStringLiteral("Roxy"), *Currency::fromCode(u"EUR"), QStringLiteral("Mars/Olympus_Mons")}),
         ErrorCode::InvalidValue, QStringLiteral("/body/timezone")},
        {"venue name as a number", raw(frame(QStringLiteral("rename_venue"), QStringLiteral(R"({"venueId":"%1","name":42})").arg(h.venueId))),
         ErrorCode::WrongType, QStringLiteral("/body/name")},
        {"renaming an unknown venue", request(RenameVenueRequest{QStringLiteral("999999"), QStringLiteral("Roxy")}), ErrorCode::NotFound, QStringLiteral("/body/venueId")},
        {"renaming to another venue's name", request(RenameVenueRequest{h.venueId, QStringLiteral("Marquee Demo Cinema")}), ErrorCode::NameTaken, QStringLiteral("/body/name")},
        {"auditorium in an unknown venue", request(CreateAuditoriumRequest{QStringLiteral("999999"), QStringLiteral("Screen 9")}), ErrorCode::NotFound, QStringLiteral("/body/venueId")},
        {"auditorium of a taken name", request(CreateAuditoriumRequest{h.venueId, QStringLiteral("Screen 2")}), ErrorCode::NameTaken, QStringLiteral("/body/name")},
        {"renaming to a sibling's name", request(RenameAuditoriumRequest{aud, QStringLiteral("Screen 2")}), ErrorCode::NameTaken, QStringLiteral("/body/name")},
        {"moving an unknown show", request(ChangeShowLayoutRequest{QStringLiteral("999999"), 1}), ErrorCode::NotFound, QStringLiteral("/body/showId")},
        {"moving a show onto a version that does not exist", request(ChangeShowLayoutRequest{show, 5}), ErrorCode::NotFound, QStringLiteral("/body/layoutVersion")},
        {"moving a show whose sales are closed", request(ChangeShowLayoutRequest{closedShow, 1}), ErrorCode::ShowClosed, QStringLiteral("/body/showId")},
        {"discarding a draft that never was", request(DiscardLayoutDraftRequest{aud, 42}), ErrorCode::NotFound, QStringLiteral("/body/revision")},
    };
    ASSERT_GE(cases.size(), 20);
    const QString before = studioState();
    for (const Case &c : cases) {
        const auto error = c.send();
        ASSERT_TRUE(error) << c.name << ": accepted";
        EXPECT_EQ(codeName(error), errorCodeName(c.code)) << c.name << ": " << error->message.toStdString();
        EXPECT_EQ(error->where, c.where) << c.name;
        EXPECT_FALSE(error->message.isEmpty()) << c.name;
        EXPECT_EQ(studioState(), before) << c.name;
    }
    EXPECT_TRUE(manager->isConnected());
}

TEST_F(Layouts, PublishingRefusesEveryValidatorProblemWithWhereIntoTheDraft)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const Hall h = newHall(manager);
    const Layout good = hall(QStringLiteral("Screen 1"), {QStringLiteral("A"), QStringLiteral("B")});
    struct Case
    {
        const char *name;
        std::function<void(Layout &)> spoil;
        ErrorCode code;
        QString where;
    };
    const QList<Case> cases = {
        {"a section without rows", [](Layout &l) { l.sections.append(Section{QStringLiteral("balcony"), QStringLiteral("Balcony"), {}}); },
         ErrorCode::LayoutEmpty, QStringLiteral("/sections/1/rows")},
        {"two seats with one id", [](Layout &l) { l.sections[0].rows[0].seats[1].id = l.sections[0].rows[0].seats[0].id; },
         ErrorCode::LayoutDuplicateId, QStringLiteral("/sections/0/rows/0/seats/1/id")},
        {"two seats with one label", [](Layout &l) { l.sections[0].rows[1].seats[3].label = QStringLiteral("1"); },
         ErrorCode::LayoutDuplicateLabel, QStringLiteral("/sections/0/rows/1/seats/3/label")},
        {"seats on top of each other", [](Layout &l) { l.sections[0].rows[0].seats[4].position.x += 0.5; },
         ErrorCode::LayoutOverlap, QStringLiteral("/sections/0/rows/0/seats/5")},
        {"an unknown category", [](Layout &l) { l.sections[0].rows[1].seats[0].categoryId = QStringLiteral("vip"); },
         ErrorCode::LayoutUnknownCategory, QStringLiteral("/sections/0/rows/1/seats/0/category")},
        {"a companion seat alone", [](Layout &l) { l.sections[0].rows[0].seats[2].flags = SeatFlag::Companion; },
         ErrorCode::LayoutCompanionWithoutWheelchair, QStringLiteral("/sections/0/rows/0/seats/2/flags")},
        {"a screen without width", [](Layout &l) { l.stage.width = 0; },
         ErrorCode::LayoutInvalidGeometry, QStringLiteral("/stage/width")},
        {"no categories", [](Layout &l) {
             l.categories.clear();
             for (Row &row : l.sections[0].rows) {
                 for (Seat &s : row.seats)
                     s.categoryId = QStringLiteral("standard");
             }
         },
         ErrorCode::LayoutEmpty, QStringLiteral("/categories")},
    };
    for (const Case &c : cases) {
        Layout spoilt = good;
        c.spoil(spoilt);
        // Saved: a draft is work in progress; the problem comes back with the reply.
        auto saved = save(manager, h.auditoriumId, 0, draftRevision(h.auditoriumId), spoilt);
        ASSERT_TRUE(saved) << c.name << ": " << saved.error().toString().toStdString();
        ASSERT_FALSE(saved->problems.isEmpty()) << c.name;
        EXPECT_EQ(errorCodeName(saved->problems.first().code), errorCodeName(c.code)) << c.name;
        EXPECT_EQ(saved->problems.first().where, c.where) << c.name;
        EXPECT_EQ(scalar(QStringLiteral("SELECT problems FROM layout_drafts WHERE auditorium_id = $1"), {h.auditoriumId}),
                  QString::number(saved->problems.size()))
            << c.name;
        // Not published: the server's validator has the last word.
        const QString before = studioState();
        const auto refused = refusal(manager, PublishLayoutRequest{h.auditoriumId, saved->revision});
        ASSERT_TRUE(refused) << c.name << ": published";
        EXPECT_EQ(codeName(refused), errorCodeName(c.code)) << c.name << ": " << refused->message.toStdString();
        EXPECT_EQ(refused->where, QStringLiteral("/layout") + c.where) << c.name;
        const QJsonArray problems = refused->details.value(QStringLiteral("problems")).toArray();
        ASSERT_EQ(problems.size(), saved->problems.size()) << c.name;
        EXPECT_EQ(problems.first().toObject().value(QStringLiteral("where")).toString(), c.where) << c.name;
        EXPECT_EQ(problems.first().toObject().value(QStringLiteral("code")).toString(), errorCodeName(c.code)) << c.name;
        EXPECT_EQ(studioState(), before) << c.name;
    }
    EXPECT_EQ(currentVersion(h.auditoriumId), 0);

    // Many problems: all of them on save (up to 1,000), the first 100 in the refusal.
    Layout crowded = hall(QStringLiteral("Crowded"), {QStringLiteral("A")}, 300);
    for (Seat &s : crowded.sections[0].rows[0].seats)
        s.categoryId = QStringLiteral("vip");
    auto saved = save(manager, h.auditoriumId, 0, draftRevision(h.auditoriumId), crowded);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->problems.size(), 300);
    EXPECT_EQ(scalar(QStringLiteral("SELECT problems FROM layout_drafts WHERE auditorium_id = $1"), {h.auditoriumId}), QStringLiteral("300"));
    const auto refused = refusal(manager, PublishLayoutRequest{h.auditoriumId, saved->revision});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->details.value(QStringLiteral("problems")).toArray().size(), 100);
}

TEST_F(Layouts, RetriesGetTheFirstAnswerAndPublishOnce)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const Hall h = newHall(manager);
    const Layout layout = hall(QStringLiteral("Screen 1"), {QStringLiteral("A")});
    auto saved = save(manager, h.auditoriumId, 0, 0, layout, QStringLiteral("save-1"));
    ASSERT_TRUE(saved);
    auto savedAgain = save(manager, h.auditoriumId, 0, 0, layout, QStringLiteral("save-1"));
    ASSERT_TRUE(savedAgain) << savedAgain.error().toString().toStdString();
    EXPECT_EQ(*savedAgain, *saved) << "not stale: the retry gets the first answer";

    auto published = publish(manager, h.auditoriumId, saved->revision, QStringLiteral("publish-1"));
    ASSERT_TRUE(published) << published.error().toString().toStdString();
    // The connection dropped before the answer arrived: the client sends the same frame again.
    manager->close();
    TestTerminal *again = terminal(QStringLiteral("manager"));
    auto retried = publish(again, h.auditoriumId, saved->revision, QStringLiteral("publish-1"));
    ASSERT_TRUE(retried) << retried.error().toString().toStdString();
    EXPECT_EQ(*retried, *published);
    EXPECT_EQ(currentVersion(h.auditoriumId), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'layout_publish'")), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'layout_draft_save'")), QStringLiteral("1"));
    auto conflict = again->call<PublishLayoutReply>(PublishLayoutRequest{h.auditoriumId, saved->revision + 1}, QStringLiteral("publish-1"));
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::IdempotencyConflict);

    // A refusal is remembered too: the same request gets the same answer after the name is free.
    ASSERT_TRUE(again->call<CreateVenueReply>(CreateVenueRequest{QStringLiteral("Roxy"), *Currency::fromCode(u"EUR"), std::nullopt},
                                              QStringLiteral("venue-1")));
    auto taken = again->call<CreateVenueReply>(CreateVenueRequest{QStringLiteral("Odeon"), *Currency::fromCode(u"EUR"), std::nullopt},
                                               QStringLiteral("venue-2"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::NameTaken);
    ASSERT_TRUE(again->call<RenameVenueReply>(RenameVenueRequest{h.venueId, QStringLiteral("Odeon West")}));
    taken = again->call<CreateVenueReply>(CreateVenueRequest{QStringLiteral("Odeon"), *Currency::fromCode(u"EUR"), std::nullopt},
                                          QStringLiteral("venue-2"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::NameTaken);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM venues WHERE name = 'Odeon'")), QStringLiteral("0"));
}

TEST_F(Layouts, ATwentyThousandSeatLayoutGoesUpInPartsAndComesBackWhole)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const Hall h = newHall(manager);
    QStringList rows;
    for (char row = 'A'; row < 'A' + 20; ++row)
        rows.append(QString(QLatin1Char(row)));
    const Layout big = hall(QStringLiteral("Arena"), rows, 1000);
    ASSERT_EQ(big.seatCount(), LayoutLimits::MaxSeats);
    const QByteArray text = layoutToJsonText(big);
    ASSERT_GT(text.size(), 1024 * 1024) << "this is what does not fit a client frame";

    // The parts go through two server processes: a reconnect carries on where it was.
    std::unique_ptr<SyncServer> other = startServer();
    ASSERT_TRUE(other);
    TestTerminal *elsewhere = terminal(QStringLiteral("manager"), other.get());
    const QStringList parts = uploadParts(text);
    ASSERT_GT(parts.size(), 30);
    ASSERT_LE(parts.size(), MaxUploadParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        TestTerminal *t = i < parts.size() / 2 ? manager : elsewhere;
        auto stored = t->call<UploadLayoutReply>(UploadLayoutRequest{QStringLiteral("arena"), i, parts.size(), parts.at(i)});
        ASSERT_TRUE(stored) << i << ": " << stored.error().toString().toStdString();
        EXPECT_EQ(stored->received, i + 1);
        EXPECT_EQ(stored->parts, parts.size());
    }
    // A part sent again with the same data is fine.
    auto again = manager->call<UploadLayoutReply>(UploadLayoutRequest{QStringLiteral("arena"), 0, parts.size(), parts.at(0)});
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->received, parts.size());

    auto saved = elsewhere->call<SaveLayoutDraftReply>(SaveLayoutDraftRequest{h.auditoriumId, 0, 0, std::nullopt, QStringLiteral("arena")});
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->seatCount, 20000);
    EXPECT_TRUE(saved->problems.isEmpty());
    auto draft = manager->call<GetLayoutDraftReply>(GetLayoutDraftRequest{h.auditoriumId});
    ASSERT_TRUE(draft) << draft.error().toString().toStdString();
    EXPECT_EQ(*layoutFromJson(draft->layout), big);

    auto published = publish(manager, h.auditoriumId, saved->revision);
    ASSERT_TRUE(published) << published.error().toString().toStdString();
    EXPECT_EQ(published->seatCount, 20000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM layout_seats WHERE auditorium_id = $1"), {h.auditoriumId}), QStringLiteral("20000"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT label FROM layout_seats WHERE auditorium_id = $1 AND seat_id = 'stalls-T-1000'"), {h.auditoriumId}),
              QStringLiteral("T 1000"));

    TestTerminal *cashier = terminal();
    auto fetched = cashier->call<GetLayoutReply>(GetLayoutRequest{h.auditoriumId, 1});
    ASSERT_TRUE(fetched) << fetched.error().toString().toStdString();
    Layout expected = big;
    expected.version = 1;
    const auto decoded = layoutFromJson(fetched->layout);
    ASSERT_TRUE(decoded) << decoded.error().toString().toStdString();
    EXPECT_EQ(*decoded, expected);
    EXPECT_GT(encodeMessage(*fetched, QStringLiteral("x")).size(), clientFrameLimits().maxBytes * 16);
    elsewhere->close();
}

TEST_F(Layouts, UploadsAreEachUsersOwnAndGoneAfterADay)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    const Hall h = newHall(manager);
    const QByteArray text = layoutToJsonText(hall(QStringLiteral("Uploaded"), {QStringLiteral("A")}));
    upload(manager, QStringLiteral("mine"), text);
    // Another user's upload of that name is another upload.
    auto theirs = admin->call<SaveLayoutDraftReply>(SaveLayoutDraftRequest{h.auditoriumId, 0, 0, std::nullopt, QStringLiteral("mine")});
    ASSERT_FALSE(theirs);
    EXPECT_EQ(theirs.error().code, ErrorCode::NotFound);
    // A day later it is gone: not usable, and deleted with the next upload of anyone.
    scalar(QStringLiteral("UPDATE layout_uploads SET created_at = now() - interval '25 hours' RETURNING 1"));
    auto late = manager->call<SaveLayoutDraftReply>(SaveLayoutDraftRequest{h.auditoriumId, 0, 0, std::nullopt, QStringLiteral("mine")});
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::NotFound);
    upload(admin, QStringLiteral("fresh"), text);
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(DISTINCT upload_id, ',') FROM layout_uploads")), QStringLiteral("fresh"));
    auto saved = admin->call<SaveLayoutDraftReply>(SaveLayoutDraftRequest{h.auditoriumId, 0, 0, std::nullopt, QStringLiteral("fresh")});
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->seatCount, 10);
}

TEST_F(Layouts, AShowMovesOntoANewVersionOnlyWhenNoHeldOrSoldSeatVanishesAndEveryTerminalFollows)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const Hall h = newHall(manager);
    const QStringList abc{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    ASSERT_EQ(publishLayout(manager, h.auditoriumId, hall(QStringLiteral("Screen 1"), abc)), 1);
    // Version 2: row A and seat B-5 go, row D comes.
    Layout next = hall(QStringLiteral("Screen 1, new front"), {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    next.sections[0].rows[0].seats.removeAt(4);
    ASSERT_EQ(publishLayout(manager, h.auditoriumId, next), 2);
    const QString show = addShow(h.auditoriumId, 1);

    // Two box offices watch the show, one through another server process.
    std::unique_ptr<SyncServer> other = startServer();
    ASSERT_TRUE(other);
    TestTerminal *watcher = terminal();
    TestTerminal *remote = terminal(QStringLiteral("cashier2"), other.get());
    TestTerminal *cashier = terminal();
    for (TestTerminal *t : {watcher, remote, cashier}) {
        auto subscribed = t->call<SubscribeReply>(SubscribeRequest{show, std::nullopt});
        ASSERT_TRUE(subscribed) << subscribed.error().toString().toStdString();
        EXPECT_EQ(subscribed->layoutVersion, 1);
        ASSERT_TRUE(t->waitFor([&] { return t->layoutVersion(show) == 1; }));
    }

    // Held: A-1, A-2 and C-1; sold: B-5 and C-2.
    auto heldFront = cashier->call<HoldReply>(holdOf(show, {seat(QStringLiteral("A"), 1), seat(QStringLiteral("A"), 2)}));
    ASSERT_TRUE(heldFront) << heldFront.error().toString().toStdString();
    auto heldKept = cashier->call<HoldReply>(holdOf(show, {seat(QStringLiteral("C"), 1)}));
    ASSERT_TRUE(heldKept);
    QList<SellReply> sales;
    for (const QString &s : {seat(QStringLiteral("B"), 5), seat(QStringLiteral("C"), 2)}) {
        auto hold = cashier->call<HoldReply>(holdOf(show, {s}));
        ASSERT_TRUE(hold);
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        auto sold = cashier->call<SellReply>(sell);
        ASSERT_TRUE(sold) << sold.error().toString().toStdString();
        sales.append(*sold);
    }
    const QString before = studioState();
    const qint64 versionBefore = scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();

    // Refused, naming exactly the held and sold seats that would vanish, sorted; nothing changes.
    auto conflict = refusal(manager, ChangeShowLayoutRequest{show, 2});
    ASSERT_TRUE(conflict);
    EXPECT_EQ(codeName(conflict), QStringLiteral("LAYOUT_CONFLICT"));
    EXPECT_EQ(conflict->where, QStringLiteral("/body/layoutVersion"));
    EXPECT_EQ(strings(conflict->details.value(QStringLiteral("seatIds"))),
              (QStringList{seat(QStringLiteral("A"), 1), seat(QStringLiteral("A"), 2), seat(QStringLiteral("B"), 5)}));
    EXPECT_EQ(studioState(), before);

    // The held front seats released and the sold one refunded: only free seats vanish now.
    ReleaseHoldRequest release;
    release.holdId = heldFront->holdId;
    ASSERT_TRUE(cashier->call<ReleaseHoldReply>(release));
    RefundRequest refund;
    refund.saleId = sales.first().saleId;
    refund.reason = QStringLiteral("the seat goes");
    ASSERT_TRUE(cashier->call<RefundReply>(refund));
    // An expired hold of a vanishing seat does not stand in the way either.
    scalar(QStringLiteral("WITH h AS (INSERT INTO holds (show_id, user_id, terminal_id, expires_at)"
                          " VALUES ($1, (SELECT id FROM users WHERE username = 'cashier'), 'gone', now() - interval '1 minute') RETURNING id),"
                          " s AS (INSERT INTO hold_seats (hold_id, show_id, seat_id) SELECT id, $1, $2 FROM h),"
                          " u AS (UPDATE show_seats SET status = 'held', hold_id = (SELECT id FROM h), hold_expires = now() - interval '1 minute'"
                          "       WHERE show_id = $1 AND seat_id = $2) SELECT id FROM h"),
           {show, seat(QStringLiteral("A"), 9)});

    auto moved = manager->call<ChangeShowLayoutReply>(ChangeShowLayoutRequest{show, 2});
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(moved->layoutVersion, 2);
    EXPECT_EQ(moved->removed, 11);
    EXPECT_EQ(moved->added, 10);
    EXPECT_GT(moved->version, versionBefore);

    // Every terminal that watches gets the new layout version and a snapshot, unasked.
    for (TestTerminal *t : {watcher, remote, cashier}) {
        ASSERT_TRUE(t->waitFor([&] { return t->layoutVersion(show) == 2 && t->version(show) >= moved->version; }))
            << t->terminalId().toStdString() << " has layout " << t->layoutVersion(show);
        const auto map = t->seats(show);
        EXPECT_EQ(map.size(), 29) << t->terminalId().toStdString();
        EXPECT_FALSE(map.contains(seat(QStringLiteral("A"), 1)));
        EXPECT_FALSE(map.contains(seat(QStringLiteral("B"), 5)));
        EXPECT_EQ(t->status(show, seat(QStringLiteral("D"), 1)), SeatStatus::Available);
        EXPECT_EQ(t->status(show, seat(QStringLiteral("C"), 1)), SeatStatus::Held);
        EXPECT_EQ(t->status(show, seat(QStringLiteral("C"), 2)), SeatStatus::Sold);
    }
    auto shows = cashier->call<ListShowsReply>(ListShowsRequest{std::nullopt, std::nullopt, h.auditoriumId, std::nullopt});
    ASSERT_TRUE(shows);
    ASSERT_EQ(shows->shows.size(), 1);
    EXPECT_EQ(shows->shows[0].layoutVersion, 2);
    EXPECT_EQ(shows->shows[0].free, 27);
    EXPECT_EQ(shows->shows[0].held, 1);
    EXPECT_EQ(shows->shows[0].sold, 1);

    // A new seat can be held (and the others see it); a vanished one is not a seat of the show.
    const int deltasBefore = remote->deltasReceived();
    ASSERT_TRUE(cashier->call<HoldReply>(holdOf(show, {seat(QStringLiteral("D"), 1)})));
    ASSERT_TRUE(remote->waitFor([&] { return remote->status(show, seat(QStringLiteral("D"), 1)) == SeatStatus::Held; }));
    EXPECT_GT(remote->deltasReceived(), deltasBefore);
    auto vanished = cashier->call<HoldReply>(holdOf(show, {seat(QStringLiteral("A"), 3)}));
    ASSERT_FALSE(vanished);
    EXPECT_EQ(vanished.error().code, ErrorCode::UnknownSeat);

    // Coming back with a version from before the change: a snapshot, never deltas across it.
    TestTerminal *returning = terminal();
    auto resumed = returning->call<SubscribeReply>(SubscribeRequest{show, versionBefore});
    ASSERT_TRUE(resumed) << resumed.error().toString().toStdString();
    EXPECT_EQ(resumed->resync, ResyncMode::Snapshot);
    EXPECT_EQ(resumed->layoutVersion, 2);
    ASSERT_TRUE(returning->waitFor([&] { return returning->layoutVersion(show) == 2; }));
    TestTerminal *remoteReturning = terminal(QStringLiteral("cashier"), other.get());
    resumed = remoteReturning->call<SubscribeReply>(SubscribeRequest{show, versionBefore});
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->resync, ResyncMode::Snapshot);

    // The history stays: the released hold, the expired one and the refunded ticket still name
    // their seats, which are retired, not deleted.
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(seat_id || ':' || status, ',' ORDER BY seat_id) FROM show_seats_all"
                                    " WHERE show_id = $1 AND seat_id IN ($2, $3, $4)"),
                     {show, seat(QStringLiteral("A"), 1), seat(QStringLiteral("A"), 9), seat(QStringLiteral("B"), 5)}),
              QStringLiteral("%1:retired,%2:retired,%3:retired").arg(seat(QStringLiteral("A"), 1), seat(QStringLiteral("A"), 9), seat(QStringLiteral("B"), 5)));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM hold_seats WHERE show_id = $1 AND seat_id IN ($2, $3, $4)"),
                     {show, seat(QStringLiteral("A"), 1), seat(QStringLiteral("A"), 2), seat(QStringLiteral("A"), 9)}),
              QStringLiteral("3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM tickets WHERE show_id = $1 AND seat_id = $2"), {show, seat(QStringLiteral("B"), 5)}),
              QStringLiteral("refunded"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE terminal_id = 'gone' AND status = 'expired'")), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT details ->> 'removed' FROM audit_log WHERE action = 'show_layout_change'")), QStringLiteral("11"));

    // A version with a category the show has no price for is refused, naming the category.
    Layout premium = hall(QStringLiteral("Screen 1, premium"), {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}, 10,
                          {QStringLiteral("standard"), QStringLiteral("premium")});
    for (Seat &s : premium.sections[0].rows[2].seats)
        s.categoryId = QStringLiteral("premium");
    ASSERT_EQ(publishLayout(manager, h.auditoriumId, premium), 3);
    const QString unchanged = studioState();
    auto unpriced = refusal(manager, ChangeShowLayoutRequest{show, 3});
    EXPECT_EQ(codeName(unpriced), QStringLiteral("LAYOUT_CONFLICT"));
    EXPECT_EQ(strings(unpriced->details.value(QStringLiteral("categories"))), QStringList{QStringLiteral("premium")});
    EXPECT_TRUE(unpriced->message.contains(QStringLiteral("premium")));
    EXPECT_EQ(studioState(), unchanged);

    // Back to version 1: row A and B-5 return (the same rows, revived); D-1 is held, so it may not go.
    auto blocked = refusal(manager, ChangeShowLayoutRequest{show, 1});
    EXPECT_EQ(strings(blocked->details.value(QStringLiteral("seatIds"))), QStringList{seat(QStringLiteral("D"), 1)});
    scalar(QStringLiteral("UPDATE show_seats SET status = 'available', hold_id = NULL, hold_expires = NULL"
                          " WHERE show_id = $1 AND seat_id = $2 RETURNING 1"),
           {show, seat(QStringLiteral("D"), 1)});
    auto back = manager->call<ChangeShowLayoutReply>(ChangeShowLayoutRequest{show, 1});
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(back->added, 11);
    EXPECT_EQ(back->removed, 10);
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->layoutVersion(show) == 1; }));
    EXPECT_EQ(watcher->status(show, seat(QStringLiteral("A"), 1)), SeatStatus::Available);
    EXPECT_EQ(watcher->status(show, seat(QStringLiteral("C"), 2)), SeatStatus::Sold);
    EXPECT_FALSE(watcher->seats(show).contains(seat(QStringLiteral("D"), 1)));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats_all WHERE show_id = $1"), {show}), QStringLiteral("40"));
    EXPECT_TRUE(cashier->call<HoldReply>(holdOf(show, {seat(QStringLiteral("A"), 1)}))) << "a revived seat is a seat again";
    EXPECT_EQ(watcher->gapsSeen(), 0);
    EXPECT_TRUE(watcher->undecodable().isEmpty());
}
