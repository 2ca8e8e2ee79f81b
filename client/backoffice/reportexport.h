#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

class QWidget;

namespace Marquee {

struct ReportTable;

// What a report's PDF shows: a heading (title, venue, range, when it was generated), the chart as
// the page shows it (drawn as vectors), the table with its totals row (over as many pages as it
// needs).
struct ReportDocument
{
    QString title;
    QString venue;
    QString range;
    QDateTime generatedAt;
    const ReportTable *table = nullptr;
    QWidget *chart = nullptr; // rendered at its aspect ratio; may be null
};

// Both write through QSaveFile: false and *error (the file's error) when the file cannot be
// written; nothing half-written is left behind.
bool writeReportCsv(const QString &fileName, const ReportTable &table, QString *error);
bool writeReportPdf(const QString &fileName, const ReportDocument &document, QString *error);

} // namespace Marquee
