#pragma once

#include <QtCore/QDate>
#include <QtWidgets/QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace Marquee {

class ServerConnection;
struct ReportReply;
struct ReportTable;
enum class ReportKind;

// Reports (managers, admins): a venue, a range of days (presets or custom, both days included),
// a kind; the report as a table with a totals row and as a chart; Export CSV and PDF of what is
// shown. The server computes every report (get_report); the page only formats it.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    enum class Preset { ThisWeek, Last7Days, ThisMonth, LastMonth, Custom };

    explicit ReportsPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The first and last day (both included) of a preset, seen from `today`; weeks start on
    // Monday. Custom: nothing (the dates as they are).
    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate &today);

    // Asks for the report as set (the venues first when they are not loaded yet).
    void refresh();
    void setVenue(const QString &venueId);
    void setKind(ReportKind kind);
    void setPreset(Preset preset);
    // A custom range, both days included.
    void setRange(const QDate &first, const QDate &last);
    QDate firstDay() const;
    QDate lastDay() const;

    // The report shown (null before the first one arrived) and its table and chart.
    const ReportReply *report() const;
    const ReportTable &table() const;
    QChart *chart() const;
    QTableView *tableView() const;
    QString statusText() const;

    // Writes what is shown; false with statusText() on failure (or when nothing is shown).
    bool exportCsv(const QString &fileName);
    bool exportPdf(const QString &fileName);

Q_SIGNALS:
    // A report arrived and is shown, or the request failed (statusText() says why).
    void loaded();
    void venuesLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadVenues();
    void ask();
    void present(const ReportReply &reply);
    void fillTable();
    QString rangeText() const;
    bool exportCheck();

    ServerConnection *m_connection;
    QComboBox *m_venue;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_kind;
    QTableView *m_tableView;
    QStandardItemModel *m_model;
    QChartView *m_chartView;
    QLabel *m_status;
    std::unique_ptr<ReportReply> m_report;
    std::unique_ptr<ReportTable> m_table;
    QString m_wantedVenue;
    bool m_loaded = false;
    bool m_venuesLoaded = false;
    bool m_settingRange = false;
    quint64 m_generation = 0; // answers to an older request are dropped
};

} // namespace Marquee
