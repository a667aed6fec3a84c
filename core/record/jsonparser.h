#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonpath.h"
#include "record/jsonvalue.h"

#include <QByteArrayView>

namespace hearth {

// Limits on untrusted input, so a hostile or corrupt file cannot exhaust the stack or memory.
struct JsonLimits
{
    qsizetype maxBytes = 1024 * 1024; // a visit record is a few KB; 1 MiB is generous
    int maxDepth = 64;                // records nest a handful of levels; recursion stays shallow
};

// A strict JSON (RFC 8259) parser for signed input. General-purpose parsers are lenient in
// ways that break signatures: they keep the last of two duplicate keys (so two readers can see
// different records), turn integers into doubles and accept invalid UTF-8. This one refuses all
// of that, and also refuses numbers that are not integers within +/-(2^53 - 1) because signed
// records carry no floating point (I-JSON, RFC 7493; see docs/record-format.md).
class JsonParser
{
public:
    [[nodiscard]] static Expected<JsonValue, JsonError> parse(
        QByteArrayView input, const JsonLimits &limits = {});

private:
    JsonParser(QByteArrayView input, const JsonLimits &limits);

    Expected<JsonValue, JsonError> parseDocument();
    Expected<JsonValue, JsonError> parseValue(int depth);
    Expected<JsonValue, JsonError> parseObject(int depth);
    Expected<JsonValue, JsonError> parseArray(int depth);
    Expected<JsonValue, JsonError> parseLiteral();
    Expected<JsonValue, JsonError> parseInteger();
    Expected<QString, JsonError> parseString();
    Expected<char32_t, JsonError> parseEscape();
    Expected<char32_t, JsonError> parseUtf8Sequence();
    Expected<char16_t, JsonError> parseHex4();

    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_input.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(m_input[m_pos]); }
    Unexpected<JsonError> fail(const QString &message) const { return failAt(m_pos, message); }
    Unexpected<JsonError> failAt(qsizetype offset, const QString &message) const;

    QByteArrayView m_input;
    JsonLimits m_limits;
    qsizetype m_pos = 0;
    JsonPath m_path;
};

} // namespace hearth
