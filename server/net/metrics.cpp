#include "metrics.h"

#include "netlogging.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Marquee {

namespace {

enum class MetricType { Counter, Gauge, Histogram };

QLatin1StringView typeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return QLatin1StringView("counter");
    case MetricType::Gauge:
        return QLatin1StringView("gauge");
    case MetricType::Histogram:
        return QLatin1StringView("histogram");
    }
    Q_UNREACHABLE();
    return {};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString escapeHelp(QStringView help)
{
    QString escaped;
    escaped.reserve(help.size());
    for (const QChar c : help) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

MetricLabels sortedLabels(MetricLabels labels)
{
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return labels;
}

// {a="x",b="y"} plus an optional extra label (le) last; empty when there are no labels at all.
QString labelText(const MetricLabels &labels, const QString &extraName = {}, const QString &extraValue = {})
{
    QStringList parts;
    for (const auto &[name, value] : labels)
        parts.append(name + QStringLiteral("=\"") + Metrics::escapeLabelValue(value) + u'"');
    if (!extraName.isEmpty())
        parts.append(extraName + QStringLiteral("=\"") + Metrics::escapeLabelValue(extraValue) + u'"');
    if (parts.isEmpty())
        return {};
    return u'{' + parts.join(u',') + u'}';
}

struct Series
{
    MetricLabels labels; // sorted by name
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Gauge> gauge;
    std::unique_ptr<Histogram> histogram;
};

struct Family
{
    QString name;
    QString help;
    MetricType type = MetricType::Counter;
    QList<double> bounds; // histograms
    std::vector<Series> series;
};

} // namespace

// ---- Counter, Gauge, Histogram ----------------------------------------------------------------

void Counter::increment(double amount)
{
    if (amount > 0) // false for NaN too
        m_value += amount;
}

Histogram::Histogram(QList<double> upperBounds)
{
    upperBounds.removeIf([](double bound) { return !std::isfinite(bound); });
    std::sort(upperBounds.begin(), upperBounds.end());
    upperBounds.erase(std::unique(upperBounds.begin(), upperBounds.end()), upperBounds.end());
    m_bounds = std::move(upperBounds);
    m_counts.fill(0, m_bounds.size() + 1);
}

void Histogram::observe(double value)
{
    if (std::isnan(value))
        return;
    const auto bucket = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value) - m_bounds.cbegin();
    ++m_counts[bucket];
    m_sum += value;
    ++m_count;
}

// ---- Metrics ----------------------------------------------------------------------------------

struct Metrics::Private
{
    std::vector<std::unique_ptr<Family>> families;
    // Handed out for rejected registrations, exported nowhere.
    std::vector<std::unique_ptr<Counter>> strayCounters;
    std::vector<std::unique_ptr<Gauge>> strayGauges;
    std::vector<std::unique_ptr<Histogram>> strayHistograms;

    // The series for name and labels, created as needed; null when the registration is invalid.
    Series *series(const QString &name, const QString &help, MetricType type, const MetricLabels &labels,
                   const QList<double> &bounds);
};

Series *Metrics::Private::series(const QString &name, const QString &help, MetricType type,
                                 const MetricLabels &labels, const QList<double> &bounds)
{
    if (!isValidMetricName(name)) {
        qCWarning(lcHttp) << "metrics: invalid metric name" << name;
        return nullptr;
    }
    const MetricLabels sorted = sortedLabels(labels);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QString &labelName = sorted[i].first;
        if (!isValidLabelName(labelName) || (i > 0 && sorted[i - 1].first == labelName)
            || (type == MetricType::Histogram && labelName == u"le")) {
            qCWarning(lcHttp) << "metrics: invalid or repeated label name" << labelName << "of" << name;
            return nullptr;
        }
    }

    auto family
        = std::find_if(families.begin(), families.end(), [&](const auto &f) { return f->name == name; });
    if (family == families.end()) {
        auto created = std::make_unique<Family>();
        created->name = name;
        created->help = help;
        created->type = type;
        created->bounds = Histogram(bounds).upperBounds();
        families.push_back(std::move(created));
        family = families.end() - 1;
    } else if ((*family)->type != type) {
        qCWarning(lcHttp) << "metrics:" << name << "is already registered as a"
                            << typeName((*family)->type);
        return nullptr;
    }

    std::vector<Series> &all = (*family)->series;
    const auto found
        = std::find_if(all.begin(), all.end(), [&](const Series &s) { return s.labels == sorted; });
    if (found != all.end())
        return &*found;
    Series &created = all.emplace_back();
    created.labels = sorted;
    switch (type) {
    case MetricType::Counter:
        created.counter = std::make_unique<Counter>();
        break;
    case MetricType::Gauge:
        created.gauge = std::make_unique<Gauge>();
        break;
    case MetricType::Histogram:
        created.histogram = std::make_unique<Histogram>((*family)->bounds);
        break;
    }
    return &created;
}

