#include "canonicaljson.h"

#include "record/jsonpath.h"

#include <algorithm>

namespace hearth {

namespace {

class Serializer
{
public:
    explicit Serializer(QByteArray &out)
        : m_out(out)
    { }

    Expected<void, JsonError> write(const JsonValue &value, int depth)
    {
        switch (value.type()) {
        case JsonValue::Type::Null:
            m_out += "null";
            return {};
        case JsonValue::Type::Bool:
            m_out += value.toBool() ? "true" : "false";
            return {};
        case JsonValue::Type::Integer:
            return writeInteger(value.toInteger());
        case JsonValue::Type::String:
            return writeString(value.toString());
        case JsonValue::Type::Array:
            return writeArray(value, depth + 1);
        case JsonValue::Type::Object:
            return writeObject(value, depth + 1);
        }
        return fail(QStringLiteral("unknown value type"));
    }

private:
    Unexpected<JsonError> fail(const QString &message) const
    {
        return unexpected(JsonError { -1, m_path.toString(), message });
    }

    Expected<void, JsonError> writeInteger(qint64 value)
    {
        // Integers within 2^53 print the same in ECMAScript's Number::toString, which is what
        // RFC 8785 prescribes for numbers, so plain decimal is canonical.
        if (value > JsonValue::maxSafeInteger || value < -JsonValue::maxSafeInteger)
            return fail(QStringLiteral("integer %1 is outside +/-(2^53 - 1)").arg(value));
        m_out += QByteArray::number(value);
        return {};
    }

    Expected<void, JsonError> writeString(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        m_out += '"';
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t unit = text[i].unicode();
            if (unit < 0x80) {
                switch (unit) {
                case u'\b':
                    m_out += "\\b";
                    break;
                case u'\t':
                    m_out += "\\t";
                    break;
                case u'\n':
                    m_out += "\\n";
                    break;
                case u'\f':
                    m_out += "\\f";
                    break;
                case u'\r':
                    m_out += "\\r";
                    break;
                case u'"':
                    m_out += "\\\"";
                    break;
                case u'\\':
                    m_out += "\\\\";
                    break;
                default:
                    if (unit < 0x20) {
                        m_out += "\\u00";
                        m_out += hex[unit >> 4];
                        m_out += hex[unit & 0xF];
                    } else {
                        m_out += char(unit);
                    }
                }
                continue;
            }
            char32_t cp = unit;
            if (QChar::isHighSurrogate(unit)) {
                if (i + 1 >= n || !QChar::isLowSurrogate(text[i + 1].unicode()))
                    return fail(QStringLiteral("string contains an unpaired high surrogate"));
                cp = QChar::surrogateToUcs4(unit, text[++i].unicode());
            } else if (QChar::isLowSurrogate(unit)) {
                return fail(QStringLiteral("string contains an unpaired low surrogate"));
            }
            appendUtf8(cp);
        }
        m_out += '"';
        return {};
    }

