#include "kioskwindow.h"

#include "formatting.h"
#include "kioskexitdialog.h"
#include "kioskidlewatch.h"
#include "liveseatmap.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"
#include "ticketoutput.h"
#include "translation.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtGui/QMouseEvent>
#include <QtGui/QPixmap>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScroller>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStackedWidget>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

// The kiosk's languages, each named in its own language (never translated).
struct KioskLanguage
{
    const char *code;
    const char *name;
};
constexpr KioskLanguage kioskLanguages[] = {
    { "en", "English" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
};

constexpr int MaxTickets = 10; // a kiosk sale; larger groups are served at the box office

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        } else if (QLayout *inner = item->layout()) {
            clearLayout(inner);
        }
        delete item;
    }
}

bool isOnSale(const Show &show)
{
    return show.status != ShowStatus::Cancelled && show.status != ShowStatus::SalesClosed;
}

} // namespace

KioskWindow::KioskWindow(ServerConnection *connection, const KioskSettings &settings, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_connection(connection)
    , m_settings(settings)
    , m_sale(new KioskSale(connection, this))
    , m_idle(new KioskIdleWatch(this))
    , m_scene(new SeatMapScene(this))
    , m_live(new LiveSeatMap(connection, nullptr, m_scene, this))
    , m_stack(new QStackedWidget(this))
    , m_attract(new QTimer(this))
    , m_doneTimer(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(QStringLiteral("Marquee"));
    m_style = KioskStyle(logicalDpiY(), m_settings.largeText, m_settings.highContrast);
    m_language = m_settings.defaultLanguage;
    m_scene->setOwnTerminalId(connection->terminalId());
    m_idle->setTimes(m_settings.idleSeconds, m_settings.warningSeconds);

    m_startOver = new QPushButton(this);
    m_startOver->setObjectName(QStringLiteral("startOver"));
    connect(m_startOver, &QPushButton::clicked, this, &KioskWindow::resetToIdle);
    // Start over on the left, the languages on the right; stacked when a narrow screen with
    // large text has no room for both in one row (relayout()).
    auto *left = new QHBoxLayout;
    left->setSpacing(12);
    left->addSpacing(m_style.minimumTarget() * 2); // the hidden corner
    left->addWidget(m_startOver);
    left->addStretch(1);
    auto *right = new QHBoxLayout;
    right->setSpacing(12);
    right->addStretch(1);
    auto *languageGroup = new QButtonGroup(this);
    for (const KioskLanguage &language : kioskLanguages) {
        auto *button = new QPushButton(QString::fromUtf8(language.name), this);
        button->setObjectName(QStringLiteral("language-") + QLatin1String(language.code));
        button->setProperty("kiosk", QStringLiteral("language"));
        button->setCheckable(true);
        languageGroup->addButton(button);
        const QString code = QLatin1String(language.code);
        connect(button, &QPushButton::clicked, this, [this, code] { setLanguage(code); });
        right->addWidget(button);
        m_languages.append(button);
    }
    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->setSpacing(12);
    m_top->addLayout(left, 1);
    m_top->addLayout(right);

    m_stack->addWidget(buildIdlePage());
    m_stack->addWidget(buildTimesPage());
    m_stack->addWidget(buildTicketsPage());
    m_stack->addWidget(buildSeatsPage());
    m_stack->addWidget(buildPaymentPage());
    m_stack->addWidget(buildDonePage());

    auto *layout = new QVBoxLayout(this);
    // The screen's size is the window's: a page never makes the window larger than the screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(m_top);
    layout->addWidget(m_stack, 1);

    // Five taps in the top left corner within three seconds: the staff's way out.
    m_corner = new QPushButton(this);
    m_corner->setObjectName(QStringLiteral("hiddenCorner"));
    m_corner->setFlat(true);
    m_corner->setFocusPolicy(Qt::NoFocus);
    m_corner->setStyleSheet(QStringLiteral("QPushButton { background: transparent; border: none; min-height: 0; min-width: 0; }"));
    m_corner->setGeometry(0, 0, m_style.minimumTarget() * 2, m_style.minimumTarget() * 2);
    connect(m_corner, &QPushButton::clicked, this, [this] {
        if (!m_cornerClock.isValid() || m_cornerClock.elapsed() > 3000) {
            m_cornerClock.start();
            m_cornerTaps = 0;
        }
        if (++m_cornerTaps >= 5) {
            m_cornerTaps = 0;
            m_cornerClock.invalidate();
            openExitDialog();
        }
    });
    buildIdleWarning();

    connect(m_connection, &ServerConnection::stateChanged, this, &KioskWindow::updateAvailability);
    connect(m_connection, &ServerConnection::signedIn, this, [this] {
        loadVenues(); // then the shows, whose days are the venue's
        m_connection->watchShows();
        updateAvailability();
    });
    connect(m_connection, &ServerConnection::resumed, this, [this] {
        loadShows();
        updateAvailability();
    });
    connect(m_connection, &ServerConnection::sessionLost, this, &KioskWindow::updateAvailability);
    connect(m_connection, &ServerConnection::showsChanged, this, &KioskWindow::loadShows);
    connect(m_refresh, &QTimer::timeout, this, &KioskWindow::loadShows);
    m_refresh->start(60000);
    connect(m_attract, &QTimer::timeout, this, &KioskWindow::attractStep);
    m_attract->start(4000);
    m_doneTimer->setSingleShot(true);
    connect(m_doneTimer, &QTimer::timeout, this, &KioskWindow::resetToIdle);

    connect(m_live, &LiveSeatMap::layoutDrawn, this, &KioskWindow::fitSeats);
    connect(m_live, &LiveSeatMap::mapReset, this, [this] {
        m_mapReady = true;
        if (m_wantBest && m_page == Page::Seats && m_sale->heldSeats().isEmpty() && !m_sale->isBusy())
            proposeBest();
        updateSeatsPanel();
    });
    connect(m_sale, &KioskSale::holdChanged, this, [this] {
        if (m_wantBest)
            fitSeats(); // the proposed seats in view
        m_wantBest = false;
        updateSeatsPanel();
        updatePaymentPage();
    });
    connect(m_sale, &KioskSale::stateChanged, this, [this] {
        updateSeatsPanel();
        updatePaymentPage();
    });
    connect(m_sale, &KioskSale::holdRefused, this, [this](ErrorCode code, const QStringList &) { holdRefused(code); });
    connect(m_sale, &KioskSale::holdLost, this, [this] {
        if (m_page == Page::Seats || m_page == Page::Payment)
            m_seatsMessage->setText(tr("Your seats were released. Please choose again."));
        updateSeatsPanel();
    });
    connect(m_sale, &KioskSale::paymentProgress, this, &KioskWindow::paymentProgress);
    connect(m_sale, &KioskSale::paymentFailed, this, &KioskWindow::paymentFailed);
    connect(m_sale, &KioskSale::sold, this, &KioskWindow::sold);

    connect(m_idle, &KioskIdleWatch::warningStarted, this, [this] {
        if (auto *box = m_warning->findChild<QFrame *>(QStringLiteral("idleWarningBox")))
            box->setMinimumWidth(qMin(width() - 48, qMax(700, width() / 2)));
        m_warning->setGeometry(rect());
        m_warning->show();
        m_warning->raise();
    });
    connect(m_idle, &KioskIdleWatch::countdown, this, [this](int secondsLeft) {
        m_warningCountdown->setText(tr("Starting over in %n second(s).", nullptr, secondsLeft));
    });
    connect(m_idle, &KioskIdleWatch::warningEnded, m_warning, &QWidget::hide);
    connect(m_idle, &KioskIdleWatch::timedOut, this, &KioskWindow::resetToIdle);

    qApp->installEventFilter(this);
    applyStyle();
    setLanguage(m_language);
    retranslate();
    relayout();
    showPage(Page::Idle);
    updateAvailability();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QLabel *KioskWindow::label(const QString &kind, const QString &objectName)
{
    auto *l = new QLabel(this);
    if (!kind.isEmpty())
        l->setProperty("kiosk", kind);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    l->setWordWrap(true);
    return l;
}

QPushButton *KioskWindow::primaryButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setProperty("kiosk", QStringLiteral("primary"));
    button->setMinimumHeight(m_style.buttonHeight());
    return button;
}

QWidget *KioskWindow::buildIdlePage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_idleTitle = label(QStringLiteral("title"), QStringLiteral("idleTitle"));
    m_idleTitle->setAlignment(Qt::AlignCenter);
    m_idleHint = label(QStringLiteral("heading"), QStringLiteral("idleHint"));
    m_idleHint->setAlignment(Qt::AlignCenter);
    m_featured = label(QStringLiteral("heading"), QStringLiteral("featured"));
    m_featured->setAlignment(Qt::AlignCenter);
    m_unavailable = label(QStringLiteral("title"), QStringLiteral("unavailable"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_filmBox = new QWidget(page);
    m_filmGrid = new QGridLayout(m_filmBox);
    m_filmGrid->setSpacing(20);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(24);
    layout->addWidget(m_idleTitle);
    layout->addWidget(m_idleHint);
    layout->addWidget(m_featured);
    layout->addWidget(m_unavailable, 1);
    layout->addWidget(m_filmBox, 1);
    return page;
}

QWidget *KioskWindow::buildTimesPage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_timesTitle = label(QStringLiteral("title"), QStringLiteral("timesTitle"));
    m_timesHint = label(QStringLiteral("heading"));
    m_timesBack = new QPushButton(this);
    m_timesBack->setObjectName(QStringLiteral("timesBack"));
    connect(m_timesBack, &QPushButton::clicked, this, &KioskWindow::resetToIdle);
    auto *list = new QWidget(page);
    m_timesList = new QVBoxLayout(list);
    m_timesList->setSpacing(20);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(24);
    layout->addWidget(m_timesTitle);
    layout->addWidget(m_timesHint);
    layout->addWidget(list);
    layout->addStretch(1);
    layout->addWidget(m_timesBack, 0, Qt::AlignLeft);
    return page;
}

QWidget *KioskWindow::buildTicketsPage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_ticketsTitle = label(QStringLiteral("title"), QStringLiteral("ticketsTitle"));
    m_ticketsShow = label(QStringLiteral("heading"), QStringLiteral("ticketsShow"));
    // The ticket types scroll when a show offers more than the screen holds (a finger drags them);
    // squeezed, their buttons overlapped.
    auto *typeScroll = new QScrollArea(page);
    typeScroll->setFrameShape(QFrame::NoFrame);
    typeScroll->setWidgetResizable(true);
    typeScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    typeScroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
    QScroller::grabGesture(typeScroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_typeBox = new QWidget;
    m_typeRows = new QVBoxLayout(m_typeBox);
    m_typeRows->setSpacing(24);
    typeScroll->setWidget(m_typeBox);
    m_ticketsTotal = label(QStringLiteral("heading"), QStringLiteral("ticketsTotal"));
    m_ticketsMessage = label(QStringLiteral("message"), QStringLiteral("ticketsMessage"));
    m_ticketsMessage->hide();
    // A wheelchair space (with its companion seat beside it, one of the tickets) in the best seats.
    m_wheelchair = new QPushButton(this);
    m_wheelchair->setObjectName(QStringLiteral("wheelchair"));
    m_wheelchair->setCheckable(true);
    m_wheelchair->setProperty("kiosk", QStringLiteral("toggle"));
    m_wheelchair->setMinimumHeight(m_style.buttonHeight());
    m_ticketsBack = new QPushButton(this);
    m_ticketsBack->setObjectName(QStringLiteral("ticketsBack"));
    connect(m_ticketsBack, &QPushButton::clicked, this, [this] {
        m_sale->releaseAll();
        showPage(Page::Times);
    });
    m_chooseSeats = primaryButton(QStringLiteral("chooseSeats"));
    connect(m_chooseSeats, &QPushButton::clicked, this, &KioskWindow::seatsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ticketsBack);
    buttons->addStretch(1);
    buttons->addWidget(m_chooseSeats, 2);
    // The wheelchair choice and the count on one line: the rows of ticket types get the height.
    auto *summary = new QHBoxLayout;
    summary->setSpacing(24);
    summary->addWidget(m_wheelchair);
    summary->addWidget(m_ticketsTotal, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(16);
    layout->addWidget(m_ticketsTitle);
    layout->addWidget(m_ticketsShow);
    layout->addWidget(typeScroll, 1);
    layout->addLayout(summary);
    layout->addWidget(m_ticketsMessage);
    layout->addLayout(buttons);
    return page;
}

QWidget *KioskWindow::buildSeatsPage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_view = new SeatMapView(page);
    m_view->setObjectName(QStringLiteral("kioskSeatMap"));
    m_view->setSeatMapScene(m_scene);
    m_view->setFocusPolicy(Qt::NoFocus);
    // Dragged with a finger (eventFilter()), never with scroll bars.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumSize(200, 200);
    m_seatsTitle = label(QStringLiteral("heading"), QStringLiteral("seatsTitle"));
    m_seatsShow = label(QString(), QStringLiteral("seatsShow"));
    m_seatsChosen = label(QStringLiteral("heading"), QStringLiteral("seatsChosen"));
    m_seatsHint = label(QStringLiteral("muted"), QStringLiteral("seatsHint"));
    m_seatsMessage = label(QStringLiteral("message"), QStringLiteral("seatsMessage"));
    m_seatsTotal = label(QStringLiteral("heading"), QStringLiteral("seatsTotal"));
    m_seatsBack = new QPushButton(this);
    m_seatsBack->setObjectName(QStringLiteral("seatsBack"));
    connect(m_seatsBack, &QPushButton::clicked, this, [this] {
        m_sale->releaseAll();
        m_proposed.clear();
        showPage(Page::Tickets);
    });
    m_toPayment = primaryButton(QStringLiteral("toPayment"));
    connect(m_toPayment, &QPushButton::clicked, this, &KioskWindow::goToPayment);
    auto *panel = new QWidget(page);
    panel->setObjectName(QStringLiteral("seatsPanel"));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(16);
    panelLayout->addWidget(m_seatsTitle);
    panelLayout->addWidget(m_seatsShow);
    panelLayout->addWidget(m_seatsChosen);
    panelLayout->addWidget(m_seatsHint);
    panelLayout->addWidget(m_seatsMessage);
    panelLayout->addStretch(1);
    panelLayout->addWidget(m_seatsTotal);
    panelLayout->addWidget(m_toPayment);
    panelLayout->addWidget(m_seatsBack, 0, Qt::AlignLeft);
    m_seatsLayout = new QBoxLayout(QBoxLayout::LeftToRight, page);
    m_seatsLayout->setContentsMargins(0, 0, 0, 0);
    m_seatsLayout->setSpacing(24);
    m_seatsLayout->addWidget(m_view, 3);
    m_seatsLayout->addWidget(panel, 2);
    return page;
}

QWidget *KioskWindow::buildPaymentPage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_payTitle = label(QStringLiteral("title"), QStringLiteral("payTitle"));
    m_payTitle->setAlignment(Qt::AlignCenter);
    m_payAmount = label(QStringLiteral("title"), QStringLiteral("payAmount"));
    m_payAmount->setAlignment(Qt::AlignCenter);
    m_paySummary = label(QString(), QStringLiteral("paySummary"));
    m_paySummary->setAlignment(Qt::AlignCenter);
    m_payStatus = label(QStringLiteral("heading"), QStringLiteral("payStatus"));
    m_payStatus->setAlignment(Qt::AlignCenter);
    m_payButton = primaryButton(QStringLiteral("payByCard"));
    m_payButton->setMinimumHeight(m_style.buttonHeight() * 2);
    connect(m_payButton, &QPushButton::clicked, this, &KioskWindow::pay);
    m_payBack = new QPushButton(this);
    m_payBack->setObjectName(QStringLiteral("payBack"));
    connect(m_payBack, &QPushButton::clicked, this, [this] { showPage(Page::Seats); });
    // "E-mail my tickets": optional, checked before paying (a typo is said at once, not after).
    m_emailLabel = label(QString(), QStringLiteral("emailLabel"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setMaxLength(int(MaxCustomerEmailLength));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_email->setClearButtonEnabled(true);
    m_email->setMinimumHeight(m_style.buttonHeight()); // a touch target, like the buttons
    m_emailLabel->setBuddy(m_email);
    m_emailMessage = label(QStringLiteral("message"), QStringLiteral("emailMessage"));
    m_emailMessage->hide();
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        m_emailMessage->clear();
        m_emailMessage->hide();
    });
    connect(m_email, &QLineEdit::returnPressed, this, &KioskWindow::pay);
    auto *emailBox = new QWidget(page);
    auto *emailColumn = new QVBoxLayout(emailBox);
    emailColumn->setContentsMargins(0, 0, 0, 0);
    emailColumn->setSpacing(8);
    emailColumn->addWidget(m_emailLabel);
    emailColumn->addWidget(m_email);
    // Wide enough for an address at the kiosk's text size, narrow enough for a portrait screen.
    emailBox->setMinimumWidth(m_style.buttonHeight() * 7);
    emailBox->setMaximumWidth(m_style.buttonHeight() * 14);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(28);
    layout->addWidget(m_payTitle);
    layout->addWidget(m_paySummary);
    layout->addWidget(m_payAmount);
    layout->addStretch(1);
    layout->addWidget(emailBox, 0, Qt::AlignHCenter);
    // Under the field, across the page: a wrapped line gets its height (an aligned box would not).
    m_emailMessage->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emailMessage);
    layout->addWidget(m_payButton);
    layout->addWidget(m_payStatus);
    layout->addStretch(1);
    layout->addWidget(m_payBack, 0, Qt::AlignLeft);
    return page;
}

