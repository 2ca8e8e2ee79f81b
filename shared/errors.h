#pragma once

#include <QtCore/QString>

namespace Marquee {

// Every error a Marquee component can report. The wire name (second column) is what travels in
// protocol error messages and what docs/PROTOCOL.md documents; never rename one that has shipped.
// X(enumerator, "WIRE_NAME", "what it means")
#define MARQUEE_ERROR_CODES(X)                                                                        \
    /* frames and envelopes */                                                                        \
    X(FrameTooLarge, "FRAME_TOO_LARGE", "The frame exceeds the maximum message size.")               \
    X(MalformedJson, "MALFORMED_JSON", "The frame is not valid UTF-8 JSON.")                         \
    X(TooDeep, "TOO_DEEP", "The JSON nests deeper than allowed.")                                    \
    X(NotAnObject, "NOT_AN_OBJECT", "The frame or a field that must be an object is not one.")       \
    X(UnsupportedVersion, "UNSUPPORTED_VERSION", "The envelope's protocol version is not supported.") \
    X(UnknownType, "UNKNOWN_TYPE", "The message type is unknown.")                                   \
    X(MissingField, "MISSING_FIELD", "A required field is missing.")                                 \
    X(WrongType, "WRONG_TYPE", "A field has the wrong JSON type.")                                   \
    X(UnknownField, "UNKNOWN_FIELD", "A field is not part of the message.")                          \
    X(InvalidValue, "INVALID_VALUE", "A field's value is out of range or badly formed.")             \
    X(TooManyItems, "TOO_MANY_ITEMS", "A list holds more items than allowed.")                       \
    /* money */                                                                                       \
    X(InvalidCurrency, "INVALID_CURRENCY", "The currency is not an ISO 4217 code.")                  \
    X(CurrencyMismatch, "CURRENCY_MISMATCH", "Amounts in different currencies were combined.")       \
    X(AmountOverflow, "AMOUNT_OVERFLOW", "An amount is too large.")                                  \
    X(NegativeAmount, "NEGATIVE_AMOUNT", "An amount that must not be negative is negative.")         \
    /* sessions and roles */                                                                          \
    X(Unauthenticated, "UNAUTHENTICATED", "Sign in first.")                                          \
    X(BadCredentials, "BAD_CREDENTIALS", "Unknown user or wrong password.")                          \
    X(TokenExpired, "TOKEN_EXPIRED", "The session token has expired; sign in again.")                \
    X(TokenInvalid, "TOKEN_INVALID", "The session token is not valid.")                              \
    X(Forbidden, "FORBIDDEN", "The signed-in role may not do this.")                                 \
    X(RateLimited, "RATE_LIMITED", "Too many requests; slow down and retry later.")                  \
    X(AccountLocked, "ACCOUNT_LOCKED", "Too many failed sign-ins for this user name; retry later.")   \
    /* venues, shows and seats */                                                                     \
    X(NotFound, "NOT_FOUND", "The venue, auditorium, layout, show or sale does not exist.")          \
    X(UnknownSeat, "UNKNOWN_SEAT", "A seat does not exist in the show's layout.")                    \
    X(DuplicateSeat, "DUPLICATE_SEAT", "The same seat appears twice in one request.")                \
    X(EmptySeatList, "EMPTY_SEAT_LIST", "The request names no seats.")                               \
    X(SeatUnavailable, "SEAT_UNAVAILABLE", "A seat is held, sold or blocked; nothing was held.")     \
    X(ShowClosed, "SHOW_CLOSED", "The show is not on sale.")                                         \
    X(StaleVersion, "STALE_VERSION", "The given version is older than the server keeps deltas for.") \
    X(NameTaken, "NAME_TAKEN", "A venue, auditorium or user of that name exists.")                         \
    X(ShowClash, "SHOW_CLASH", "The show would overlap another show of the auditorium, cleaning gap included.") \
    X(ShowCancelled, "SHOW_CANCELLED", "The show is cancelled; this cannot be done to it.")            \
    /* holds, sales, refunds */                                                                       \
    X(HoldNotFound, "HOLD_NOT_FOUND", "The hold does not exist or belongs to someone else.")         \
    X(HoldExpired, "HOLD_EXPIRED", "The hold has expired; its seats are free again.")                \
    X(HoldExtendLimit, "HOLD_EXTEND_LIMIT", "The hold cannot be extended any further.")              \
    X(PaymentMismatch, "PAYMENT_MISMATCH", "The payments do not add up to the amount due.")          \
    X(PaymentDeclined, "PAYMENT_DECLINED", "The card payment was declined; the hold is kept.")       \
    X(PaymentTimeout, "PAYMENT_TIMEOUT", "The payment terminal did not answer; the hold is kept.")   \
    X(AlreadyRefunded, "ALREADY_REFUNDED", "A ticket has already been refunded.")                    \
    X(RefundWindowClosed, "REFUND_WINDOW_CLOSED", "Too late for this role to refund; ask a manager.") \
    X(IdempotencyConflict, "IDEMPOTENCY_CONFLICT", "The request id was used before with another body.") \
    /* layouts */                                                                                     \
    X(LayoutSchemaVersion, "LAYOUT_SCHEMA_VERSION", "The layout's schema version is not supported.") \
    X(LayoutDuplicateId, "LAYOUT_DUPLICATE_ID", "Two layout elements share an id.")                  \
    X(LayoutDuplicateLabel, "LAYOUT_DUPLICATE_LABEL", "Two seats of a row, or two rows of a section, share a label.") \
    X(LayoutOverlap, "LAYOUT_OVERLAP", "Two seats overlap.")                                         \
    X(LayoutUnknownCategory, "LAYOUT_UNKNOWN_CATEGORY", "A seat names a category the layout does not define.") \
    X(LayoutCompanionWithoutWheelchair, "LAYOUT_COMPANION_WITHOUT_WHEELCHAIR", "A companion seat has no wheelchair space beside it.") \
    X(LayoutEmpty, "LAYOUT_EMPTY", "A layout, section or row has nothing in it.")                    \
    X(LayoutInvalidGeometry, "LAYOUT_INVALID_GEOMETRY", "A position, size or radius is not finite or out of range.") \
    X(LayoutConflict, "LAYOUT_CONFLICT", "Seats that are held or sold in the show are missing from the new layout version.") \
    X(StaleDraft, "STALE_DRAFT", "The draft or layout version changed since you loaded it.")         \
    /* service */                                                                                     \
    X(ServiceDegraded, "SERVICE_DEGRADED", "The database is unreachable; retry shortly.")            \
    X(Internal, "INTERNAL", "An unexpected server error; nothing was changed.")                      \
    /* ticket types and price cards */                                                                \
    X(PriceCardInUse, "PRICE_CARD_IN_USE", "A show that has not ended uses the price card.")         \
    X(StaleRevision, "STALE_REVISION", "The item changed since you loaded it; reload it and try again.") \
    /* kiosk and door */                                                                              \
    X(OrphanSeat, "ORPHAN_SEAT", "The hold would leave a single free seat stranded in its row; nothing was held.") \
    X(AlreadyAdmitted, "ALREADY_ADMITTED", "The ticket has already been admitted.")                  \
    X(WrongShow, "WRONG_SHOW", "The ticket is for another show than the door admits for.")

enum class ErrorCode {
#define MARQUEE_ERROR_ENUM(name, wire, text) name,
    MARQUEE_ERROR_CODES(MARQUEE_ERROR_ENUM)
#undef MARQUEE_ERROR_ENUM
};

// The wire name of a code ("SEAT_UNAVAILABLE").
QString errorCodeName(ErrorCode code);
// A short English description of a code, as documented.
QString errorCodeDescription(ErrorCode code);
// The code for a wire name; false when the name is unknown.
bool errorCodeFromName(QStringView name, ErrorCode *code);
// Every code, in declaration order.
const QList<ErrorCode> &allErrorCodes();

// A failure: a machine-readable code, a human message, and where it happened (a JSON-pointer-like
// path such as "/sections/2/rows/0/seats/5" or a field name), empty when not applicable.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString where;

    QString toString() const;
    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace Marquee
