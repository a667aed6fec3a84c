#pragma once

#include "common/expected.h"
#include "model/visit.h"
#include "record/envelope.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hearth {

// The bridge between a visit and a signed record: the one way a visit becomes a signed body,
// used by the app's "Sign and finish" and by hearthctl demo alike. A visit's JSON (VisitJson)
// goes through QJsonValue, whose numbers are doubles; signed bodies are JsonValue with 64-bit
// integers and nothing else. This converts exactly (a non-whole number is refused, never
// rounded), adds the two members every visit record must carry ("child", "visitId"), applies
// NFC, and writes the child's own words as quotes: {"quote": "...", "by": "child"} (body
// format 2, docs/record-format.md), so a chronology and the agency can always tell them from
// the practitioner's words. It reads a stored envelope back into a Visit for the read-only view
// (format 1 bodies, with the child's words as plain text, still read). Format 3 adds the body
// map ("bodyMap", only when there are marks); format 1 and 2 bodies read with an empty map.
// Format 4 adds photographs ("photos", only when there are some; PhotoBody): each bound by the
// hash of its JPEG bytes, which stay in the vault; formats 1 to 3 read with none.
namespace VisitBody {

// The body format this code writes; the body's "format" member.
constexpr qint64 FormatVersion = 4;

[[nodiscard]] Expected<JsonValue, QString> fromQt(const QJsonValue &value);
QJsonValue toQt(const JsonValue &value);

[[nodiscard]] Expected<JsonValue, QString> toBody(const Visit &visit);
[[nodiscard]] Expected<Visit, QString> fromBody(const JsonValue &body);
// A stored envelope's fields, or nothing when the bytes are not a valid envelope.
std::optional<Envelope> parseEnvelope(const QByteArray &bytes);

} // namespace VisitBody
} // namespace hearth
