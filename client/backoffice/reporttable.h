#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>

namespace Marquee {

struct ReportReply;
enum class ReportKind;

// A report as a table: typed columns, the rows, and a totals row (empty cells where a sum means
// nothing). The page shows it, the chart and the exports read it; money stays in minor units.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    enum class Cell { Text, Date, DateTime, Count, Money, Percent };
    struct Column
    {
        QString header;
        Cell type = Cell::Text;
    };

    QList<Column> columns;
    QList<QVariantList> rows; // Text: QString, Date: QDate, DateTime: QDateTime, Count/Money: qint64,
                              // Percent: double (0..100), invalid when it cannot be computed
    QVariantList totals; // as a row; the first cell says "Total"
    QString currency;

    // The table of a report, its totals row included.
    static ReportTable fromReply(const ReportReply &reply);
    // A title people read ("Occupancy per show").
    static QString title(ReportKind kind);
    // A payment method as people read it ("Cash").
    static QString paymentMethodTitle(const QString &method);

    // A column's header; money columns name the currency ("Amount (EUR)").
    QString header(int column) const;
    // A cell as the page shows it (local formats, money with its currency).
    QString display(const QVariant &value, int column) const;
    // RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted;
    // money as a decimal in major units ("12.50"), days and times in ISO 8601, percentages with
    // one decimal, the totals row last.
    QByteArray toCsv() const;
};

} // namespace Marquee
