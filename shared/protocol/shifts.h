#pragma once

// Protocol messages of cash-drawer shifts: the report (X) and the close (Z). See
// docs/PROTOCOL.md.

#include "envelope.h"
#include "money.h"
#include "sales.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

struct MethodTotal
{
    PaymentMethod method = PaymentMethod::Cash;
    Money sales;
    Money refunds;
    qint64 salesCount = 0;
    qint64 refundsCount = 0;
    friend bool operator==(const MethodTotal &, const MethodTotal &) = default;
};

struct ShiftReportRequest
{
    MARQUEE_MESSAGE(ShiftReportRequest, ShiftReport);
    // Without any: the terminal's open shift. With shiftId: that shift. With from/to: the user's
    // totals over that period.
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<QString> shiftId = std::nullopt;
};

struct ShiftReportReply
{
    MARQUEE_MESSAGE(ShiftReportReply, ShiftReportReply);
    QString userId;
    QString terminalId;
    QDateTime from;
    QDateTime to; // the close, or now for an open shift or a period
    QList<MethodTotal> totals; // one per payment method used
    qint64 ticketsSold = 0;
    qint64 ticketsRefunded = 0;
    std::optional<QString> userName = std::nullopt;
    // For a shift:
    std::optional<QString> shiftId = std::nullopt;
    bool closed = false;
    std::optional<Money> openingFloat = std::nullopt;
    std::optional<Money> expectedCash = std::nullopt; // float + cash sales - cash refunds
    std::optional<Money> countedCash = std::nullopt; // closed shifts
    std::optional<Money> difference = std::nullopt; // counted - expected; negative when short
};

// Closes the terminal's open shift with the cash counted in the drawer.
struct CloseShiftRequest
{
    MARQUEE_MESSAGE(CloseShiftRequest, CloseShift);
    Money countedCash;
    std::optional<QString> note;
};

struct CloseShiftReply
{
    MARQUEE_MESSAGE(CloseShiftReply, CloseShiftReply);
    ShiftReportReply report; // the Z report; the body has the fields of shift_report_reply
};

} // namespace Marquee
