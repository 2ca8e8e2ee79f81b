#include "signindialog.h"

#include "serverconnection.h"

#include <QtCore/QPointer>
#include <QtCore/QSettings>
#include <QtCore/QUrl>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

SignInDialog::SignInDialog(ServerConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_server(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_float(new QLineEdit(this))
    , m_title(new QLabel(tr("Marquee Box Office"), this))
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Marquee"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);

    m_server->setEditable(true);
    m_server->setObjectName(QStringLiteral("server"));
    QSettings settings;
    const QStringList recent = settings.value(QStringLiteral("connection/recentServers")).toStringList();
    m_server->addItems(recent.isEmpty() ? QStringList{QStringLiteral("ws://127.0.0.1:8765")} : recent);
    m_server->setToolTip(tr("ws://host:port, or wss://host:port for an encrypted connection"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(settings.value(QStringLiteral("connection/lastUser")).toString());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    QFormLayout *form = m_form;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    m_float->setObjectName(QStringLiteral("openingFloat"));
    m_float->setPlaceholderText(tr("0.00"));
    m_float->setToolTip(tr("The cash in the drawer when your shift starts. Only used when no shift is open at this terminal."));
    form->addRow(tr("Opening &float:"), m_float);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_submit = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("signIn"));
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    setWindowModality(Qt::NonModal);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    connect(m_connection, &ServerConnection::stateChanged, this, &SignInDialog::connectionChanged);
    connect(m_connection, &ServerConnection::connectionFailed, this, &SignInDialog::connectionChanged);
    connectionChanged();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServerUrl(const QString &url)
{
    m_server->setEditText(url);
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

QString SignInDialog::serverUrl() const
{
    return m_server->currentText().trimmed();
}

void SignInDialog::signInAs(const QString &user, const QString &password)
{
    m_user->setText(user);
    m_password->setText(password);
    submit();
}

void SignInDialog::present()
{
    // Ready for the next cashier, unless a sign-in is still on its way.
    if (m_connection->signingInAs().isEmpty())
        m_submit->setEnabled(true);
    show();
    raise();
    activateWindow();
}

void SignInDialog::setPurpose(const QString &title)
{
    m_title->setText(title);
    m_form->setRowVisible(m_float, false);
    m_float->clear();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::connectionChanged()
{
    const bool unreachable = m_connection->isRetrying() && !m_connection->lastError().isEmpty();
    // Closing the dialog then means working with what the terminal saw last.
    m_cancel->setText(unreachable ? tr("Work offline") : tr("Cancel"));
    const bool waiting = !m_connection->signingInAs().isEmpty();
    if (unreachable) {
        QString text = tr("Cannot reach %1: %2; retrying.").arg(m_connection->url().toString(), m_connection->lastError());
        if (waiting)
            text += QLatin1Char(' ') + tr("You will be signed in as soon as the server answers.");
        m_status->setStyleSheet(QStringLiteral("color: #8a5300;"));
        m_status->setText(text);
        m_connectionStatus = true;
    } else if (m_connectionStatus) {
        m_status->setStyleSheet({});
        m_status->setText(waiting ? tr("Signing in…") : QString());
        m_connectionStatus = false;
    }
}

void SignInDialog::showError(const QString &message)
{
    m_connectionStatus = false;
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
    m_submit->setEnabled(true);
}

void SignInDialog::submit()
{
    const QUrl url(serverUrl());
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        showError(tr("The server address must start with ws:// or wss://."));
        return;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        return;
    }
    m_submit->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Signing in…"));
    m_connectionStatus = false;
    if (m_connection->url() != url || m_connection->state() == ServerConnection::State::Offline)
        m_connection->open(url);
    const QString user = m_user->text().trimmed();
    QPointer<SignInDialog> self(this);
    // The float is in the venue's currency, as last seen in its prices (EUR before any).
    std::optional<Money> openingFloat;
    if (!m_float->text().trimmed().isEmpty()) {
        const QString currency = QSettings().value(QStringLiteral("venue/currency"), QStringLiteral("EUR")).toString();
        const auto parsed = Money::parse(QString(m_float->text().trimmed()).replace(u',', u'.'), currency);
        if (!parsed || parsed->isNegative()) {
            showError(tr("The opening float is an amount such as 150.00."));
            return;
        }
        openingFloat = *parsed;
    }
    m_connection->signIn(user, m_password->text(), openingFloat, [this, self, url, user](const Result<SessionReply> &session) {
        if (!self)
            return;
        if (!session && isHidden())
            present(); // closed to work offline: the cashier must see why the sign-in failed
        if (!session) {
            switch (session.error().code) {
            case ErrorCode::BadCredentials:
                showError(tr("Unknown user or wrong password."));
                break;
            case ErrorCode::RateLimited:
                showError(tr("Too many attempts; wait a moment."));
                break;
            case ErrorCode::AccountLocked: {
                const qint64 seconds = m_connection->lastSignInRefusal().details.value(QLatin1String("retryAfterSeconds")).toInteger();
                const int minutes = int(qMax<qint64>(1, (seconds + 59) / 60));
                showError(tr("Too many failed sign-ins: try again in %n minute(s).", nullptr, minutes));
                break;
            }
            default:
                showError(tr("Cannot sign in: %1").arg(session.error().message));
                break;
            }
            return;
        }
        QSettings settings;
        QStringList recent = settings.value(QStringLiteral("connection/recentServers")).toStringList();
        recent.removeAll(url.toString());
        recent.prepend(url.toString());
        settings.setValue(QStringLiteral("connection/recentServers"), recent.mid(0, 8));
        settings.setValue(QStringLiteral("connection/lastUser"), user);
        m_password->clear();
        m_float->clear();
        m_status->clear();
        accept();
    });
    // Not connected: say why at once (the sign-in waits for the server).
    connectionChanged();
}

} // namespace Marquee
