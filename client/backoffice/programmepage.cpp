#include "programmepage.h"

#include "fielderrors.h"
#include "formatting.h"
#include "programmedialogs.h"
#include "protocol.h"
#include "serverconnection.h"
#include "showdialog.h"
#include "weekgrid.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

constexpr qint64 DefaultCleaningGapMinutes = 15; // a new venue's (docs/PROTOCOL.md, update_venue)

QString when(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return QStringLiteral("%1 %2").arg(formatDate(local.date()), formatTime(local.time()));
}

} // namespace

ProgrammePage::ProgrammePage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_scene(new WeekGridScene(this))
    , m_view(new WeekGridView(m_scene, this))
    , m_venues(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QLabel(this))
{
    m_venues->setObjectName(QStringLiteral("venue"));
    m_venues->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("Show the week of this day"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *previous = new QPushButton(tr("◀ &Previous week"), this);
    auto *today = new QPushButton(tr("T&oday"), this);
    auto *next = new QPushButton(tr("&Next week ▶"), this);
    auto *reload = new QPushButton(tr("Re&fresh"), this);
    auto *schedule = new QPushButton(tr("&Schedule show…"), this);
    auto *copyDay = new QPushButton(tr("Copy &day…"), this);
    auto *copyWeek = new QPushButton(tr("Copy &week…"), this);
    auto *settings = new QPushButton(tr("&Venue settings…"), this);
    copyDay->setToolTip(tr("Copies the shows of the day chosen in the date picker (or of the selected show's day)"));
    connect(previous, &QPushButton::clicked, this, [this] { setWeek(monday().addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(monday().addDays(7)); });
    connect(today, &QPushButton::clicked, this, [this] {
        setWeek(todayIn(m_scene->timeZone())); // the venue's today
        m_followsToday = true;
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &day) { setWeek(day); });
    connect(reload, &QPushButton::clicked, this, &ProgrammePage::refresh);
    connect(schedule, &QPushButton::clicked, this, [this] { newShow(); });
    connect(copyDay, &QPushButton::clicked, this, &ProgrammePage::copyDay);
    connect(copyWeek, &QPushButton::clicked, this, &ProgrammePage::copyWeek);
    connect(settings, &QPushButton::clicked, this, &ProgrammePage::venueSettings);
    connect(m_venues, &QComboBox::currentIndexChanged, this, &ProgrammePage::showVenue);

    connect(m_scene, &WeekGridScene::moveRequested, this, &ProgrammePage::moveShow);
    connect(m_scene, &WeekGridScene::scheduleRequested, this, &ProgrammePage::newShow);
    connect(m_scene, &WeekGridScene::editRequested, this, &ProgrammePage::editShow);
    connect(m_scene, &WeekGridScene::cancelRequested, this, &ProgrammePage::cancelShow);
    connect(m_scene, &WeekGridScene::menuRequested, this, [this](const QString &showId, const QPoint &at) {
        if (QMenu *menu = showMenu(showId))
            menu->popup(at);
    });

    auto *week = new QHBoxLayout;
    week->addWidget(new QLabel(tr("Venue:"), this));
    week->addWidget(m_venues);
    week->addSpacing(12);
    week->addWidget(previous);
    week->addWidget(today);
    week->addWidget(next);
    week->addWidget(m_date);
    week->addStretch(1);
    week->addWidget(reload);
    auto *actions = new QHBoxLayout;
    actions->addWidget(schedule);
    actions->addWidget(copyDay);
    actions->addWidget(copyWeek);
    actions->addWidget(settings);
    actions->addStretch(1);
    auto *legend = new QLabel(WeekGridScene::legendHtml(), this);
    actions->addWidget(legend);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(week);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

ProgrammePage::~ProgrammePage() = default;

void ProgrammePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every time: titles made on the Titles page (or shows by others) since are offered at once.
    if (m_connection->isSignedIn())
        refresh();
}

ShowDialog *ProgrammePage::showDialog() const
{
    return m_showDialog;
}

CancelShowDialog *ProgrammePage::cancelDialog() const
{
    return m_cancelDialog;
}

RefundShowDialog *ProgrammePage::refundDialog() const
{
    return m_refundDialog;
}

CopyShowsDialog *ProgrammePage::copyDialog() const
{
    return m_copyDialog;
}

VenueSettingsDialog *ProgrammePage::venueDialog() const
{
    return m_venueDialog;
}

QString ProgrammePage::statusText() const
{
    return m_status->text();
}

QDate ProgrammePage::monday() const
{
    return m_scene->monday();
}

QString ProgrammePage::venueId() const
{
    return m_venues->currentData().toString();
}

const VenueSummary *ProgrammePage::venue() const
{
    const QString id = venueId();
    for (const VenueSummary &v : m_venueList) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

bool ProgrammePage::selectVenue(const QString &venueId)
{
    const int index = m_venues->findData(venueId);
    if (index < 0)
        return false;
    m_venues->setCurrentIndex(index);
    return true;
}

qint64 ProgrammePage::cleaningGapMinutes() const
{
    if (const auto gap = m_gaps.constFind(venueId()); gap != m_gaps.cend())
        return *gap;
    const VenueSummary *v = venue();
    return v && v->cleaningGapMinutes ? *v->cleaningGapMinutes : DefaultCleaningGapMinutes;
}

Currency ProgrammePage::currency() const
{
    if (const VenueSummary *v = venue(); v && v->currency) {
        if (const auto code = Currency::fromCode(*v->currency))
            return *code;
    }
    if (m_currency.isValid())
        return m_currency;
    const auto local = Currency::fromCode(QLocale().currencySymbol(QLocale::CurrencyIsoCode));
    return local ? *local : *Currency::fromCode(u"EUR");
}

void ProgrammePage::refresh()
{
    m_loaded = true;
    m_scene->redrawBackground(); // today may be another day by now
    m_status->setText(tr("Loading the programme…"));
    QPointer<ProgrammePage> self(this);
    m_connection->ask<ListVenuesReply>(ListVenuesRequest {}, [self](const ListVenuesReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            self->m_status->setText(ProgrammeErrors::text(*error));
            return;
        }
        self->m_venueList = reply->venues;
        self->m_gaps.clear(); // as listed now, until update_venue answers
        self->m_noOrphans.clear();
        self->m_connection->ask<ListTitlesReply>(ListTitlesRequest {}, [self](const ListTitlesReply *titles,
                                                                              const ErrorMessage *refusal) {
            if (!self)
                return;
            if (refusal) {
                self->m_status->setText(ProgrammeErrors::text(*refusal));
                return;
            }
            self->m_titles = titles->titles;
            const QString current = self->venueId();
            {
                QSignalBlocker block(self->m_venues);
                self->m_venues->clear();
                for (const VenueSummary &v : std::as_const(self->m_venueList))
                    self->m_venues->addItem(v.name, v.id);
                const int index = self->m_venues->findData(current);
                self->m_venues->setCurrentIndex(index >= 0 ? index : 0);
            }
            self->showVenue();
        });
    });
}

void ProgrammePage::showVenue()
{
    const VenueSummary *v = venue();
    m_scene->setTimeZone(venueZone(v && v->timezone ? *v->timezone : QString()));
    if (m_followsToday && m_date->date() != todayIn(m_scene->timeZone())) {
        const QDate today = todayIn(m_scene->timeZone());
        {
            QSignalBlocker block(m_date);
            m_date->setDate(today);
        }
        m_scene->setWeek(today); // loaded below
    }
    m_scene->setAuditoriums(v ? v->auditoriums : QList<AuditoriumSummary>());
    m_scene->setCleaningGapMinutes(cleaningGapMinutes());
    loadWeek();
}

void ProgrammePage::setWeek(const QDate &day)
{
    m_followsToday = false;
    {
        QSignalBlocker block(m_date);
        m_date->setDate(day);
    }
    if (day.addDays(1 - day.dayOfWeek()) == monday())
        return;
    m_scene->setWeek(day);
    if (m_loaded)
        loadWeek();
}

void ProgrammePage::loadWeek()
{
    const VenueSummary *v = venue();
    if (!v) {
        m_status->setText(tr("There is no venue yet: create one in the layout studio."));
        return;
    }
    QSet<QString> auditoriums;
    for (const AuditoriumSummary &a : v->auditoriums)
        auditoriums.insert(a.id);
    const int generation = ++m_weekGeneration;
    ListShowsRequest request;
    request.from = m_scene->weekBegins().toUTC();
    request.to = m_scene->weekEnds().toUTC();
    m_status->setText(tr("Loading the shows…"));
    m_connection->ask<ListShowsReply>(request, [self = QPointer<ProgrammePage>(this), generation, auditoriums](
                                                   const ListShowsReply *reply, const ErrorMessage *error) {
        if (!self || generation != self->m_weekGeneration)
            return;
        if (error) {
            self->m_status->setText(ProgrammeErrors::text(*error));
            return;
        }
        self->m_shows.clear();
        for (const Show &show : reply->shows) {
            self->m_seen.insert(show.id, show);
            if (!auditoriums.contains(show.auditoriumId))
                continue;
            self->m_shows.append(show);
            if (!show.prices.isEmpty())
                self->m_currency = show.prices.first().price.currency();
        }
        self->m_scene->setShows(self->m_shows);
        qint64 sold = 0;
        for (const Show &show : std::as_const(self->m_shows))
            sold += show.sold;
        self->m_status->setText(tr("Week of %1: %n show(s)", nullptr, int(self->m_shows.size())).arg(formatDate(self->monday()))
                                + tr(", %n ticket(s) sold.", nullptr, int(sold)));
        Q_EMIT self->loaded();
    });
}

const Show *ProgrammePage::findShow(const QString &showId) const
{
    const auto it = std::find_if(m_shows.cbegin(), m_shows.cend(), [&showId](const Show &s) { return s.id == showId; });
    return it == m_shows.cend() ? nullptr : &*it;
}

void ProgrammePage::putShow(const Show &show)
{
    m_seen.insert(show.id, show);
    const auto it = std::find_if(m_shows.begin(), m_shows.end(), [&show](const Show &s) { return s.id == show.id; });
    if (it == m_shows.end())
        m_shows.append(show);
    else
        *it = show;
    m_scene->putShow(show);
}

QString ProgrammePage::namesOf(const QJsonArray &showIds) const
{
    QStringList names;
    for (const QJsonValue &id : showIds) {
        const auto it = m_seen.constFind(id.toString());
        names.append(it == m_seen.cend() ? tr("show %1").arg(id.toString())
                                         : tr("%1 (%2)").arg(it->title, when(it->start, m_scene->timeZone())));
    }
    return names.join(QStringLiteral(", "));
}

void ProgrammePage::refused(const ErrorMessage &error)
{
    const QJsonArray inTheWay = error.details.value(QLatin1String("showIds")).toArray();
    if (error.code == ErrorCode::ShowClash && !inTheWay.isEmpty()) {
        QStringList ids;
        for (const QJsonValue &id : inTheWay)
            ids.append(id.toString());
        m_scene->highlight(ids);
        m_status->setText(tr("Refused: it would clash with %1 (the cleaning gap included).").arg(namesOf(inTheWay)));
    } else {
        m_status->setText(ProgrammeErrors::text(error));
    }
    Q_EMIT answered(false);
}

void ProgrammePage::moveShow(const QString &showId, const QDateTime &start, const QDateTime &end)
{
    const Show *show = findShow(showId);
    if (!show)
        return;
    UpdateShowRequest request;
    request.showId = showId;
    if (start != show->start)
        request.start = start.toUTC();
    if (end != show->end || request.start)
        request.end = end.toUTC();
    m_status->setText(tr("Moving %1…").arg(show->title));
    m_connection->ask<ShowReply>(request, [self = QPointer<ProgrammePage>(this), showId](const ShowReply *reply,
                                                                                          const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            self->m_scene->revert(showId);
            self->refused(*error);
            return;
        }
        self->putShow(reply->show);
        QString text = tr("%1 now %2 to %3.").arg(reply->show.title, when(reply->show.start, self->m_scene->timeZone()),
                                                                     formatTime(reply->show.end.toTimeZone(self->m_scene->timeZone()).time()));
        if (reply->show.sold > 0)
            text += QLatin1Char(' ') + tr("%n ticket(s) sold: tell the buyers.", nullptr, int(reply->show.sold));
        self->m_status->setText(text);
        Q_EMIT self->answered(true);
    });
}

void ProgrammePage::setShowStatus(const QString &showId, ShowStatus status)
{
    m_connection->ask<ShowReply>(SetShowStatusRequest { showId, status },
                                 [self = QPointer<ProgrammePage>(this)](const ShowReply *reply, const ErrorMessage *error) {
                                     if (!self)
                                         return;
                                     if (error) {
                                         self->refused(*error);
                                         return;
                                     }
                                     self->putShow(reply->show);
                                     self->m_status->setText(
                                         reply->show.status == ShowStatus::OnSale ? tr("%1 is on sale.").arg(reply->show.title)
                                         : reply->show.status == ShowStatus::SalesClosed
                                             ? tr("Sales of %1 are closed.").arg(reply->show.title)
                                             : tr("%1 is scheduled (not on sale).").arg(reply->show.title));
                                     Q_EMIT self->answered(true);
                                 });
}

QMenu *ProgrammePage::showMenu(const QString &showId)
{
    const Show *show = findShow(showId);
    if (!show)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ShowStatus status = show->status;
    const bool cancelled = status == ShowStatus::Cancelled;
    menu->addAction(tr("Put on &sale"), this, [this, showId] { setShowStatus(showId, ShowStatus::OnSale); })
        ->setEnabled(status == ShowStatus::Scheduled);
    menu->addAction(tr("&Close sales"), this, [this, showId] { setShowStatus(showId, ShowStatus::SalesClosed); })
        ->setEnabled(status == ShowStatus::OnSale);
    menu->addAction(tr("&Reopen sales"), this, [this, showId] { setShowStatus(showId, ShowStatus::OnSale); })
        ->setEnabled(status == ShowStatus::SalesClosed);
    menu->addSeparator();
    menu->addAction(tr("&Edit…"), this, [this, showId] { editShow(showId); })->setEnabled(!cancelled);
    menu->addAction(tr("C&opy…"), this, [this, showId] { copyShow(showId); })->setEnabled(!cancelled);
    menu->addSeparator();
    menu->addAction(tr("Cancel show…"), this, [this, showId] { cancelShow(showId); })->setEnabled(!cancelled);
    return menu;
}

// Sends what a show dialog asks for (schedule_show or update_show): a refusal is shown at the
// dialog's field and on the page; an answer closes the dialog, puts the show on the grid and
// says so (`done`).
template <typename Request>
void ProgrammePage::sendShowDialog(ShowDialog *dialog, const Request &request, const std::function<void(const Show &)> &done)
{
    m_connection->ask<ShowReply>(request, [self = QPointer<ProgrammePage>(this), guard = QPointer<ShowDialog>(dialog),
                                           done](const ShowReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            if (guard)
                guard->showError(*error);
            self->refused(*error);
            return;
        }
        if (guard)
            guard->accept();
        self->putShow(reply->show);
        done(reply->show);
        Q_EMIT self->answered(true);
    });
}

