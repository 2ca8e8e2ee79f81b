#include "doorwindow.h"

#include "changepassworddialog.h"
#include "connectionbanner.h"
#include "doorshows.h"
#include "formatting.h"
#include "serverconnection.h"

#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QShowEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

const QString showSetting = QStringLiteral("door/show");   // a show id; empty: any show today
const QString soundSetting = QStringLiteral("door/sound"); // beeps on or off
constexpr int recentRows = 50;
constexpr int beepGapMs = 220;

QFont pixelFont(int pixels, bool bold)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QLabel *bigLabel(int pixels, bool bold)
{
    auto *label = new QLabel;
    label->setFont(pixelFont(pixels, bold));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

// Colours that read at a glance and are told apart by more than hue: each answer has its own
// symbol and words too.
struct Colours
{
    const char *background;
    const char *text;
};

Colours coloursOf(DoorWindow::Look look)
{
    switch (look) {
    case DoorWindow::Look::Admit:
        return {"#1b7a35", "#ffffff"};
    case DoorWindow::Look::Refused:
        return {"#b3261e", "#ffffff"};
    case DoorWindow::Look::Waiting:
        return {"#8a5a00", "#ffffff"};
    case DoorWindow::Look::Problem:
        return {"#4a4f57", "#ffffff"};
    case DoorWindow::Look::Ready:
        break;
    }
    return {"#23272e", "#e8eaed"};
}

QString symbolOf(DoorWindow::Look look)
{
    switch (look) {
    case DoorWindow::Look::Admit:
        return QString(QChar(0x2714)); // heavy check mark
    case DoorWindow::Look::Refused:
        return QString(QChar(0x2716)); // heavy multiplication x
    case DoorWindow::Look::Waiting:
        return QString(QChar(0x231B)); // hourglass
    case DoorWindow::Look::Problem:
        return QStringLiteral("!");
    case DoorWindow::Look::Ready:
        break;
    }
    return {};
}

} // namespace

DoorWindow::DoorWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_scanner(new DoorScanner(connection, this))
    , m_shows(new DoorShows(connection, this))
    , m_banner(new ConnectionBanner(connection))
    , m_chooser(new QComboBox)
    , m_count(new QLabel)
    , m_verdict(new QFrame)
    , m_symbol(bigLabel(96, true))
    , m_headline(bigLabel(88, true))
    , m_place(bigLabel(60, true))
    , m_detail(bigLabel(40, false))
    , m_small(bigLabel(24, false))
    , m_input(new QLineEdit)
    , m_waiting(new QLabel)
    , m_recent(new QListWidget)
{
    setWindowTitle(tr("Marquee door"));
    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 12, 16, 12);
    body->setSpacing(12);
    column->addLayout(body, 1);

    auto *top = new QHBoxLayout;
    auto *admitting = new QLabel(tr("Admitting for:"));
    admitting->setFont(pixelFont(22, false));
    top->addWidget(admitting);
    m_chooser->setObjectName(QStringLiteral("doorShow"));
    m_chooser->setFont(pixelFont(22, false));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    top->addWidget(m_chooser);
    top->addStretch(1);
    m_count->setObjectName(QStringLiteral("admittedCount"));
    m_count->setFont(pixelFont(34, true));
    top->addWidget(m_count);
    body->addLayout(top);

    m_verdict->setObjectName(QStringLiteral("verdict"));
    auto *verdict = new QVBoxLayout(m_verdict);
    verdict->setContentsMargins(24, 16, 24, 16);
    verdict->addStretch(1);
    auto *headlineRow = new QHBoxLayout;
    headlineRow->setSpacing(28);
    headlineRow->addStretch(1);
    headlineRow->addWidget(m_symbol);
    headlineRow->addWidget(m_headline);
    headlineRow->addStretch(1);
    m_headline->setWordWrap(false);
    verdict->addLayout(headlineRow);
    verdict->addWidget(m_place);
    verdict->addWidget(m_detail);
    verdict->addStretch(1);
    verdict->addWidget(m_small);
    body->addWidget(m_verdict, 1);

    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("&Ticket code:"));
    scanLabel->setFont(pixelFont(22, false));
    scanLabel->setBuddy(m_input);
    scanRow->addWidget(scanLabel);
    m_input->setObjectName(QStringLiteral("scanField"));
    m_input->setFont(pixelFont(26, false));
    m_input->setPlaceholderText(tr("Scan a ticket, or type its code and press Enter"));
    m_input->setClearButtonEnabled(false);
    scanRow->addWidget(m_input, 1);
    m_waiting->setObjectName(QStringLiteral("waitingScans"));
    m_waiting->setFont(pixelFont(20, true));
    m_waiting->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    scanRow->addWidget(m_waiting);
    body->addLayout(scanRow);

    m_recent->setObjectName(QStringLiteral("recentScans"));
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setFont(pixelFont(17, false));
    m_recent->setFixedHeight(5 * QFontMetrics(m_recent->font()).height() + 16);
    body->addWidget(m_recent);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change my &password…"), this, [this] { ChangePasswordDialog::run(m_connection, this); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_sound = settings->addAction(tr("&Sound"));
    m_sound->setCheckable(true);
    m_sound->setChecked(QSettings().value(soundSetting, true).toBool());
    connect(m_sound, &QAction::toggled, this, [](bool on) { QSettings().setValue(soundSetting, on); });

    connect(m_input, &QLineEdit::returnPressed, this, &DoorWindow::scanEntered);
    connect(m_scanner, &DoorScanner::scanStarted, this, &DoorWindow::scanStarted);
    connect(m_scanner, &DoorScanner::scanAnswered, this, &DoorWindow::scanAnswered);
    connect(m_scanner, &DoorScanner::waitingChanged, this, &DoorWindow::refreshWaiting);
    connect(m_shows, &DoorShows::showsChanged, this, &DoorWindow::fillChooser);
    connect(m_shows, &DoorShows::countChanged, this, &DoorWindow::refreshCount);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &DoorWindow::chooserChanged);
    connect(m_connection, &ServerConnection::stateChanged, this, [this] {
        refreshWaiting();
        if (m_look == Look::Waiting)
            if (const DoorScan *scan = m_scanner->scanNumber(m_shownScan))
                showVerdict(*scan);
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { keepFocus(now); });
    // The banner's buttons are for the mouse: the keyboard (the scanner) stays in the scan field.
    for (QPushButton *button : m_banner->findChildren<QPushButton *>())
        button->setFocusPolicy(Qt::NoFocus);

    const QString saved = QSettings().value(showSetting).toString();
    const std::optional<QString> show = saved.isEmpty() ? std::nullopt : std::optional(saved);
    m_scanner->setShow(show);
    m_shows->setDoorShow(show);
    fillChooser();
    refreshCount();
    refreshWaiting();
    setLook(Look::Ready, tr("Ready"), tr("Scan a ticket"), QString(), QString());
    m_input->setFocus();
    resize(1100, 760);
}

