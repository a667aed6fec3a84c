#pragma once

#include "common/expected.h"
#include "model/caseload.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hearth {
struct ContentPack;
}

// A dated history for `hearthctl demo --history FILE` (docs/history-format.md): the children it
// is about, in the caseload format, and visits each with the moment it was signed, the child,
// the practitioner and a body in the app's signed schema. Reading checks everything that does
// not need the vault, so a refused file is refused before anything is opened for writing.
namespace hearth::cli {

struct HistoryEntry
{
    QDateTime at; // UTC: the record's id and "created"
    QString child;
    QString practitioner;
    JsonValue body; // exactly what VisitBody::toBody gives for the visit, plus "demo": true
};

struct History
{
    Caseload caseload;
    QList<HistoryEntry> entries;
};

// Parses and validates the whole file. The error names the entry's index and the JSON path of
// the first problem ("$.entries[3].body.seeing.seen: ...").
[[nodiscard]] Expected<History, QString> readHistory(
    const QByteArray &json, const ContentPack &pack, const QString &language);

} // namespace hearth::cli
