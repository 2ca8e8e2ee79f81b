#pragma once

// What the request handlers of every domain share: ids, errors, times and money as the database
// gives them, and the role rules. Internal to server/requests.
#include "errors.h"
#include "money.h"
#include "protocol.h"
#include "roles.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>

#include <optional>

class QJsonArray;

namespace Marquee {

struct ServerConfig;

// Optional parameters of a database call: NULL (empty) when absent.
QByteArray optionalText(const std::optional<QString> &text);
QByteArray optionalNumber(const std::optional<qint64> &number);
// A database id from the wire ("42"); nothing for anything else.
std::optional<qint64> numericId(const QString &id);
Error notFound(const QString &what, const QString &id, const QString &where);
// Milliseconds since the epoch (as the SQL answers them) to UTC.
QDateTime fromMs(const QJsonValue &ms);
QByteArray isoTime(const QDateTime &time);
Money money(qint64 minor, const QString &currency);
// The error an operation answered with ({"error": "CODE", "message": ..., "where": ...}).
Error operationError(const QJsonObject &result);
// Its details: "details" as it is, or the "seats" of a seat operation.
QJsonObject errorDetails(const QJsonObject &result);
PaymentMethod methodFromName(QStringView name);
// A show's status as the database names it ('closed' is sales_closed).
ShowStatus showStatusFromName(QStringView name);
// A show as the database's marquee_show_json() gives it (list_shows, the programme's answers).
Show showFromJson(const QJsonObject &o);
Ticket ticketFromJson(const QJsonObject &t, const QString &currency);
// A hold_reply's total and (when the answer has them) each seat's ticket type.
void readHoldPrices(const QJsonObject &r, HoldReply &out);
// Each seat's ticket type as the database answers them ([{"seat", "type", "name"}]).
QList<SeatTicketType> seatTicketTypesFromJson(const QJsonArray &types);
// A ticket type's database id from the wire; INVALID_VALUE at `where` for anything else (no
// type of any show has such an id).
Result<qint64> ticketTypeNumber(const QString &id, const QString &where);
bool mayHold(Role role);
bool mayHandleSales(Role role);
// Venues, auditoriums and their layouts: managers and admins.
bool mayEditCatalogue(Role role);
// How long a hold of this role lives.
int holdTtlFor(const ServerConfig &config, Role role);

} // namespace Marquee