QWidget *KioskWindow::buildDonePage()
{
    auto *page = new QWidget(this);
    page->setProperty("kioskPage", true);
    m_doneTitle = label(QStringLiteral("title"), QStringLiteral("doneTitle"));
    m_doneTitle->setAlignment(Qt::AlignCenter);
    m_doneText = label(QStringLiteral("heading"), QStringLiteral("doneText"));
    m_doneText->setAlignment(Qt::AlignCenter);
    m_doneEmail = label(QStringLiteral("heading"), QStringLiteral("doneEmail"));
    m_doneEmail->setAlignment(Qt::AlignCenter);
    m_doneEmail->hide();
    auto *scroll = new QScrollArea(page);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
    m_ticketBox = new QWidget;
    m_ticketImages = new QBoxLayout(QBoxLayout::LeftToRight, m_ticketBox);
    m_ticketImages->setSpacing(24);
    scroll->setWidget(m_ticketBox);
    m_doneButton = primaryButton(QStringLiteral("doneButton"));
    connect(m_doneButton, &QPushButton::clicked, this, &KioskWindow::resetToIdle);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(20);
    layout->addWidget(m_doneTitle);
    layout->addWidget(m_doneText);
    layout->addWidget(m_doneEmail);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_doneButton);
    return page;
}

