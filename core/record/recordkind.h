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
    Concern
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
    case RecordKind::Concern:
        return QStringLiteral("concern");
    }
    return {};
}

inline std::optional<RecordKind> recordKindFromName(QStringView name)
{
    for (RecordKind kind : { RecordKind::Visit, RecordKind::Amendment,
             RecordKind::MissedAppointment, RecordKind::CaseloadChange, RecordKind::Concern }) {
        if (name == recordKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace hearth
