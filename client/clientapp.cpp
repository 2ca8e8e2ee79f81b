#include "clientapp.h"
#include "translation.h"

#include "backofficewindow.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "connectionbanner.h"
#include "doorwindow.h"
#include "showpicker.h"
#include "studioconnection.h"
#include "studiowindow.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

namespace Marquee {

namespace {

QString terminalId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("terminal/id")).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("box-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        settings.setValue(QStringLiteral("terminal/id"), id);
    }
    return id;
}

// --studio and --backoffice: a window of its own for managers and admins, on a connection of its
// own. Signs in (on top of the window); a cashier or kiosk is signed out again with refusal(session)
// and asked to sign in as someone else; a manager or admin gets ready().
void startManagerWindow(QObject *owner, const ClientOptions &options, ServerConnection &connection, QWidget *window,
                        SignInDialog *signIn, const QString &title,
                        std::function<QString(const SessionReply &)> refusal, std::function<void()> ready)
{
    // A manager's window takes no money: its sign-ins open no cash drawer's shift.
    connection.setDrawer(false);
    signIn->setPurpose(title);
    window->show();
    if (!options.serverUrl.isEmpty())
        signIn->setServerUrl(options.serverUrl);
    QObject::connect(signIn, &QDialog::rejected, owner, [&connection, window] {
        if (!connection.isSignedIn() && connection.signingInAs().isEmpty())
            window->close();
    });
    QObject::connect(&connection, &ServerConnection::signedIn, owner,
                     [&connection, window, signIn, title, refusal = std::move(refusal),
                      ready = std::move(ready)](const SessionReply &session) {
                         if (session.user.role != Role::Manager && session.user.role != Role::Admin) {
                             connection.signOut();
                             QMessageBox::information(window, title, refusal(session));
                             signIn->present();
                             return;
                         }
                         ready();
                     });
    QObject::connect(&connection, &ServerConnection::sessionLost, signIn, &SignInDialog::present);
    const QUrl url(signIn->serverUrl());
    if (url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")))
        connection.open(url);
    signIn->present();
    if (!options.user.isEmpty())
        signIn->signInAs(options.user, options.password);
}

} // namespace

BoxOfficeClient::BoxOfficeClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(options.terminalId.isEmpty() ? terminalId() : options.terminalId)
    , m_cache(options.cachePath.isEmpty() ? LocalCache::defaultPath() : options.cachePath)
    , m_window(&m_connection, &m_cache)
    , m_signIn(&m_connection, &m_window)
{
    m_window.show();
    if (!options.serverUrl.isEmpty())
        m_signIn.setServerUrl(options.serverUrl);
    connect(&m_signIn, &QDialog::rejected, this, &BoxOfficeClient::signInCancelled);
    connect(&m_window, &MainWindow::signInRequested, &m_signIn, &SignInDialog::present);
    connect(&m_window, &MainWindow::layoutStudioRequested, this, &BoxOfficeClient::openStudio);
    connect(&m_window, &MainWindow::backOfficeRequested, this, &BoxOfficeClient::openBackOffice);
    // Connect at once: the window says whether the server can be reached before anyone signs in.
    const QUrl url(m_signIn.serverUrl());
    if (url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")))
        m_connection.open(url);
    m_signIn.present();
    if (!options.user.isEmpty())
        m_signIn.signInAs(options.user, options.password);
}

BoxOfficeClient::~BoxOfficeClient()
{
    delete m_studio; // before the connection it uses
    delete m_backOffice;
}

StudioWindow *BoxOfficeClient::studioWindow() const
{
    return m_studio;
}

StudioConnection *BoxOfficeClient::studioConnection() const
{
    return m_studioConnection;
}

void BoxOfficeClient::openStudio()
{
    if (!m_studio) {
        m_studio = new StudioWindow; // a window of its own, beside the box office
        m_studio->setAttribute(Qt::WA_DeleteOnClose);
        m_studioConnection = new StudioConnection(&m_connection, m_studio, m_studio);
    }
    m_studio->show();
    m_studio->raise();
    m_studioConnection->showBrowser();
}

BackOfficeWindow *BoxOfficeClient::backOfficeWindow() const
{
    return m_backOffice;
}

void BoxOfficeClient::openBackOffice()
{
    if (!m_backOffice) {
        m_backOffice = new BackOfficeWindow(&m_connection); // a window of its own, beside the box office
        m_backOffice->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_backOffice->show();
    m_backOffice->raise();
}

StudioClient::StudioClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(options.terminalId.isEmpty() ? terminalId() : options.terminalId)
    , m_window(std::make_unique<StudioWindow>())
    , m_studio(new StudioConnection(&m_connection, m_window.get(), this))
    , m_signIn(new SignInDialog(&m_connection, m_window.get()))
{
    startManagerWindow(
        this, options, m_connection, m_window.get(), m_signIn, StudioWindow::tr("Layout studio"),
        [](const SessionReply &session) {
            return StudioWindow::tr("The layout studio is for managers and admins; %1 is a %2.")
                .arg(session.user.name, roleName(session.user.role));
        },
        [this] { m_studio->showBrowser(); });
}

StudioClient::~StudioClient()
{
    delete m_signIn;
    delete m_studio;
    m_window.reset();
}

BackOfficeClient::BackOfficeClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(options.terminalId.isEmpty() ? terminalId() : options.terminalId)
    , m_window(std::make_unique<BackOfficeWindow>(&m_connection))
    , m_signIn(new SignInDialog(&m_connection, m_window.get()))
{
    startManagerWindow(
        this, options, m_connection, m_window.get(), m_signIn, BackOfficeWindow::tr("Back office"),
        [](const SessionReply &session) {
            return BackOfficeWindow::tr("The back office is for managers and admins; %1 is a %2.")
                .arg(session.user.name, roleName(session.user.role));
        },
        [] {}); // the pages load when shown and after each sign-in
}

BackOfficeClient::~BackOfficeClient()
{
    delete m_signIn;
    m_window.reset(); // before the connection it uses
}

namespace {

KioskSettings kioskSettings(const ClientOptions &options)
{
    QSettings settings;
    KioskSettings kiosk = KioskSettings::load(settings);
    if (!options.serverUrl.isEmpty())
        kiosk.serverUrl = options.serverUrl;
    if (!options.user.isEmpty()) {
        kiosk.user = options.user;
        kiosk.password = options.password;
    }
    if (!options.terminalId.isEmpty())
        kiosk.terminalId = options.terminalId;
    return kiosk;
}

// A door has an id of its own ("door-..."), which the server records as the door that admitted
// a ticket: "Already admitted at 19:42 (door-3f2a)". Set it with --terminal-id ("door-2").
QString doorTerminalId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("door/terminalId")).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("door-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        settings.setValue(QStringLiteral("door/terminalId"), id);
    }
    return id;
}

} // namespace

