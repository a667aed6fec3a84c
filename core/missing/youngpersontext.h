#pragma once

#include "record/jsonvalue.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// An exploitation indicator: what an adult observed, and who told them or where it was seen.
struct ExploitationIndicator
{
    QString indicator; // one of MissingBody::indicators()
    QString observed;
    QString source;
};

// Why a draft about a young person cannot be signed yet: the draft member to fix (the field the
// page outlines) and, in words, what to do.
struct YoungPersonRefusal
{
    QString field;
    QString message;
};

// What a going-missing episode and a return home interview write the same way: the
// exploitation indicators (in the draft, in the body, and the refusal that names the one to
// fix) and the young person's own words, kept exactly as typed.
namespace YoungPersonText {

QJsonArray indicatorsToJson(const QList<ExploitationIndicator> &indicators);
QList<ExploitationIndicator> indicatorsFromJson(const QJsonArray &list);

// An adult's text as signed: trimmed and normalised.
JsonValue adultText(const QString &value);
// Adds "childsWords" (never trimmed or nudged: they are the young person's) and
// "exploitationContext" to `body` when there is something to add.
void addWordsAndContext(
    JsonValue &body, const QString &childsWords, const QList<ExploitationIndicator> &indicators);

// The refusal for a validator path into the young person's words or the indicators; nothing
// for any other path.
std::optional<YoungPersonRefusal> refusal(const QString &path);

} // namespace YoungPersonText
} // namespace hearth
