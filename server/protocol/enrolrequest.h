#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hearth {

// The body of POST /v1/enrol: the one-time code the practitioner was given, the device's
// Ed25519 public key and a human name for the device. Shared so the client builds exactly what
// the server parses.
struct EnrolRequest
{
    QString code;
    SigningPublicKey publicKey {};
    QString name;

    QByteArray toJson() const;
    // Strict JSON; every member required with the right type. Returns a message on failure.
    [[nodiscard]] static Expected<EnrolRequest, QString> parse(QByteArrayView body);

    // Codes are compared case-insensitively and without separators, as people type them.
    static QString normaliseCode(const QString &code);
};

} // namespace hearth