void KioskWindow::buildIdleWarning()
{
    m_warning = new QFrame(this);
    m_warning->setObjectName(QStringLiteral("idleWarning"));
    auto *box = new QFrame(m_warning);
    box->setObjectName(QStringLiteral("idleWarningBox"));
    m_warningTitle = label(QStringLiteral("title"), QStringLiteral("warningTitle"));
    m_warningTitle->setAlignment(Qt::AlignCenter);
    m_warningCountdown = label(QStringLiteral("heading"), QStringLiteral("warningCountdown"));
    m_warningCountdown->setAlignment(Qt::AlignCenter);
    m_continue = primaryButton(QStringLiteral("continue"));
    connect(m_continue, &QPushButton::clicked, m_idle, &KioskIdleWatch::keepGoing);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(48, 40, 48, 40);
    boxLayout->setSpacing(28);
    boxLayout->addWidget(m_warningTitle);
    boxLayout->addWidget(m_warningCountdown);
    boxLayout->addWidget(m_continue);
    auto *layout = new QVBoxLayout(m_warning);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignCenter);
    layout->addStretch(1);
    m_warning->hide();
}

void KioskWindow::applyStyle()
{
    setStyleSheet(m_style.styleSheet());
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_warning->setGeometry(rect());
    m_corner->raise();
    relayout();
}

