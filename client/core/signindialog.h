#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class ServerConnection;

// Signs the terminal in: server URL (remembered), user and password. Stays open, saying why,
// until the server accepts the credentials. It never blocks the main window: while the server
// cannot be reached it says so ("Cannot reach ws://…: connection refused; retrying"), the cashier
// can close it to work with the shows and maps as last seen ("Work offline"), and a sign-in
// already submitted completes by itself when the server is back.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(ServerConnection *connection, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QString &url);
    void setUser(const QString &user);
    QString serverUrl() const;

    // Fills in and submits (the demo opens the box office signed in).
    void signInAs(const QString &user, const QString &password);
    // Shows the dialog (non-modal) on top.
    void present();
    // For a window that takes no money (the back office, the layout studio): its title instead of
    // the box office's, and no opening float (the connection opens no shift, see setDrawer()).
    void setPurpose(const QString &title);
    QString statusText() const;

private:
    void submit();
    void showError(const QString &message);
    void connectionChanged();

    ServerConnection *m_connection;
    QComboBox *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_float; // opening float, when this sign-in opens the terminal's shift
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    bool m_connectionStatus = false; // m_status says why the server cannot be reached
};

} // namespace Marquee
