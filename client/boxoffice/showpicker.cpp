#include "showpicker.h"

#include "formatting.h"
#include "localcache.h"
#include "serverconnection.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QShortcut>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

QString cacheKey(QDate date)
{
    return QStringLiteral("shows:") + date.toString(Qt::ISODate);
}

} // namespace

ShowPicker::ShowPicker(ServerConnection *connection, LocalCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_search->setPlaceholderText(tr("Search title…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("showSearch"));
    m_tree->setObjectName(QStringLiteral("shows"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Time"), tr("Show"), tr("Free · Held · Sold")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_status->setObjectName(QStringLiteral("showsStatus"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(previous);
    dates->addWidget(m_date, 1);
    dates->addWidget(next);
    dates->addWidget(today);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(dates);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    connect(previous, &QToolButton::clicked, this, [this] { setDate(date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(date().addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] {
        setDate(this->today());
        m_followsToday = true;
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_followsToday = false; // a day chosen
        refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { populate(m_shows, m_stale); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_populating || !item)
            return;
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id.isEmpty() || id == m_selected)
            return;
        m_selected = id;
        Q_EMIT showSelected(id);
    });
    // Keyboard: Down in the search box goes to the list (and opens its first show when none is
    // open among the matches), Enter opens the selected or the first matching show.
    m_search->installEventFilter(this);
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ShowPicker::activateFromSearch);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!id.isEmpty())
            Q_EMIT showActivated(id);
    });
    // The counts of shows nobody here watches come from the server every few seconds.
    connect(m_refresh, &QTimer::timeout, this, &ShowPicker::refresh);
    m_refresh->start(5000);
    // The programme live: new, moved, cancelled shows as they happen, from any terminal.
    connect(m_connection, &ServerConnection::showsChanged, this, &ShowPicker::applyChanges);
    m_connection->watchShows();
    connect(m_connection, &ServerConnection::signedIn, this, [this] {
        loadVenues();
        refresh();
    });
    // Offline the list is the one last seen; connected again (a resumed session too) it is read anew.
    connect(m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state == ServerConnection::State::Connected) {
            refresh();
            if (m_stale)
                updateStatus(); // reachable now, but not current until signed in
        } else if (!m_stale && !m_shows.isEmpty()) {
            m_stale = true;
            updateStatus();
        }
    });

    // The halls and their venues' zones as last seen, even when today's shows are not cached
    // yet: the list opens on the venues' today.
    if (auto venues = m_cache->get(QStringLiteral("venues"))) {
        if (auto known = ListVenuesReply::fromJson(*venues))
            rememberVenues(known->venues);
    }
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(this->today());
    }
    loadCached();
}

void ShowPicker::loadCached()
{
    QList<Show> shows;
    if (const auto cached = m_cache->get(cacheKey(date()))) {
        if (const auto list = ListShowsReply::fromJson(*cached))
            shows = list->shows;
    }
    m_listDate = date();
    populate(shows, true);
}

ShowPicker::~ShowPicker() = default;

QDate ShowPicker::date() const
{
    return m_date->date();
}

void ShowPicker::setDate(QDate date)
{
    m_followsToday = false;
    m_date->setDate(date);
}

void ShowPicker::loadVenues()
{
    m_connection->call<ListVenuesReply>(ListVenuesRequest{}, [this](const Result<ListVenuesReply> &reply) {
        if (!reply)
            return;
        m_cache->put(QStringLiteral("venues"), reply->toJson());
        setVenues(reply->venues);
    });
}

void ShowPicker::setVenues(const QList<VenueSummary> &venues)
{
    rememberVenues(venues);
    populate(m_shows, false);
    Q_EMIT auditoriumsChanged();
    const bool moved = m_followsToday && date() != today();
    if (moved) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(today()); // today in the venues' zone, not the terminal's
    }
    if (moved || dayZone().id() != m_listZone)
        refresh(); // the day's shows were asked for in another zone's day
}

