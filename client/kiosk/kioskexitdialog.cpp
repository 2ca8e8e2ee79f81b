#include "kioskexitdialog.h"

#include "kiosksettings.h"
#include "serverconnection.h"

#include <QtCore/QTimer>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

KioskExitDialog::KioskExitDialog(const QString &pinHash, const QUrl &serverUrl, const QString &terminalId, QWidget *parent)
    : QDialog(parent, Qt::FramelessWindowHint | Qt::Dialog)
    , m_pinHash(pinHash)
    , m_url(serverUrl)
    , m_terminalId(terminalId)
    , m_title(new QLabel(this))
    , m_pinLabel(new QLabel(this))
    , m_pinDots(new QLabel(this))
    , m_managerLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_pinOk(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_signIn(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("kioskExitDialog"));
    setModal(true);
    m_title->setProperty("kiosk", QStringLiteral("heading"));
    m_message->setProperty("kiosk", QStringLiteral("message"));
    m_message->setObjectName(QStringLiteral("exitMessage"));
    m_message->setWordWrap(true);
    m_pinDots->setObjectName(QStringLiteral("pinDots"));
    m_pinDots->setAlignment(Qt::AlignCenter);
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setObjectName(QStringLiteral("managerUser"));
    m_password->setObjectName(QStringLiteral("managerPassword"));
    m_pinOk->setObjectName(QStringLiteral("pinOk"));
    m_pinOk->setProperty("kiosk", QStringLiteral("primary"));
    m_clear->setObjectName(QStringLiteral("pinClear"));
    m_signIn->setObjectName(QStringLiteral("managerSignIn"));
    m_cancel->setObjectName(QStringLiteral("exitCancel"));

    auto *keypad = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        auto *key = new QPushButton(QString::number(digit), this);
        key->setObjectName(QStringLiteral("pin-%1").arg(digit));
        const int index = digit == 0 ? 10 : digit - 1;
        keypad->addWidget(key, index / 3, index % 3);
        connect(key, &QPushButton::clicked, this, [this, digit] { keyPressed(QString::number(digit)); });
    }
    keypad->addWidget(m_clear, 3, 0);
    keypad->addWidget(m_pinOk, 3, 2);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_pin.clear();
        m_pinDots->clear();
    });
    connect(m_pinOk, &QPushButton::clicked, this, &KioskExitDialog::checkPin);
    connect(m_signIn, &QPushButton::clicked, this, &KioskExitDialog::checkManager);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *pinColumn = new QVBoxLayout;
    pinColumn->addWidget(m_pinLabel);
    pinColumn->addWidget(m_pinDots);
    pinColumn->addLayout(keypad);
    auto *managerColumn = new QVBoxLayout;
    managerColumn->addWidget(m_managerLabel);
    managerColumn->addWidget(m_user);
    managerColumn->addWidget(m_password);
    managerColumn->addWidget(m_signIn);
    managerColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(pinColumn, 1);
    columns->addLayout(managerColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    retranslate();
}

KioskExitDialog::~KioskExitDialog()
{
    if (m_check)
        m_check->deleteLater();
}

void KioskExitDialog::retranslate()
{
    m_title->setText(tr("Staff only: leave kiosk mode"));
    m_pinLabel->setText(tr("Exit PIN"));
    m_managerLabel->setText(tr("Or a manager's sign-in"));
    m_user->setPlaceholderText(tr("User name"));
    m_password->setPlaceholderText(tr("Password"));
    m_pinOk->setText(tr("OK"));
    m_clear->setText(tr("Clear"));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Back to the kiosk"));
}

QString KioskExitDialog::message() const
{
    return m_message->text();
}

void KioskExitDialog::keyPressed(const QString &digit)
{
    if (m_pin.size() >= 12)
        return;
    m_pin += digit;
    m_pinDots->setText(QString(m_pin.size(), QChar(0x25CF)));
}

void KioskExitDialog::checkPin()
{
    const QString pin = m_pin;
    m_pin.clear();
    m_pinDots->clear();
    if (!m_pinHash.isEmpty() && !pin.isEmpty() && KioskSettings::hashPin(pin) == m_pinHash) {
        accept();
        return;
    }
    m_message->setText(m_pinHash.isEmpty() ? tr("No exit PIN is set up on this kiosk; a manager can sign in.")
                                           : tr("Wrong PIN. The kiosk stays locked."));
}

void KioskExitDialog::signInAs(const QString &user, const QString &password)
{
    m_user->setText(user);
    m_password->setText(password);
    checkManager();
}

void KioskExitDialog::checkManager()
{
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    if (user.isEmpty() || password.isEmpty() || m_check)
        return;
    // A connection of its own: the kiosk's session is not touched, and this one ends at once.
    auto *check = new ServerConnection(m_terminalId + QStringLiteral("-exit"));
    m_check = check;
    check->setDrawer(false);
    m_signIn->setEnabled(false);
    m_message->setText(tr("Checking…"));
    QPointer<KioskExitDialog> self(this);
    auto *timeout = new QTimer(check);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, check, [this, self, check] {
        check->close();
        check->deleteLater();
        if (!self)
            return;
        m_check.clear();
        m_signIn->setEnabled(true);
        m_message->setText(tr("The server did not answer. The kiosk stays locked."));
    });
    timeout->start(20000);
    check->open(m_url);
    check->signIn(user, password, [this, self, check, timeout](const Result<SessionReply> &session) {
        timeout->stop();
        const bool allowed = session && (session->user.role == Role::Manager || session->user.role == Role::Admin);
        if (session)
            check->signOut();
        // Its own signal's handler: deleted once the call stack is done with it.
        QTimer::singleShot(session ? 2000 : 0, check, [check] {
            check->close();
            check->deleteLater();
        });
        if (!self)
            return;
        m_check.clear(); // the next attempt gets a connection of its own
        m_signIn->setEnabled(true);
        if (allowed) {
            accept();
            return;
        }
        m_message->setText(session ? tr("Only a manager or an admin can leave kiosk mode. The kiosk stays locked.")
                                   : tr("Wrong user name or password. The kiosk stays locked."));
    });
}

} // namespace Marquee
