#pragma once

#include <QtGlobal>

#include <chrono>

namespace hearth {

// Argon2id cost for turning a passcode into the key-encryption key. Calibrated once when a
// vault is created so unlocking takes about half a second on that device, and never
// below libsodium's INTERACTIVE limits whatever the device measures.
struct KdfCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfCost interactive();
    static KdfCost calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));
    // true when both limits are at least INTERACTIVE and within what libsodium accepts.
    bool isAcceptable() const;
};

} // namespace hearth
