#include "sync/syncmessages.h"

#include "sync/enrolment.h"
#include "sync/pinnedclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

ServerProblem ServerProblem::parse(const QByteArray &body)
{
    ServerProblem problem;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    const QLatin1String prefix("urn:hearth:problem:");
    if (type.startsWith(prefix))
        problem.slug = type.mid(prefix.size());
    // Shown to people: keep them short and single-line whatever a server sends.
    problem.title = object.value(QStringLiteral("title")).toString().simplified().left(200);
    problem.detail = object.value(QStringLiteral("detail")).toString().simplified().left(300);
    const QJsonValue time = object.value(QStringLiteral("serverTime"));
    if (time.isDouble() && time.toDouble() > 0)
        problem.serverTime = qint64(time.toDouble());
    return problem;
}

namespace {
QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
}

QString describe(int status, const ServerProblem &problem)
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!problem.slug.isEmpty())
        text += QStringLiteral(", ") + problem.slug;
    if (!problem.detail.isEmpty())
        text += QStringLiteral(": ") + problem.detail;
    return text;
}
} // namespace

namespace SyncMessages {

QString unreachable(const HttpOutcome &outcome)
{
    const QString message = outcome.failure == HttpOutcome::Failure::Timeout
        ? QStringLiteral("The agency server did not answer in time. Signed records are safe on "
                         "this tablet and will be sent when the connection is better.")
        : QStringLiteral("The agency server could not be reached. Signed records are safe on "
                         "this tablet and will be sent when there is a connection.");
    return withDetail(message, outcome.error);
}

QString serverTrouble(int status, const ServerProblem &problem)
{
    return withDetail(QStringLiteral("The agency server has a problem and could not take the "
                                     "records just now. They are safe on this tablet and will "
                                     "be sent again automatically."),
        describe(status, problem));
}

QString pinMismatch(const QString &pinnedHex, const QString &presentedHex)
{
    return QStringLiteral("The server did not prove it is your agency's server, so nothing was "
                          "sent. Its certificate fingerprint is %1 but this tablet was enrolled "
                          "with %2. Tell your agency's IT support before trying again.")
        .arg(presentedHex.isEmpty() ? QStringLiteral("(none)")
                                    : Enrolment::formatFingerprint(presentedHex),
            Enrolment::formatFingerprint(pinnedHex));
}

QString tlsFailed(const HttpOutcome &outcome)
{
    return withDetail(QStringLiteral("A secure connection to the agency server could not be "
                                     "made, so nothing was sent. Check the server address or "
                                     "ask your agency's IT support."),
        outcome.error);
}

QString revoked()
{
    return QStringLiteral("Your agency has withdrawn this tablet from use, so it no longer sends "
                          "or receives anything. Everything on it is kept safe and your agency "
                          "can recover it. Please return the tablet to your agency.");
}

QString notAHearthServer(int status)
{
    return QStringLiteral("The address does not answer like a Hearth agency server (HTTP %1). "
                          "Check the server address.")
        .arg(status);
}

QString refused(int status, const ServerProblem &problem)
{
    QString message;
    if (problem.is("unknown-device") || problem.is("bad-request-signature"))
        message = QStringLiteral("The agency server does not recognise this tablet. Signed "
                                 "records are kept safe; ask your agency to check its enrolment.");
    else if (problem.is("clock-skew"))
        message = QStringLiteral("This tablet's clock is too far from the agency server's. Set "
                                 "the date and time correctly, then sync again.");
    else
        message = QStringLiteral("The agency server refused the request, so it will not be "
                                 "retried automatically. Signed records are kept safe; please "
                                 "tell your agency's IT support.");
    return withDetail(message, describe(status, problem));
}

QString enrolmentRefused(int status, const ServerProblem &problem)
{
    QString message;
    if (problem.is("enrolment-code-invalid"))
        message = QStringLiteral("That enrolment code is not known to the agency server. Check "
                                 "it was typed correctly, or ask for a new one.");
    else if (problem.is("enrolment-code-used"))
        message = QStringLiteral("That enrolment code has already been used. Ask your agency for "
                                 "a new one.");
    else if (problem.is("enrolment-code-expired"))
        message = QStringLiteral("That enrolment code has expired. Ask your agency for a new "
                                 "one.");
    else if (problem.is("key-already-enrolled"))
        message = QStringLiteral("This tablet is already enrolled with the agency. If it was "
                                 "withdrawn, ask your agency to recover it rather than "
                                 "enrolling it again.");
    else if (problem.is("device-id-taken"))
        message = QStringLiteral("Another tablet is already enrolled under this tablet's "
                                 "identity. Ask your agency's IT support for help.");
    else if (status >= 500)
        return serverTrouble(status, problem);
    else
        message = QStringLiteral("The agency server refused the enrolment.");
    return withDetail(message, describe(status, problem));
}

QString photoRefused(qint64 seq, int status, const ServerProblem &problem)
{
    return withDetail(QStringLiteral("The agency server would not accept a photograph taken in "
                                     "signed record %1, so that record and any after it were "
                                     "not sent. The photograph and the records stay safe on "
                                     "this tablet; please tell your agency's IT support.")
                          .arg(seq),
        describe(status, problem));
}

QString photoUnreadable(qint64 seq, const QString &why)
{
    return withDetail(QStringLiteral("A photograph in signed record %1 could not be read from "
                                     "this tablet's secure store, so that record and any after "
                                     "it were not sent. Please tell your agency's IT support.")
                          .arg(seq),
        why);
}

} // namespace SyncMessages

} // namespace hearth
