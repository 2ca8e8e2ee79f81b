#pragma once

#include "auth.h"
#include "protocol/envelope.h"
#include "syncserver.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtWebSockets/QWebSocket>

#include <functional>
#include <optional>

namespace Marquee {

// One terminal's connection: who signed in, what it watches, its rate-limit bucket.
struct SyncServer::Session
{
    qint64 id = 0;
    QPointer<QWebSocket> socket;
    QString terminalId;
    bool hello = false;
    std::optional<TokenClaims> claims;
    QDateTime signedInAt;
    QSet<qint64> shows;
    QSet<qint64> admissionShows; // shows whose admissions it follows (show_admissions)
    double tokens = 0;
    qint64 refillMs = 0;
    qint64 lastActivityMs = 0;
    bool changingPassword = false; // a change_password of this session is in flight
    bool watchingShows = false; // watch_shows: shows_changed pushes
    int inFlight = 0;               // requests of this connection not answered yet (replier())
    std::function<void()> whenIdle; // run once inFlight is back to 0 (sign_out waits so)
    // A sign_out of this connection is under way: what arrives meanwhile is served after its
    // answer, in order (so nothing sent after a sign_out is done as the user who signed out).
    bool signingOut = false;
    QList<Envelope> afterSignOut;

    bool takeToken(double rate, double burst, qint64 now);
};

} // namespace Marquee