void ShowPicker::rememberVenues(const QList<VenueSummary> &venues)
{
    m_auditoriums.clear();
    m_auditoriumVenues.clear();
    m_venueNames.clear();
    m_venueZones.clear();
    for (const VenueSummary &venue : venues) {
        m_venueNames.insert(venue.id, venue.name);
        if (venue.timezone)
            m_venueZones.insert(venue.id, *venue.timezone);
        for (const AuditoriumSummary &a : venue.auditoriums) {
            m_auditoriums.insert(a.id, a.name);
            m_auditoriumVenues.insert(a.id, venue.id);
        }
    }
}

QDate ShowPicker::today() const
{
    return todayIn(dayZone());
}

QTimeZone ShowPicker::dayZone() const
{
    // The venues' day (one box office sells for one venue, or for venues in one zone; else the
    // first's); the terminal's before the venues arrived.
    return venueZone(m_venueZones.isEmpty() ? QString() : *m_venueZones.cbegin());
}

void ShowPicker::refresh()
{
    if (!m_connection->isSignedIn() || m_connection->state() != ServerConnection::State::Connected) {
        // Offline: another day shows what was seen of it.
        if (m_listDate != date())
            loadCached();
        return;
    }
    ListShowsRequest request;
    const QDate day = date();
    const QTimeZone zone = dayZone();
    m_listZone = zone.id();
    request.from = QDateTime(day, QTime(0, 0), zone).toUTC();
    request.to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    m_connection->call<ListShowsReply>(request, [this, day](const Result<ListShowsReply> &reply) {
        if (!reply || day != date())
            return;
        m_cache->put(cacheKey(day), reply->toJson());
        m_listDate = day;
        populate(reply->shows, false);
    }, 10000);
}

const Show *ShowPicker::show(const QString &showId) const
{
    for (const Show &s : m_shows) {
        if (s.id == showId)
            return &s;
    }
    return nullptr;
}

QString ShowPicker::auditoriumName(const QString &auditoriumId) const
{
    return m_auditoriums.value(auditoriumId, tr("Auditorium %1").arg(auditoriumId));
}

QString ShowPicker::venueName(const QString &auditoriumId) const
{
    return m_venueNames.value(m_auditoriumVenues.value(auditoriumId));
}

QDateTime ShowPicker::venueTime(const QDateTime &moment, const QString &auditoriumId) const
{
    return moment.toTimeZone(venueZone(m_venueZones.value(m_auditoriumVenues.value(auditoriumId))));
}

QTreeWidgetItem *ShowPicker::firstShowItem() const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->childCount() > 0)
            return group->child(0);
    }
    return nullptr;
}

void ShowPicker::activateFromSearch()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
        item = firstShowItem();
    if (!item)
        return;
    m_tree->setCurrentItem(item); // opens it (showSelected) unless it is open already
    Q_EMIT showActivated(item->data(0, Qt::UserRole).toString());
}

bool ShowPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            QTreeWidgetItem *item = m_tree->currentItem();
            if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
                item = firstShowItem();
            if (item) {
                m_tree->setCurrentItem(item);
                m_tree->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ShowPicker::describe(const Show &show) const
{
    return QStringLiteral("%1 · %2 · %3").arg(show.free).arg(show.held).arg(show.sold);
}

void ShowPicker::setCounts(const QString &showId, qint64 free, qint64 held, qint64 sold)
{
    for (Show &s : m_shows) {
        if (s.id != showId)
            continue;
        s.free = free;
        s.held = held;
        s.sold = sold;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = m_tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (group->child(j)->data(0, Qt::UserRole).toString() == showId)
                    group->child(j)->setText(2, describe(s));
            }
        }
    }
}

void ShowPicker::setLayoutVersion(const QString &showId, qint64 layoutVersion)
{
    for (Show &s : m_shows) {
        if (s.id == showId)
            s.layoutVersion = layoutVersion;
    }
}

void ShowPicker::setRefreshInterval(int ms)
{
    if (ms > 0)
        m_refresh->start(ms);
    else
        m_refresh->stop();
}

