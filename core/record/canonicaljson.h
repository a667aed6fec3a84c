#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonparser.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hearth {

// RFC 8785 JSON Canonicalization Scheme (JCS) restricted to integers: the one byte form of a
// value that signatures and chain hashes are computed over. Its own implementation because no
// library in Debian 12 does JCS, and because verification must check that stored bytes already
// are this form rather than re-serialising whatever a lenient parser made of them.
class CanonicalJson
{
public:
    // Strict parse of any JSON text (see JsonParser for what is refused).
    [[nodiscard]] static Expected<JsonValue, JsonError> parse(
        QByteArrayView input, const JsonLimits &limits = {});

    // Parses and additionally requires that the input bytes are exactly the canonical form of
    // the value they hold (no whitespace, sorted keys, the RFC's escaping, no -0 ...). This is
    // what verification uses, so there is exactly one byte string per signed value.
    [[nodiscard]] static Expected<JsonValue, JsonError> parseCanonical(
        QByteArrayView input, const JsonLimits &limits = {});
    // The second half of parseCanonical, for input already parsed strictly into value: fails
    // unless input is exactly value's canonical form.
    [[nodiscard]] static Expected<void, JsonError> requireCanonical(
        const JsonValue &value, QByteArrayView input);

    // The canonical UTF-8 bytes: members sorted by UTF-16 code units, no whitespace, strings
    // escaped as in RFC 8785 section 3.2.2.2. Fails for values the parser would also refuse
    // (integers beyond 2^53 - 1, strings with unpaired surrogates) and for nesting beyond
    // JsonLimits::maxDepth, so anything it writes can be read back.
    [[nodiscard]] static Expected<QByteArray, JsonError> serialize(const JsonValue &value);

    // NFC is applied where text enters the app (forms, imports), never while signing: a signer
    // that silently normalised would sign bytes other than those the user saw and stored.
    static QString normalizeText(const QString &text);
    // The value with every string and key in NFC; fails if two keys become equal.
    [[nodiscard]] static Expected<JsonValue, JsonError> normalizeStrings(const JsonValue &value);
    // True when every string and key already is NFC (record builders refuse anything else).
    static bool isNormalized(const JsonValue &value);
};

} // namespace hearth
