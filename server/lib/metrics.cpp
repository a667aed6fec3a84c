#include "metrics.h"

#include <QMutexLocker>

namespace hearth::server {

namespace {
QByteArray escaped(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray labelText(const Metrics::Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QByteArray out = "{";
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out += ',';
        out += labels.at(i).first + "=\"" + escaped(labels.at(i).second) + '"';
    }
    return out + '}';
}

QByteArray typeName(Metrics::Type type)
{
    switch (type) {
    case Metrics::Type::Counter:
        return "counter";
    case Metrics::Type::Gauge:
        return "gauge";
    case Metrics::Type::Summary:
        return "summary";
    }
    return "untyped";
}
} // namespace

void Metrics::describe(const QByteArray &name, Type type, const QByteArray &help)
{
    const QMutexLocker lock(&m_mutex);
    Series &series = m_series[name];
    series.type = type;
    series.help = help;
}

void Metrics::add(const QByteArray &name, const Labels &labels, qint64 amount)
{
    const QMutexLocker lock(&m_mutex);
    m_series[name].values[labelText(labels)] += double(amount);
}

void Metrics::set(const QByteArray &name, const Labels &labels, qint64 value)
{
    const QMutexLocker lock(&m_mutex);
    m_series[name].values[labelText(labels)] = double(value);
}

void Metrics::observe(const QByteArray &name, const Labels &labels, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    Series &series = m_series[name];
    const QByteArray key = labelText(labels);
    series.values[key] += seconds;
    series.counts[key] += 1;
}

QByteArray Metrics::render() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const Series &series = it.value();
        if (!series.help.isEmpty())
            out += "# HELP " + it.key() + ' ' + series.help + '\n';
        out += "# TYPE " + it.key() + ' ' + typeName(series.type) + '\n';
        for (auto value = series.values.cbegin(); value != series.values.cend(); ++value) {
            if (series.type == Type::Summary) {
                out += it.key() + "_sum" + value.key() + ' '
                    + QByteArray::number(value.value(), 'g', 12) + '\n';
                out += it.key() + "_count" + value.key() + ' '
                    + QByteArray::number(series.counts.value(value.key())) + '\n';
            } else {
                out += it.key() + value.key() + ' ' + QByteArray::number(value.value(), 'g', 15)
                    + '\n';
            }
        }
    }
    return out;
}

} // namespace hearth::server
