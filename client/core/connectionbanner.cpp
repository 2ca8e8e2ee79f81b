#include "connectionbanner.h"

#include "serverconnection.h"

#include <QtCore/QTimer>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

namespace Marquee {

ConnectionBanner::ConnectionBanner(ServerConnection *connection, QWidget *parent)
    : QFrame(parent)
    , m_connection(connection)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_signIn(new QPushButton(tr("Sign in…"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fff3cd; border: 1px solid #e0b252; }"
                                 " #connectionBanner QLabel { color: #5c3c00; }"));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_signIn->setObjectName(QStringLiteral("bannerSignIn"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_signIn);

    connect(m_retry, &QPushButton::clicked, m_connection, &ServerConnection::retryNow);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionBanner::signInRequested);
    connect(m_connection, &ServerConnection::stateChanged, this, &ConnectionBanner::refresh);
    connect(m_connection, &ServerConnection::connectionFailed, this, &ConnectionBanner::refresh);
    connect(m_connection, &ServerConnection::signedIn, this, &ConnectionBanner::refresh);
    // The countdown to the next attempt (and whatever changed without a signal).
    connect(m_tick, &QTimer::timeout, this, &ConnectionBanner::refresh);
    m_tick->start(1000);
    refresh();
}

ConnectionBanner::~ConnectionBanner() = default;

QString ConnectionBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ConnectionBanner::refresh()
{
    const QString server = m_connection->url().toString();
    QString text;
    bool offerSignIn = false;
    if (m_connection->isRetrying() && !m_connection->lastError().isEmpty()) {
        // A first attempt still under way says nothing yet: no banner flashing at every start.
        text = tr("Cannot reach %1: %2; retrying.").arg(server, m_connection->lastError());
        const int next = m_connection->msUntilNextAttempt();
        if (next >= 0)
            text += QLatin1Char(' ') + tr("Next attempt in %n s.", nullptr, (next + 999) / 1000);
        text += QLatin1Char(' ');
        if (!m_connection->signingInAs().isEmpty())
            text += tr("Signing in as %1 as soon as the server answers.").arg(m_connection->signingInAs());
        else if (!m_connection->isSignedIn())
            text += tr("Shows and seat maps are as last seen; sign in to sell when the server answers.");
        else
            text += tr("Shows and seat maps are as last seen; nothing can be sold until the connection is back.");
        offerSignIn = !m_connection->isSignedIn() && m_connection->signingInAs().isEmpty();
    } else if (m_connection->state() == ServerConnection::State::Connected && !m_connection->isSignedIn()
               && m_connection->signingInAs().isEmpty()) {
        text = tr("Connected to %1, not signed in.").arg(server);
        offerSignIn = true;
    }
    m_text->setText(text);
    m_retry->setVisible(m_connection->isRetrying());
    m_signIn->setVisible(offerSignIn);
    setVisible(!text.isEmpty());
}

} // namespace Marquee
