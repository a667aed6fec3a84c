#include "sync/enrolment.h"

#include "enrolrequest.h"
#include "record/canonicaljson.h"
#include "sync/pinnedclient.h"
#include "sync/syncmessages.h"
#include "sync/syncstore.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

#include <sodium.h>

namespace hearth {

namespace {
const QLatin1String PayloadPrefix("hearth-enrol:v1?");

bool isValidCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u' ';
    });
}

// The 201 answer of POST /v1/enrol, checked member by member.
struct EnrolAnswer
{
    QString deviceId;
    QString practitionerId;
    QString practitionerName;
    SigningPublicKey serverKey {};
    std::optional<RecoveryPublicKey> recoveryKey;
    int lockTimeoutSeconds = 0;
    std::optional<PractitionerRole> role;
};

// The agency may shorten or lengthen the idle lock, within what still protects an unattended
// tablet (30 s to 1 hour); anything else is a broken or hostile answer.
constexpr qint64 MinLockTimeoutSeconds = 30;
constexpr qint64 MaxLockTimeoutSeconds = 3600;

Expected<EnrolAnswer, QString> parseAnswer(const QByteArray &body)
{
    auto json = CanonicalJson::parse(body, JsonLimits { 64 * 1024, 8 });
    if (!json || !json->isObject())
        return unexpected(QStringLiteral("the answer is not a JSON object"));
    EnrolAnswer answer;
    const JsonValue &device = (*json)[u"deviceId"];
    const JsonValue &practitioner = (*json)[u"practitioner"];
    const JsonValue &key = (*json)[u"serverPublicKey"];
    if (!device.isString() || !practitioner.isObject() || !practitioner[u"id"].isString()
        || !practitioner[u"name"].isString() || !key.isString())
        return unexpected(QStringLiteral("the answer lacks deviceId, practitioner or "
                                         "serverPublicKey"));
    answer.deviceId = device.toString();
    answer.practitionerId = practitioner[u"id"].toString();
    answer.practitionerName = practitioner[u"name"].toString();
    // Absent from servers older than roles; present, it must be one this app knows, or the
    // tablet would lead with the wrong work for the practitioner.
    const JsonValue &role = practitioner[u"role"];
    if (role.isString()) {
        answer.role = PractitionerRoles::fromSlug(role.toString());
        if (!answer.role)
            return unexpected(
                QStringLiteral("the practitioner's role \"%1\" is not one this app "
                               "knows (%2); the app may need updating")
                    .arg(role.toString().left(40), PractitionerRoles::allSlugsText()));
    } else if (!role.isNull()) {
        return unexpected(QStringLiteral("the practitioner's role must be a string"));
    }
    const auto serverKey = DeviceKeyPair::publicKeyFromHex(key.toString());
    if (!serverKey || crypto_core_ed25519_is_valid_point(serverKey->data()) != 1)
        return unexpected(QStringLiteral("serverPublicKey is not an Ed25519 public key"));
    answer.serverKey = *serverKey;
    const JsonValue &recovery = (*json)[u"settings"][u"recoveryPublicKey"];
    if (recovery.isString()) {
        answer.recoveryKey = parseRecoveryPublicKeyLine(recovery.toString().toUtf8());
        if (!answer.recoveryKey)
            return unexpected(QStringLiteral("recoveryPublicKey is not a Hearth recovery key"));
    } else if (!recovery.isNull()) {
        return unexpected(QStringLiteral("recoveryPublicKey must be a string or null"));
    }
    const JsonValue &lock = (*json)[u"settings"][u"lockTimeoutSeconds"];
    if (lock.isInteger()) {
        if (lock.toInteger() < MinLockTimeoutSeconds || lock.toInteger() > MaxLockTimeoutSeconds)
            return unexpected(QStringLiteral("lockTimeoutSeconds must be 30 to 3600"));
        answer.lockTimeoutSeconds = int(lock.toInteger());
    } else if (!lock.isNull()) {
        return unexpected(QStringLiteral("lockTimeoutSeconds must be an integer or null"));
    }
    return answer;
}

QUrl endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}
} // namespace

