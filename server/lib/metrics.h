#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>

#include <utility>

namespace hearth::server {

// The service's counters, gauges and timing sums, shown at /metrics in the Prometheus text
// format (version 0.0.4) so an agency's monitoring can watch several servers the same way.
// Thread-safe: the HTTP layer and the ingest workers update it concurrently. Label values are
// fixed vocabulary (routes, status codes, problem types), never personal data or ids.
class Metrics
{
public:
    using Labels = QList<std::pair<QByteArray, QByteArray>>;
    enum class Type
    {
        Counter,
        Gauge,
        Summary
    };

    // Declares a metric once, before use: its HELP text and TYPE line.
    void describe(const QByteArray &name, Type type, const QByteArray &help);

    void add(const QByteArray &name, const Labels &labels = {}, qint64 amount = 1);
    void set(const QByteArray &name, const Labels &labels, qint64 value);
    // A summary: adds to NAME_sum (seconds) and NAME_count.
    void observe(const QByteArray &name, const Labels &labels, double seconds);

    QByteArray render() const;

private:
    struct Series
    {
        Type type = Type::Counter;
        QByteArray help;
        QMap<QByteArray, double> values; // rendered label set -> value (summary: sum)
        QMap<QByteArray, qint64> counts; // summary counts by label set
    };

    mutable QMutex m_mutex;
    QMap<QByteArray, Series> m_series;
};

} // namespace hearth::server
