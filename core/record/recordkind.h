#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearth {

// What a signed record is about; the wire names are part of the signed format.
enum class RecordKind
{
    Visit,
    Amendment,
    MissedAppointment,
    CaseloadChange,
    ProfileChange,
    FlagAcknowledgement,
    Concern,
    // Signed by the agency server for a supervisor (docs/record-format.md, "Supervision").
    SupervisorReview,
    Countersignature,
    ProfessionalDifference,
    // Direct work with a child outside a home visit (docs/record-format.md, "Child-voice
    // session").
    ChildVoiceSession,
    // An adolescent's episode of going missing and its return home interview.
    GoingMissing,
    ReturnHomeInterview,
    // Something that happened to the household on a day (docs/record-format.md, "Life-event
    // bodies"): its own kind, not a profile change, because it is dated when it happened.
    LifeEvent
};

inline QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Visit:
        return QStringLiteral("visit");
    case RecordKind::Amendment:
        return QStringLiteral("amendment");
    case RecordKind::MissedAppointment:
        return QStringLiteral("missed-appointment");
    case RecordKind::CaseloadChange:
        return QStringLiteral("caseload-change");
    case RecordKind::ProfileChange:
        return QStringLiteral("profile-change");
    case RecordKind::FlagAcknowledgement:
        return QStringLiteral("flag-acknowledgement");
    case RecordKind::Concern:
        return QStringLiteral("concern");
    case RecordKind::SupervisorReview:
        return QStringLiteral("supervisor-review");
    case RecordKind::Countersignature:
        return QStringLiteral("countersignature");
    case RecordKind::ProfessionalDifference:
        return QStringLiteral("professional-difference");
    case RecordKind::ChildVoiceSession:
        return QStringLiteral("child-voice-session");
    case RecordKind::GoingMissing:
        return QStringLiteral("going-missing");
    case RecordKind::ReturnHomeInterview:
        return QStringLiteral("return-home-interview");
    case RecordKind::LifeEvent:
        return QStringLiteral("life-event");
    }
    return {};
}

// Kinds only the agency server signs (for a supervisor); a tablet never signs or uploads them.
inline bool isServerSigned(RecordKind kind)
{
    return kind == RecordKind::SupervisorReview || kind == RecordKind::Countersignature
        || kind == RecordKind::ProfessionalDifference;
}

inline std::optional<RecordKind> recordKindFromName(QStringView name)
{
    for (RecordKind kind :
        { RecordKind::Visit, RecordKind::Amendment, RecordKind::MissedAppointment,
            RecordKind::CaseloadChange, RecordKind::ProfileChange, RecordKind::FlagAcknowledgement,
            RecordKind::Concern, RecordKind::SupervisorReview, RecordKind::Countersignature,
            RecordKind::ProfessionalDifference, RecordKind::ChildVoiceSession,
            RecordKind::GoingMissing, RecordKind::ReturnHomeInterview, RecordKind::LifeEvent }) {
        if (name == recordKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace hearth