void ShowPicker::applyChanges(const ShowsChangedPush &changes)
{
    const QDate day = date();
    if (m_listDate != day)
        return; // another day is being read; its list comes whole
    const QDateTime from(day, QTime(0, 0));
    const QDateTime to(day.addDays(1), QTime(0, 0));
    QList<Show> shows = m_shows;
    bool changed = false;
    for (const QString &id : changes.removedShowIds)
        changed |= shows.removeIf([&id](const Show &s) { return s.id == id; }) > 0;
    for (const Show &show : changes.shows) {
        const bool ofThisDay = show.start >= from && show.start < to;
        const auto it = std::find_if(shows.begin(), shows.end(), [&show](const Show &s) { return s.id == show.id; });
        if (it != shows.end()) {
            if (ofThisDay)
                *it = show;
            else
                shows.erase(it);
            changed = true;
        } else if (ofThisDay) {
            shows.append(show);
            changed = true;
        }
    }
    if (!changed)
        return;
    // As list_shows orders them: by start, then by id.
    std::stable_sort(shows.begin(), shows.end(), [](const Show &a, const Show &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.id.size() != b.id.size() ? a.id.size() < b.id.size() : a.id < b.id;
    });
    m_cache->put(cacheKey(day), ListShowsReply { shows }.toJson());
    populate(shows, m_stale);
}

void ShowPicker::selectShow(const QString &showId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, Qt::UserRole).toString() == showId) {
                m_tree->setCurrentItem(group->child(j));
                return;
            }
        }
    }
}

void ShowPicker::populate(const QList<Show> &shows, bool stale)
{
    m_shows = shows;
    m_populating = true;
    m_tree->clear();
    const QString filter = m_search->text().trimmed();
    QHash<QString, QTreeWidgetItem *> groups;
    int visible = 0;
    QTreeWidgetItem *current = nullptr;
    for (const Show &show : shows) {
        if (!filter.isEmpty() && !show.title.contains(filter, Qt::CaseInsensitive))
            continue;
        QTreeWidgetItem *&group = groups[show.auditoriumId];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {auditoriumName(show.auditoriumId)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {formatTime(venueTime(show.start, show.auditoriumId).time()),
                                                 show.title, describe(show)});
        item->setData(0, Qt::UserRole, show.id);
        if (show.status != ShowStatus::OnSale)
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        if (show.status == ShowStatus::Cancelled) {
            item->setText(1, tr("%1 (cancelled)").arg(show.title));
            QFont struck = item->font(1);
            struck.setStrikeOut(true);
            item->setFont(1, struck);
        } else if (show.status == ShowStatus::SalesClosed) {
            item->setText(1, tr("%1 (sales closed)").arg(show.title));
        }
        if (show.id == m_selected)
            current = item;
        ++visible;
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    m_populating = false;
    // Nothing picked yet: start with the next show that is on sale, as a cashier would.
    if (m_selected.isEmpty() && !stale && !shows.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Show *next = nullptr;
        for (const Show &show : shows) {
            if (show.status != ShowStatus::OnSale)
                continue;
            if (!next || (next->end < now && show.end >= now))
                next = &show;
        }
        if (next)
            selectShow(next->id);
    }
    m_stale = stale;
    m_visible = visible;
    updateStatus();
    Q_EMIT showsChanged();
}

void ShowPicker::updateStatus()
{
    if (!m_stale) {
        m_status->setText(tr("%n show(s)", nullptr, m_visible));
        m_status->setStyleSheet({});
        return;
    }
    const QDateTime seen = m_cache->storedAt(cacheKey(date()));
    if (m_connection->state() == ServerConnection::State::Connected && !m_connection->isSignedIn()) {
        // Reachable, but nothing is current until someone signs in.
        m_status->setText(seen.isValid() ? tr("Not signed in: shows as last seen at %1").arg(formatDateTime(seen.toLocalTime()))
                                         : tr("Not signed in: shows as last seen"));
        m_status->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
        return;
    }
    if (m_shows.isEmpty())
        m_status->setText(tr("Offline: no shows of this day were seen on this terminal"));
    else if (seen.isValid())
        m_status->setText(tr("Offline: shows as last seen at %1").arg(formatDateTime(seen.toLocalTime())));
    else
        m_status->setText(tr("Offline: shows as last seen"));
    m_status->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
}

QString ShowPicker::statusText() const
{
    return m_status->text();
}

} // namespace Marquee