DoorWindow::~DoorWindow() = default;

void DoorWindow::start()
{
    statusBar()->showMessage(tr("Door %1, signed in as %2").arg(m_connection->terminalId(), m_connection->session().user.name));
    m_shows->refresh();
}

void DoorWindow::setDoorShow(const std::optional<QString> &showId)
{
    QSettings().setValue(showSetting, showId.value_or(QString()));
    m_scanner->setShow(showId);
    m_shows->setDoorShow(showId);
    fillChooser();
    refreshCount();
}

std::optional<QString> DoorWindow::doorShow() const
{
    return m_scanner->show();
}

QString DoorWindow::headline() const
{
    return m_headline->text();
}

QString DoorWindow::placeText() const
{
    return m_place->text();
}

QString DoorWindow::detailText() const
{
    return m_detail->text();
}

QString DoorWindow::countText() const
{
    return m_count->text();
}

int DoorWindow::recentCount() const
{
    return m_recent->count();
}

QString DoorWindow::recentText(int row) const
{
    const QListWidgetItem *item = m_recent->item(row);
    return item ? item->text() : QString();
}

void DoorWindow::setSoundOn(bool on)
{
    m_sound->setChecked(on);
}

bool DoorWindow::isSoundOn() const
{
    return m_sound->isChecked();
}

void DoorWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_input->setFocus();
}

void DoorWindow::keepFocus(QWidget *now)
{
    // Whatever takes the focus inside this window gives it back to the scan field: a scanner types
    // wherever the focus is. Dialogs and popups (other windows) keep theirs.
    if (!now || now == m_input || now->window() != this)
        return;
    QTimer::singleShot(0, m_input, [input = m_input] { input->setFocus(); });
}

void DoorWindow::scanEntered()
{
    const QString text = m_input->text();
    m_input->clear(); // ready for the next scan at once
    m_scanner->scan(text);
}

void DoorWindow::scanStarted(const DoorScan &scan)
{
    m_shownScan = scan.number;
    refreshRecent(scan);
    showVerdict(scan);
}

void DoorWindow::scanAnswered(const DoorScan &scan)
{
    if (scan.ticket && scan.ticket->admissions)
        m_shows->takeCount(scan.ticket->showId, *scan.ticket->admissions);
    refreshRecent(scan);
    // A later scan has replaced this one on the screen: its answer is in the list below.
    if (scan.number != m_shownScan)
        return;
    showVerdict(scan);
    beep(scan.outcome == DoorScan::Outcome::Admitted ? 1 : 3);
}

QString DoorWindow::venueTime(const QDateTime &moment) const
{
    const QDateTime local = moment.toTimeZone(m_shows->zone());
    if (local.date() == m_shows->today())
        return formatTime(local.time());
    return formatWallClock(local);
}

