#pragma once

#include "roles.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

struct UserAccount;

// A role as people read it ("Cashier"), in the user's language.
QString roleTitle(Role role);

// New user (login, name, role) or Edit (name, role, active). It does not talk to the server:
// OK emits submitted(), the page sends the request and closes the dialog or shows the server's
// answer in it (showError()), so that nothing typed is lost to a refusal.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    // New user without `account`, else Edit.
    explicit UserDialog(const UserAccount *account, QWidget *parent = nullptr);
    ~UserDialog() override;

    QString login() const;
    QString name() const;
    Role role() const;
    bool active() const;
    // Fills in (tests; the login only for a new user) and presses OK.
    void submitWith(const QString &login, const QString &name, Role role, bool active = true);

    void showError(const QString &message);
    void setBusy(bool busy);
    QString statusText() const;

Q_SIGNALS:
    void submitted();

private:
    void check();

    bool m_new;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLabel *m_status;
    QPushButton *m_ok;
};

// A password the server made, shown once: selectable, with Copy and a clear warning that it
// cannot be shown again.
class PasswordShownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordShownDialog)

public:
    PasswordShownDialog(const QString &userName, const QString &password, QWidget *parent = nullptr);
    ~PasswordShownDialog() override;

    QString password() const { return m_password; }
    // Copies the password to the clipboard (the Copy button).
    void copy();

private:
    QString m_password;
    QPushButton *m_copy;
};

} // namespace Marquee
