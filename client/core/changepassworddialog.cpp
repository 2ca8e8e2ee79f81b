#include "changepassworddialog.h"

#include "serverconnection.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

ChangePasswordDialog::ChangePasswordDialog(ServerConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Change my password"));
    for (QLineEdit *edit : { m_old, m_new, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(int(MaxPasswordLength));
    }
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    auto *hint = new QLabel(tr("%1 to %2 characters. Your other sessions end; this one stays signed in.")
                                .arg(MinPasswordLength)
                                .arg(MaxPasswordLength),
                            this);
    hint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("C&hange password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::run(ServerConnection *connection, QWidget *parent)
{
    ChangePasswordDialog dialog(connection, parent);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(parent, dialog.windowTitle(), dialog.statusText());
}

void ChangePasswordDialog::submitPasswords(const QString &oldPassword, const QString &newPassword,
                                           const QString &repeated)
{
    m_old->setText(oldPassword);
    m_new->setText(newPassword);
    m_repeat->setText(repeated);
    submit();
}

QString ChangePasswordDialog::statusText() const
{
    return m_status->text();
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_status->setText(message);
    m_ok->setEnabled(true);
}

void ChangePasswordDialog::submit()
{
    const QString newPassword = m_new->text();
    if (m_old->text().isEmpty()) {
        showError(tr("Enter your current password."));
        m_old->setFocus();
        return;
    }
    if (newPassword.size() < MinPasswordLength || newPassword.size() > MaxPasswordLength) {
        showError(tr("The new password must have %1 to %2 characters.")
                      .arg(MinPasswordLength)
                      .arg(MaxPasswordLength));
        m_new->setFocus();
        return;
    }
    if (newPassword != m_repeat->text()) {
        showError(tr("The two new passwords differ."));
        m_repeat->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_status->setText(tr("Changing the password…"));
    QPointer<ChangePasswordDialog> self(this);
    m_connection->ask<ChangePasswordReply>(
        ChangePasswordRequest { m_old->text(), newPassword },
        [self](const ChangePasswordReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (reply) {
                self->m_status->setText(tr("Your password has been changed."));
                self->accept();
                return;
            }
            switch (error->code) {
            case ErrorCode::BadCredentials:
                self->showError(tr("The current password is wrong."));
                self->m_old->selectAll();
                self->m_old->setFocus();
                break;
            case ErrorCode::InvalidValue:
                self->showError(tr("The server refused the new password: %1").arg(error->message));
                break;
            default:
                self->showError(tr("The password was not changed: %1").arg(error->message));
                break;
            }
        });
}

} // namespace Marquee