Enrolment::Enrolment(
    Vault &vault, QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_network(network)
    , m_clock(clock)
    , m_client(std::make_unique<PinnedClient>(network))
{ }

Enrolment::~Enrolment()
{
    cancel();
}

Expected<std::pair<QUrl, QString>, QString> Enrolment::parsePayload(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(PayloadPrefix))
        return unexpected(QStringLiteral("This is not a Hearth enrolment code. It should start "
                                         "with \"hearth-enrol:v1?\"."));
    const QUrlQuery query(trimmed.mid(PayloadPrefix.size()));
    const QString server = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (server.isEmpty() || code.isEmpty())
        return unexpected(QStringLiteral("The enrolment code is incomplete: it needs both a "
                                         "server address and a code."));
    if (!isValidCode(code))
        return unexpected(QStringLiteral("The code in the enrolment payload is not valid."));
    auto url = checkServerUrl(QUrl(server, QUrl::StrictMode));
    if (!url)
        return unexpected(url.error());
    return std::pair<QUrl, QString>(url.value(), code);
}

QString Enrolment::formatFingerprint(const QString &pinHex)
{
    const QString upper = pinHex.toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < upper.size(); i += 2)
        groups << upper.mid(i, 2);
    return groups.join(u':');
}

QString Enrolment::normalisePin(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f')))
            return {};
        hex += lower;
    }
    return hex.size() == 64 ? hex : QString();
}

Expected<QUrl, QString> Enrolment::checkServerUrl(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty() || !server.userInfo().isEmpty()
        || server.hasQuery() || server.hasFragment())
        return unexpected(QStringLiteral("The server address is not valid. It should look like "
                                         "https://hearth.example-agency.org"));
    if (server.scheme() == QLatin1String("https"))
        return server.adjusted(QUrl::StripTrailingSlash);
    if (server.scheme() == QLatin1String("http") && PinnedClient::isLoopback(server))
        return server.adjusted(QUrl::StripTrailingSlash);
    return unexpected(QStringLiteral("The server address must start with https:// (plain http "
                                     "is only allowed for a server on this tablet itself)."));
}

bool Enrolment::isBusy() const
{
    return m_probeReply || m_client->isBusy();
}

void Enrolment::fail(const QString &message)
{
    Q_EMIT failed(message);
}

void Enrolment::cancel()
{
    m_client->abort();
    if (QNetworkReply *reply = m_probeReply) {
        m_probeReply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void Enrolment::probe(const QUrl &server)
{
    if (isBusy())
        return fail(QStringLiteral("Enrolment is already in progress."));
    auto url = checkServerUrl(server);
    if (!url)
        return fail(url.error());
    m_probedPin.clear();
    QNetworkRequest request(endpoint(url.value(), QStringLiteral("/health")));
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_network.get(request);
    m_probeReply = reply;
    // The first look only reads the certificate: the handshake is stopped as soon as it is
    // seen, so no request is ever sent to a server the practitioner has not confirmed.
    const auto capture = [this, reply] {
        if (const QString pin = PinnedClient::pinOf(reply->sslConfiguration().peerCertificate());
            !pin.isEmpty())
            m_probedPin = pin;
        reply->abort();
    };
    connect(reply, &QNetworkReply::sslErrors, this,
        [capture, this, reply](const QList<QSslError> &errors) {
            if (!errors.isEmpty() && reply->sslConfiguration().peerCertificate().isNull())
                m_probedPin = PinnedClient::pinOf(errors.first().certificate());
            capture();
        });
    connect(reply, &QNetworkReply::encrypted, this, capture);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply != m_probeReply)
            return;
        m_probeReply.clear();
        reply->deleteLater();
        if (reply->url().scheme() == QLatin1String("https")) {
            if (m_probedPin.isEmpty()) {
                HttpOutcome outcome;
                outcome.failure = reply->error() == QNetworkReply::SslHandshakeFailedError
                    ? HttpOutcome::Failure::Tls
                    : HttpOutcome::Failure::Network;
                outcome.error = reply->errorString();
                return fail(outcome.failure == HttpOutcome::Failure::Tls
                        ? SyncMessages::tlsFailed(outcome)
                        : SyncMessages::unreachable(outcome));
            }
            Q_EMIT probed(m_probedPin);
            return;
        }
        if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            HttpOutcome outcome;
            outcome.failure = HttpOutcome::Failure::Network;
            outcome.error = reply->errorString();
            return fail(SyncMessages::unreachable(outcome));
        }
        Q_EMIT probed(QString()); // plain http on this machine: nothing to pin
    });
}

