#pragma once

#include "record/devicekeypair.h"
#include "record/jsonvalue.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>
#include <utility>

// An HTTP answer as the tests look at it.
struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    hearth::JsonValue json; // parsed body (null when it is not JSON)

    QString problemType() const { return json[u"type"].toString(); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Blocking HTTP for tests (QNetworkAccessManager on a local event loop), plus a way to start
// many requests at once and wait for all of them.
class HttpClient
{
public:
    static Reply send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url,
        const Headers &headers = {}, const QByteArray &body = {});
};

// A test tablet: its key, its enrolment and a RecordWriter for its chain.
class TestDevice
{
public:
    TestDevice();

    // Enrols with a code, sending requestedId as the device's own id when it is not empty (as
    // the app does); returns the reply (201 on success) and remembers id and server key.
    Reply enrol(const QUrl &url, const QString &code);

    // Next records of this device's chain, signed (not sent).
    QList<QByteArray> makeRecords(int count);
    // The next record of the chain: a visit with this body (the tablet's body rules apply).
    QByteArray makeVisit(const hearth::JsonValue &body);

    // A signed request from this device, target taken from the URL.
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = {});
    Headers signedHeaders(const QByteArray &method, const QUrl &url, const QByteArray &body,
        qint64 clockOffset = 0) const;
    Reply upload(const QUrl &url, const QList<QByteArray> &records);

    static QByteArray target(const QUrl &url);

    hearth::DeviceKeyPair key;
    QString requestedId;
    QString id;
    QString author; // the practitioner the device is enrolled for, who signs its records
    hearth::SigningPublicKey serverKey {};
    qint64 clockOffset = 0; // seconds added to the device's clock when signing
    QNetworkAccessManager network;

private:
    hearth::UuidV7Generator m_ids;
    std::unique_ptr<hearth::RecordWriter> m_writer;
    int m_visits = 0;
};
