#include "testclient.h"

#include "enrolrequest.h"
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "requestsigner.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace hearth;

Reply HttpClient::send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url,
    const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = reply->readAll();
    if (auto json = CanonicalJson::parse(result.body, JsonLimits { 256 * 1024 * 1024, 64 }))
        result.json = *json;
    reply->deleteLater();
    return result;
}

TestDevice::TestDevice()
    : key(DeviceKeyPair::generate())
{ }

Reply TestDevice::enrol(const QUrl &url, const QString &code)
{
    EnrolRequest request;
    request.code = code;
    request.publicKey = key.publicKey();
    request.name = QStringLiteral("Test tablet");
    request.deviceId = requestedId;
    Reply reply = HttpClient::send(
        network, "POST", url, { { "Content-Type", "application/json" } }, request.toJson());
    if (reply.status == 201) {
        id = reply.json[u"deviceId"].toString();
        author = reply.json[u"practitioner"][u"id"].toString();
        serverKey = DeviceKeyPair::publicKeyFromHex(reply.json[u"serverPublicKey"].toString())
                        .value_or(SigningPublicKey {});
        m_writer = std::make_unique<RecordWriter>(key, ChainState::genesis(id), m_ids);
    }
    return reply;
}

QList<QByteArray> TestDevice::makeRecords(int count)
{
    QList<QByteArray> records;
    for (int i = 0; i < count; ++i) {
        ++m_visits;
        JsonValue body
            = JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("visitId"), QStringLiteral("visit-%1").arg(m_visits) },
                { QStringLiteral("notes"), QStringLiteral("Fictional test visit.") } });
        auto signedRecord = m_writer->append(RecordKind::Visit, author,
            { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") }, body);
        records.append(signedRecord ? signedRecord->bytes : QByteArray("sign failed"));
    }
    return records;
}

QByteArray TestDevice::makeVisit(const JsonValue &body)
{
    auto signedRecord = m_writer->append(RecordKind::Visit, author,
        { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") }, body);
    return signedRecord ? signedRecord->bytes : QByteArray("sign failed");
}

QByteArray TestDevice::target(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

Headers TestDevice::signedHeaders(
    const QByteArray &method, const QUrl &url, const QByteArray &body, qint64 offset) const
{
    return RequestSigner::authHeaders(key, id, method, target(url), body,
        QDateTime::currentDateTimeUtc().addSecs(clockOffset + offset));
}

Reply TestDevice::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType)
{
    Headers headers = signedHeaders(method, url, body);
    if (!contentType.isEmpty())
        headers.append({ "Content-Type", contentType });
    return HttpClient::send(network, method, url, headers, body);
}

Reply TestDevice::upload(const QUrl &url, const QList<QByteArray> &records)
{
    return request("POST", url, RecordBatch::build(records), RecordBatch::contentType);
}
