#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class ServerConnection;

// Signs the terminal in: server URL (remembered), user and password. Stays open, saying why,
// until the server accepts the credentials.
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

private:
    void submit();
    void showError(const QString &message);

    ServerConnection *m_connection;
    QComboBox *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_float; // opening float, when this sign-in opens the terminal's shift
    QLabel *m_status;
    QPushButton *m_submit;
};

} // namespace Marquee