KioskClient::KioskClient(const ClientOptions &options, bool fullScreen, QObject *parent)
    : QObject(parent)
    , m_connection(kioskSettings(options).terminalId)
{
    const KioskSettings settings = kioskSettings(options);
    m_user = settings.user;
    m_password = settings.password;
    m_connection.setDrawer(false); // kiosks take cards only
    m_window = std::make_unique<KioskWindow>(&m_connection, settings);
    connect(m_window.get(), &KioskWindow::exitRequested, this, [] { QApplication::quit(); });
    // Signed in again by itself: a session lost (expired, server data reset) ends nobody's day.
    connect(&m_connection, &ServerConnection::sessionLost, this, [this] { QTimer::singleShot(2000, this, &KioskClient::signIn); });
    if (fullScreen) {
        // Full screen is only a request to a window manager; a kiosk often runs without one (a
        // bare X session), so the window takes the whole screen itself, and follows it (rotated).
        if (QScreen *screen = QGuiApplication::primaryScreen()) {
            m_window->setGeometry(screen->geometry());
            connect(screen, &QScreen::geometryChanged, m_window.get(), [window = m_window.get()](const QRect &geometry) {
                window->setGeometry(geometry);
            });
        }
        m_window->showFullScreen();
        QApplication::setOverrideCursor(Qt::BlankCursor); // a touch screen: no pointer to see
    } else {
        m_window->resize(1920, 1080);
        m_window->show();
    }
    const QUrl url(settings.serverUrl);
    if (url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss"))) {
        m_connection.open(url);
        signIn();
    }
}

KioskClient::~KioskClient()
{
    m_window.reset(); // before the connection it uses
}

void KioskClient::signIn()
{
    if (m_connection.isSignedIn() || !m_connection.signingInAs().isEmpty())
        return;
    QPointer<KioskClient> self(this);
    m_connection.signIn(m_user, m_password, [this, self](const Result<SessionReply> &session) {
        // Refused (a wrong password in the config, the account disabled): the kiosk stays
        // unavailable and tries again in a minute.
        if (self && !session)
            QTimer::singleShot(60000, this, &KioskClient::signIn);
    });
}

DoorClient::DoorClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(options.terminalId.isEmpty() ? doorTerminalId() : options.terminalId)
    , m_window(std::make_unique<DoorWindow>(&m_connection))
    , m_signIn(new SignInDialog(&m_connection, m_window.get()))
{
    // Ushers sign in as cashiers, managers or admins; a door takes no money and opens no shift.
    m_connection.setDrawer(false);
    const QString title = DoorWindow::tr("Door");
    m_signIn->setPurpose(title);
    m_window->show();
    if (!options.serverUrl.isEmpty())
        m_signIn->setServerUrl(options.serverUrl);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_connection.isSignedIn() && m_connection.signingInAs().isEmpty())
            m_window->close();
    });
    connect(m_window->banner(), &ConnectionBanner::signInRequested, m_signIn, &SignInDialog::present);
    connect(&m_connection, &ServerConnection::signedIn, this, [this, title](const SessionReply &session) {
        if (session.user.role == Role::Kiosk) {
            m_connection.signOut();
            QMessageBox::information(m_window.get(), title,
                                     DoorWindow::tr("The door is for ushers signed in as a cashier, manager or admin; %1 is a %2.")
                                         .arg(session.user.name, roleName(session.user.role)));
            // After the dialog has taken the answer of this sign-in (it closes on success).
            QTimer::singleShot(0, m_signIn, &SignInDialog::present);
            return;
        }
        m_window->start();
    });
    connect(&m_connection, &ServerConnection::sessionLost, m_signIn, &SignInDialog::present);
    const QUrl url(m_signIn->serverUrl());
    if (url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")))
        m_connection.open(url);
    m_signIn->present();
    if (!options.user.isEmpty())
        m_signIn->signInAs(options.user, options.password);
}

