#pragma once

#include "protocol/users.h"

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Marquee {

class PasswordShownDialog;
class ServerConnection;
class UserDialog;
struct ErrorMessage;

// Users (admins; managers see them all and manage cashiers and kiosks, the server judges):
// a table, New user..., Edit..., Reset password... Passwords the server makes are shown once
// (PasswordShownDialog). Dialogs open without blocking (open()); the server's refusals show in
// them or in the page's status line.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~UsersPage() override;

    void refresh();
    void newUser();
    void editUser();
    // Asks first (confirmation()), then shows the new password once.
    void resetPassword();

    const QList<UserAccount> &users() const;
    // Selects the row of a login name; false when it is not listed.
    bool selectUser(const QString &login);
    QString statusText() const;
    // The dialog open right now, if any (tests drive them).
    UserDialog *userDialog() const;
    PasswordShownDialog *passwordDialog() const;
    QWidget *confirmation() const { return m_confirmation; }

    // A refusal of a user change as people read it.
    static QString errorText(const ErrorMessage &error);

Q_SIGNALS:
    // The list arrived (after refresh()).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const UserAccount *selected() const;
    void showUsers();
    void put(const UserAccount &account);
    void showPassword(const QString &userName, const QString &password);
    void refused(UserDialog *dialog, const ErrorMessage &error);
    void sendReset(const QString &userId, const QString &userName);

    ServerConnection *m_connection;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QList<UserAccount> m_users;
    QPointer<UserDialog> m_dialog;
    QPointer<PasswordShownDialog> m_shown;
    QPointer<QWidget> m_confirmation;
    bool m_loaded = false;
};

} // namespace Marquee
