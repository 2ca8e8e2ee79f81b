#include "userspage.h"

#include "formatting.h"
#include "protocol.h"
#include "serverconnection.h"
#include "userdialogs.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

enum Column {
    LoginColumn,
    NameColumn,
    RoleColumn,
    ActiveColumn,
    CreatedColumn,
    LastSignInColumn,
    ColumnCount
};

} // namespace

UsersPage::UsersPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_reset(new QPushButton(tr("Reset &password…"), this))
{
    m_table->setHorizontalHeaderLabels(
        { tr("User name"), tr("Name"), tr("Role"), tr("Active"), tr("Created"), tr("Last sign-in") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *create = new QPushButton(tr("&New user…"), this);
    auto *reload = new QPushButton(tr("Re&fresh"), this);
    connect(create, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(reload, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selected());
        m_reset->setEnabled(selected());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersPage::editUser);
    m_edit->setEnabled(false);
    m_reset->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    // Signed in (again): the list may have changed meanwhile.
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

UsersPage::~UsersPage() = default;

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

QString UsersPage::errorText(const ErrorMessage &error)
{
    switch (error.code) {
    case ErrorCode::Forbidden:
        return tr("A manager may manage cashiers and kiosks only.");
    case ErrorCode::NameTaken:
        return tr("This user name is taken; choose another.");
    case ErrorCode::NotFound:
        return tr("This user no longer exists; refresh the list.");
    default:
        return tr("The server refused: %1")
            .arg(error.message.isEmpty() ? errorCodeDescription(error.code) : error.message);
    }
}

void UsersPage::refresh()
{
    m_loaded = true;
    m_status->setText(tr("Loading the users…"));
    QPointer<UsersPage> self(this);
    m_connection->ask<ListUsersReply>(
        ListUsersRequest {}, [self](const ListUsersReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(errorText(*error));
                return;
            }
            self->m_users = reply->users;
            self->showUsers();
            self->m_status->setText(tr("%n user(s).", nullptr, int(self->m_users.size())));
            Q_EMIT self->loaded();
        });
}

const QList<UserAccount> &UsersPage::users() const
{
    return m_users;
}

bool UsersPage::selectUser(const QString &login)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, LoginColumn)->text() == login) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

UserDialog *UsersPage::userDialog() const
{
    return m_dialog;
}

PasswordShownDialog *UsersPage::passwordDialog() const
{
    return m_shown;
}

QString UsersPage::statusText() const
{
    return m_status->text();
}

const UserAccount *UsersPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString login = m_table->item(items.first()->row(), LoginColumn)->text();
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(),
                                 [&login](const UserAccount &u) { return u.user == login; });
    return it == m_users.cend() ? nullptr : &*it;
}

void UsersPage::showUsers()
{
    const QString current = selected() ? selected()->user : QString();
    std::sort(m_users.begin(), m_users.end(),
              [](const UserAccount &a, const UserAccount &b) { return a.user < b.user; });
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount &u = m_users.at(row);
        const QStringList cells
            = { u.user,
                u.name,
                roleTitle(u.role),
                u.active ? tr("yes") : tr("no (disabled)"),
                formatDateTime(u.createdAt.toLocalTime()),
                u.lastSignInAt ? formatDateTime(u.lastSignInAt->toLocalTime()) : tr("never") };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!current.isEmpty())
        selectUser(current);
}

void UsersPage::put(const UserAccount &account)
{
    const auto it = std::find_if(m_users.begin(), m_users.end(),
                                 [&account](const UserAccount &u) { return u.id == account.id; });
    if (it == m_users.end())
        m_users.append(account);
    else
        *it = account;
    showUsers();
    selectUser(account.user);
}

void UsersPage::newUser()
{
    auto *dialog = new UserDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        QPointer<UserDialog> guard(dialog);
        m_connection->ask<CreateUserReply>(
            CreateUserRequest { dialog->login(), dialog->name(), dialog->role(), std::nullopt },
            [self = QPointer<UsersPage>(this), guard](const CreateUserReply *reply,
                                                      const ErrorMessage *error) {
                if (!self)
                    return;
                if (error) {
                    self->refused(guard, *error);
                    return;
                }
                if (guard)
                    guard->accept();
                self->put(reply->user);
                self->m_status->setText(tr("User %1 created.").arg(reply->user.user));
                if (reply->password)
                    self->showPassword(reply->user.name, *reply->password);
            });
    });
    dialog->open();
}

void UsersPage::editUser()
{
    const UserAccount *account = selected();
    if (!account)
        return;
    const UserAccount before = *account;
    auto *dialog = new UserDialog(account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &UserDialog::submitted, this, [this, dialog, before] {
        UpdateUserRequest request;
        request.userId = before.id;
        if (dialog->name() != before.name)
            request.name = dialog->name();
        if (dialog->role() != before.role)
            request.role = dialog->role();
        if (dialog->active() != before.active)
            request.active = dialog->active();
        if (!request.name && !request.role && !request.active) {
            dialog->accept(); // nothing changed
            return;
        }
        QPointer<UserDialog> guard(dialog);
        m_connection->ask<UpdateUserReply>(request,
                                           [self = QPointer<UsersPage>(this),
                                            guard](const UpdateUserReply *reply, const ErrorMessage *error) {
                                               if (!self)
                                                   return;
                                               if (error) {
                                                   self->refused(guard, *error);
                                                   return;
                                               }
                                               if (guard)
                                                   guard->accept();
                                               self->put(reply->user);
                                               self->m_status->setText(
                                                   tr("User %1 saved.").arg(reply->user.user));
                                           });
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const UserAccount *account = selected();
    if (!account)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Reset password"),
                                     tr("Give %1 a new password? The old one stops working at once and %1's "
                                        "sessions end.")
                                         .arg(account->name),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = question;
    const QString userId = account->id;
    const QString userName = account->name;
    connect(question, &QMessageBox::finished, this, [this, userId, userName](int result) {
        if (result == QMessageBox::Yes)
            sendReset(userId, userName);
    });
    question->open();
}

void UsersPage::sendReset(const QString &userId, const QString &userName)
{
    m_status->setText(tr("Resetting the password of %1…").arg(userName));
    QPointer<UsersPage> self(this);
    m_connection->ask<ResetPasswordReply>(
        ResetPasswordRequest { userId },
        [self, userName](const ResetPasswordReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(errorText(*error));
                return;
            }
            self->m_status->setText(tr("The password of %1 was reset.").arg(userName));
            if (reply->password)
                self->showPassword(userName, *reply->password);
        });
}

void UsersPage::refused(UserDialog *dialog, const ErrorMessage &error)
{
    if (dialog)
        dialog->showError(errorText(error)); // what was typed stays
    else
        m_status->setText(errorText(error));
}

void UsersPage::showPassword(const QString &userName, const QString &password)
{
    auto *shown = new PasswordShownDialog(userName, password, this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    m_shown = shown;
    connect(shown, &QDialog::finished, this, [this, shown] {
        if (m_shown == shown)
            m_shown = nullptr; // closed: no longer "open right now", whenever it is deleted
    });
    shown->open();
}

} // namespace Marquee