    void appendUtf8(char32_t cp)
    {
        if (cp < 0x800) {
            m_out += char(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            m_out += char(0xE0 | (cp >> 12));
            m_out += char(0x80 | ((cp >> 6) & 0x3F));
        } else {
            m_out += char(0xF0 | (cp >> 18));
            m_out += char(0x80 | ((cp >> 12) & 0x3F));
            m_out += char(0x80 | ((cp >> 6) & 0x3F));
        }
        m_out += char(0x80 | (cp & 0x3F));
    }

    Expected<void, JsonError> checkDepth(int depth) const
    {
        if (depth > JsonLimits().maxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(JsonLimits().maxDepth));
        return {};
    }

    Expected<void, JsonError> writeArray(const JsonValue &value, int depth)
    {
        if (auto ok = checkDepth(depth); !ok)
            return ok;
        m_out += '[';
        qsizetype index = 0;
        for (const JsonValue &item : value.items()) {
            if (index > 0)
                m_out += ',';
            m_path.pushIndex(index++);
            if (auto ok = write(item, depth); !ok)
                return ok;
            m_path.pop();
        }
        m_out += ']';
        return {};
    }

    Expected<void, JsonError> writeObject(const JsonValue &value, int depth)
    {
        if (auto ok = checkDepth(depth); !ok)
            return ok;
        // Members are kept in UTF-16 code-unit order by JsonValue itself.
        m_out += '{';
        bool first = true;
        for (const JsonMember &member : value.members()) {
            if (!first)
                m_out += ',';
            first = false;
            m_path.pushKey(member.key);
            if (auto ok = writeString(member.key); !ok)
                return ok;
            m_out += ':';
            if (auto ok = write(member.value, depth); !ok)
                return ok;
            m_path.pop();
        }
        m_out += '}';
        return {};
    }

    QByteArray &m_out;
    JsonPath m_path;
};

} // namespace

Expected<JsonValue, JsonError> CanonicalJson::parse(QByteArrayView input, const JsonLimits &limits)
{
    return JsonParser::parse(input, limits);
}

Expected<JsonValue, JsonError> CanonicalJson::parseCanonical(
    QByteArrayView input, const JsonLimits &limits)
{
    auto value = JsonParser::parse(input, limits);
    if (!value)
        return value;
    if (auto canonical = requireCanonical(*value, input); !canonical)
        return unexpected(canonical.error());
    return value;
}

Expected<void, JsonError> CanonicalJson::requireCanonical(
    const JsonValue &value, QByteArrayView input)
{
    auto canonical = serialize(value);
    if (!canonical)
        return unexpected(canonical.error());
    if (*canonical == input)
        return {};
    qsizetype at = 0;
    const qsizetype common = std::min(canonical->size(), input.size());
    while (at < common && canonical->at(at) == input[at])
        ++at;
    return unexpected(JsonError { at, QStringLiteral("$"),
        QStringLiteral("valid JSON but not in canonical form (RFC 8785); "
                       "first difference at this byte") });
}

Expected<QByteArray, JsonError> CanonicalJson::serialize(const JsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    Serializer serializer(out);
    if (auto ok = serializer.write(value, 0); !ok)
        return unexpected(ok.error());
    return out;
}

QString CanonicalJson::normalizeText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

namespace {
bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

Expected<JsonValue, JsonError> normalizeAt(const JsonValue &value, JsonPath &path)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        return JsonValue(CanonicalJson::normalizeText(value.toString()));
    case JsonValue::Type::Array: {
        JsonValue out = JsonValue::array();
        qsizetype index = 0;
        for (const JsonValue &item : value.items()) {
            path.pushIndex(index++);
            auto normalized = normalizeAt(item, path);
            if (!normalized)
                return normalized;
            path.pop();
            out.append(std::move(normalized).value());
        }
        return out;
    }
    case JsonValue::Type::Object: {
        JsonValue out = JsonValue::object();
        for (const JsonMember &member : value.members()) {
            const QString key = CanonicalJson::normalizeText(member.key);
            path.pushKey(key);
            if (out.contains(key))
                return unexpected(JsonError { -1, path.toString(),
                    QStringLiteral("two keys are equal after NFC normalisation") });
            auto normalized = normalizeAt(member.value, path);
            if (!normalized)
                return normalized;
            path.pop();
            out.insert(key, std::move(normalized).value());
        }
        return out;
    }
    default:
        return value;
    }
}
} // namespace

Expected<JsonValue, JsonError> CanonicalJson::normalizeStrings(const JsonValue &value)
{
    JsonPath path;
    return normalizeAt(value, path);
}

bool CanonicalJson::isNormalized(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        return isNfc(value.toString());
    case JsonValue::Type::Array:
        return std::all_of(
            value.items().begin(), value.items().end(), &CanonicalJson::isNormalized);
    case JsonValue::Type::Object:
        return std::all_of(value.members().begin(), value.members().end(),
            [](const JsonMember &m) { return isNfc(m.key) && isNormalized(m.value); });
    default:
        return true;
    }
}

} // namespace hearth