void DoorWindow::showVerdict(const DoorScan &scan)
{
    const std::optional<VerifyTicketReply> &t = scan.ticket;
    QString seat;
    QStringList about; // the ticket type and the section
    QString show;      // "Metropolis 19:30"
    if (t) {
        if (t->place)
            seat = tr("Row %1, seat %2").arg(t->place->row, t->place->seat);
        else if (!t->ticket.seatId.isEmpty())
            seat = tr("Seat %1").arg(t->ticket.seatId);
        if (t->ticket.ticketTypeName && !t->ticket.ticketTypeName->isEmpty())
            about << *t->ticket.ticketTypeName;
        if (t->place && !t->place->section.isEmpty())
            about << t->place->section;
        if (t->title && t->start) {
            const QDateTime start = t->start->toTimeZone(m_shows->zone());
            show = start.date() == m_shows->today()
                ? tr("%1 at %2").arg(*t->title, formatTime(start.time()))
                : tr("%1 on %2 at %3").arg(*t->title, formatDate(start.date()), formatTime(start.time()));
        }
        else if (t->title)
            show = *t->title;
    }
    const QString middle = QStringLiteral(" \u00b7 ");
    const QString small = show.isEmpty() ? scan.code : scan.code + middle + show;
    switch (scan.outcome) {
    case DoorScan::Outcome::Waiting:
        setLook(Look::Waiting, tr("Checking…"), scan.code,
                m_connection->state() != ServerConnection::State::Connected
                    ? tr("The server cannot be reached: the scan goes as soon as it is back.")
                : !m_connection->isSignedIn() ? tr("Not signed in: the scan goes once someone signs in.")
                                              : QString(),
                QString());
        return;
    case DoorScan::Outcome::Admitted:
        setLook(Look::Admit, tr("Admit"), seat, about.join(middle), small);
        return;
    case DoorScan::Outcome::AlreadyAdmitted: {
        QString when;
        if (t && t->admittedAt) {
            when = t->admittedBy ? tr("at %1 (%2)").arg(venueTime(*t->admittedAt), *t->admittedBy)
                                 : tr("at %1").arg(venueTime(*t->admittedAt));
        }
        QStringList rest;
        if (!seat.isEmpty())
            rest << seat;
        rest << about;
        setLook(Look::Refused, tr("Already admitted"), when, rest.join(middle), small);
        return;
    }
    case DoorScan::Outcome::Refunded:
        setLook(Look::Refused, tr("Refunded"), tr("This ticket was refunded."), seat, small);
        return;
    case DoorScan::Outcome::WrongShow:
        setLook(Look::Refused, tr("Wrong show"), show.isEmpty() ? tr("The ticket is for another show.") : show, seat, scan.code);
        return;
    case DoorScan::Outcome::ShowCancelled:
        setLook(Look::Refused, tr("Show cancelled"), show, seat, scan.code);
        return;
    case DoorScan::Outcome::Unknown:
        setLook(Look::Refused, tr("Unknown ticket"),
                scan.requestId.isEmpty() ? scan.message : tr("No ticket has this code."),
                QString(), scan.code);
        return;
    case DoorScan::Outcome::Problem:
        break;
    }
    QString why;
    switch (scan.error) {
    case ErrorCode::Forbidden:
        why = tr("This user may not admit tickets: sign in as a cashier, manager or admin.");
        break;
    case ErrorCode::NotFound:
        why = tr("The door's show no longer exists: choose another show.");
        break;
    case ErrorCode::Unauthenticated:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid:
        why = tr("Signed out: sign in again, then scan the ticket again.");
        break;
    default:
        why = scan.message;
        break;
    }
    setLook(Look::Problem, tr("Not checked"), why, tr("Check the ticket by hand, or scan it again."), scan.code);
}

void DoorWindow::setLook(Look look, const QString &headline, const QString &place, const QString &detail, const QString &small)
{
    m_look = look;
    const Colours colours = coloursOf(look);
    m_verdict->setStyleSheet(QStringLiteral("QFrame#verdict { background: %1; border-radius: 14px; } QFrame#verdict QLabel { color: %2; }")
                                 .arg(QLatin1String(colours.background), QLatin1String(colours.text)));
    m_verdict->setProperty("look", int(look));
    m_symbol->setText(symbolOf(look));
    m_symbol->setVisible(!m_symbol->text().isEmpty());
    m_headline->setText(headline);
    // Long refusals in a language with long words still fit: the headline shrinks a little.
    m_headline->setFont(pixelFont(headline.size() > 16 ? 64 : 88, true));
    m_place->setText(place);
    m_detail->setText(detail);
    m_small->setText(small);
}

