#include "doorscanner.h"

#include "serverconnection.h"

#include <QtCore/QTimer>

namespace Marquee {

namespace {

constexpr qsizetype keptScans = 200;
// A scan waits this long for its answer (in the queue too, while the server is away) before it
// goes again under the same id.
constexpr int answerTimeoutMs = 30000;

DoorScan::Outcome outcomeOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AlreadyAdmitted:
        return DoorScan::Outcome::AlreadyAdmitted;
    case ErrorCode::AlreadyRefunded:
        return DoorScan::Outcome::Refunded;
    case ErrorCode::WrongShow:
        return DoorScan::Outcome::WrongShow;
    case ErrorCode::ShowCancelled:
        return DoorScan::Outcome::ShowCancelled;
    case ErrorCode::NotFound:
        return DoorScan::Outcome::Unknown;
    default:
        return DoorScan::Outcome::Problem;
    }
}

// Refusals whose outcome is not known: the request may or may not have been done, and a retry
// under the same id finds out (PROTOCOL.md, Idempotency).
bool worthRetrying(ErrorCode code)
{
    return code == ErrorCode::ServiceDegraded || code == ErrorCode::RateLimited;
}

} // namespace

DoorScanner::DoorScanner(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

DoorScanner::~DoorScanner() = default;

void DoorScanner::setShow(const std::optional<QString> &showId)
{
    m_showId = showId;
}

int DoorScanner::scan(const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return 0;
    DoorScan scan;
    scan.number = ++m_counter;
    scan.code = code;
    scan.scannedAt = QDateTime::currentDateTime();
    m_scans.append(scan);
    if (m_scans.size() > keptScans && m_scans.first().outcome != DoorScan::Outcome::Waiting)
        m_scans.removeFirst();
    if (!isValidId(code)) {
        // Not something a ticket could carry (a barcode of something else, a typo): no request,
        // the server would only refuse it.
        DoorScan *s = find(scan.number);
        s->outcome = DoorScan::Outcome::Unknown;
        s->message = tr("Not a ticket code");
        Q_EMIT scanStarted(*s);
        Q_EMIT scanAnswered(*s);
        return scan.number;
    }
    VerifyTicketRequest request;
    request.code = code;
    request.admit = true;
    request.showId = m_showId;
    m_bodies.insert(scan.number, request.toJson());
    Q_EMIT scanStarted(m_scans.last());
    send(scan.number, false);
    Q_EMIT waitingChanged(waiting());
    return scan.number;
}

void DoorScanner::send(int number, bool again)
{
    DoorScan *scan = find(number);
    if (!scan || !m_bodies.contains(number))
        return;
    ++scan->attempts;
    const QJsonObject body = m_bodies.value(number);
    auto done = [this, number](const Result<AnyMessage> &reply) { answered(number, reply); };
    if (again)
        m_connection->sendAgain(scan->requestId, MessageType::VerifyTicket, body, done, answerTimeoutMs);
    else
        scan->requestId = m_connection->send(MessageType::VerifyTicket, body, done, answerTimeoutMs);
}

void DoorScanner::answered(int number, const Result<AnyMessage> &reply)
{
    DoorScan *scan = find(number);
    if (!scan)
        return;
    const auto retry = [this, number] {
        QTimer::singleShot(m_retryDelayMs, this, [this, number] { send(number, true); });
    };
    if (!reply) {
        // The connection's own answer: no answer in time (SERVICE_DEGRADED), or this terminal's bug.
        if (worthRetrying(reply.error().code)) {
            retry();
            return;
        }
        scan->outcome = DoorScan::Outcome::Problem;
        scan->error = reply.error().code;
        scan->message = reply.error().message;
    } else if (const auto *verified = std::get_if<VerifyTicketReply>(&*reply)) {
        scan->outcome = DoorScan::Outcome::Admitted;
        scan->ticket = *verified;
    } else if (const auto *error = std::get_if<ErrorMessage>(&*reply)) {
        if (worthRetrying(error->code)) {
            retry();
            return;
        }
        scan->outcome = outcomeOf(error->code);
        scan->error = error->code;
        scan->message = error->message;
        if (!error->details.isEmpty()) {
            if (auto described = VerifyTicketReply::fromJson(error->details))
                scan->ticket = *described;
        }
        // NOT_FOUND of the door's show (at /body/showId: the show is gone), not of the ticket.
        if (error->code == ErrorCode::NotFound && error->where == QLatin1String("/body/showId"))
            scan->outcome = DoorScan::Outcome::Problem;
    } else {
        scan->outcome = DoorScan::Outcome::Problem;
        scan->message = tr("The server gave an unexpected answer.");
    }
    m_bodies.remove(number);
    const DoorScan result = *scan;
    Q_EMIT scanAnswered(result);
    Q_EMIT waitingChanged(waiting());
}

const DoorScan *DoorScanner::scanNumber(int number) const
{
    for (const DoorScan &scan : m_scans) {
        if (scan.number == number)
            return &scan;
    }
    return nullptr;
}

DoorScan *DoorScanner::find(int number)
{
    return const_cast<DoorScan *>(scanNumber(number));
}

int DoorScanner::waiting() const
{
    return int(m_bodies.size());
}

} // namespace Marquee
