#include "jsonparser.h"

#include <algorithm>
#include <string_view>

namespace hearth {

namespace {
QString describeByte(unsigned char c)
{
    if (c >= 0x20 && c < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    return QStringLiteral("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

bool isHighSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}
bool isLowSurrogate(char32_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c < 0x10000) {
        out += QChar(char16_t(c));
    } else {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    }
}
} // namespace

JsonParser::JsonParser(QByteArrayView input, const JsonLimits &limits)
    : m_input(input)
    , m_limits(limits)
{ }

Expected<JsonValue, JsonError> JsonParser::parse(QByteArrayView input, const JsonLimits &limits)
{
    JsonParser parser(input, limits);
    return parser.parseDocument();
}

Unexpected<JsonError> JsonParser::failAt(qsizetype offset, const QString &message) const
{
    return unexpected(JsonError { offset, m_path.toString(), message });
}

Expected<JsonValue, JsonError> JsonParser::parseDocument()
{
    if (m_input.size() > m_limits.maxBytes)
        return failAt(m_limits.maxBytes,
            QStringLiteral("input is larger than the limit of %1 bytes").arg(m_limits.maxBytes));
    skipWhitespace();
    if (atEnd())
        return fail(QStringLiteral("empty input"));
    auto value = parseValue(0);
    if (!value)
        return value;
    skipWhitespace();
    if (!atEnd())
        return fail(QStringLiteral("unexpected %1 after the end of the JSON value")
                        .arg(describeByte(peek())));
    return value;
}

void JsonParser::skipWhitespace()
{
    while (!atEnd()) {
        const unsigned char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

Expected<JsonValue, JsonError> JsonParser::parseValue(int depth)
{
    if (atEnd())
        return fail(QStringLiteral("unexpected end of input, expected a value"));
    const unsigned char c = peek();
    switch (c) {
    case '{':
        return parseObject(depth + 1);
    case '[':
        return parseArray(depth + 1);
    case '"': {
        auto text = parseString();
        if (!text)
            return unexpected(text.error());
        return JsonValue(std::move(text).value());
    }
    case 't':
    case 'f':
    case 'n':
        return parseLiteral();
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseInteger();
        return fail(QStringLiteral("unexpected %1, expected a value").arg(describeByte(c)));
    }
}

Expected<JsonValue, JsonError> JsonParser::parseLiteral()
{
    static constexpr struct
    {
        std::string_view text;
        JsonValue::Type type;
        bool value;
    } literals[] = { { "true", JsonValue::Type::Bool, true },
        { "false", JsonValue::Type::Bool, false }, { "null", JsonValue::Type::Null, false } };
    const QByteArrayView rest = m_input.sliced(m_pos);
    for (const auto &literal : literals) {
        if (rest.startsWith(QByteArrayView(literal.text.data(), qsizetype(literal.text.size())))) {
            m_pos += qsizetype(literal.text.size());
            if (literal.type == JsonValue::Type::Null)
                return JsonValue();
            return JsonValue(literal.value);
        }
    }
    return fail(QStringLiteral("invalid literal (expected true, false or null)"));
}

Expected<JsonValue, JsonError> JsonParser::parseInteger()
{
    const qsizetype start = m_pos;
    const bool negative = peek() == '-';
    if (negative)
        ++m_pos;
    if (atEnd() || peek() < '0' || peek() > '9')
        return fail(QStringLiteral("expected a digit"));
    if (peek() == '0' && m_pos + 1 < m_input.size() && m_input[m_pos + 1] >= '0'
        && m_input[m_pos + 1] <= '9')
        return fail(QStringLiteral("leading zeros are not allowed in numbers"));
    quint64 magnitude = 0;
    bool tooLarge = false;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
        if (!tooLarge) {
            magnitude = magnitude * 10 + (peek() - '0');
            tooLarge = magnitude > quint64(JsonValue::maxSafeInteger);
        }
        ++m_pos;
    }
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E'))
        return fail(QStringLiteral("only integers are allowed: fractions and exponents are refused "
                                   "because signed records carry no floating point"));
    if (tooLarge)
        return failAt(start, QStringLiteral("integer is outside +/-(2^53 - 1)"));
    const qint64 value = qint64(magnitude);
    return JsonValue(negative ? -value : value);
}

Expected<char16_t, JsonError> JsonParser::parseHex4()
{
    if (m_input.size() - m_pos < 4)
        return fail(QStringLiteral("truncated \\u escape"));
    char16_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const unsigned char c = peek();
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return fail(QStringLiteral("invalid hex digit %1 in \\u escape").arg(describeByte(c)));
        unit = char16_t(unit * 16 + digit);
        ++m_pos;
    }
    return unit;
}

Expected<char32_t, JsonError> JsonParser::parseEscape()
{
    const qsizetype start = m_pos; // at the backslash
    ++m_pos;
    if (atEnd())
        return fail(QStringLiteral("unterminated escape"));
    const unsigned char c = peek();
    ++m_pos;
    switch (c) {
    case '"':
        return U'"';
    case '\\':
        return U'\\';
    case '/':
        return U'/';
    case 'b':
        return U'\b';
    case 'f':
        return U'\f';
    case 'n':
        return U'\n';
    case 'r':
        return U'\r';
    case 't':
        return U'\t';
    case 'u':
        break;
    default:
        return failAt(start, QStringLiteral("invalid escape \\%1").arg(QLatin1Char(char(c))));
    }
    auto unit = parseHex4();
    if (!unit)
        return unexpected(unit.error());
    if (isLowSurrogate(*unit))
        return failAt(start, QStringLiteral("lone low surrogate in \\u escape"));
    if (!isHighSurrogate(*unit))
        return char32_t(*unit);
    // A high surrogate is only text when the very next escape is its low half.
    if (m_input.size() - m_pos < 2 || m_input[m_pos] != '\\' || m_input[m_pos + 1] != 'u')
        return failAt(start, QStringLiteral("lone high surrogate in \\u escape"));
    m_pos += 2;
    auto low = parseHex4();
    if (!low)
        return unexpected(low.error());
    if (!isLowSurrogate(*low))
        return failAt(start, QStringLiteral("high surrogate not followed by a low surrogate"));
    return QChar::surrogateToUcs4(*unit, *low);
}

Expected<char32_t, JsonError> JsonParser::parseUtf8Sequence()
{
    // Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF.
    const qsizetype start = m_pos;
    const unsigned char lead = peek();
    int length;
    char32_t cp;
    unsigned char lowest = 0x80, highest = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        if (lead == 0xE0)
            lowest = 0xA0;
        else if (lead == 0xED)
            highest = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        if (lead == 0xF0)
            lowest = 0x90;
        else if (lead == 0xF4)
            highest = 0x8F;
    } else {
        return fail(QStringLiteral("invalid UTF-8 (%1)").arg(describeByte(lead)));
    }
    ++m_pos;
    for (int i = 1; i < length; ++i) {
        if (atEnd())
            return failAt(start, QStringLiteral("truncated UTF-8 sequence"));
        const unsigned char next = peek();
        const unsigned char lo = i == 1 ? lowest : 0x80;
        const unsigned char hi = i == 1 ? highest : 0xBF;
        if (next < lo || next > hi)
            return failAt(start,
                QStringLiteral("invalid UTF-8 sequence (overlong, surrogate or "
                               "beyond U+10FFFF)"));
        cp = (cp << 6) | (next & 0x3F);
        ++m_pos;
    }
    return cp;
}

Expected<QString, JsonError> JsonParser::parseString()
{
    ++m_pos; // opening quote
    QString out;
    while (true) {
        if (atEnd())
            return fail(QStringLiteral("unterminated string"));
        const unsigned char c = peek();
        if (c == '"') {
            ++m_pos;
            return out;
        }
        if (c < 0x20)
            return fail(QStringLiteral("control character U+%1 must be escaped")
                            .arg(uint(c), 4, 16, QLatin1Char('0')));
        if (c == '\\') {
            auto cp = parseEscape();
            if (!cp)
                return unexpected(cp.error());
            appendCodePoint(out, *cp);
        } else if (c < 0x80) {
            // Plain ASCII runs are the bulk of a record: append them in one go.
            const qsizetype start = m_pos;
            while (!atEnd() && peek() >= 0x20 && peek() < 0x80 && peek() != '"' && peek() != '\\')
                ++m_pos;
            out += QLatin1String(m_input.data() + start, m_pos - start);
        } else {
            auto cp = parseUtf8Sequence();
            if (!cp)
                return unexpected(cp.error());
            appendCodePoint(out, *cp);
        }
    }
}

Expected<JsonValue, JsonError> JsonParser::parseArray(int depth)
{
    if (depth > m_limits.maxDepth)
        return fail(QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
    ++m_pos; // [
    JsonValue array = JsonValue::array();
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        return array;
    }
    for (qsizetype index = 0;; ++index) {
        skipWhitespace();
        m_path.pushIndex(index);
        auto item = parseValue(depth);
        if (!item)
            return item;
        m_path.pop();
        array.append(std::move(item).value());
        skipWhitespace();
        if (atEnd())
            return fail(QStringLiteral("unterminated array"));
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        if (peek() != ',')
            return fail(
                QStringLiteral("expected ',' or ']' in array, found %1").arg(describeByte(peek())));
        ++m_pos;
    }
}

Expected<JsonValue, JsonError> JsonParser::parseObject(int depth)
{
    if (depth > m_limits.maxDepth)
        return fail(QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
    ++m_pos; // {
    struct Parsed
    {
        JsonMember member;
        qsizetype keyOffset;
    };
    std::vector<Parsed> parsed;
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
        ++m_pos;
        return JsonValue::object();
    }
    while (true) {
        skipWhitespace();
        if (atEnd() || peek() != '"')
            return fail(QStringLiteral("expected a string key in object"));
        const qsizetype keyOffset = m_pos;
        auto key = parseString();
        if (!key)
            return unexpected(key.error());
        skipWhitespace();
        if (atEnd() || peek() != ':')
            return fail(QStringLiteral("expected ':' after object key"));
        ++m_pos;
        skipWhitespace();
        m_path.pushKey(*key);
        auto value = parseValue(depth);
        if (!value)
            return value;
        m_path.pop();
        parsed.push_back(
            { JsonMember { std::move(key).value(), std::move(value).value() }, keyOffset });
        skipWhitespace();
        if (atEnd())
            return fail(QStringLiteral("unterminated object"));
        if (peek() == '}') {
            ++m_pos;
            break;
        }
        if (peek() != ',')
            return fail(QStringLiteral("expected ',' or '}' in object, found %1")
                            .arg(describeByte(peek())));
        ++m_pos;
    }
    // Sorting first makes duplicates adjacent and lets the object be built by appending.
    std::stable_sort(parsed.begin(), parsed.end(), [](const Parsed &a, const Parsed &b) {
        return JsonValue::keyLess(a.member.key, b.member.key);
    });
    JsonValue object = JsonValue::object();
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (i > 0 && parsed[i].member.key == parsed[i - 1].member.key) {
            const Parsed &later = std::max(parsed[i], parsed[i - 1],
                [](const Parsed &a, const Parsed &b) { return a.keyOffset < b.keyOffset; });
            return failAt(
                later.keyOffset, QStringLiteral("duplicate key \"%1\"").arg(later.member.key));
        }
        object.insert(parsed[i].member.key, std::move(parsed[i].member.value));
    }
    return object;
}

} // namespace hearth