void KioskWindow::relayout()
{
    const bool landscape = width() >= height();
    const bool changed = landscape != m_landscape;
    m_landscape = landscape;
    m_seatsLayout->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    int needed = m_style.minimumTarget() * 2 + m_startOver->sizeHint().width() + 60;
    for (QPushButton *button : std::as_const(m_languages))
        needed += button->sizeHint().width() + 12;
    m_top->setDirection(needed > width() - 48 ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    m_seatsLayout->setStretch(0, landscape ? 2 : 3);
    m_seatsLayout->setStretch(1, landscape ? 1 : 2);
    if (changed) {
        fillFilms();
        if (m_page == Page::Done)
            fillDonePage(); // the tickets as large as the new shape allows
    }
    fitSeats();
}

void KioskWindow::fitSeats()
{
    if (!m_view || m_scene->seatCount() == 0)
        return;
    m_view->fitAll();
    const qreal seatPixels = m_view->zoom() * SeatSize;
    if (seatPixels >= m_style.minimumTarget())
        return;
    m_view->zoomBy(m_style.minimumTarget() / seatPixels, QPointF(m_view->viewport()->rect().center()));
    QRectF around;
    const QStringList seats = m_sale->heldSeats().isEmpty() ? m_proposed : m_sale->heldSeats();
    for (const QString &id : seats) {
        if (const SeatItem *item = m_scene->seatItem(id))
            around |= item->sceneBoundingRect();
    }
    // As much of the hall as the zoom allows (the screen or stage too, where it fits), with the
    // customer's seats in view.
    m_view->centerOn(m_scene->contentRect().center());
    if (!around.isEmpty()) {
        // Well inside the view in a large hall; in a hall not much larger than the view, just in.
        const QSize view = m_view->viewport()->size();
        const QRectF content = m_view->mapFromScene(m_scene->contentRect()).boundingRect();
        const bool large = content.width() > 1.3 * view.width() || content.height() > 1.3 * view.height();
        m_view->ensureVisible(around, large ? view.width() / 5 : m_style.minimumTarget(),
                              large ? view.height() / 5 : m_style.minimumTarget());
    }
}

void KioskWindow::retranslate()
{
    m_startOver->setText(tr("Start over"));
    m_idleTitle->setText(tr("Tickets"));
    m_idleHint->setText(tr("Touch a film to buy tickets"));
    m_unavailable->setText(tr("Temporarily unavailable.\nPlease buy your tickets at the box office."));
    m_timesHint->setText(tr("Choose a time"));
    m_timesBack->setText(tr("Back"));
    m_ticketsTitle->setText(tr("How many tickets?"));
    m_ticketsBack->setText(tr("Back"));
    m_chooseSeats->setText(tr("Choose seats"));
    m_wheelchair->setText(tr("♿ I need a wheelchair space"));
    m_seatsTitle->setText(tr("Your seats"));
    m_seatsHint->setText(tr("Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back."));
    m_seatsBack->setText(tr("Back"));
    m_payTitle->setText(tr("Pay by card"));
    m_payBack->setText(tr("Back"));
    m_emailLabel->setText(tr("E-mail my tickets (optional):"));
    m_email->setPlaceholderText(tr("name@example.org"));
    if (!m_emailMessage->isHidden())
        m_emailMessage->setText(tr("This is not an e-mail address. Please check it, or leave the field empty."));
    m_doneTitle->setText(tr("Thank you! Enjoy the show."));
    m_doneButton->setText(tr("Done"));
    m_warningTitle->setText(tr("Still there?"));
    m_continue->setText(tr("Continue"));
    m_warningCountdown->setText(tr("Starting over in %n second(s).", nullptr, m_idle->isWarning() ? m_idle->secondsLeft() : m_settings.warningSeconds));
    fillFilms();
    if (m_page == Page::Times)
        fillTimes();
    if (const Show *show = currentShow())
        m_ticketsShow->setText(QStringLiteral("%1 · %2").arg(show->title, showTimeText(*show)));
    fillTicketTypes();
    updateSeatsPanel();
    updatePaymentPage();
    if (m_page == Page::Done)
        fillDonePage();
}

void KioskWindow::showPage(Page page)
{
    m_page = page;
    m_stack->setCurrentIndex(int(page));
    m_startOver->setVisible(page != Page::Idle && page != Page::Done);
    // Not while paying (the sale must finish) and not on the done screen (its own timer).
    m_idle->setActive(page == Page::Times || page == Page::Tickets || page == Page::Seats
                      || (page == Page::Payment && m_sale->state() != KioskSale::State::Paying));
    if (page == Page::Idle)
        m_touches = 0;
    if (page == Page::Seats && m_view)
        QTimer::singleShot(0, this, &KioskWindow::fitSeats);
    m_corner->raise();
    Q_EMIT pageChanged(page);
}

void KioskWindow::setLanguage(const QString &code)
{
    QString language = code;
    if (std::none_of(std::begin(kioskLanguages), std::end(kioskLanguages),
                     [&language](const KioskLanguage &l) { return language == QLatin1String(l.code); }))
        language = QStringLiteral("en");
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        installTranslation(*app, language);
    for (QPushButton *button : std::as_const(m_languages))
        button->setChecked(button->objectName() == QStringLiteral("language-") + language);
    retranslate();
}

void KioskWindow::resetToIdle()
{
    m_sale->releaseAll();
    m_doneTimer->stop();
    m_live->setShow(Show());
    m_mapReady = false;
    m_wantBest = false;
    m_proposed.clear();
    m_showId.clear();
    m_film.clear();
    m_counts.clear();
    m_types.clear();
    m_wheelchair->setChecked(false);
    m_seatsMessage->clear();
    m_ticketsMessage->clear();
    m_ticketsMessage->hide(); // its line goes to the ticket types while there is nothing to say
    m_payStatus->clear();
    // The next customer never sees this one's address.
    m_email->clear();
    m_emailMessage->clear();
    m_emailMessage->hide();
    m_lastEmail.clear();
    m_doneEmail->clear();
    m_doneEmail->hide();
    if (m_exit && m_exit->isVisible())
        m_exit->reject();
    if (m_language != m_settings.defaultLanguage)
        setLanguage(m_settings.defaultLanguage);
    showPage(Page::Idle);
    fillFilms();
}

KioskExitDialog *KioskWindow::exitDialog() const
{
    return m_exit;
}

void KioskWindow::openExitDialog()
{
    if (m_exit && m_exit->isVisible())
        return;
    if (m_exit)
        m_exit->deleteLater(); // closed, not deleted yet
    m_exit = new KioskExitDialog(m_settings.exitPinHash, m_connection->url(), m_connection->terminalId(), this);
    m_exit->setStyleSheet(m_style.styleSheet());
    m_exit->setAttribute(Qt::WA_DeleteOnClose);
    m_exit->resize(qMin(width() - 80, 1500), qMin(height() - 80, 900));
    connect(m_exit, &QDialog::accepted, this, &KioskWindow::exitRequested);
    // Staff at work are not a customer who left: no "Still there?" behind the dialog.
    m_idle->setActive(false);
    connect(m_exit, &QDialog::rejected, this, [this] { showPage(m_page); });
    m_exit->open();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport()) {
        // Taps on the map are the kiosk's own: one seat (or a wheelchair space and its
        // companion) at a time, never a rubber band or a selection.
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            m_pressAt = mouse->position().toPoint();
            m_panning = false;
            break; // counted as a touch below
        }
        case QEvent::MouseMove: {
            // A finger that moves pans the map (when it is larger than the view).
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (!(mouse->buttons() & Qt::LeftButton))
                return true;
            const QPoint at = mouse->position().toPoint();
            if (!m_panning && (at - m_pressAt).manhattanLength() < m_style.minimumTarget() / 3)
                return true;
            m_panning = true;
            const QPoint delta = at - m_pressAt;
            m_pressAt = at;
            m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() - delta.x());
            m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() - delta.y());
            return true;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && !m_panning) {
                if (SeatItem *item = m_view->seatAt(mouse->position().toPoint()))
                    seatTapped(item->seatId());
            }
            m_panning = false;
            return true;
        }
        default:
            break;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        // One touch, however many widgets the press is offered to on its way up.
        static quint64 lastStamp = 0;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this && mouse->timestamp() != lastStamp) {
            lastStamp = mouse->timestamp();
            ++m_touches;
        }
        if (m_view && watched == m_view->viewport())
            return true; // the map's taps are the kiosk's own (above)
    }
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::MouseButtonDblClick)
        return true;
    return QWidget::eventFilter(watched, event);
}

// --- the programme ---------------------------------------------------------------------------

