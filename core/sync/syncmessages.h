#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

struct HttpOutcome;

// A refusal from the agency server (RFC 9457 problem+json), reduced to what sync acts on.
struct ServerProblem
{
    QString slug; // "device-revoked"...; empty when the body is not a Hearth problem
    QString title;
    QString detail;
    std::optional<qint64> serverTime; // clock-skew answers carry it (Unix seconds)

    static ServerProblem parse(const QByteArray &body);
    bool is(const char *name) const { return slug == QLatin1String(name); }
};

// The practitioner-facing words for everything that can go wrong in enrolment and sync, in one
// place so the app, hearthctl and the history say the same thing. Plain English: what
// happened, that nothing is lost, and what to do. Technical detail goes in brackets at the end
// for support, never personal data (the server's details never echo any).
namespace SyncMessages {
QString unreachable(const HttpOutcome &outcome);
QString serverTrouble(int status, const ServerProblem &problem);
QString pinMismatch(const QString &pinnedHex, const QString &presentedHex);
QString tlsFailed(const HttpOutcome &outcome);
QString revoked();
QString notAHearthServer(int status);
// Any other refusal of a signed request (4xx).
QString refused(int status, const ServerProblem &problem);
// A refusal of POST /v1/enrol.
QString enrolmentRefused(int status, const ServerProblem &problem);
// The agency server refused a photograph of signed record `seq` (PUT /v1/attachments).
QString photoRefused(qint64 seq, int status, const ServerProblem &problem);
// The vault could not give back a photograph signed record `seq` names.
QString photoUnreadable(qint64 seq, const QString &why);
} // namespace SyncMessages

} // namespace hearth
