#include "jsonreader.h"

#include <QRegularExpression>

namespace hearth {

namespace {
// JSON numbers above 2^53 cannot be held exactly by every reader of the data.
constexpr qint64 MaxExactInteger = qint64(1) << 53;

QString segment(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return QLatin1Char('.') + key;
    return QStringLiteral("[\"") + key + QStringLiteral("\"]");
}
} // namespace

JsonReader::Scope::Scope(JsonReader &reader, const QString &key)
    : m_reader(reader)
    , m_size(reader.m_path.size())
{
    m_reader.m_path += segment(key);
}

JsonReader::Scope::Scope(JsonReader &reader, qsizetype index)
    : m_reader(reader)
    , m_size(reader.m_path.size())
{
    m_reader.m_path += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

JsonReader::Scope::~Scope()
{
    m_reader.m_path.truncate(m_size);
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path + segment(key);
}

void JsonReader::problem(const QString &where, const QString &message)
{
    m_problems.append({ where, message });
}

QString JsonReader::text(const QJsonObject &object, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing"));
        return {};
    }
    if (!value.isString()) {
        problemAt(key, QStringLiteral("must be text"));
        return {};
    }
    if (need == Need::Required && value.toString().trimmed().isEmpty())
        problemAt(key, QStringLiteral("must not be empty"));
    return value.toString();
}

std::optional<QString> JsonReader::nullableText(
    const QJsonObject &object, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && need == Need::Required) {
        problemAt(key, QStringLiteral("is missing (use null when there is none)"));
        return std::nullopt;
    }
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        problemAt(key, QStringLiteral("must be text or null"));
        return std::nullopt;
    }
    return value.toString();
}

QString JsonReader::choice(const QJsonObject &object, const QString &key,
    const QStringList &allowed, Need need, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing"));
        return fallback;
    }
    if (!value.isString()) {
        problemAt(key, QStringLiteral("must be text"));
        return fallback;
    }
    const QString got = value.toString();
    if (!allowed.contains(got)) {
        problemAt(key,
            QStringLiteral("\"%1\" is not one of: %2")
                .arg(got, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return got;
}

bool JsonReader::boolean(const QJsonObject &object, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing (true or false)"));
        return false;
    }
    if (!value.isBool()) {
        problemAt(key, QStringLiteral("must be true or false"));
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::nullableBool(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        problemAt(key, QStringLiteral("must be true, false or null"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonReader::integer(
    const QJsonObject &object, const QString &key, qint64 min, qint64 max, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    const qint64 whole = value.toInteger(MaxExactInteger);
    if (!value.isDouble() || whole == MaxExactInteger || double(whole) != number) {
        problemAt(key, QStringLiteral("must be a whole number"));
        return std::nullopt;
    }
    if (whole < min || whole > max) {
        problemAt(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return whole;
}

std::optional<QDate> JsonReader::date(const QJsonObject &object, const QString &key, Need need)
{
    const std::optional<QString> raw = nullableText(object, key, need);
    if (!raw) {
        if (need == Need::Required && object.value(key).isNull())
            problemAt(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = QDate::fromString(*raw, Qt::ISODate);
    if (!shape.match(*raw).hasMatch() || !parsed.isValid()) {
        problemAt(key, QStringLiteral("\"%1\" is not a date in the form YYYY-MM-DD").arg(*raw));
        return std::nullopt;
    }
    return parsed;
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing (a list)"));
        return {};
    }
    if (!value.isArray()) {
        problemAt(key, QStringLiteral("must be a list"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &parent, const QString &key, Need need)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            problemAt(key, QStringLiteral("is missing (an object)"));
        return {};
    }
    if (!value.isObject()) {
        problemAt(key, QStringLiteral("must be an object"));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::textList(const QJsonObject &object, const QString &key)
{
    QStringList out;
    const QJsonArray items = array(object, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            Scope scope(*this, key);
            problem(path() + QStringLiteral("[%1]").arg(i), QStringLiteral("must be text"));
            continue;
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QJsonObject JsonReader::objectAt(const QJsonArray &array, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        problem(path() + QStringLiteral("[%1]").arg(index), QStringLiteral("must be an object"));
        return {};
    }
    return value.toObject();
}

bool JsonReader::isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString JsonReader::dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

} // namespace hearth
