#include "kdfcost.h"

#include <sodium.h>

#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace hearth {

namespace {
// Twice INTERACTIVE's memory: still comfortable on a low-end tablet, and memory is what
// makes Argon2id expensive to attack on GPUs.
constexpr quint64 CalibratedMemLimit = 2 * quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE);
constexpr quint64 MaxOpsLimit = 64;
} // namespace

KdfCost KdfCost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

bool KdfCost::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE
        && memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE && opsLimit <= crypto_pwhash_OPSLIMIT_MAX
        && memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

KdfCost KdfCost::calibrate(std::chrono::milliseconds target)
{
    // Time one derivation at the smallest allowed opslimit, then scale linearly: Argon2id's
    // time grows in proportion to its passes at a fixed memory size.
    const quint64 probeOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    std::array<unsigned char, 32> out {};
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt {};
    randombytes_buf(salt.data(), salt.size());
    const char probe[] = "calibration";
    QElapsedTimer timer;
    timer.start();
    const int rc = crypto_pwhash(out.data(), out.size(), probe, sizeof probe - 1, salt.data(),
        probeOps, CalibratedMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    sodium_memzero(out.data(), out.size());
    if (rc != 0)
        return interactive(); // not enough memory for the larger size: use the floor

    const auto scaled = quint64(double(probeOps) * double(target.count()) / double(elapsed) + 0.5);
    return { std::clamp<quint64>(scaled, probeOps, MaxOpsLimit), CalibratedMemLimit };
}

} // namespace hearth
