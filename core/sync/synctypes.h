#pragma once

#include "protocol/practitionerrole.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace hearth {

// Why a sync attempt started; kept in the history so support can see what drives syncing.
enum class SyncTrigger
{
    Unlock,
    Signed,
    NetworkBack,
    Timer,
    Manual
};

// "unlock", "signed", "network-back", "timer", "manual": stable names stored in the vault.
QString syncTriggerName(SyncTrigger trigger);
std::optional<SyncTrigger> syncTriggerFromName(const QString &name);

// One row of the sync history (kept in the vault, newest first, the last 200 kept).
struct SyncAttempt
{
    enum class Outcome
    {
        Success,
        Offline,
        ServerError,
        Refused,
        Revoked,
        PinMismatch,
        Cancelled
    };

    qint64 id = 0;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    SyncTrigger trigger = SyncTrigger::Manual;
    Outcome outcome = Outcome::Success;
    int sent = 0;         // records sent in this attempt
    int acknowledged = 0; // records newly covered by a verified receipt
    int downloaded = 0;   // caseload entries stored
    // Plain English for a practitioner, empty on success (the app translates by outcome).
    QString message;
};

// "success", "offline", "server-error", "refused", "revoked", "pin-mismatch", "cancelled".
QString syncOutcomeName(SyncAttempt::Outcome outcome);
std::optional<SyncAttempt::Outcome> syncOutcomeFromName(const QString &name);

// What the vault remembers about the agency this device is enrolled with.
struct EnrolmentInfo
{
    QUrl server;
    QString pinHex; // lowercase hex SHA-256 of the server's SubjectPublicKeyInfo; empty for http
    QString deviceId;
    QString practitionerId;
    QString practitionerName;
    QDateTime enrolledUtc;
    // The agency's idle lock for this device, from enrolment; 0 when the agency sets none.
    int lockTimeoutSeconds = 0;
    bool revoked = false;
    // The practitioner's role from enrolment; none from a server too old to send one (then the
    // role chosen on the tablet stays). Read back through RoleStore, which also sees changes.
    std::optional<PractitionerRole> role;
};

} // namespace hearth

Q_DECLARE_METATYPE(hearth::SyncAttempt)
Q_DECLARE_METATYPE(hearth::EnrolmentInfo)