DoorClient::~DoorClient()
{
    delete m_signIn;
    m_window.reset(); // before the connection it uses
}

void BoxOfficeClient::signInCancelled()
{
    // Quitting stays in the menu; the window closes here only when it has nothing to show.
    if (m_connection.isSignedIn() || !m_connection.signingInAs().isEmpty() || m_window.showPicker()->showCount() > 0)
        return;
    m_window.close();
}


namespace {

// The command line of `marquee`, defined once: for a real run and for --help and --version, which
// are answered before any QApplication exists (they need no display).
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption server{QStringLiteral("server"), QCoreApplication::translate("main", "Server URL (ws:// or wss://)."),
                                    QStringLiteral("url")};
    const QCommandLineOption user{QStringLiteral("user"), QCoreApplication::translate("main", "Sign in as this user."), QStringLiteral("name")};
    const QCommandLineOption password{QStringLiteral("password"), QCoreApplication::translate("main", "Password for --user (demo only)."),
                                      QStringLiteral("password")};
    const QCommandLineOption terminal{QStringLiteral("terminal-id"), QCoreApplication::translate("main", "This terminal's id."),
                                      QStringLiteral("id")};
    const QCommandLineOption language{QStringLiteral("language"), QCoreApplication::translate("main", "User interface language (en, de, fr, es)."),
                                      QStringLiteral("code")};
    const QCommandLineOption studio{QStringLiteral("studio"),
                                    QCoreApplication::translate("main", "Open the layout studio (managers and admins) instead of the box office.")};
    const QCommandLineOption backOffice{QStringLiteral("backoffice"),
                                        QCoreApplication::translate("main", "Open the back office (managers and admins) instead of the box office.")};
    const QCommandLineOption kiosk{QStringLiteral("kiosk"),
                                   QCoreApplication::translate("main", "Run as the self-service kiosk (full screen; settings in the config file's kiosk group).")};
    const QCommandLineOption door{QStringLiteral("door"),
                                  QCoreApplication::translate("main", "Open the door scanner (ushers: cashiers, managers, admins) instead of the box office.")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a PNG of the main window after a few seconds, then quit."),
                                        QStringLiteral("file")};
};

CommandLine::CommandLine()
    : help(parser.addHelpOption())
    , version(parser.addVersionOption())
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Marquee box office"));
    parser.addOptions({server, user, password, terminal, language, studio, backOffice, kiosk, screenshot});
    parser.addOption(door);
}

} // namespace

bool asksForHelpOrVersion(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    (void)commandLine.parser.parse(arguments); // errors are reported by the run that follows
    return commandLine.parser.isSet(commandLine.help) || commandLine.parser.isSet(commandLine.version)
        || commandLine.parser.isSet(QStringLiteral("help-all"));
}

int showHelpOrVersion(QCoreApplication &app)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    // Options that QApplication would have taken for itself (-platform, -style) are no error here.
    (void)parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(app); // the help with Qt's own options; exits
    if (parser.isSet(commandLine.version))
        parser.showVersion(); // exits
    parser.showHelp(0); // exits
}

int runClient(QApplication &app)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);
    const QCommandLineOption &server = commandLine.server;
    const QCommandLineOption &user = commandLine.user;
    const QCommandLineOption &password = commandLine.password;
    const QCommandLineOption &terminal = commandLine.terminal;
    const QCommandLineOption &language = commandLine.language;
    const QCommandLineOption &screenshot = commandLine.screenshot;

    QSettings settings;
    const QString lang = parser.isSet(language) ? parser.value(language) : settings.value(QStringLiteral("ui/language")).toString();
    installTranslation(app, lang);

    ClientOptions options;
    options.serverUrl = parser.value(server);
    options.user = parser.value(user);
    options.password = parser.value(password);
    options.terminalId = parser.value(terminal);
    options.studio = parser.isSet(commandLine.studio);
    if (options.studio) {
        StudioClient studioClient(options);
        return QApplication::exec();
    }
    options.kiosk = parser.isSet(commandLine.kiosk);
    if (options.kiosk) {
        KioskClient kioskClient(options);
        return QApplication::exec();
    }
    options.backOffice = parser.isSet(commandLine.backOffice);
    if (options.backOffice) {
        BackOfficeClient backOfficeClient(options);
        return QApplication::exec();
    }
    options.door = parser.isSet(commandLine.door);
    if (options.door) {
        DoorClient doorClient(options);
        return QApplication::exec();
    }
    BoxOfficeClient client(options);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        MainWindow *window = client.window();
        QTimer::singleShot(6000, window, [window, file] {
            window->grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Marquee