void KioskWindow::updateAvailability()
{
    const bool available = m_connection->state() == ServerConnection::State::Connected && m_connection->isSignedIn()
        && m_showsLoaded;
    const bool changed = available != m_available;
    m_available = available;
    m_unavailable->setVisible(!available);
    m_filmBox->setVisible(available);
    m_idleHint->setVisible(available);
    m_featured->setVisible(available);
    if (!available)
        connectionLostMidPath();
    if (changed)
        Q_EMIT availabilityChanged(available);
}

void KioskWindow::connectionLostMidPath()
{
    switch (m_page) {
    case Page::Idle:
    case Page::Done:
        return;
    case Page::Payment:
        if (m_sale->state() == KioskSale::State::Paying) {
            // The sale's answer comes when the connection is back (or the request times out):
            // never a second attempt, never a customer sent away while the card is charged.
            m_payStatus->setText(tr("The connection was interrupted. Please wait…"));
            return;
        }
        break;
    default:
        break;
    }
    resetToIdle(); // releases the hold (sent once the connection is back)
}

void KioskWindow::loadVenues()
{
    QPointer<KioskWindow> self(this);
    m_connection->call<ListVenuesReply>(ListVenuesRequest {}, [this, self](const Result<ListVenuesReply> &reply) {
        if (!self)
            return;
        if (reply) {
            for (const VenueSummary &venue : reply->venues) {
                m_venueNames.insert(venue.id, venue.name);
                m_venueZones.insert(venue.id, venue.timezone.value_or(QString()));
                for (const AuditoriumSummary &auditorium : venue.auditoriums) {
                    m_auditoriums.insert(auditorium.id, auditorium.name);
                    m_auditoriumVenues.insert(auditorium.id, venue.id);
                }
            }
            fillFilms();
            // The show's venue is known now: its ticket types, in place of the show's plain prices.
            if (m_page == Page::Tickets && (m_types.isEmpty() || m_types.constFirst().id.isEmpty()))
                loadTicketTypes();
        }
        loadShows(); // today's by the venue's calendar (the terminal's if the venues are unknown)
    });
}

void KioskWindow::loadShows()
{
    if (!m_connection->isSignedIn())
        return;
    ListShowsRequest request;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    request.from = now;
    request.to = now.addDays(2);
    QPointer<KioskWindow> self(this);
    m_connection->call<ListShowsReply>(request, [this, self](const Result<ListShowsReply> &reply) {
        if (!self || !reply)
            return;
        QList<Show> shows;
        for (const Show &show : reply->shows) {
            if (isOnSale(show) && show.start > QDateTime::currentDateTimeUtc())
                shows.append(show);
        }
        std::sort(shows.begin(), shows.end(), [](const Show &a, const Show &b) { return a.start < b.start; });
        // Today's shows; once today's are over, the next day's (days of the venue's calendar).
        if (!shows.isEmpty()) {
            const QDate day = venueTime(shows.constFirst()).date();
            shows.erase(std::remove_if(shows.begin(), shows.end(),
                                       [this, day](const Show &s) { return venueTime(s).date() != day; }),
                        shows.end());
        }
        m_shows = shows;
        m_showsLoaded = true;
        fillFilms();
        if (m_page == Page::Times)
            fillTimes();
        updateAvailability();
    });
}

void KioskWindow::fillFilms()
{
    for (QPushButton *button : std::as_const(m_filmButtons)) {
        m_filmGrid->removeWidget(button); // out of the grid now, deleted later
        button->setObjectName(QString());
        button->hide();
        button->deleteLater();
    }
    m_filmButtons.clear();
    QStringList titles;
    for (const Show &show : std::as_const(m_shows)) {
        if (!titles.contains(show.title))
            titles.append(show.title);
    }
    const int columns = m_landscape ? 3 : 2;
    for (qsizetype i = 0; i < titles.size() && i < 12; ++i) {
        QStringList times;
        for (const Show &show : std::as_const(m_shows)) {
            if (show.title == titles[i])
                times.append(formatTime(venueTime(show).time()));
        }
        auto *button = new QPushButton(QStringLiteral("%1\n%2").arg(titles[i], times.join(QStringLiteral("  ·  "))), m_filmBox);
        button->setObjectName(QStringLiteral("film-%1").arg(i));
        button->setProperty("kiosk", i == 0 ? QStringLiteral("primary") : QString());
        button->setProperty("tile", true); // film titles as large as headings
        button->setMinimumHeight(m_style.buttonHeight() * 2);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const QString title = titles[i];
        connect(button, &QPushButton::clicked, this, [this, title] { filmChosen(title); });
        m_filmGrid->addWidget(button, int(i) / columns, int(i) % columns);
        m_filmButtons.append(button);
    }
    if (m_shows.isEmpty() && m_showsLoaded)
        m_featured->setText(tr("No more shows today."));
    else
        showFeatured();
}

void KioskWindow::attractStep()
{
    // The attract loop: the coming shows one after another, so that passers-by see what is on.
    if (m_shows.isEmpty() || m_page != Page::Idle)
        return;
    m_attractIndex = (m_attractIndex + 1) % int(m_shows.size());
    showFeatured();
}

void KioskWindow::showFeatured()
{
    if (m_shows.isEmpty())
        return;
    if (m_attractIndex >= m_shows.size())
        m_attractIndex = 0;
    const Show &show = m_shows.at(m_attractIndex);
    const QString time = formatTime(venueTime(show).time());
    const QString hall = auditoriumName(show.auditoriumId);
    m_featured->setText(hall.isEmpty() ? tr("%1 at %2").arg(show.title, time) : tr("%1 at %2 in %3").arg(show.title, time, hall));
}

void KioskWindow::filmChosen(const QString &title)
{
    if (!m_available)
        return;
    m_film = title;
    m_timesTitle->setText(title);
    fillTimes();
    showPage(Page::Times);
}

void KioskWindow::fillTimes()
{
    for (QPushButton *button : std::as_const(m_timeButtons)) {
        m_timesList->removeWidget(button);
        button->setObjectName(QString());
        button->hide();
        button->deleteLater();
    }
    m_timeButtons.clear();
    int index = 0;
    for (const Show &show : std::as_const(m_shows)) {
        if (show.title != m_film)
            continue;
        const QString seats = show.free > 0 ? tr("%n seat(s) free", nullptr, int(show.free)) : tr("Sold out");
        auto *button = new QPushButton(QStringLiteral("%1   %2   %3").arg(formatTime(venueTime(show).time()), auditoriumName(show.auditoriumId), seats), this);
        button->setObjectName(QStringLiteral("time-%1").arg(index));
        button->setProperty("kiosk", index == 0 ? QStringLiteral("primary") : QStringLiteral("choice"));
        button->setMinimumHeight(qRound(m_style.buttonHeight() * 1.5));
        button->setEnabled(show.free > 0);
        const QString id = show.id;
        connect(button, &QPushButton::clicked, this, [this, id] { showChosen(id); });
        m_timesList->addWidget(button);
        m_timeButtons.append(button);
        ++index;
    }
}

void KioskWindow::showChosen(const QString &showId)
{
    const auto it = std::find_if(m_shows.cbegin(), m_shows.cend(), [&showId](const Show &s) { return s.id == showId; });
    if (it == m_shows.cend())
        return;
    m_showId = showId;
    m_sale->start(showId);
    m_mapReady = false;
    m_proposed.clear();
    m_seatsMessage->clear();
    m_live->setShow(*it); // the map loads while the customer counts tickets
    m_ticketsShow->setText(QStringLiteral("%1 · %2").arg(it->title, showTimeText(*it)));
    m_seatsShow->setText(m_ticketsShow->text());
    m_types.clear();
    m_counts.clear();
    loadTicketTypes();
    showPage(Page::Tickets);
}