void DoorWindow::fillChooser()
{
    m_filling = true;
    m_chooser->clear();
    m_chooser->addItem(tr("Any show today"), QString());
    const std::optional<QString> current = m_scanner->show();
    bool listed = false;
    for (const Show &show : m_shows->shows()) {
        const QString auditorium = m_shows->auditoriumName(show.auditoriumId);
        QString text = QStringLiteral("%1  %2").arg(venueTime(show.start), show.title);
        if (!auditorium.isEmpty())
            text = QStringLiteral("%1 (%2)").arg(text, auditorium);
        m_chooser->addItem(text, show.id);
        listed = listed || (current && *current == show.id);
    }
    if (current && !listed) {
        if (m_shows->isLoaded()) {
            // A show of another day (remembered from yesterday) or one cancelled since: any show
            // of today's until the usher chooses.
            m_filling = false;
            setDoorShow(std::nullopt);
            return;
        }
        m_chooser->addItem(tr("Show %1").arg(*current), *current);
    }
    const int index = m_chooser->findData(current.value_or(QString()));
    m_chooser->setCurrentIndex(std::max(0, index));
    m_filling = false;
}

void DoorWindow::chooserChanged()
{
    if (m_filling)
        return;
    const QString showId = m_chooser->currentData().toString();
    setDoorShow(showId.isEmpty() ? std::nullopt : std::optional(showId));
    m_input->setFocus();
}

void DoorWindow::refreshCount()
{
    const std::optional<AdmissionCount> count = m_shows->count();
    if (!count) {
        m_count->setText(tr("Counting…"));
        return;
    }
    const QLocale locale;
    const QString admitted = locale.toString(count->admitted);
    const QString tickets = locale.toString(count->tickets);
    m_count->setText(m_shows->doorShow() ? tr("%1 of %2 admitted").arg(admitted, tickets)
                                         : tr("%1 of %2 admitted today").arg(admitted, tickets));
}

void DoorWindow::refreshWaiting()
{
    const int waiting = m_scanner->waiting();
    const bool offline = m_connection->state() != ServerConnection::State::Connected;
    m_waiting->setVisible(waiting > 0 && offline);
    m_waiting->setText(tr("%n scan(s) waiting for the server", nullptr, waiting));
}

QString DoorWindow::summary(const DoorScan &scan) const
{
    switch (scan.outcome) {
    case DoorScan::Outcome::Waiting:
        return tr("waiting for the server");
    case DoorScan::Outcome::Admitted:
        if (scan.ticket && scan.ticket->place)
            return tr("admitted, row %1, seat %2").arg(scan.ticket->place->row, scan.ticket->place->seat);
        return tr("admitted");
    case DoorScan::Outcome::AlreadyAdmitted:
        if (scan.ticket && scan.ticket->admittedAt)
            return tr("already admitted at %1").arg(venueTime(*scan.ticket->admittedAt));
        return tr("already admitted");
    case DoorScan::Outcome::Refunded:
        return tr("refunded");
    case DoorScan::Outcome::WrongShow:
        return tr("wrong show");
    case DoorScan::Outcome::ShowCancelled:
        return tr("show cancelled");
    case DoorScan::Outcome::Unknown:
        return tr("unknown ticket");
    case DoorScan::Outcome::Problem:
        break;
    }
    return tr("not checked");
}

QString DoorWindow::describe(const DoorScan &scan) const
{
    // The venue's wall clock, as every other time on the door.
    return QStringLiteral("%1  %2  %3").arg(venueTime(scan.scannedAt), scan.code, summary(scan));
}

void DoorWindow::refreshRecent(const DoorScan &scan)
{
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < m_recent->count() && !item; ++row) {
        if (m_recent->item(row)->data(Qt::UserRole).toInt() == scan.number)
            item = m_recent->item(row);
    }
    if (!item) {
        item = new QListWidgetItem;
        item->setData(Qt::UserRole, scan.number);
        m_recent->insertItem(0, item);
        while (m_recent->count() > recentRows)
            delete m_recent->takeItem(m_recent->count() - 1);
    }
    item->setText(describe(scan));
    const QColor colour = scan.outcome == DoorScan::Outcome::Admitted ? QColor(0x1b, 0x7a, 0x35)
        : scan.outcome == DoorScan::Outcome::Waiting                   ? QColor(0x8a, 0x5a, 0x00)
        : scan.outcome == DoorScan::Outcome::Problem                   ? QColor(0x4a, 0x4f, 0x57)
                                                                       : QColor(0xb3, 0x26, 0x1e);
    item->setForeground(colour);
}

void DoorWindow::beep(int times)
{
    Q_EMIT sounded(times);
    if (!isSoundOn())
        return;
    QApplication::beep();
    for (int i = 1; i < times; ++i)
        QTimer::singleShot(i * beepGapMs, this, [] { QApplication::beep(); });
}

} // namespace Marquee
