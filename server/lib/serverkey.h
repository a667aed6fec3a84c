#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"

#include <QString>

namespace hearth::server {

// The server's Ed25519 signing key (receipts), kept in a file of its own, never in the
// database: a database dump or replica must not be enough to forge receipts. One text line,
//   hearth-server-signing-v1 <base64 32-byte seed>
// written atomically and readable by its owner only. Every instance behind a load balancer is
// given the same file.
class ServerKey
{
public:
    // Creates a new key file; refuses to overwrite an existing one.
    [[nodiscard]] static Expected<DeviceKeyPair, QString> create(const QString &path);
    [[nodiscard]] static Expected<DeviceKeyPair, QString> load(const QString &path);
};

} // namespace hearth::server