// --- tickets -----------------------------------------------------------------------------------

void KioskWindow::loadTicketTypes()
{
    const Show *show = currentShow();
    if (!show)
        return;
    // Until the venue's types are known: the show's own prices as the one (default) type.
    if (m_types.isEmpty()) {
        TicketChoice plain { QString(), tr("Ticket"), QString(), {} };
        for (const CategoryPrice &price : show->prices)
            plain.prices.insert(price.category, price.price);
        m_types = { plain };
        m_counts = { { QString(), 2 } };
        fillTicketTypes();
    }
    const QString venue = venueIdOf(show->auditoriumId);
    if (venue.isEmpty())
        return;
    const quint64 request = ++m_typesRequest;
    QPointer<KioskWindow> self(this);
    m_connection->call<ListPricingReply>(
        ListPricingRequest { venue },
        [this, self, request, showId = show->id, card = show->priceCardId, prices = show->prices](const Result<ListPricingReply> &reply) {
            if (!self || !reply || request != m_typesRequest || showId != m_showId)
                return;
            const PriceCard *priceCard = nullptr;
            for (const PriceCard &c : reply->priceCards) {
                if (card && c.id == *card)
                    priceCard = &c;
            }
            QList<TicketChoice> types;
            for (const TicketType &t : reply->ticketTypes) {
                if (t.archived)
                    continue;
                TicketChoice choice { t.id, t.name, t.note.value_or(QString()), {} };
                if (!priceCard) { // plain prices: the default type only
                    for (const CategoryPrice &p : prices)
                        choice.prices.insert(p.category, p.price);
                    types.append(choice);
                    break;
                }
                for (const CardPrice &p : priceCard->prices) {
                    if (p.ticketTypeId == t.id)
                        choice.prices.insert(p.category, p.price);
                }
                if (!choice.prices.isEmpty())
                    types.append(choice);
            }
            if (types.isEmpty())
                return;
            // The count chosen so far stays with the default type.
            const int defaultCount = m_counts.value(m_types.isEmpty() ? QString() : m_types.constFirst().id, 2);
            const bool untouched = m_counts.size() <= 1;
            m_types = types;
            if (untouched)
                m_counts = { { types.constFirst().id, defaultCount } };
            fillTicketTypes();
        });
}

void KioskWindow::fillTicketTypes()
{
    clearLayout(m_typeRows);
    m_typeRows->addStretch(1); // the rows stay at the top
    m_countLabels.clear();
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const TicketChoice &type = m_types.at(i);
        Money low, high;
        for (const Money &price : type.prices) {
            if (!low.currency().isValid() || price.minorUnits() < low.minorUnits())
                low = price;
            if (!high.currency().isValid() || price.minorUnits() > high.minorUnits())
                high = price;
        }
        auto *name = label(QStringLiteral("heading"));
        name->setText(type.note.isEmpty() ? type.name : QStringLiteral("%1 (%2)").arg(type.name, type.note));
        auto *price = label(QString());
        if (low.currency().isValid())
            price->setText(low.minorUnits() == high.minorUnits() ? formatMoney(low) : tr("from %1").arg(formatMoney(low)));
        auto *minus = new QPushButton(QStringLiteral("−"), this);
        minus->setObjectName(QStringLiteral("minus-%1").arg(i));
        auto *plus = new QPushButton(QStringLiteral("+"), this);
        plus->setObjectName(QStringLiteral("plus-%1").arg(i));
        for (QPushButton *button : { minus, plus })
            button->setFixedSize(m_style.buttonHeight(), m_style.buttonHeight());
        auto *count = label(QStringLiteral("title"), QStringLiteral("count-%1").arg(i));
        count->setAlignment(Qt::AlignCenter);
        count->setMinimumWidth(m_style.buttonHeight());
        count->setWordWrap(false);
        count->setText(QString::number(m_counts.value(type.id)));
        m_countLabels.insert(type.id, count);
        const QString id = type.id;
        connect(minus, &QPushButton::clicked, this, [this, id] { changeCount(id, -1); });
        connect(plus, &QPushButton::clicked, this, [this, id] { changeCount(id, +1); });
        auto *texts = new QVBoxLayout;
        texts->addWidget(name);
        texts->addWidget(price);
        auto *row = new QHBoxLayout;
        row->setSpacing(20);
        row->addLayout(texts, 1);
        row->addWidget(minus);
        row->addWidget(count);
        row->addWidget(plus);
        m_typeRows->insertLayout(m_typeRows->count() - 1, row); // above the stretch
    }
    updateTicketsTotal();
}

void KioskWindow::changeCount(const QString &typeId, int delta)
{
    int total = 0;
    for (int count : std::as_const(m_counts))
        total += count;
    const int now = m_counts.value(typeId);
    if (now + delta < 0)
        return;
    if (delta > 0 && total + delta > MaxTickets) {
        m_ticketsMessage->setText(tr("At most %n tickets per purchase here; for more, please go to the box office.", nullptr, MaxTickets));
        m_ticketsMessage->show();
        return;
    }
    m_ticketsMessage->clear();
    m_ticketsMessage->hide(); // its line goes to the ticket types while there is nothing to say
    m_counts.insert(typeId, now + delta);
    if (QLabel *count = m_countLabels.value(typeId))
        count->setText(QString::number(now + delta));
    updateTicketsTotal();
}

void KioskWindow::updateTicketsTotal()
{
    int total = 0;
    for (int count : std::as_const(m_counts))
        total += count;
    m_ticketsTotal->setText(tr("%n ticket(s)", nullptr, total));
    m_chooseSeats->setEnabled(total > 0);
}

void KioskWindow::seatsRequested()
{
    QStringList order;
    QHash<QString, int> counts;
    for (const TicketChoice &type : std::as_const(m_types)) {
        order.append(type.id);
        if (m_counts.value(type.id) > 0)
            counts.insert(type.id, m_counts.value(type.id));
    }
    if (counts.isEmpty())
        return;
    // Before the venue's types arrived: one type without an id, one plain hold.
    m_sale->setTicketTypes(order, counts);
    m_seatsMessage->clear();
    m_wantBest = true;
    m_bestAttempts = 0;
    showPage(Page::Seats);
    if (m_mapReady && m_sale->heldSeats().isEmpty())
        proposeBest();
    updateSeatsPanel();
}

// --- seats -------------------------------------------------------------------------------------

void KioskWindow::proposeBest()
{
    const Layout &layout = m_scene->seatLayout();
    if (m_scene->seatCount() == 0 || !m_mapReady)
        return;
    const QString key = QStringLiteral("%1/%2/%3").arg(layout.name).arg(layout.version).arg(m_scene->seatCount());
    if (key != m_planKey) {
        m_plan = SeatingPlan(layout);
        m_planKey = key;
    }
    std::vector<bool> free(size_t(m_plan.size()), false);
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const SeatItem *item = m_scene->seatItem(m_plan.seatId(i));
        free[size_t(i)] = item && item->isSelectableByMe();
    }
    BestSeatsRequest request;
    request.count = m_sale->ticketCount();
    request.wheelchairSpaces = m_wheelchair->isChecked() ? 1 : 0;
    const BestSeats best = m_plan.best(free, request);
    if (best.isEmpty()) {
        m_wantBest = false;
        m_seatsMessage->setText(tr("Sorry, there are not enough free seats for %n people in this show.", nullptr, request.count));
        updateSeatsPanel();
        return;
    }
    m_proposed = best.seatIds;
    m_sale->holdSeats(best.seatIds);
    updateSeatsPanel();
}

