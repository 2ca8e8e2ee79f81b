#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <memory>
#include <utility>

namespace Marquee {

// A metric's fixed labels: {{"result", "ok"}}. Order does not matter.
using MetricLabels = QList<std::pair<QString, QString>>;

// A value that only goes up (requests served, seats sold).
class Counter
{
public:
    // Negative and NaN amounts are ignored: a counter never goes down.
    void increment(double amount = 1.0);
    double value() const { return m_value; }

private:
    double m_value = 0.0;
};

// A value that goes up and down (connected terminals, open holds).
class Gauge
{
public:
    void set(double value) { m_value = value; }
    void increment(double amount = 1.0) { m_value += amount; }
    void decrement(double amount = 1.0) { m_value -= amount; }
    double value() const { return m_value; }

private:
    double m_value = 0.0;
};

// Observations counted into fixed buckets (latencies in seconds, sizes), with their sum and count.
class Histogram
{
public:
    // Upper bounds, inclusive; sorted and de-duplicated here. +Inf is implicit; NaN and infinite
    // bounds are dropped.
    explicit Histogram(QList<double> upperBounds);

    // NaN is ignored.
    void observe(double value);

    const QList<double> &upperBounds() const { return m_bounds; }
    // Observations per bucket, not cumulative; one more than upperBounds() (the last is +Inf).
    const QList<quint64> &bucketCounts() const { return m_counts; }
    double sum() const { return m_sum; }
    quint64 count() const { return m_count; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts;
    double m_sum = 0.0;
    quint64 m_count = 0;
};

// The server's metrics and their Prometheus text exposition (format 0.0.4). Not thread-safe: use it
// from the server's event loop only. Metrics are registered on first use and live as long as the
// registry, so callers may keep the references:
//   Counter &holdsOk = metrics.counter("marquee_holds_total", "Holds requested.", {{"result", "ok"}});
// A name that breaks Prometheus' rules, a label name that does, or a name already registered with
// another type is a programmer error: it is logged, and the metric returned is counted nowhere.
class Metrics
{
public:
    Metrics();
    ~Metrics();
    Q_DISABLE_COPY_MOVE(Metrics)

    Counter &counter(const QString &name, const QString &help, const MetricLabels &labels = {});
    Gauge &gauge(const QString &name, const QString &help, const MetricLabels &labels = {});
    // The bounds of a name's first registration hold for all its label sets.
    Histogram &histogram(const QString &name, const QString &help, const QList<double> &upperBounds,
                         const MetricLabels &labels = {});

    // Every metric, in registration order, in the text exposition format.
    QByteArray exposition() const;

    // Bounds in seconds for request latencies, from 1 ms to 10 s.
    static QList<double> defaultLatencyBuckets();

    // [a-zA-Z_:][a-zA-Z0-9_:]*
    static bool isValidMetricName(QStringView name);
    // [a-zA-Z_][a-zA-Z0-9_]*, not starting with "__" (reserved)
    static bool isValidLabelName(QStringView name);
    // A label value between double quotes: \ " and newline escaped.
    static QString escapeLabelValue(QStringView value);
    // A sample value: integers without a fraction, "+Inf", "-Inf", "NaN", else the shortest
    // representation that reads back exactly.
    static QString formatValue(double value);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Marquee