void ProgrammePage::newShow(const QString &auditoriumId, const QDateTime &start)
{
    const VenueSummary *v = venue();
    if (!v)
        return;
    auto *dialog = new ShowDialog(m_connection, *v, m_titles, currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_showDialog = dialog;
    if (!auditoriumId.isEmpty())
        dialog->setAuditorium(auditoriumId);
    if (start.isValid())
        dialog->setStart(start);
    connect(dialog, &ShowDialog::submitted, this, [this, dialog] {
        sendShowDialog(dialog, dialog->scheduleRequest(), [this](const Show &show) {
            m_scene->selectShow(show.id);
            m_status->setText(tr("%1 scheduled for %2.").arg(show.title, when(show.start, m_scene->timeZone())));
        });
    });
    dialog->open();
}

void ProgrammePage::editShow(const QString &showId)
{
    const Show *show = findShow(showId);
    const VenueSummary *v = venue();
    if (!show || !v || show->status == ShowStatus::Cancelled)
        return;
    auto *dialog = new ShowDialog(m_connection, *v, *show, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_showDialog = dialog;
    connect(dialog, &ShowDialog::submitted, this, [this, dialog] {
        sendShowDialog(dialog, dialog->updateRequest(),
                       [this](const Show &saved) { m_status->setText(tr("%1 saved.").arg(saved.title)); });
    });
    dialog->open();
}

void ProgrammePage::cancelShow(const QString &showId)
{
    const Show *show = findShow(showId);
    if (!show || show->status == ShowStatus::Cancelled)
        return;
    auto *dialog = new CancelShowDialog(*show, m_scene->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelDialog = dialog;
    const Show copy = *show;
    connect(dialog, &CancelShowDialog::submitted, this, [this, dialog, copy] { sendCancel(copy, dialog); });
    dialog->open();
}

void ProgrammePage::sendCancel(const Show &show, CancelShowDialog *dialog)
{
    QPointer<CancelShowDialog> guard(dialog);
    const QString reason = dialog->reason();
    m_connection->ask<CancelShowReply>(
        CancelShowRequest { show.id, reason },
        [self = QPointer<ProgrammePage>(this), guard, show, reason](const CancelShowReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                if (guard)
                    guard->showError(*error);
                self->refused(*error);
                return;
            }
            if (guard)
                guard->accept();
            Show cancelled = show;
            cancelled.status = ShowStatus::Cancelled;
            self->putShow(cancelled);
            self->m_status->setText(tr("%1 is cancelled.").arg(show.title));
            self->openRefunds(show, *reply, reason);
            Q_EMIT self->answered(true);
        });
}

void ProgrammePage::openRefunds(const Show &show, const CancelShowReply &cancelled, const QString &reason)
{
    auto *dialog = new RefundShowDialog(show, m_scene->timeZone(), cancelled, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_refundDialog = dialog;
    const QString showId = show.id;
    connect(dialog, &RefundShowDialog::submitted, this, [this, dialog, showId] {
        QPointer<RefundShowDialog> guard(dialog);
        m_connection->ask<RefundShowReply>(
            RefundShowRequest { showId, dialog->reason() },
            [self = QPointer<ProgrammePage>(this), guard](const RefundShowReply *reply, const ErrorMessage *error) {
                if (!self)
                    return;
                if (error) {
                    if (guard)
                        guard->showError(*error);
                    self->refused(*error);
                    return;
                }
                if (guard)
                    guard->showRefunded(*reply);
                self->m_status->setText(tr("%n sale(s) refunded, %1 in all.", nullptr, int(reply->refunds.size()))
                                            .arg(formatMoney(reply->total)));
                self->loadWeek();
                Q_EMIT self->answered(true);
            });
    });
    dialog->open();
}

void ProgrammePage::copyDay()
{
    QDate day = m_date->date();
    if (const Show *show = findShow(m_scene->selectedShowId()))
        day = m_scene->eveningOf(show->start);
    openCopy(int(CopyShowsDialog::Span::Day), day, std::nullopt);
}

void ProgrammePage::copyWeek()
{
    openCopy(int(CopyShowsDialog::Span::Week), monday(), std::nullopt);
}

void ProgrammePage::copyShow(const QString &showId)
{
    const Show *show = findShow(showId);
    if (!show)
        return;
    openCopy(int(CopyShowsDialog::Span::Day), m_scene->eveningOf(show->start), CopiedShow { show->auditoriumId, show->start });
}

void ProgrammePage::openCopy(int span, const QDate &source, const std::optional<CopiedShow> &only)
{
    const VenueSummary *v = venue();
    if (!v)
        return;
    QStringList venueAuditoriums;
    for (const AuditoriumSummary &a : v->auditoriums)
        venueAuditoriums.append(a.id);
    auto *dialog = new CopyShowsDialog(CopyShowsDialog::Span(span), source, only.has_value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_copyDialog = dialog;
    // Only this venue's auditoriums: the grid shows one venue.
    const QStringList which = only ? QStringList { only->auditoriumId } : venueAuditoriums;
    connect(dialog, &CopyShowsDialog::submitted, this, [this, dialog, only, which] {
        const QDate first = dialog->source();
        const QDate after = first.addDays(dialog->span() == CopyShowsDialog::Span::Week ? 7 : 1);
        CopyShowsRequest request;
        request.auditoriumIds = which;
        request.from = (only ? only->start : m_scene->dayBegins(first)).toUTC();
        request.to = (only ? only->start.addSecs(1) : m_scene->dayBegins(after)).toUTC();
        request.shiftDays = dialog->shiftDays();
        QPointer<CopyShowsDialog> guard(dialog);
        m_connection->ask<CopyShowsReply>(request, [self = QPointer<ProgrammePage>(this), guard](
                                                       const CopyShowsReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                const QJsonArray inTheWay = error->details.value(QLatin1String("showIds")).toArray();
                const QString text = error->code == ErrorCode::ShowClash && !inTheWay.isEmpty()
                    ? tr("Nothing was copied: the copies would clash with %1.").arg(self->namesOf(inTheWay))
                    : ProgrammeErrors::text(*error);
                if (guard)
                    guard->showError(text);
                self->refused(*error);
                return;
            }
            if (reply->shows.isEmpty() && guard) {
                // Nothing there to copy: said in the dialog, which stays for another choice.
                guard->showError(tr("There is no show to copy from %1.").arg(formatDate(guard->source())));
                Q_EMIT self->answered(false);
                return;
            }
            if (guard)
                guard->accept();
            for (const Show &show : reply->shows)
                self->m_seen.insert(show.id, show);
            self->m_status->setText(tr("%n show(s) copied.", nullptr, int(reply->shows.size())));
            self->loadWeek();
            Q_EMIT self->answered(true);
        });
    });
    dialog->open();
}

void ProgrammePage::venueSettings()
{
    const VenueSummary *v = venue();
    if (!v)
        return;
    auto *dialog = new VenueSettingsDialog(v->name, cleaningGapMinutes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNoOrphanSeats(m_noOrphans.value(v->id, v->noOrphanSeats.value_or(false)));
    m_venueDialog = dialog;
    const QString id = v->id;
    connect(dialog, &VenueSettingsDialog::submitted, this, [this, dialog, id] {
        UpdateVenueRequest request;
        request.venueId = id;
        request.cleaningGapMinutes = dialog->cleaningGapMinutes();
        request.noOrphanSeats = dialog->noOrphanSeats();
        if (!dialog->timezone().isEmpty())
            request.timezone = dialog->timezone();
        QPointer<VenueSettingsDialog> guard(dialog);
        m_connection->ask<UpdateVenueReply>(request, [self = QPointer<ProgrammePage>(this), guard](
                                                         const UpdateVenueReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                if (guard)
                    guard->showError(*error);
                self->refused(*error);
                return;
            }
            if (guard)
                guard->accept();
            self->m_gaps.insert(reply->venueId, reply->cleaningGapMinutes);
            if (reply->noOrphanSeats)
                self->m_noOrphans.insert(reply->venueId, *reply->noOrphanSeats);
            if (reply->venueId == self->venueId())
                self->m_scene->setCleaningGapMinutes(reply->cleaningGapMinutes);
            self->m_status->setText(tr("Cleaning gap %n minute(s), time zone %1.", nullptr, int(reply->cleaningGapMinutes))
                                        .arg(reply->timezone));
            Q_EMIT self->answered(true);
        });
    });
    dialog->open();
}

} // namespace Marquee
