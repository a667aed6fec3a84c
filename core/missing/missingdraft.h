#pragma once

#include "common/expected.h"
#include "missing/youngpersontext.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// A going-missing episode while it is being written down: every answer as typed, so an
// autosave reopens exactly where the practitioner was. toBody() is the one way it becomes a
// signed "going-missing" body (docs/record-format.md, "Going missing").
struct MissingDraft
{
    // Where its autosave lives and what it is signed as (QuickDraftStore).
    static QString draftKind() { return QStringLiteral("going-missing"); }
    static constexpr RecordKind recordKind = RecordKind::GoingMissing;

    using Indicator = ExploitationIndicator;
    using Refusal = YoungPersonRefusal;

    QString id;
    QString createdUtc;
    QString childId;
    QString missingFrom; // RFC 3339 UTC with milliseconds
    QString returned;
    std::optional<bool> reportedToPolice;
    QString policeReference;
    QString whereFound;
    QString whoWith;
    QString howReturned;
    QString harmNoticed;
    QString childsWords; // the young person's own words, kept exactly
    QList<Indicator> indicators;

    QByteArray toBytes() const;
    [[nodiscard]] static Expected<MissingDraft, QString> fromBytes(const QByteArray &bytes);

    // The body as it stands, checked or not: the plain-language check reads it while typing.
    JsonValue body() const;
    // The signed body, checked by the validator the server runs.
    [[nodiscard]] Expected<JsonValue, Refusal> toBody() const;
};

} // namespace hearth