QString KioskWindow::partnerSeat(const QString &seatId) const
{
    // A wheelchair space's companion seat beside it in its row, or a companion seat's space.
    const SeatRef ref = m_scene->seatLayout().findSeat(seatId);
    if (!ref)
        return {};
    const SeatFlag wanted = ref.seat->flags.testFlag(SeatFlag::Wheelchair) ? SeatFlag::Companion
        : ref.seat->flags.testFlag(SeatFlag::Companion)                    ? SeatFlag::Wheelchair
                                                                           : SeatFlag::Blocked;
    if (wanted == SeatFlag::Blocked)
        return {};
    const QList<Seat> &seats = ref.row->seats;
    const qsizetype at = ref.seat - seats.constData();
    for (const qsizetype i : { at + 1, at - 1 }) {
        if (i >= 0 && i < seats.size() && seats[i].flags.testFlag(wanted))
            return seats[i].id;
    }
    return {};
}

void KioskWindow::seatTapped(const QString &seatId)
{
    if (m_page != Page::Seats)
        return;
    if (m_sale->isBusy()) {
        m_seatsMessage->setText(tr("One moment, please…"));
        return;
    }
    const int wanted = m_sale->ticketCount();
    QStringList desired = m_sale->heldSeats();
    const SeatItem *item = m_scene->seatItem(seatId);
    if (!item)
        return;
    const QString partner = partnerSeat(seatId);
    const SeatRef ref = m_scene->seatLayout().findSeat(seatId);
    const bool wheelchair = ref && ref.seat->flags.testFlag(SeatFlag::Wheelchair);
    if (desired.contains(seatId)) {
        // Giving a seat back; a wheelchair space goes with its companion.
        desired.removeAll(seatId);
        if (wheelchair && !partner.isEmpty())
            desired.removeAll(partner);
    } else {
        if (!item->isSelectableByMe()) {
            m_seatsMessage->setText(tr("Sorry, that seat is taken. Please choose a free one."));
            return;
        }
        QStringList group { seatId };
        // A wheelchair space takes its companion seat too, in the same step.
        if (wheelchair && !partner.isEmpty() && wanted >= 2) {
            const SeatItem *companion = m_scene->seatItem(partner);
            if (companion && companion->isSelectableByMe() && !desired.contains(partner))
                group.append(partner);
        }
        // Room for the new seats: the customer's seats farthest from the tap make way, so that
        // the group moves where the customer points.
        const LayoutPoint at = item->seat().position;
        const auto distance = [this, at](const QString &id) {
            const SeatRef r = m_scene->seatLayout().findSeat(id);
            return r ? std::hypot(r.seat->position.x - at.x, r.seat->position.y - at.y) : 0.0;
        };
        while (!desired.isEmpty() && desired.size() + group.size() > wanted) {
            const auto farthest = std::max_element(desired.cbegin(), desired.cend(), [&distance](const QString &a, const QString &b) {
                return distance(a) < distance(b);
            });
            desired.removeAt(farthest - desired.cbegin());
        }
        desired.append(group);
        while (desired.size() > wanted)
            desired.removeLast();
    }
    m_seatsMessage->clear();
    m_sale->holdSeats(desired);
}

void KioskWindow::holdRefused(ErrorCode code)
{
    if (m_wantBest && m_sale->heldSeats().isEmpty() && ++m_bestAttempts < 4) {
        // Someone was quicker for the seats proposed: propose again once the map has caught up.
        QTimer::singleShot(400, this, [this] {
            if (m_page == Page::Seats && m_wantBest && m_sale->heldSeats().isEmpty())
                proposeBest();
        });
        return;
    }
    switch (code) {
    case ErrorCode::OrphanSeat:
        m_seatsMessage->setText(tr("Please don't leave a single seat empty on its own between others. Your seats have not changed."));
        break;
    case ErrorCode::SeatUnavailable:
        m_seatsMessage->setText(tr("Sorry, someone else has just taken that seat. Your seats have not changed."));
        break;
    default:
        m_seatsMessage->setText(tr("Sorry, that did not work. Your seats have not changed."));
        break;
    }
    updateSeatsPanel();
}

void KioskWindow::updateSeatsPanel()
{
    const QStringList held = m_sale->heldSeats();
    const int wanted = m_sale->ticketCount();
    if (m_sale->state() == KioskSale::State::Holding && held.isEmpty())
        m_seatsChosen->setText(tr("Finding the best seats…"));
    else if (held.isEmpty() && m_wantBest)
        m_seatsChosen->setText(tr("Finding the best seats…"));
    else
        m_seatsChosen->setText(seatsText(held));
    if (!held.isEmpty() && held.size() < wanted)
        m_seatsHint->setText(tr("Tap %n more free seat(s).", nullptr, int(wanted - held.size())));
    else
        m_seatsHint->setText(tr("Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back."));
    const bool ready = m_sale->state() == KioskSale::State::Held && !held.isEmpty() && held.size() == wanted;
    m_seatsTotal->setText(ready ? tr("Total: %1").arg(formatMoney(m_sale->total())) : QString());
    m_toPayment->setEnabled(ready);
    m_toPayment->setText(tr("Continue to payment"));
}

// --- payment -----------------------------------------------------------------------------------

void KioskWindow::goToPayment()
{
    if (m_sale->state() != KioskSale::State::Held)
        return;
    m_payStatus->clear();
    updatePaymentPage();
    showPage(Page::Payment);
}

void KioskWindow::updatePaymentPage()
{
    const Show *show = currentShow();
    m_payAmount->setText(formatMoney(m_sale->total()));
    m_paySummary->setText(show ? QStringLiteral("%1 · %2\n%3").arg(show->title, showTimeText(*show), seatsText(m_sale->heldSeats()))
                               : QString());
    const bool paying = m_sale->state() == KioskSale::State::Paying;
    m_payButton->setText(tr("Pay %1 by card").arg(formatMoney(m_sale->total())));
    m_payButton->setEnabled(m_sale->state() == KioskSale::State::Held && m_available);
    m_payBack->setEnabled(!paying);
    m_startOver->setEnabled(!paying);
    m_email->setReadOnly(paying);
}

QString KioskWindow::customerEmail() const
{
    return m_email->text().trimmed();
}

void KioskWindow::setCustomerEmail(const QString &email)
{
    m_email->setText(email);
    m_emailMessage->clear();
    m_emailMessage->hide();
}

QString KioskWindow::doneEmailText() const
{
    return m_doneEmail->isHidden() ? QString() : m_doneEmail->text();
}

