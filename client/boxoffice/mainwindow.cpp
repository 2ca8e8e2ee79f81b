#include "mainwindow.h"

#include "basketwidget.h"
#include "bestavailable.h"
#include "changepassworddialog.h"
#include "translation.h"
#include "connectionbanner.h"
#include "elidinglabel.h"
#include "formatting.h"
#include "legendwidget.h"
#include "liveseatmap.h"
#include "localcache.h"
#include "paymentdialog.h"
#include "printersettingsdialog.h"
#include "salesdialog.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"
#include "showpicker.h"
#include "shortcutsdialog.h"
#include "ticketoutput.h"
#include "ticketrenderer.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QCloseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtCore/QTimer>
#include <QtGui/QActionGroup>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Marquee {

MainWindow::MainWindow(ServerConnection *connection, LocalCache *cache, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_picker(new ShowPicker(connection, cache, this))
    , m_scene(new SeatMapScene(this))
    , m_live(new LiveSeatMap(connection, cache, m_scene, this))
    , m_view(new SeatMapView(this))
    , m_legend(new LegendWidget(this))
    , m_basket(new BasketWidget(this))
    , m_showTitle(new ElidingLabel(this))
    , m_startedWarning(new QLabel(this))
    , m_statusWarning(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_banner(new ConnectionBanner(connection, this))
{
    setWindowTitle(tr("Marquee Box Office"));
    m_scene->setOwnTerminalId(connection->terminalId());
    m_view->setSeatMapScene(m_scene);
    m_legend->setScene(m_scene);
    m_showTitle->setObjectName(QStringLiteral("showTitle"));
    QFont titleFont = m_showTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_showTitle->setFont(titleFont);
    m_showTitle->setText(tr("Pick a show on the left"));

    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (-)"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole auditorium (0)"));
    connect(zoomIn, &QToolButton::clicked, m_view, &SeatMapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &SeatMapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &SeatMapView::fitAll);

    // "Best N": the best free seats for a party of N, chosen and held in one click.
    m_bestCount = new QSpinBox(this);
    m_bestCount->setObjectName(QStringLiteral("bestCount"));
    m_bestCount->setRange(1, BestSeatsRequest::MaxCount);
    m_bestCount->setValue(2);
    m_bestCount->setToolTip(tr("How many seats \"Best\" chooses"));
    auto *best = new QToolButton(this);
    best->setObjectName(QStringLiteral("bestButton"));
    best->setText(tr("Best"));
    best->setToolTip(tr("Choose and hold the best free seats for this many people, side by side where possible (Ctrl+B)"));
    best->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(best, &QToolButton::clicked, this, [this] { chooseBestSeats(m_bestCount->value()); });

    auto *center = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_showTitle, 1);
    header->addWidget(m_bestCount);
    header->addWidget(best);
    header->addWidget(zoomOut);
    header->addWidget(zoomIn);
    header->addWidget(fit);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(header);
    // Selling for a show that has begun is allowed, but the cashier should know.
    m_startedWarning->setObjectName(QStringLiteral("showStartedWarning"));
    m_startedWarning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_startedWarning->hide();
    centerLayout->addWidget(m_startedWarning);
    // A show cancelled or closed while the cashier has it open says so at once (shows_changed).
    m_statusWarning->setObjectName(QStringLiteral("showStatusWarning"));
    m_statusWarning->setStyleSheet(QStringLiteral("color: #ffffff; background: #a4262c; font-weight: bold; padding: 4px;"));
    m_statusWarning->hide();
    centerLayout->addWidget(m_statusWarning);
    auto *headerTimer = new QTimer(this);
    connect(headerTimer, &QTimer::timeout, this, &MainWindow::updateShowHeader);
    headerTimer->start(20000);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addWidget(m_legend);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(center);
    splitter->addWidget(m_basket);
    // A smaller window takes from the show list too, not only from the map (1024 x 768).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({300, 760, 300});
    // On a 1024x768 screen the basket keeps a usable width; it cannot be dragged away.
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setCollapsible(2, false);
    m_basket->setMinimumWidth(260);
    // The connection banner above everything while the server cannot be reached.
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(splitter, 1);
    setCentralWidget(page);
    connect(m_banner, &ConnectionBanner::signInRequested, this, &MainWindow::signInRequested);
    // A map that could not be loaded offline (nothing cached) loads once signed in.
    connect(m_connection, &ServerConnection::signedIn, m_live, &LiveSeatMap::reloadIfEmpty);

    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    buildMenus();

    connect(m_connection, &ServerConnection::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_connection, &ServerConnection::signedIn, this, [this](const SessionReply &session) {
        showSession(session);
        restoreHolds(session);
        updateConnectionState();
    });
    connect(m_connection, &ServerConnection::resumed, this, [this](const SessionReply &session) {
        showSession(session);
        restoreHolds(session);
    });
    connect(m_connection, &ServerConnection::sessionLost, this, [this] {
        statusBar()->showMessage(tr("The session ended; sign in again."));
        m_managerActions->setEnabled(false);
        Q_EMIT signInRequested();
    });
    connect(m_live, &LiveSeatMap::mapReset, this, &MainWindow::mapReset);
    connect(m_live, &LiveSeatMap::seatsChanged, this, &MainWindow::seatsChanged);
    connect(m_live, &LiveSeatMap::layoutDrawn, this, [this] {
        const Show &show = m_live->show();
        if (!show.prices.isEmpty()) // the sign-in's opening float is counted in it
            QSettings().setValue(QStringLiteral("venue/currency"), show.prices.first().price.currency().code());
        m_view->fitAll();
    });
    connect(m_live, &LiveSeatMap::layoutFailed, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_live, &LiveSeatMap::layoutVersionChanged, this, [this](const QString &showId, qint64 layoutVersion) {
        m_picker->setLayoutVersion(showId, layoutVersion);
        statusBar()->showMessage(tr("The seating plan of this show has changed; the map shows the new plan."));
    });
    connect(m_connection, &ServerConnection::noticeReceived, this, [this](const NoticePush &notice) {
        statusBar()->showMessage(notice.message, 10000);
        m_noticeShown = notice.kind == NoticeKind::ShuttingDown ? notice.message : QString();
    });
    connect(m_connection, &ServerConnection::paymentProgress, this, [this](const PaymentProgressPush &progress) {
        if (m_payment)
            m_payment->showProgress(progress);
    });
    connect(m_picker, &ShowPicker::showSelected, this, &MainWindow::showSelected);
    connect(m_picker, &ShowPicker::auditoriumsChanged, this, [this] {
        updateShowHeader();
        // The show's venue is known now: its ticket types for the basket.
        if (const Show *show = m_picker->show(m_showId); show && m_basket->ticketTypes().isEmpty())
            loadTicketTypes(*show, TypesLoad::ShowOpened);
    });
    // The open show's card or prices changed on the server (shows_changed): the basket's ticket
    // types and prices follow, and a hold's total is read again.
    connect(m_connection, &ServerConnection::showsChanged, this, [this](const ShowsChangedPush &changes) {
        for (const Show &show : changes.shows) {
            if (show.id == m_showId && show.status != ShowStatus::Cancelled)
                loadTicketTypes(show, TypesLoad::ShowChanged);
        }
    });
    connect(m_picker, &ShowPicker::showsChanged, this, &MainWindow::updateShowHeader);
    connect(m_picker, &ShowPicker::showActivated, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_scene, &SeatMapScene::selectedSeatsChanged, this, &MainWindow::updateBasket);
    connect(m_scene, &SeatMapScene::seatsDroppedFromSelection, this, [this](const QStringList &seats) {
        QStringList labels;
        for (const QString &id : seats)
            labels.append(seatLabel(id));
        m_takenMessage = tr("Just taken by another terminal: %1").arg(labels.join(QStringLiteral(", ")));
        m_basket->showMessage(m_takenMessage, true);
        m_takenSeats = seats;
        m_selectionAfterTaken = m_scene->selectedSeatIds();
    });
    connect(m_basket, &BasketWidget::holdRequested, this, [this] { holdSelection(); });
    connect(m_basket, &BasketWidget::releaseRequested, this, &MainWindow::release);
    connect(m_basket, &BasketWidget::extendRequested, this, &MainWindow::extend);
    connect(m_basket, &BasketWidget::payRequested, this, &MainWindow::openPayment);
    connect(m_basket, &BasketWidget::clearRequested, this, &MainWindow::clearBasket);
    connect(m_basket, &BasketWidget::ticketTypeChosen, this, &MainWindow::ticketTypeChosen);
    connect(m_basket, &BasketWidget::holdExpired, this, [this] {
        if (m_payment) {
            // The payment dialog says so and offers to hold the same seats again.
            keepExpiredHold();
            endHold();
            return;
        }
        endHold();
        m_scene->clearSeatSelection();
        m_basket->showMessage(tr("The hold expired: the seats are free again."), true);
    });
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Box office"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_askQuit = [this](int seats) {
        QMessageBox box(QMessageBox::Question, tr("Quit"),
                        tr("%n seat(s) are held for a customer. Release them before quitting?", nullptr, seats),
                        QMessageBox::NoButton, this);
        QPushButton *release = box.addButton(tr("&Release and quit"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep them held and quit"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(release);
        box.exec();
        if (box.clickedButton() == release)
            return QuitChoice::Release;
        if (box.clickedButton() == keep)
            return QuitChoice::Keep;
        return QuitChoice::Cancel;
    };
    updateConnectionState();
    // As large as it is useful, never larger than the screen (a 1024 x 768 or 1280 x 800 till).
    QSize size(1360, 820);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow() = default;

PaymentDialog *MainWindow::paymentDialog() const
{
    return m_payment.data();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Box office"));
    QAction *sales = file->addAction(tr("&Sales and refunds…"), this, &MainWindow::openSales);
    sales->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *report = file->addAction(tr("Shift &report…"), this, &MainWindow::showShiftReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addAction(tr("&Close shift…"), this, &MainWindow::closeShift);
    QAction *reprint = file->addAction(tr("&Print last tickets…"), this, &MainWindow::printLastTickets);
    reprint->setShortcut(QKeySequence::Print);
    file->addAction(tr("Save last tickets as P&DF…"), this, &MainWindow::saveLastTicketsPdf);
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, [this] {
        // The server releases the session's holds at sign-out.
        if (m_basket->isHeld()) {
            if (!m_confirm(tr("Signing out releases the %n held seat(s). Sign out?", nullptr, int(m_heldSeats.size()))))
                return;
            endHold();
            m_scene->clearSeatSelection();
        }
        m_connection->signOut();
        m_userLabel->clear();
        m_managerActions->setEnabled(false);
        Q_EMIT signInRequested();
    });
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    // The studio is the managers' (the server refuses its requests to cashiers as well).
    QMenu *venue = menuBar()->addMenu(tr("&Venue"));
    m_managerActions = new QActionGroup(this);
    m_managerActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    m_managerActions->addAction(venue->addAction(tr("&Layouts…"), this, &MainWindow::layoutStudioRequested));
    m_managerActions->addAction(venue->addAction(tr("&Back office…"), this, &MainWindow::backOfficeRequested));
    m_managerActions->setEnabled(false);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Ticket printer…"), this, [this] { PrinterSettingsDialog(this).exec(); });
    settings->addAction(tr("&Change my password…"), this, [this] { ChangePasswordDialog::run(m_connection, this); });
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &[code, name] : {std::pair{QStringLiteral(""), tr("System default")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
                                     std::pair{QStringLiteral("es"), QStringLiteral("Español")}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    // No mnemonic: Alt+H holds seats.
    QMenu *help = menuBar()->addMenu(tr("Help"));
    QAction *keys = help->addAction(tr("Keyboard shortcuts…"), this, [this] {
        auto *dialog = findChild<ShortcutsDialog *>();
        if (!dialog)
            dialog = new ShortcutsDialog(this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    installTranslation(*qApp, code);
    QMessageBox::information(this, tr("Language"), tr("The new language applies fully after the box office restarts."));
}

QString MainWindow::connectionText() const
{
    switch (m_connection->state()) {
    case ServerConnection::State::Connected:
        return m_connection->isSignedIn() ? tr("Connected") : tr("Connected, not signed in");
    case ServerConnection::State::Connecting:
        return tr("Connecting…");
    case ServerConnection::State::Reconnecting:
        return tr("Reconnecting…");
    case ServerConnection::State::Offline:
        return tr("Offline");
    }
    return {};
}

void MainWindow::updateConnectionState()
{
    const bool online = m_connection->state() == ServerConnection::State::Connected && m_connection->isSignedIn();
    // "The server is restarting" is over once connected again.
    if (m_connection->state() == ServerConnection::State::Connected && !m_noticeShown.isEmpty()) {
        if (statusBar()->currentMessage() == m_noticeShown)
            statusBar()->clearMessage();
        m_noticeShown.clear();
    }
    m_connectionLabel->setText(QStringLiteral("● ") + connectionText());
    const char *colour = online ? "#1b7f3b" : (m_connection->state() == ServerConnection::State::Offline ? "#b00020" : "#b26a00");
    m_connectionLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold; padding: 0 6px;").arg(QLatin1String(colour)));
    m_basket->setOnline(online);
    // Until the server confirms the map again, it is the last one seen.
    if (!online && !m_showId.isEmpty())
        m_scene->setStale(true);
}

void MainWindow::selectShow(const QString &showId)
{
    m_picker->selectShow(showId);
    if (m_showId != showId)
        showSelected(showId);
}

void MainWindow::showSelected(const QString &showId)
{
    if (showId == m_showId)
        return;
    if (m_basket->isHeld()) {
        m_basket->showMessage(tr("Sell or release the held seats before changing the show."), true);
        m_picker->selectShow(m_showId);
        return;
    }
    const Show *show = m_picker->show(showId);
    if (!show)
        return;
    m_showId = showId;
    updateShowHeader();
    m_seatTypes.clear();
    m_basket->setLines({});
    m_basket->showMessage({}, false);
    m_live->setShow(*show);
    loadTicketTypes(*show, TypesLoad::ShowOpened);
}

void MainWindow::loadTicketTypes(const Show &show, TypesLoad why)
{
    if (why == TypesLoad::ShowOpened)
        m_basket->setTicketTypes({}); // another show's types would price the seats wrong
    const QString venue = m_picker->venueOf(show.auditoriumId);
    if (venue.isEmpty())
        return;
    const quint64 request = ++m_typesRequest;
    QPointer<MainWindow> self(this);
    m_connection->call<ListPricingReply>(
        ListPricingRequest { venue },
        [this, self, request, why, showId = show.id, card = show.priceCardId,
         prices = show.prices](const Result<ListPricingReply> &reply) {
            // Only the newest answer counts: a card changed twice is priced by the second answer.
            if (!self || !reply || showId != m_showId || request != m_typesRequest)
                return;
            m_basket->setTicketTypes(BasketWidget::offeredTypes(*reply, card, prices));
            if (why == TypesLoad::ShowChanged)
                ticketTypesChanged();
        });
}

void MainWindow::ticketTypesChanged()
{
    const QList<BasketTicketType> &offered = m_basket->ticketTypes();
    if (offered.isEmpty())
        return;
    const auto isOffered = [&offered](const QString &typeId) {
        return std::any_of(offered.cbegin(), offered.cend(),
                           [&typeId](const BasketTicketType &t) { return t.id == typeId; });
    };
    // A type the show no longer offers: the seat is the default type again (as the server prices it).
    m_seatTypes.removeIf(
        [&isOffered](QHash<QString, QString>::iterator seatType) { return !isOffered(seatType.value()); });
    updateBasket();
    if (!m_basket->isHeld() || m_heldSeats.isEmpty())
        return;
    // The server prices the held seats at the new card: set_ticket_types with the seats' types
    // as they are answers the hold's total as it is now.
    for (const QString &seat : std::as_const(m_heldSeats)) {
        if (!m_seatTypes.contains(seat))
            m_seatTypes.insert(seat, offered.constFirst().id);
    }
    sendTicketTypes(m_heldSeats);
}

void MainWindow::ticketTypeChosen(const QString &seatId, const QString &ticketTypeId)
{
    m_seatTypes.insert(seatId, ticketTypeId);
    updateBasket();
    if (m_basket->isHeld() && m_heldSeats.contains(seatId))
        sendTicketTypes({ seatId });
}

void MainWindow::sendTicketTypes(const QStringList &seatIds, std::function<void(const HoldReply *)> then)
{
    SetTicketTypesRequest request;
    request.holdId = m_basket->holdId();
    for (const QString &seat : seatIds)
        request.seats.append(SeatTicketTypeChoice { seat, m_seatTypes.value(seat) });
    QPointer<MainWindow> self(this);
    m_connection->call<HoldReply>(request, [this, self, then](const Result<HoldReply> &reply) {
        if (!self)
            return;
        if (!reply)
            m_basket->showMessage(tr("Could not change the ticket type: %1").arg(reply.error().message), true);
        else if (reply->holdId == m_basket->holdId())
            applyHoldPrices(reply->ticketTypes, reply->total);
        if (then)
            then(reply ? &*reply : nullptr);
    });
}

void MainWindow::applyHoldPrices(const QList<SeatTicketType> &types, const Money &total)
{
    for (const SeatTicketType &t : types)
        m_seatTypes.insert(t.seatId, t.ticketTypeId);
    updateBasket();
    m_basket->setServerTotal(total);
}

void MainWindow::updateShowHeader()
{
    const Show *show = m_picker->show(m_showId);
    if (!show) {
        m_startedWarning->hide();
        m_statusWarning->hide();
        return;
    }
    switch (show->status) {
    case ShowStatus::OnSale:
        m_statusWarning->hide();
        break;
    case ShowStatus::Cancelled:
        m_statusWarning->setText(tr("This show has been cancelled: no more sales."));
        m_statusWarning->show();
        break;
    case ShowStatus::SalesClosed:
        m_statusWarning->setText(tr("Sales for this show are closed."));
        m_statusWarning->show();
        break;
    case ShowStatus::Scheduled:
        m_statusWarning->setText(tr("This show is not on sale yet."));
        m_statusWarning->show();
        break;
    }
    // The hall's name may arrive after the show (list_venues answered after list_shows).
    m_showTitle->setText(QStringLiteral("%1 · %2 · %3").arg(show->title,
                                                          formatWallClock(m_picker->venueTime(show->start, show->auditoriumId)),
                                                          m_picker->auditoriumName(show->auditoriumId)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool started = show->start.isValid() && show->start <= now;
    if (started) {
        const int minutes = int(show->start.secsTo(now) / 60);
        m_startedWarning->setText(minutes == 0 ? tr("This show has just started.")
                                               : tr("This show started %n minute(s) ago.", nullptr, minutes));
    }
    m_startedWarning->setVisible(started);
}

void MainWindow::mapReset()
{
    updateCounts();
    applyPendingRestore();
    forgetTakenSeatsMessage(false);
}

void MainWindow::seatsChanged()
{
    updateCounts();
    forgetTakenSeatsMessage(false);
}

void MainWindow::forgetTakenSeatsMessage(bool evenIfTaken)
{
    if (m_takenSeats.isEmpty())
        return;
    if (!evenIfTaken) {
        // Still true while any of those seats is taken.
        for (const QString &id : std::as_const(m_takenSeats)) {
            if (m_scene->seatState(id) != SeatVisualState::Available)
                return;
        }
    }
    if (m_basket->message() == m_takenMessage)
        m_basket->showMessage({}, false);
    m_takenMessage.clear();
    m_takenSeats.clear();
    m_selectionAfterTaken.clear();
}

void MainWindow::updateCounts()
{
    const LiveShow *live = m_connection->show(m_showId);
    if (!live)
        return;
    qint64 free = 0, held = 0, sold = 0;
    for (const SeatState &s : live->seats) {
        switch (s.status) {
        case SeatStatus::Available:
            ++free;
            break;
        case SeatStatus::Held:
            ++held;
            break;
        case SeatStatus::Sold:
            ++sold;
            break;
        case SeatStatus::Blocked:
            break;
        }
    }
    m_picker->setCounts(m_showId, free, held, sold);
}

QString MainWindow::seatLabel(const QString &seatId) const
{
    const SeatRef ref = m_scene->seatLayout().findSeat(seatId);
    if (!ref)
        return seatId;
    return tr("Row %1, seat %2").arg(ref.row->label, ref.seat->label);
}

QString MainWindow::categoryName(const QString &categoryId) const
{
    const Category *category = m_scene->seatLayout().category(categoryId);
    return category ? category->name : categoryId;
}

void MainWindow::updateBasket()
{
    // The cashier picked other seats: the message about the lost ones has done its job.
    if (!m_takenSeats.isEmpty() && m_scene->selectedSeatIds() != m_selectionAfterTaken)
        forgetTakenSeatsMessage(true);
    // The held seats, then the seats selected besides them (added to the hold by Hold or Pay).
    QStringList ids = m_heldSeats;
    for (const QString &id : m_scene->selectedSeatIds()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    QList<BasketLine> lines;
    for (const QString &id : std::as_const(ids)) {
        const SeatRef ref = m_scene->seatLayout().findSeat(id);
        BasketLine line;
        line.seatId = id;
        line.held = m_heldSeats.contains(id);
        line.seatLabel = seatLabel(id);
        line.category = ref ? categoryName(ref.seat->categoryId) : QString();
        line.price = ref ? m_scene->categoryPrices().value(ref.seat->categoryId) : Money();
        line.categoryId = ref ? ref.seat->categoryId : QString();
        line.ticketTypeId = m_seatTypes.value(id);
        lines.append(line);
    }
    m_basket->setLines(lines);
}

bool MainWindow::chooseBestSeats(int count)
{
    if (m_showId.isEmpty() || m_basket->isHeld() || m_scene->seatCount() == 0) {
        if (m_basket->isHeld())
            m_basket->showMessage(tr("Pay for or release the held seats before choosing the best ones."), true);
        return false;
    }
    const SeatingPlan plan(m_scene->seatLayout());
    std::vector<bool> free(size_t(plan.size()), false);
    for (qsizetype i = 0; i < plan.size(); ++i)
        free[size_t(i)] = m_scene->seatState(plan.seatId(i)) == SeatVisualState::Available;
    BestSeatsRequest request;
    request.count = count;
    const BestSeats best = plan.best(free, request);
    if (best.isEmpty()) {
        m_basket->showMessage(tr("There are no %n free seats for this show.", nullptr, count), true);
        return false;
    }
    m_scene->setSelectedSeatIds(best.seatIds);
    holdSelection([this, together = best.together, rows = best.rows, count](bool held) {
        if (held && !together && count > 1)
            m_basket->showMessage(tr("No %n seats side by side: the best seats are spread over %1 rows.", nullptr, count).arg(rows),
                                  false);
    });
    return true;
}

void MainWindow::holdSelection(std::function<void(bool)> then, bool allowOrphans)
{
    QStringList seats;
    for (const QString &id : m_scene->selectedSeatIds()) {
        if (!m_heldSeats.contains(id))
            seats.append(id);
    }
    if (seats.isEmpty() || m_showId.isEmpty()) {
        if (then)
            then(m_basket->isHeld());
        return;
    }
    HoldRequest request;
    request.showId = m_showId;
    request.seatIds = seats;
    request.allowOrphans = allowOrphans;
    const bool adding = m_basket->isHeld();
    if (adding)
        request.holdId = m_basket->holdId();
    m_basket->setBusy(true);
    m_basket->showMessage(adding ? tr("Adding to the hold…") : tr("Holding…"), false);
    QPointer<MainWindow> self(this);
    const QStringList selected = m_scene->selectedSeatIds();
    m_connection->send(MessageType::Hold, request.toJson(), [this, self, seats, selected, adding, then](const Result<AnyMessage> &reply) {
        if (!self)
            return;
        m_basket->setBusy(false);
        if (reply) {
            if (const auto *hold = std::get_if<HoldReply>(&*reply)) {
                m_heldSeats = hold->seatIds;
                m_basket->setHold(hold->holdId, hold->expiresAt);
                // Types picked before the seats were held go to the server now.
                QHash<QString, QString> picked;
                for (const QString &seat : seats) {
                    if (m_seatTypes.contains(seat))
                        picked.insert(seat, m_seatTypes.value(seat));
                }
                applyHoldPrices(hold->ticketTypes, hold->total);
                if (!picked.isEmpty()) {
                    m_seatTypes.insert(picked);
                    sendTicketTypes(picked.keys());
                }
                m_basket->showMessage(adding ? tr("Added to the hold: one basket, one payment.")
                                             : tr("Held: take the payment before the time runs out."),
                                      false);
                m_view->setFocus(Qt::OtherFocusReason); // the keyboard goes on where the seats are
                if (then)
                    then(true);
                return;
            }
        }
        const ErrorMessage *error = reply ? std::get_if<ErrorMessage>(&*reply) : nullptr;
        if (error && error->code == ErrorCode::OrphanSeat) {
            // The venue's rule: a single seat left alone is hard to sell. The cashier decides.
            QStringList labels;
            for (const QJsonValue &v : error->details.value(QLatin1String("seats")).toArray())
                labels.append(seatLabel(v.toString()));
            if (m_mayOverrideOrphans && m_confirm(tr("Holding these seats leaves %1 alone in its row, where it is hard to sell. Hold them anyway?")
                              .arg(labels.join(QStringLiteral(", "))))) {
                holdSelection(then, true);
                return;
            }
            if (then)
                then(false);
            m_basket->showMessage(tr("Not held: choose seats that leave no single seat alone (%1).")
                                      .arg(labels.join(QStringLiteral(", "))),
                                  true);
            return;
        }
        if (then)
            then(false);
        if (error && error->code == ErrorCode::SeatUnavailable) {
            // Keep the rest of the basket; say which seats someone else has.
            QStringList taken, labels;
            for (const QJsonValue &v : error->details.value(QLatin1String("seats")).toArray()) {
                const QString id = v.toObject().value(QLatin1String("seat")).toString();
                taken.append(id);
                const QString state = v.toObject().value(QLatin1String("state")).toString();
                labels.append(state == QLatin1String("sold") ? tr("%1 (sold)").arg(seatLabel(id))
                                                             : tr("%1 (held by another terminal)").arg(seatLabel(id)));
            }
            QStringList rest = selected;
            for (const QString &id : taken)
                rest.removeAll(id);
            m_scene->setSelectedSeatIds(rest);
            m_basket->showMessage(adding ? tr("Not available any more: %1. Nothing was added; the held seats stay held.")
                                               .arg(labels.join(QStringLiteral(", ")))
                                         : tr("Not available any more: %1. Nothing was held; the other seats are still in the basket.")
                                               .arg(labels.join(QStringLiteral(", "))),
                                  true);
            return;
        }
        if (error && (error->code == ErrorCode::HoldExpired || error->code == ErrorCode::HoldNotFound)) {
            endHold();
            m_basket->showMessage(tr("The hold has expired; hold the seats again."), true);
            return;
        }
        m_basket->showMessage(tr("Could not hold: %1").arg(error ? error->message : reply.error().message), true);
    });
}

void MainWindow::endHold()
{
    m_heldSeats.clear();
    m_seatTypes.clear();
    m_basket->clearHold();
    updateBasket();
}

void MainWindow::clearBasket()
{
    if (m_basket->isHeld() && !m_basket->isOnline())
        return; // the basket refuses it: the server could not be told
    if (m_basket->isHeld()) {
        if (!m_confirm(tr("Release the %n held seat(s) and empty the basket?", nullptr, int(m_heldSeats.size()))))
            return;
        release();
    }
    m_scene->clearSeatSelection();
    updateBasket();
}

void MainWindow::setQuestionHandlers(std::function<bool(const QString &)> confirm, std::function<QuitChoice(int)> quit)
{
    m_confirm = std::move(confirm);
    m_askQuit = std::move(quit);
}

void MainWindow::showSession(const SessionReply &session)
{
    QString text = tr("%1 (%2)").arg(session.user.name, roleName(session.user.role));
    if (session.shift) {
        text += QStringLiteral(" · ")
            + (session.shift->userId == session.user.id
                   ? tr("shift since %1").arg(formatDateTime(session.shift->openedAt))
                   : tr("shift of %1 since %2").arg(session.shift->userName, formatDateTime(session.shift->openedAt)));
    }
    m_userLabel->setText(text);
    m_managerActions->setEnabled(session.user.role == Role::Manager || session.user.role == Role::Admin);
    m_mayOverrideOrphans = session.user.role != Role::Kiosk;
}

void MainWindow::restoreHolds(const SessionReply &session)
{
    if (session.holds.isEmpty() || m_basket->isHeld())
        return;
    // The newest hold goes back into the basket; older ones (another show, from before a crash)
    // are named so that the cashier can sell or release them later.
    const ActiveHold &hold = session.holds.first();
    m_pendingRestore = hold;
    if (session.holds.size() > 1)
        statusBar()->showMessage(tr("%n more hold(s) of this terminal are still active; they expire by themselves.", nullptr,
                                    int(session.holds.size() - 1)),
                                 15000);
    if (m_showId == hold.showId) {
        applyPendingRestore();
    } else if (m_picker->show(hold.showId)) {
        selectShow(hold.showId);
    } else {
        // The show list is still on its way.
        QPointer<MainWindow> self(this);
        auto *connection = new QMetaObject::Connection;
        *connection = connect(m_picker, &ShowPicker::showsChanged, this, [this, self, connection, id = hold.showId] {
            if (!m_picker->show(id))
                return;
            disconnect(*connection);
            delete connection;
            if (m_pendingRestore && m_pendingRestore->showId == id && m_showId != id)
                selectShow(id);
        });
    }
}

void MainWindow::applyPendingRestore()
{
    if (!m_pendingRestore || m_pendingRestore->showId != m_showId || m_scene->seatCount() == 0)
        return;
    const LiveShow *live = m_connection->show(m_showId);
    if (!live || live->version < 0)
        return;
    const ActiveHold hold = *m_pendingRestore;
    m_pendingRestore.reset();
    if (hold.expiresAt <= QDateTime::currentDateTimeUtc())
        return;
    m_heldSeats = hold.seatIds;
    m_basket->setHold(hold.holdId, hold.expiresAt);
    m_scene->setSelectedSeatIds(hold.seatIds);
    // Each seat's type and the total as the server prices them (older servers: the default type).
    applyHoldPrices(hold.ticketTypes, hold.total);
    m_basket->showMessage(tr("%n seat(s) held by this terminal before were put back in the basket.", nullptr, int(hold.seatIds.size())),
                          false);
}

void MainWindow::release()
{
    if (!m_basket->isHeld())
        return;
    ReleaseHoldRequest request;
    request.holdId = m_basket->holdId();
    m_basket->setBusy(true);
    QPointer<MainWindow> self(this);
    m_connection->call<ReleaseHoldReply>(request, [this, self](const Result<ReleaseHoldReply> &reply) {
        if (!self)
            return;
        m_basket->setBusy(false);
        endHold();
        m_scene->clearSeatSelection();
        m_basket->showMessage(reply ? tr("Released.") : tr("The hold is gone: %1").arg(reply.error().message), !reply);
        updateBasket();
    });
}

void MainWindow::extend()
{
    if (!m_basket->isHeld())
        return;
    ExtendHoldRequest request;
    request.holdId = m_basket->holdId();
    QPointer<MainWindow> self(this);
    m_connection->call<HoldReply>(request, [this, self](const Result<HoldReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            m_basket->showMessage(reply.error().code == ErrorCode::HoldExtendLimit ? tr("The hold cannot be extended any further.")
                                                                                   : reply.error().message,
                                  true);
            return;
        }
        m_basket->setHold(reply->holdId, reply->expiresAt);
        applyHoldPrices(reply->ticketTypes, reply->total);
        m_basket->showMessage(tr("Extended."), false);
    });
}

void MainWindow::openPayment()
{
    if (m_payment)
        return;
    if (m_basket->unheldCount() > 0) {
        // Pay never leaves selected seats out: they join the hold first.
        QPointer<MainWindow> self(this);
        holdSelection([this, self](bool held) {
            if (self && held && m_basket->unheldCount() == 0)
                openPayment();
        });
        return;
    }
    if (!m_basket->isHeld())
        return;
    auto *dialog = new PaymentDialog(m_basket->total(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHoldExpiry(m_basket->holdExpiry());
    m_payment = dialog;
    m_expiredSeats.clear();
    m_expiredTypes.clear();
    connect(dialog, &PaymentDialog::paymentRequested, this, &MainWindow::pay);
    connect(dialog, &PaymentDialog::reholdRequested, this, &MainWindow::rehold);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_payment = nullptr; // deleted later (WA_DeleteOnClose)
        if (result == QDialog::Accepted && dialog->sellReply())
            statusBar()->showMessage(tr("Sale %1 complete.").arg(dialog->sellReply()->saleId), 10000);
        if (!m_expiredSeats.isEmpty() && !m_basket->isHeld()) {
            // Closed without holding the seats again: they are not this customer's any more.
            m_expiredSeats.clear();
            m_expiredTypes.clear();
            m_scene->clearSeatSelection();
            m_basket->showMessage(tr("The hold expired: the seats are free again."), true);
        }
        m_view->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void MainWindow::rehold()
{
    if (!m_payment || m_expiredSeats.isEmpty() || m_showId.isEmpty())
        return;
    HoldRequest request;
    request.showId = m_showId;
    request.seatIds = m_expiredSeats;
    request.allowOrphans = m_mayOverrideOrphans; // the same seats again: the cashier chose them already
    QPointer<MainWindow> self(this);
    const Money due = m_payment->amountDue();
    m_connection->send(MessageType::Hold, request.toJson(), [this, self, due](const Result<AnyMessage> &reply) {
        if (!self)
            return;
        const auto *hold = reply ? std::get_if<HoldReply>(&*reply) : nullptr;
        if (hold) {
            m_expiredSeats.clear();
            m_heldSeats = hold->seatIds;
            m_basket->setHold(hold->holdId, hold->expiresAt);
            m_scene->setSelectedSeatIds(hold->seatIds);
            // The types the cashier chose go back on the seats before the price is compared: the
            // dialog asks for what the basket showed.
            QStringList typed;
            for (const QString &seat : hold->seatIds) {
                if (m_expiredTypes.contains(seat))
                    typed.append(seat);
            }
            m_seatTypes = std::exchange(m_expiredTypes, {});
            if (typed.isEmpty()) {
                applyHoldPrices(hold->ticketTypes, hold->total);
                reholdPriced(*hold, due);
                return;
            }
            updateBasket();
            sendTicketTypes(typed, [this, self, due, plain = *hold](const HoldReply *typedHold) {
                if (!self)
                    return;
                if (!typedHold) {
                    // Refused (a type the show no longer offers): the seats are held at the default type.
                    for (const QString &seat : plain.seatIds)
                        m_seatTypes.remove(seat);
                    applyHoldPrices(plain.ticketTypes, plain.total);
                }
                reholdPriced(typedHold ? *typedHold : plain, due);
            });
            return;
        }
        const ErrorMessage *error = reply ? std::get_if<ErrorMessage>(&*reply) : nullptr;
        QString message;
        if (error && error->code == ErrorCode::SeatUnavailable) {
            QStringList labels;
            for (const QJsonValue &v : error->details.value(QLatin1String("seats")).toArray())
                labels.append(seatLabel(v.toObject().value(QLatin1String("seat")).toString()));
            message = tr("Taken in the meantime: %1. Close this and choose other seats.").arg(labels.join(QStringLiteral(", ")));
        } else {
            message = tr("The seats could not be held again: %1").arg(error ? error->message : reply.error().message);
        }
        if (m_payment)
            m_payment->holdLost(message);
    });
}

void MainWindow::reholdPriced(const HoldReply &hold, const Money &due)
{
    if (!m_payment)
        return;
    if (hold.total == due)
        m_payment->holdRenewed(hold.expiresAt);
    else
        m_payment->holdLost(
            tr("The seats are held again, but their price is now %1: close this and take the payment again.")
                .arg(formatMoney(hold.total)));
}

void MainWindow::keepExpiredHold()
{
    m_expiredSeats = m_heldSeats;
    m_expiredTypes = m_seatTypes;
}

void MainWindow::pay(const QList<Payment> &payments)
{
    if (!m_basket->isHeld()) {
        // No hold, no sale: never a request the server must refuse.
        const QString message = tr("The seats are not held any more.");
        if (m_payment)
            m_payment->paymentFailed(ErrorCode::HoldExpired, message);
        else
            m_basket->showMessage(message, true);
        return;
    }
    SellRequest request;
    request.holdId = m_basket->holdId();
    request.payments = payments;
    if (m_payment) {
        // The tickets by e-mail, written in the language this box office's screen speaks.
        request.customerEmail = m_payment->customerEmail();
        if (request.customerEmail && isSaleLanguage(uiLanguage()))
            request.language = uiLanguage();
    }
    QPointer<MainWindow> self(this);
    m_paymentRequest = m_connection->call<SellReply>(request, [this, self, payments](const Result<SellReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            if (m_payment)
                m_payment->paymentFailed(reply.error().code, reply.error().message);
            else
                m_basket->showMessage(reply.error().message, true);
            if (reply.error().code == ErrorCode::HoldExpired || reply.error().code == ErrorCode::HoldNotFound) {
                if (m_payment)
                    keepExpiredHold();
                endHold();
            }
            return;
        }
        if (m_payment)
            m_payment->paymentSucceeded(*reply);
        saleDone(*reply, payments);
    }, 90000);
}

void MainWindow::saleDone(const SellReply &reply, const QList<Payment> &payments)
{
    const Show *show = m_picker->show(reply.showId);
    m_lastTickets.clear();
    for (const Ticket &ticket : reply.tickets) {
        TicketInfo info;
        info.venueName = show ? m_picker->venueName(show->auditoriumId) : QString();
        info.showTitle = show ? show->title : QString();
        info.start = show ? m_picker->venueTime(show->start, show->auditoriumId) : QDateTime();
        info.auditorium = show ? m_picker->auditoriumName(show->auditoriumId) : QString();
        info.seatLabel = seatLabel(ticket.seatId);
        info.category = categoryName(ticket.category);
        info.ticketType = ticket.ticketTypeName.value_or(QString());
        info.price = ticket.price;
        info.code = ticket.code;
        m_lastTickets.append(info);
    }
    // The tickets go straight to the ticket printer; a PDF only when there is none or it failed.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sales");
    QDir().mkpath(dir);
    const auto printer = TicketOutput::configuredPrinter();
    const TicketOutput::Delivery delivery =
        TicketOutput::deliver(m_lastTickets, printer.get(), dir + QStringLiteral("/sale-%1-tickets.pdf").arg(reply.saleId));
    m_lastPdf = delivery.pdfPath;
    const bool tickets = delivery.printed || !delivery.pdfPath.isEmpty();
    const ReceiptInfo receipt = TicketRenderer::receiptFor(reply, payments, m_lastTickets, m_connection->terminalId(),
                                                           QDateTime::currentDateTime());
    const Status receiptWritten = TicketRenderer::writeReceiptPdf(receipt, dir + QStringLiteral("/sale-%1-receipt.pdf").arg(reply.saleId));
    endHold();
    m_scene->clearSeatSelection();
    m_basket->setLines({});
    m_basket->showMessage(tr("Sold: %n ticket(s).", nullptr, int(reply.tickets.size())) + u' ' + delivery.message(),
                          !tickets || !delivery.error.isEmpty() || !receiptWritten);
    Q_EMIT saleCompleted(reply);
}

void MainWindow::printLastTickets()
{
    if (m_lastTickets.isEmpty()) {
        statusBar()->showMessage(tr("No tickets sold yet on this terminal."), 5000);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Status printed = TicketRenderer::printTickets(m_lastTickets, &printer);
        if (!printed)
            QMessageBox::warning(this, tr("Printing"), printed.error().message);
    }
}

void MainWindow::saveLastTicketsPdf()
{
    if (m_lastTickets.isEmpty()) {
        statusBar()->showMessage(tr("No tickets sold yet on this terminal."), 5000);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save tickets as PDF"), m_lastPdf, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    const Status written = TicketRenderer::writeTicketsPdf(m_lastTickets, file);
    statusBar()->showMessage(written ? tr("Saved %1").arg(file) : written.error().message, 10000);
}

void MainWindow::openSales()
{
    SalesDialog dialog(m_connection, this);
    connect(&dialog, &SalesDialog::refunded, this, &MainWindow::refundDone);
    dialog.setNameSources(m_cache, m_picker->shows());
    dialog.exec();
}

void MainWindow::showShiftReport()
{
    QPointer<MainWindow> self(this);
    m_connection->call<ShiftReportReply>(ShiftReportRequest{}, [this, self](const Result<ShiftReportReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            QMessageBox::warning(this, tr("Shift report"),
                                 reply.error().code == ErrorCode::NotFound ? tr("No shift is open at this terminal.")
                                                                           : reply.error().message);
            return;
        }
        showReportDialog(*reply);
    });
}

void MainWindow::showReportDialog(const ShiftReportReply &report)
{
    QDialog dialog(this);
    dialog.setWindowTitle(report.closed ? tr("Z report") : tr("Shift report"));
    auto *scroll = new QScrollArea(&dialog);
    auto *image = new QLabel;
    image->setPixmap(QPixmap::fromImage(TicketRenderer::renderShiftReport(report, 110)));
    scroll->setWidget(image);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    QPushButton *pdf = buttons->addButton(tr("Save as PDF"), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    connect(close, &QPushButton::clicked, &dialog, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, &dialog, [this, report] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/shifts");
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/shift-%1-%2.pdf").arg(report.shiftId.value_or(QStringLiteral("period")),
                                                                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
        const Status written = TicketRenderer::writeShiftReportPdf(report, file);
        statusBar()->showMessage(written ? tr("Saved %1").arg(file) : written.error().message, 10000);
    });
    connect(print, &QPushButton::clicked, &dialog, [&dialog, report] {
        QPrinter printer;
        QPrintDialog printDialog(&printer, &dialog);
        if (printDialog.exec() == QDialog::Accepted)
            (void)TicketRenderer::printShiftReport(report, &printer);
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 720);
    dialog.exec();
}

void MainWindow::closeShift()
{
    if (m_basket->isHeld()) {
        QMessageBox::information(this, tr("Close shift"), tr("Sell or release the held seats before closing the shift."));
        return;
    }
    QPointer<MainWindow> self(this);
    m_connection->call<ShiftReportReply>(ShiftReportRequest{}, [this, self](const Result<ShiftReportReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            QMessageBox::warning(this, tr("Close shift"),
                                 reply.error().code == ErrorCode::NotFound ? tr("No shift is open at this terminal.")
                                                                           : reply.error().message);
            return;
        }
        const ShiftReportReply report = *reply;
        const Currency currency = report.expectedCash ? report.expectedCash->currency() : Currency();
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Close shift"));
        auto *intro = new QLabel(tr("Count the cash in the drawer and enter the total. The drawer should hold %1 "
                                    "(opening float %2, cash sales and refunds included).")
                                     .arg(report.expectedCash ? formatMoney(*report.expectedCash) : QString(),
                                          report.openingFloat ? formatMoney(*report.openingFloat) : QString()),
                                 &dialog);
        intro->setWordWrap(true);
        auto *counted = new QLineEdit(&dialog);
        counted->setObjectName(QStringLiteral("countedCash"));
        auto *note = new QPlainTextEdit(&dialog);
        note->setMaximumHeight(80);
        auto *error = new QLabel(&dialog);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Counted cash:"), counted);
        form->addRow(tr("&Note:"), note);
        auto *buttons = new QDialogButtonBox(&dialog);
        QPushButton *ok = buttons->addButton(tr("Close shift"), QDialogButtonBox::AcceptRole);
        buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
        ok->setDefault(true);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
            const auto amount = PaymentDialog::parseAmount(counted->text(), currency);
            if (counted->text().trimmed().isEmpty() || !amount) {
                error->setText(tr("Enter the counted cash, for example 250.00."));
                return;
            }
            dialog.accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(error);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        closeShiftWith(*PaymentDialog::parseAmount(counted->text(), currency), note->toPlainText().trimmed(), true);
    });
}

void MainWindow::closeShiftWith(const Money &countedCash, const QString &note, bool showReport)
{
    CloseShiftRequest request;
    request.countedCash = countedCash;
    if (!note.isEmpty())
        request.note = note;
    QPointer<MainWindow> self(this);
    m_connection->call<CloseShiftReply>(request, [this, self, showReport](const Result<CloseShiftReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            statusBar()->showMessage(tr("The shift could not be closed: %1").arg(reply.error().message), 15000);
            return;
        }
        const ShiftReportReply report = reply->report;
        // The Z report is kept whatever happens next (printing is one click away).
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/shifts");
        QDir().mkpath(dir);
        m_lastShiftPdf = dir + QStringLiteral("/shift-%1-z-report.pdf").arg(report.shiftId.value_or(QStringLiteral("0")));
        const Status written = TicketRenderer::writeShiftReportPdf(report, m_lastShiftPdf);
        if (!written)
            m_lastShiftPdf.clear();
        Q_EMIT shiftClosed(report);
        if (showReport)
            showReportDialog(report);
        // A closed drawer ends the cashier's session: the next sign-in opens a new shift.
        m_connection->signOut();
        m_userLabel->clear();
        Q_EMIT signInRequested();
    });
}

void MainWindow::refundDone(const RefundReply &reply)
{
    const QString text = TicketRenderer::refundInstruction(reply);
    // The slip for the customer (and the drawer's paper trail), kept beside the sales.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sales");
    QDir().mkpath(dir);
    m_lastRefundSlip = dir + QStringLiteral("/refund-%1.pdf").arg(reply.refundId);
    if (!TicketRenderer::writeRefundSlipPdf(reply, m_connection->terminalId(), m_lastRefundSlip))
        m_lastRefundSlip.clear();
    m_basket->showMessage(text, false);
    statusBar()->showMessage(text, 30000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_basket->isHeld() && m_connection->isSignedIn()) {
        switch (m_askQuit(int(m_heldSeats.size()))) {
        case QuitChoice::Cancel:
            event->ignore();
            return;
        case QuitChoice::Keep:
            break; // recovered into the basket at the next sign-in, or they expire
        case QuitChoice::Release: {
            ReleaseHoldRequest request;
            request.holdId = m_basket->holdId();
            bool done = false;
            m_connection->call<ReleaseHoldReply>(request, [&done](const Result<ReleaseHoldReply> &) { done = true; }, 5000);
            // Wait (briefly) for the release to reach the server before the window goes.
            QDeadlineTimer deadline(5000);
            while (!done && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            endHold();
            break;
        }
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace Marquee
