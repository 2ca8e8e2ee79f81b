#pragma once

#include "localcache.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "signindialog.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

#include <memory>

class QApplication;
class QCoreApplication;
class QString;

namespace Marquee {

// True when the command line asks for --help or --version. main() answers those with a
// QCoreApplication (showHelpOrVersion()), as a QApplication aborts where there is no display.
bool asksForHelpOrVersion(int argc, char *argv[]);
// Prints the help or the version (the same option definitions as runClient()) and exits.
int showHelpOrVersion(QCoreApplication &app);

// How the box office starts (from the command line).
struct ClientOptions
{
    QString serverUrl;  // empty: the last server used
    QString user;       // with password: signs in without asking
    QString password;
    QString terminalId; // empty: this machine's remembered id
    QString cachePath;  // empty: LocalCache::defaultPath()
    bool studio = false; // --studio: the layout studio instead of the box office
    bool backOffice = false; // --backoffice: the back office instead of the box office
    bool kiosk = false; // --kiosk: the self-service lobby kiosk (settings: the config file's "kiosk" group)
    bool door = false; // --door: the door scanner (ushers) instead of the box office
};

class BackOfficeWindow;
class KioskWindow;
class StudioConnection;
class StudioWindow;

// The box office as the executable runs it: connection, local cache, main window and sign-in.
// It starts with what the cache holds and works without its server: the connection keeps trying
// (the main window says so), and the sign-in, given on the command line or typed in, completes by
// itself when the server answers. Cancelling the sign-in closes the window only when there is
// nothing to show.
class BoxOfficeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoxOfficeClient)

public:
    explicit BoxOfficeClient(const ClientOptions &options, QObject *parent = nullptr);
    ~BoxOfficeClient() override;

    ServerConnection *connection() { return &m_connection; }
    LocalCache *cache() { return &m_cache; }
    MainWindow *window() { return &m_window; }
    SignInDialog *signInDialog() { return &m_signIn; }
    // Venue > Layouts...: the layout studio on this client's connection (null until opened).
    StudioWindow *studioWindow() const;
    StudioConnection *studioConnection() const;
    void openStudio();
    // Venue > Back office...: the back office on this client's connection (null until opened).
    BackOfficeWindow *backOfficeWindow() const;
    void openBackOffice();

private:
    void signInCancelled();

    ServerConnection m_connection;
    LocalCache m_cache;
    MainWindow m_window;
    SignInDialog m_signIn;
    QPointer<StudioWindow> m_studio;
    QPointer<StudioConnection> m_studioConnection;
    QPointer<BackOfficeWindow> m_backOffice;
};

// `marquee --studio`: the layout studio on its own, for managers and admins. It signs in, then
// opens the venues and layouts on the server.
class StudioClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioClient)

public:
    explicit StudioClient(const ClientOptions &options, QObject *parent = nullptr);
    ~StudioClient() override;

    ServerConnection *connection() { return &m_connection; }
    StudioWindow *window() const { return m_window.get(); }
    StudioConnection *studioConnection() const { return m_studio; }
    SignInDialog *signInDialog() const { return m_signIn; }

private:
    ServerConnection m_connection;
    std::unique_ptr<StudioWindow> m_window;
    StudioConnection *m_studio;
    SignInDialog *m_signIn;
};

// `marquee --backoffice`: the back office on its own, for managers and admins (users, audit log).
class BackOfficeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackOfficeClient)

public:
    explicit BackOfficeClient(const ClientOptions &options, QObject *parent = nullptr);
    ~BackOfficeClient() override;

    ServerConnection *connection() { return &m_connection; }
    BackOfficeWindow *window() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn; }

private:
    ServerConnection m_connection;
    std::unique_ptr<BackOfficeWindow> m_window;
    SignInDialog *m_signIn;
};

// `marquee --kiosk`: the self-service kiosk, full screen. Its settings come from the config file's
// "kiosk" group (KioskSettings; docs/KIOSK.md); --server, --user, --password and --terminal-id
// override them. It signs in as the kiosk user by itself, again after a lost session, and keeps
// trying while the server cannot be reached (the kiosk says "temporarily unavailable" meanwhile).
class KioskClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskClient)

public:
    // fullScreen false: a normal window of the kiosk's size (tests, screenshots).
    explicit KioskClient(const ClientOptions &options, bool fullScreen = true, QObject *parent = nullptr);
    ~KioskClient() override;

    ServerConnection *connection() { return &m_connection; }
    KioskWindow *window() const { return m_window.get(); }

private:
    void signIn();

    ServerConnection m_connection;
    std::unique_ptr<KioskWindow> m_window;
    QString m_user;
    QString m_password;
};

class DoorWindow;

// `marquee --door`: the door scanner on its own, for ushers signed in as a cashier, manager or
// admin; a kiosk account is refused. Its connection takes no money (no shift).
class DoorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorClient)

public:
    explicit DoorClient(const ClientOptions &options, QObject *parent = nullptr);
    ~DoorClient() override;

    ServerConnection *connection() { return &m_connection; }
    DoorWindow *window() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn; }

private:
    ServerConnection m_connection;
    std::unique_ptr<DoorWindow> m_window;
    SignInDialog *m_signIn;
};

// Parses the command line, installs the translation, signs in and shows the main window.
// Returns the exit code.
int runClient(QApplication &app);

} // namespace Marquee
