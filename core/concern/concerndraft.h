#pragma once

#include "common/expected.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

// A concern while it is being written down: every answer as typed, so an autosave can be
// reopened exactly where the practitioner was, even when it is not yet complete enough to
// sign. toBody() is the one way it becomes a signed concern body (record kind "concern").
struct ConcernDraft
{
    // Where its autosave lives and what it is signed as (QuickDraftStore).
    static QString draftKind() { return QStringLiteral("concern"); }
    static constexpr RecordKind recordKind = RecordKind::Concern;

    QString id;
    QString createdUtc;
    QString packId;
    QString packVersion;
    QString childId;
    // A pupil not on this tablet, described by name and school year only (a date of birth is
    // often not to hand between lessons): the agency matches the child up. Used when childId
    // is empty.
    QString newChildName;
    QString newChildYearGroup;
    QString seen;        // what was seen or heard, concretely
    QString childsWords; // the child's own words, kept as a quote
    QString category;    // a pack concernLog category id
    std::optional<bool> immediateSafety;
    QString nextStep;
    QString action; // one of ConcernBody::actions()
    QString actionDetail;
    QString toldWho;
    QString toldUtc;      // RFC 3339 UTC with milliseconds
    QString sharingBasis; // a pack concernLog sharing basis id

    // Draft storage: compact JSON with every member, and back. A stored draft that is not
    // such an object is refused with a message.
    QByteArray toBytes() const;
    [[nodiscard]] static Expected<ConcernDraft, QString> fromBytes(const QByteArray &bytes);

    // The signed body, checked by the same validator the server runs; the message names what
    // is still missing in a practitioner's words.
    [[nodiscard]] Expected<JsonValue, QString> toBody() const;
};

} // namespace hearth
