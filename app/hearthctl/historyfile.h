#pragma once

#include "common/expected.h"
#include "model/caseload.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

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
    RecordKind kind = RecordKind::Visit; // or GoingMissing, ReturnHomeInterview
    QDateTime at;                        // UTC: the record's id and "created"
    QString child;
    QString practitioner;
    JsonValue body; // a visit exactly as VisitBody::toBody gives it; always "demo": true
    // A return home interview names its episode as an earlier entry of the file, whose record id
    // is only known once that entry is signed; -1 otherwise.
    qsizetype episodeEntry = -1;
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
