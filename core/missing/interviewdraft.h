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

// A return home interview while it is being written down: every answer as typed, so an
// autosave reopens exactly where the practitioner was. toBody() is the one way it becomes a
// signed "return-home-interview" body (docs/record-format.md, "Going missing").
struct InterviewDraft
{
    // Where its autosave lives and what it is signed as (QuickDraftStore).
    static QString draftKind() { return QStringLiteral("return-home-interview"); }
    static constexpr RecordKind recordKind = RecordKind::ReturnHomeInterview;

    using Refusal = YoungPersonRefusal;

    QString id;
    QString createdUtc;
    QString childId;
    QString episodeId; // the going-missing record's id
    QString status;    // one of MissingBody::interviewStatuses(), "" while not chosen
    QString offeredAt; // RFC 3339 UTC with milliseconds
    QString heldAt;
    QString byRole;
    QString byAgency;
    std::optional<bool> independent;
    QString reason;
    QString childsWords; // the young person's own words, kept exactly
    QList<ExploitationIndicator> indicators;
    QString actions;

    QByteArray toBytes() const;
    [[nodiscard]] static Expected<InterviewDraft, QString> fromBytes(const QByteArray &bytes);

    // The body as it stands, checked or not: the plain-language check reads it while typing.
    // Only what the status asks for is written, so a status changed back and forth signs
    // nothing it no longer means.
    JsonValue body() const;
    // The signed body, checked by the validator the server runs.
    [[nodiscard]] Expected<JsonValue, Refusal> toBody() const;
};

} // namespace hearth
