#pragma once

#include "common/expected.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hearth {

// A child-voice session while it is being written: every answer as typed, so an autosave
// reopens exactly where the practitioner was, even when it is not yet complete enough to sign.
// toBody() is the one way it becomes a signed body (record kind "child-voice-session").
struct ChildVoiceDraft
{
    // Where its autosave lives and what it is signed as (QuickDraftStore).
    static QString draftKind() { return QStringLiteral("child-voice-session"); }
    static constexpr RecordKind recordKind = RecordKind::ChildVoiceSession;

    // The child's words exactly as said, when (stamped by the tablet as they are written down)
    // and, optionally, what was being talked about.
    struct Quote
    {
        QString text;
        QString atUtc; // RFC 3339 UTC with milliseconds
        QString context;
    };
    struct Scale
    {
        QString question;
        int number = -1; // 0 to 10; -1 not yet answered
        QString reason;  // the child's own reason, when they gave one
    };

    QString id;
    QString createdUtc;
    QString packId;
    QString packVersion;
    QString childId;
    // A child not on this tablet, by name and school year: the agency matches the child up.
    QString newChildName;
    QString newChildYearGroup;
    QString place; // one of ChildVoiceBody::places()
    QString placeDetail;
    QStringList othersPresent;
    std::optional<bool> seenAlone;
    QString notSeenAloneReason;
    QList<Quote> quotes;
    std::array<QStringList, 3> houses; // in ChildVoiceBody::houses() order
    QList<Scale> scales;
    QStringList trusts;
    QString betterIf;
    QString viewOfPlan;
    QString practitionerWillDo;
    QString childToldNext;
    // What the child made in child mode (ChildContributionBody), or null before the tablet was
    // handed to them. Kept exactly as child mode gave it, so the signed bytes are the child's.
    JsonValue childContribution;

    // Draft storage: compact JSON, and back. A stored draft that is not such an object is
    // refused with a message.
    QByteArray toBytes() const;
    [[nodiscard]] static Expected<ChildVoiceDraft, QString> fromBytes(const QByteArray &bytes);

    // The signed body, checked by the same validator the server runs; the message names what
    // is still missing in a practitioner's words.
    [[nodiscard]] Expected<JsonValue, QString> toBody() const;
};

} // namespace hearth
