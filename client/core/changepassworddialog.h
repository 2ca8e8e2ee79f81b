#pragma once

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class ServerConnection;

// "Change my password…" for everyone (box office, studio, back office): the old password, the new
// one twice (10 to 200 characters). The server judges the old password; on success this session
// stays signed in with the new token of the reply (ServerConnection keeps it for a reconnect) and
// the user's other sessions end. Opened with open() or exec(); accepted once the server agreed.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    explicit ChangePasswordDialog(ServerConnection *connection, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    // The menus' *Change my password…*: the dialog, then a message that it is done (the dialog
    // closes at once on success).
    static void run(ServerConnection *connection, QWidget *parent);

    // Fills in and submits (tests).
    void submitPasswords(const QString &oldPassword, const QString &newPassword, const QString &repeated);
    QString statusText() const;

private:
    void submit();
    void showError(const QString &message);

    ServerConnection *m_connection;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace Marquee
