#pragma once

class QChart;

namespace Marquee {

struct ReportTable;
enum class ReportKind;

// The chart of a report (QtCharts), from its table: bars of occupancy per show (the first
// MaxChartBars shows) and per film, a line of the amount per day, a pie of the payment methods,
// stacked bars of the refunds per day by method, bars of the top shows' revenue. Money in major
// units. The caller owns the chart.
inline constexpr int MaxChartBars = 40;
QChart *makeReportChart(ReportKind kind, const ReportTable &table);

} // namespace Marquee
