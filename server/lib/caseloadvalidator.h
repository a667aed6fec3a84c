#pragma once

#include "common/expected.h"
#include "protocol/caseloadvocabulary.h"
#include "record/jsonvalue.h"

#include <QList>
#include <QString>

#include <utility>

namespace hearth::server {

using CaseloadKind = CaseloadVocabulary::Kind;

// One validated caseload entry ready to store: its payload is complete (every member of
// docs/caseload-format.md present, text in NFC) and "line" says where it came from.
struct CaseloadEntity
{
    CaseloadKind kind = CaseloadKind::Household;
    QString id; // for links: "<childId>/<adultId>"
    JsonValue payload;
    qsizetype line = 0;

    QString member(QStringView name) const { return payload[name].toString(); }
};

// The agency's side of the caseload vocabulary (core/protocol/caseloadvocabulary.h, shared with
// the device): imports go through it so bad agency data is refused with a precise message
// before anything is written, and devices only ever receive the documented shape.
class CaseloadValidator
{
public:
    // The kind for a JSON array name or CSV --kind value ("children", "visitSummaries", ...).
    static std::optional<CaseloadKind> kindFromName(QStringView name);
    static QString kindName(CaseloadKind kind);

    [[nodiscard]] static Expected<CaseloadEntity, QString> validate(
        CaseloadKind kind, const JsonValue &object);

    // A CSV row as JSON: cells become strings, except booleans ("true"/"false") and empty
    // dates (null), by the member's type.
    static JsonValue fromCells(CaseloadKind kind, const QList<std::pair<QString, QString>> &cells);
};

} // namespace hearth::server