Metrics::Metrics()
    : d(std::make_unique<Private>())
{
}

Metrics::~Metrics() = default;

Counter &Metrics::counter(const QString &name, const QString &help, const MetricLabels &labels)
{
    if (Series *series = d->series(name, help, MetricType::Counter, labels, {}))
        return *series->counter;
    return *d->strayCounters.emplace_back(std::make_unique<Counter>());
}

Gauge &Metrics::gauge(const QString &name, const QString &help, const MetricLabels &labels)
{
    if (Series *series = d->series(name, help, MetricType::Gauge, labels, {}))
        return *series->gauge;
    return *d->strayGauges.emplace_back(std::make_unique<Gauge>());
}

Histogram &Metrics::histogram(const QString &name, const QString &help, const QList<double> &upperBounds,
                              const MetricLabels &labels)
{
    if (Series *series = d->series(name, help, MetricType::Histogram, labels, upperBounds))
        return *series->histogram;
    return *d->strayHistograms.emplace_back(std::make_unique<Histogram>(upperBounds));
}

QByteArray Metrics::exposition() const
{
    QString text;
    for (const auto &family : d->families) {
        text += QStringLiteral("# HELP ") + family->name + u' ' + escapeHelp(family->help) + u'\n';
        text += QStringLiteral("# TYPE ") + family->name + u' ' + typeName(family->type) + u'\n';
        for (const Series &series : family->series) {
            switch (family->type) {
            case MetricType::Counter:
                text += family->name + labelText(series.labels) + u' ' + formatValue(series.counter->value())
                    + u'\n';
                break;
            case MetricType::Gauge:
                text += family->name + labelText(series.labels) + u' ' + formatValue(series.gauge->value())
                    + u'\n';
                break;
            case MetricType::Histogram: {
                const Histogram &histogram = *series.histogram;
                quint64 cumulative = 0;
                for (qsizetype i = 0; i < histogram.bucketCounts().size(); ++i) {
                    cumulative += histogram.bucketCounts()[i];
                    const double bound
                        = i < histogram.upperBounds().size() ? histogram.upperBounds()[i] : qInf();
                    text += family->name + QStringLiteral("_bucket")
                        + labelText(series.labels, QStringLiteral("le"), formatValue(bound)) + u' '
                        + QString::number(cumulative) + u'\n';
                }
                text += family->name + QStringLiteral("_sum") + labelText(series.labels) + u' '
                    + formatValue(histogram.sum()) + u'\n';
                text += family->name + QStringLiteral("_count") + labelText(series.labels) + u' '
                    + QString::number(histogram.count()) + u'\n';
                break;
            }
            }
        }
    }
    return text.toUtf8();
}

QList<double> Metrics::defaultLatencyBuckets()
{
    return { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
}

bool Metrics::isValidMetricName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!isAsciiLetter(c) && c != u'_' && c != u':' && (i == 0 || !isAsciiDigit(c)))
            return false;
    }
    return true;
}

bool Metrics::isValidLabelName(QStringView name)
{
    if (name.isEmpty() || name.startsWith(u"__"))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!isAsciiLetter(c) && c != u'_' && (i == 0 || !isAsciiDigit(c)))
            return false;
    }
    return true;
}

QString Metrics::escapeLabelValue(QStringView value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'"')
            escaped += QStringLiteral("\\\"");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString Metrics::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::abs(value) < exactIntegers)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace Marquee
