#include "seatspage.h"

#include "formatting.h"
#include "liveseatmap.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"

#include <QtCore/QTimeZone>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

enum Column { SeatColumn, KindColumn, NoteColumn, ColumnCount };

QString kindText(const SeatState &state)
{
    switch (state.block.value_or(SeatBlock::Layout)) {
    case SeatBlock::House:
        return SeatsPage::tr("House seat");
    case SeatBlock::Blocked:
        return SeatsPage::tr("Blocked");
    case SeatBlock::Layout:
        break;
    }
    return SeatsPage::tr("Blocked in the layout");
}

} // namespace

SeatsPage::SeatsPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_venue(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_show(new QComboBox(this))
    , m_scene(new SeatMapScene(this))
    , m_view(new SeatMapView(this))
    , m_live(new LiveSeatMap(connection, nullptr, m_scene, this))
    , m_block(new QPushButton(tr("&Block…"), this))
    , m_house(new QPushButton(tr("&House seats…"), this))
    , m_release(new QPushButton(tr("&Release"), this))
    , m_blocked(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
{
    m_venue->setObjectName(QStringLiteral("venue"));
    m_show->setObjectName(QStringLiteral("show"));
    m_date->setCalendarPopup(true);
    m_view->setSeatMapScene(m_scene);
    m_scene->setOwnTerminalId(connection->terminalId());
    m_scene->setBlockedSeatsSelectable(true);
    m_blocked->setObjectName(QStringLiteral("blockedSeats"));
    m_blocked->setHorizontalHeaderLabels({ tr("Seat"), tr("Kind"), tr("Note") });
    m_blocked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blocked->verticalHeader()->hide();
    m_blocked->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_block->setToolTip(tr("Block the selected seats for this show (a camera, a broken seat)"));
    m_house->setToolTip(tr("Keep the selected seats as house seats, with a note"));
    m_release->setToolTip(tr("Release the selected blocked or house seats for sale"));
    auto *reload = new QPushButton(tr("Re&fresh"), this);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Venue:"), this));
    pick->addWidget(m_venue);
    pick->addWidget(new QLabel(tr("Day:"), this));
    pick->addWidget(m_date);
    pick->addWidget(new QLabel(tr("Show:"), this));
    pick->addWidget(m_show, 1);
    pick->addWidget(reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_block);
    buttons->addWidget(m_house);
    buttons->addWidget(m_release);
    buttons->addStretch(1);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Blocked and house seats of this show:"), side));
    sideLayout->addWidget(m_blocked, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The map is what the page is for: it starts with most of the width (3:2), never squeezed.
    m_view->setMinimumWidth(320);
    splitter->setSizes({ 3000, 2000 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(reload, &QPushButton::clicked, this, &SeatsPage::refresh);
    // Another venue may be in another time zone: its day's shows are asked for again.
    connect(m_venue, &QComboBox::currentIndexChanged, this, &SeatsPage::loadShows);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_followsToday = false; // a day chosen
        loadShows();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, &SeatsPage::openShow);
    connect(m_block, &QPushButton::clicked, this, [this] { askNote(SeatBlock::Blocked); });
    connect(m_house, &QPushButton::clicked, this, [this] { askNote(SeatBlock::House); });
    connect(m_release, &QPushButton::clicked, this, &SeatsPage::releaseSelected);
    connect(m_scene, &SeatMapScene::selectedSeatsChanged, this, &SeatsPage::updateButtons);
    connect(m_live, &LiveSeatMap::layoutDrawn, m_view, &SeatMapView::fitAll);
    connect(m_live, &LiveSeatMap::mapReset, this, &SeatsPage::updateBlockedList);
    connect(m_live, &LiveSeatMap::seatsChanged, this, &SeatsPage::updateBlockedList);
    connect(m_live, &LiveSeatMap::layoutFailed, this,
            [this](const QString &, const QString &message) { setStatus(message, true); });
    // New or changed shows of any terminal appear in the list.
    m_connection->watchShows();
    connect(m_connection, &ServerConnection::showsChanged, this, [this] {
        if (m_loaded)
            loadShows();
    });
    connect(m_connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
    updateButtons();
}

SeatsPage::~SeatsPage() = default;

void SeatsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

void SeatsPage::refresh()
{
    m_loaded = true;
    loadVenues();
    loadShows();
}

void SeatsPage::setDate(const QDate &date)
{
    m_followsToday = false;
    m_date->setDate(date);
}

void SeatsPage::loadVenues()
{
    m_connection->call<ListVenuesReply>(ListVenuesRequest {}, [this](const Result<ListVenuesReply> &reply) {
        if (!reply) {
            setStatus(tr("The venues could not be read: %1").arg(reply.error().message), true);
            return;
        }
        m_venues = reply->venues;
        const QString current = m_venue->currentData().toString();
        const QSignalBlocker blocker(m_venue);
        m_venue->clear();
        for (const VenueSummary &venue : std::as_const(m_venues))
            m_venue->addItem(venue.name, venue.id);
        m_venue->setCurrentIndex(std::max(0, m_venue->findData(current)));
        if (m_followsToday) {
            const QSignalBlocker dateBlocker(m_date);
            m_date->setDate(todayIn(venueZone())); // the venue's today
        }
        loadShows(); // in the venue's time zone, now known
    });
}

QTimeZone SeatsPage::venueZone() const
{
    const QString venueId = m_venue->currentData().toString();
    for (const VenueSummary &venue : m_venues) {
        if (venue.id == venueId)
            return Marquee::venueZone(venue.timezone.value_or(QString()));
    }
    return QTimeZone::systemTimeZone(); // before the venues arrived
}

void SeatsPage::loadShows()
{
    ListShowsRequest request;
    const QDate day = m_date->date();
    const QTimeZone zone = venueZone();
    request.from = QDateTime(day, QTime(0, 0), zone).toUTC();
    request.to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    m_connection->call<ListShowsReply>(request, [this, day, zone](const Result<ListShowsReply> &reply) {
        if (day != m_date->date() || zone != venueZone())
            return;
        if (!reply) {
            setStatus(tr("The shows could not be read: %1").arg(reply.error().message), true);
            return;
        }
        m_shows = reply->shows;
        fillShows();
    });
}

void SeatsPage::fillShows()
{
    QHash<QString, QString> halls; // of the chosen venue: id -> name
    const QString venueId = m_venue->currentData().toString();
    for (const VenueSummary &venue : std::as_const(m_venues)) {
        if (venue.id != venueId)
            continue;
        for (const AuditoriumSummary &a : venue.auditoriums)
            halls.insert(a.id, a.name);
    }
    const QString current = m_live->showId();
    {
        const QSignalBlocker blocker(m_show);
        m_show->clear();
        for (const Show &show : std::as_const(m_shows)) {
            if (!halls.contains(show.auditoriumId))
                continue;
            QString text = tr("%1 · %2 · %3").arg(formatTime(show.start.toTimeZone(venueZone()).time()), show.title,
                                                  halls.value(show.auditoriumId));
            if (show.status == ShowStatus::Cancelled)
                text = tr("%1 (cancelled)").arg(text);
            m_show->addItem(text, show.id);
        }
        m_show->setCurrentIndex(m_show->findData(current));
    }
    if (m_show->currentIndex() < 0 && m_show->count() > 0)
        m_show->setCurrentIndex(0); // opens it
    else if (m_show->count() == 0)
        openShow(-1);
    Q_EMIT showsLoaded();
}

bool SeatsPage::selectShow(const QString &showId)
{
    const int index = m_show->findData(showId);
    if (index < 0)
        return false;
    m_show->setCurrentIndex(index);
    return true;
}

QString SeatsPage::currentShowId() const
{
    return m_live->showId();
}

QStringList SeatsPage::listedShowIds() const
{
    QStringList ids;
    for (int i = 0; i < m_show->count(); ++i)
        ids.append(m_show->itemData(i).toString());
    return ids;
}

void SeatsPage::openShow(int index)
{
    const QString id = index >= 0 ? m_show->itemData(index).toString() : QString();
    if (id == m_live->showId())
        return;
    Show show;
    for (const Show &s : std::as_const(m_shows)) {
        if (s.id == id)
            show = s;
    }
    m_live->setShow(show);
    updateBlockedList();
    updateButtons();
}

void SeatsPage::askNote(SeatBlock kind)
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, kind == SeatBlock::House ? tr("House seats") : tr("Block seats"),
        kind == SeatBlock::House ? tr("Note (who the seats are kept for):") : tr("Note (why they are blocked, optional):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString trimmed = note.trimmed();
    blockSelected(kind, trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed.left(MaxBlockNoteLength)));
}

void SeatsPage::blockSelected(SeatBlock kind, const std::optional<QString> &note)
{
    QStringList seats;
    for (const QString &id : m_scene->selectedSeatIds()) {
        if (m_scene->seatState(id) == SeatVisualState::Available)
            seats.append(id);
    }
    if (seats.isEmpty() || m_live->showId().isEmpty()) {
        setStatus(tr("Select available seats first."), true);
        return;
    }
    m_busy = true;
    updateButtons();
    setStatus(tr("Blocking %n seat(s)…", nullptr, int(seats.size())), false);
    const BlockSeatsRequest request { m_live->showId(), seats, kind, note };
    m_connection->ask<BlockSeatsReply>(request, [this, kind](const BlockSeatsReply *reply, const ErrorMessage *error) {
        m_busy = false;
        if (reply) {
            m_scene->clearSeatSelection();
            setStatus(kind == SeatBlock::House ? tr("%n house seat(s) kept.", nullptr, int(reply->seatIds.size()))
                                               : tr("%n seat(s) blocked.", nullptr, int(reply->seatIds.size())),
                      false);
        } else {
            setStatus(error->code == ErrorCode::SeatUnavailable
                          ? tr("Some seats are held, sold or blocked meanwhile; nothing was blocked.")
                          : tr("Not blocked: %1").arg(error->message),
                      true);
        }
        updateButtons();
        Q_EMIT requestFinished(reply != nullptr);
    });
}

void SeatsPage::releaseSelected()
{
    QStringList seats;
    for (const QString &id : m_scene->selectedSeatIds()) {
        const SeatVisualState state = m_scene->seatState(id);
        if (state == SeatVisualState::Blocked || state == SeatVisualState::House)
            seats.append(id);
    }
    if (seats.isEmpty() || m_live->showId().isEmpty()) {
        setStatus(tr("Select blocked or house seats first."), true);
        return;
    }
    m_busy = true;
    updateButtons();
    const UnblockSeatsRequest request { m_live->showId(), seats };
    m_connection->ask<UnblockSeatsReply>(request, [this](const UnblockSeatsReply *reply, const ErrorMessage *error) {
        m_busy = false;
        if (reply) {
            m_scene->clearSeatSelection();
            setStatus(tr("%n seat(s) released for sale.", nullptr, int(reply->releasedSeatIds.size())), false);
        } else {
            setStatus(tr("Not released: %1").arg(error->message), true);
        }
        updateButtons();
        Q_EMIT requestFinished(reply != nullptr);
    });
}

QString SeatsPage::seatLabel(const QString &seatId) const
{
    const SeatRef ref = m_scene->seatLayout().findSeat(seatId);
    return ref ? tr("Row %1, seat %2").arg(ref.row->label, ref.seat->label) : seatId;
}

void SeatsPage::updateBlockedList()
{
    QList<SeatState> blocked;
    if (const LiveShow *live = m_connection->show(m_live->showId())) {
        for (const SeatState &s : live->seats) {
            if (s.status == SeatStatus::Blocked)
                blocked.append(s);
        }
    }
    // In layout order, as the map shows them.
    QHash<QString, int> order;
    for (const SeatItem *item : m_scene->seatItems())
        order.insert(item->seatId(), item->index());
    std::sort(blocked.begin(), blocked.end(), [&order](const SeatState &a, const SeatState &b) {
        return order.value(a.seatId, -1) < order.value(b.seatId, -1);
    });
    m_blocked->setRowCount(int(blocked.size()));
    for (int row = 0; row < blocked.size(); ++row) {
        const SeatState &s = blocked[row];
        m_blocked->setItem(row, SeatColumn, new QTableWidgetItem(seatLabel(s.seatId)));
        m_blocked->setItem(row, KindColumn, new QTableWidgetItem(kindText(s)));
        m_blocked->setItem(row, NoteColumn, new QTableWidgetItem(s.note.value_or(QString())));
    }
    Q_EMIT blockedSeatsChanged();
}

QStringList SeatsPage::blockedRows() const
{
    QStringList rows;
    for (int row = 0; row < m_blocked->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(m_blocked->item(row, column)->text());
        rows.append(cells.join(QStringLiteral(" · ")));
    }
    return rows;
}

void SeatsPage::updateButtons()
{
    bool available = false;
    bool blocked = false;
    for (const QString &id : m_scene->selectedSeatIds()) {
        const SeatVisualState state = m_scene->seatState(id);
        available |= state == SeatVisualState::Available;
        blocked |= state == SeatVisualState::Blocked || state == SeatVisualState::House;
    }
    m_block->setEnabled(!m_busy && available);
    m_house->setEnabled(!m_busy && available);
    m_release->setEnabled(!m_busy && blocked);
}

void SeatsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString SeatsPage::statusText() const
{
    return m_status->text();
}

} // namespace Marquee
