#pragma once

class QChart;

namespace Marquee {

struct ReportTable;
enum class ReportKind;

// The chart of a report (QtCharts), from its table: the occupancy of every show over time (a point
// a show), bars of the occupancy per film (the first MaxChartBars), the amount per day (a bar a day
// up to MaxDayBars days with sales, a line beyond), a
// pie of the payment methods, stacked bars of the refunds per day by method, bars of the top
// shows' revenue (the first MaxChartBars, highest on top). Money in major units. The caller owns
// the chart.
inline constexpr int MaxChartBars = 12;
inline constexpr int MaxDayBars = 31;
QChart *makeReportChart(ReportKind kind, const ReportTable &table);

} // namespace Marquee
