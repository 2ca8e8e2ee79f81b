#include "userdialogs.h"

#include "protocol.h"

#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Admin:
        return UserDialog::tr("Admin");
    case Role::Manager:
        return UserDialog::tr("Manager");
    case Role::Cashier:
        return UserDialog::tr("Cashier");
    case Role::Kiosk:
        return UserDialog::tr("Kiosk");
    }
    return roleName(role);
}

UserDialog::UserDialog(const UserAccount *account, QWidget *parent)
    : QDialog(parent)
    , m_new(!account)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_active(new QCheckBox(tr("&Active (may sign in)"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(m_new ? tr("New user") : tr("Edit user"));
    m_login->setMaxLength(int(MaxLoginLength));
    m_name->setMaxLength(int(MaxUserNameLength));
    for (const Role role : allRoles())
        m_role->addItem(roleTitle(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(Role::Cashier)));
    if (account) {
        m_login->setText(account->user);
        m_login->setReadOnly(true);
        m_name->setText(account->name);
        m_role->setCurrentIndex(m_role->findData(int(account->role)));
        m_active->setChecked(account->active);
    } else {
        m_active->setChecked(true);
        m_active->hide();
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&User name (to sign in):"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_active);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_new ? tr("C&reate") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_new) {
        auto *hint
            = new QLabel(tr("The server makes the first password; you see it once, after Create."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

UserDialog::~UserDialog() = default;

QString UserDialog::login() const
{
    return m_login->text().trimmed();
}

QString UserDialog::name() const
{
    return m_name->text().trimmed();
}

Role UserDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

bool UserDialog::active() const
{
    return m_active->isChecked();
}

void UserDialog::submitWith(const QString &login, const QString &name, Role role, bool active)
{
    if (m_new)
        m_login->setText(login);
    m_name->setText(name);
    m_role->setCurrentIndex(m_role->findData(int(role)));
    m_active->setChecked(active);
    check();
}

void UserDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setText(message);
}

void UserDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Asking the server…"));
}

QString UserDialog::statusText() const
{
    return m_status->text();
}

void UserDialog::check()
{
    if (!isValidLogin(login())) {
        showError(tr("A user name has 1 to %1 characters: letters A–Z, digits, dot, underscore, hyphen.")
                      .arg(MaxLoginLength));
        m_login->setFocus();
        return;
    }
    if (name().isEmpty()) {
        showError(tr("Enter the name people read."));
        m_name->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT submitted();
}

PasswordShownDialog::PasswordShownDialog(const QString &userName, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_password(password)
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setWindowTitle(tr("Password of %1").arg(userName));
    auto *warning
        = new QLabel(tr("<b>Write this password down now or copy it.</b> It is shown only this once: "
                        "the server keeps no copy. Give it to %1, who should change it after the "
                        "first sign-in.")
                         .arg(userName.toHtmlEscaped()),
                     this);
    warning->setWordWrap(true);
    auto *shown = new QLabel(password, this);
    shown->setObjectName(QStringLiteral("password"));
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    shown->setFont(font);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, &PasswordShownDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(shown);
    layout->addWidget(buttons);
}

PasswordShownDialog::~PasswordShownDialog() = default;

void PasswordShownDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_password);
    m_copy->setText(tr("Copied"));
}

} // namespace Marquee