void Enrolment::enrol(
    const QUrl &server, const QString &code, const QString &deviceName, const QString &pinHex)
{
    if (isBusy())
        return fail(QStringLiteral("Enrolment is already in progress."));
    auto url = checkServerUrl(server);
    if (!url)
        return fail(url.error());
    const bool secure = url->scheme() == QLatin1String("https");
    const QString pin = secure ? normalisePin(pinHex) : QString();
    if (secure && pin.isEmpty())
        return fail(QStringLiteral("The server's certificate fingerprint is needed (64 hex "
                                   "digits) before enrolling over https."));
    if (!isValidCode(code.trimmed()))
        return fail(QStringLiteral("The enrolment code is not valid. It is letters and digits, "
                                   "as printed on the enrolment slip."));
    const QString name = deviceName.simplified();
    if (name.isEmpty() || name.size() > 100)
        return fail(QStringLiteral("The tablet needs a name of 1 to 100 characters."));
    if (!m_vault.isUnlocked())
        return fail(QStringLiteral("Unlock the tablet before enrolling it."));
    SyncStore store(m_vault.database(), m_clock);
    auto existing = store.enrolment();
    if (!existing)
        return fail(existing.error().message);
    if (existing.value())
        return fail(QStringLiteral("This tablet is already enrolled with %1.")
                        .arg(existing.value()->info.server.toDisplayString()));
    RecordStore records(m_vault.database(), m_clock);
    if (auto opened = records.open(); !opened)
        return fail(opened.error().message);

    EnrolRequest request;
    request.code = code.trimmed();
    request.publicKey = records.publicKey();
    request.name = name;
    request.deviceId = records.deviceId();
    const QUrl target = endpoint(url.value(), QStringLiteral("/v1/enrol"));
    const QUrl enrolledServer = url.value();
    const QString deviceId = records.deviceId();
    m_client->setTransferTimeout(m_transferTimeoutMs);
    m_client->send("POST", target, pin, { { "Content-Type", "application/json" } },
        request.toJson(), [this, enrolledServer, pin, deviceId](const HttpOutcome &outcome) {
            finishEnrol(outcome, enrolledServer, pin, deviceId);
        });
}

void Enrolment::finishEnrol(
    const HttpOutcome &outcome, const QUrl &server, const QString &pin, const QString &deviceId)
{
    using Failure = HttpOutcome::Failure;
    switch (outcome.failure) {
    case Failure::PinMismatch:
        return fail(SyncMessages::pinMismatch(pin, outcome.presentedPin));
    case Failure::Tls:
        return fail(SyncMessages::tlsFailed(outcome));
    case Failure::Network:
    case Failure::Timeout:
        return fail(SyncMessages::unreachable(outcome));
    case Failure::None:
        break;
    }
    if (outcome.status != 201) {
        const ServerProblem problem = ServerProblem::parse(outcome.body);
        if (problem.slug.isEmpty() && outcome.status < 500)
            return fail(SyncMessages::notAHearthServer(outcome.status));
        return fail(SyncMessages::enrolmentRefused(outcome.status, problem));
    }
    auto answer = parseAnswer(outcome.body);
    if (!answer)
        return fail(QStringLiteral("The agency server's answer could not be understood, so the "
                                   "tablet was not enrolled (%1).")
                        .arg(answer.error()));
    if (answer->deviceId != deviceId)
        return fail(QStringLiteral("The agency server gave this tablet another identity (%1, "
                                   "not %2), so it was not enrolled. The server may be too old "
                                   "for this app; ask your agency's IT support.")
                        .arg(answer->deviceId, deviceId));
    if (!m_vault.isUnlocked())
        return fail(QStringLiteral("The tablet locked before enrolment finished. Unlock it and "
                                   "ask your agency for a new enrolment code."));
    // The agency's recovery key first: if storing the enrolment failed afterwards, the vault is
    // still sealed to a valid key (the agency's), never left half-changed.
    if (answer->recoveryKey) {
        if (auto sealed = m_vault.resealRecovery(*answer->recoveryKey); !sealed)
            return fail(QStringLiteral("The tablet could not store the agency's recovery key: "
                                       "%1")
                            .arg(sealed.error().message));
    }
    StoredEnrolment stored;
    stored.info.server = server;
    stored.info.pinHex = pin;
    stored.info.deviceId = answer->deviceId;
    stored.info.practitionerId = answer->practitionerId;
    stored.info.practitionerName = answer->practitionerName;
    stored.info.enrolledUtc = m_clock.nowUtc().toUTC();
    stored.info.lockTimeoutSeconds = answer->lockTimeoutSeconds;
    stored.info.role = answer->role;
    stored.serverKey = answer->serverKey;
    SyncStore store(m_vault.database(), m_clock);
    if (auto saved = store.saveEnrolment(stored); !saved)
        return fail(QStringLiteral("The tablet could not store its enrolment: %1")
                        .arg(saved.error().message));
    Q_EMIT enrolled(stored.info);
}

} // namespace hearth