void KioskWindow::pay()
{
    if (m_sale->state() != KioskSale::State::Held)
        return;
    const QString email = customerEmail();
    if (!email.isEmpty() && !isPlausibleEmail(email)) {
        m_emailMessage->setText(tr("This is not an e-mail address. Please check it, or leave the field empty."));
        m_emailMessage->show();
        m_email->setFocus();
        return;
    }
    m_idle->setActive(false); // the sale finishes, whatever the customer does
    m_payStatus->setText(tr("Follow the instructions on the card terminal."));
    m_lastEmail = email;
    if (email.isEmpty())
        m_sale->payByCard();
    else
        m_sale->payByCard(email, isSaleLanguage(m_language) ? std::optional<QString>(m_language) : std::nullopt);
    updatePaymentPage();
}

void KioskWindow::paymentProgress(PaymentStage stage)
{
    switch (stage) {
    case PaymentStage::WaitingForCard:
        m_payStatus->setText(tr("Insert, tap or swipe your card on the card terminal."));
        break;
    case PaymentStage::Authorising:
        m_payStatus->setText(tr("Authorising…"));
        break;
    case PaymentStage::Approved:
        m_payStatus->setText(tr("Approved."));
        break;
    case PaymentStage::Declined:
        m_payStatus->setText(tr("Declined."));
        break;
    case PaymentStage::Cancelled:
        m_payStatus->setText(tr("Cancelled."));
        break;
    }
}

void KioskWindow::paymentFailed(ErrorCode code, const QString &message)
{
    Q_UNUSED(message);
    switch (code) {
    case ErrorCode::PaymentDeclined:
        m_payStatus->setText(tr("Your card was declined; nothing was charged. You can try again or use another card."));
        break;
    case ErrorCode::PaymentTimeout:
        m_payStatus->setText(tr("The card terminal did not answer; nothing was charged. Please try again."));
        break;
    case ErrorCode::HoldExpired:
    case ErrorCode::HoldNotFound:
        m_payStatus->setText(tr("Sorry, the time for your seats ran out and they were released. Please start over."));
        break;
    default:
        m_payStatus->setText(tr("The payment could not be confirmed. If your card was charged, please ask at the box office."));
        break;
    }
    updatePaymentPage();
    if (!m_available) {
        resetToIdle();
        return;
    }
    m_idle->setActive(m_page == Page::Payment);
}

void KioskWindow::sold(const SellReply &reply)
{
    const Show *show = currentShow();
    const QString venue = show ? m_venueNames.value(venueIdOf(show->auditoriumId)) : QString();
    m_lastTickets.clear();
    for (const Ticket &ticket : reply.tickets) {
        TicketInfo info;
        info.venueName = venue;
        info.showTitle = show ? show->title : QString();
        info.start = show ? venueTime(*show) : QDateTime();
        info.auditorium = show ? auditoriumName(show->auditoriumId) : QString();
        info.seatLabel = seatLabel(ticket.seatId);
        const Category *category = m_scene->seatLayout().category(ticket.category);
        info.category = category ? category->name : ticket.category;
        info.ticketType = ticket.ticketTypeName.value_or(QString());
        info.price = ticket.price;
        info.code = ticket.code;
        m_lastTickets.append(info);
    }
    // Printed when the kiosk has a ticket printer; else the customer photographs the QR codes.
    // The kiosk's own printer setting, else the terminal's ticket printer (printing/ticketPrinter).
    m_printed = false;
    const std::unique_ptr<QPrinter> printer = m_settings.printer.isEmpty() ? TicketOutput::configuredPrinter()
                                                                           : TicketOutput::printerNamed(m_settings.printer);
    if (printer)
        m_printed = bool(TicketRenderer::printTickets(m_lastTickets, printer.get()));
    m_live->setShow(Show());
    fillDonePage();
    showPage(Page::Done);
    m_doneTimer->start(m_printed ? 15000 : 90000);
}

void KioskWindow::fillDonePage()
{
    clearLayout(m_ticketImages);
    m_doneEmail->setText(m_lastEmail.isEmpty() ? QString()
                                               : tr("Your tickets are on their way to %1.").arg(m_lastEmail));
    m_doneEmail->setVisible(!m_lastEmail.isEmpty());
    if (m_printed) {
        m_doneText->setText(tr("Please take your %n ticket(s) from the printer below.", nullptr, int(m_lastTickets.size())));
        return;
    }
    m_doneText->setText(tr("Photograph your %n ticket(s): the QR code is your ticket at the door.", nullptr, int(m_lastTickets.size())));
    m_ticketImages->addStretch(1);
    // Side by side, as large as fits: a phone photographs the QR codes from a step away.
    const int perTicket = (width() - 120) / int(qMax(qsizetype(1), qMin(m_lastTickets.size(), qsizetype(4))));
    const int imageHeight = qMax(300, qMin(int(height() * 0.55), perTicket * 150 / 80));
    for (const TicketInfo &ticket : std::as_const(m_lastTickets)) {
        const QImage image = TicketRenderer::renderTicket(ticket, 150);
        auto *picture = new QLabel(m_ticketBox);
        picture->setObjectName(QStringLiteral("ticketImage"));
        picture->setPixmap(QPixmap::fromImage(image.scaledToHeight(imageHeight, Qt::SmoothTransformation)));
        picture->setAlignment(Qt::AlignCenter);
        m_ticketImages->addWidget(picture);
    }
    m_ticketImages->addStretch(1);
}

QString KioskWindow::message() const
{
    switch (m_page) {
    case Page::Tickets:
        return m_ticketsMessage->text();
    case Page::Seats:
        return m_seatsMessage->text();
    case Page::Payment:
        return m_payStatus->text();
    case Page::Done:
        return m_doneText->text();
    default:
        return idleText();
    }
}

QString KioskWindow::idleText() const
{
    return m_available ? m_idleHint->text() : m_unavailable->text();
}

// --- helpers -----------------------------------------------------------------------------------

const Show *KioskWindow::currentShow() const
{
    for (const Show &show : m_shows) {
        if (show.id == m_showId)
            return &show;
    }
    return m_live->show().id == m_showId && !m_showId.isEmpty() ? &m_live->show() : nullptr;
}

QString KioskWindow::seatLabel(const QString &seatId) const
{
    const SeatRef ref = m_scene->seatLayout().findSeat(seatId);
    if (!ref)
        return seatId;
    return tr("Row %1, seat %2").arg(ref.row->label, ref.seat->label);
}

QString KioskWindow::seatsText(const QStringList &seatIds) const
{
    QStringList labels;
    for (const QString &seat : seatIds)
        labels.append(seatLabel(seat));
    return labels.join(u'\n');
}

QDateTime KioskWindow::venueTime(const Show &show) const
{
    return show.start.toTimeZone(venueZone(m_venueZones.value(m_auditoriumVenues.value(show.auditoriumId))));
}

QString KioskWindow::showTimeText(const Show &show) const
{
    const QDateTime start = venueTime(show);
    const QString time = formatTime(start.time());
    const QString hall = auditoriumName(show.auditoriumId);
    const QDate today = todayIn(start.timeZone()); // the venue's today
    if (start.date() == today)
        return tr("today %1, %2").arg(time, hall);
    if (start.date() == today.addDays(1))
        return tr("tomorrow %1, %2").arg(time, hall);
    return QStringLiteral("%1 %2, %3").arg(formatDate(start.date()), time, hall);
}

QString KioskWindow::auditoriumName(const QString &auditoriumId) const
{
    return m_auditoriums.value(auditoriumId);
}

QString KioskWindow::venueIdOf(const QString &auditoriumId) const
{
    return m_auditoriumVenues.value(auditoriumId);
}

} // namespace Marquee
