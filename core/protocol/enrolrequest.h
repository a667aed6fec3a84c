#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hearth {

// The body of POST /v1/enrol: the one-time code the practitioner was given, the device's
// Ed25519 public key, a human name for the device and, optionally, the id the device already
// uses. Shared so the client builds exactly what the server parses.
struct EnrolRequest
{
    QString code;
    SigningPublicKey publicKey {};
    QString name;
    // The id the device's vault created. Records may be signed before enrolment and carry it,
    // so a device sends it and the server adopts it. Empty: the server chooses one (older
    // clients, tests).
    QString deviceId;

    QByteArray toJson() const;
    // Strict JSON; code, publicKey and name required, deviceId optional (absent = empty, else a
    // valid device id as records carry it), each with the right type. Returns a message on
    // failure.
    [[nodiscard]] static Expected<EnrolRequest, QString> parse(QByteArrayView body);

    // Codes are compared case-insensitively and without separators, as people type them.
    static QString normaliseCode(const QString &code);
};

} // namespace hearth
