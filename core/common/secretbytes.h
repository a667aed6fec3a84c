#pragma once

#include <sodium.h>

#include <cstddef>
#include <cstring>
#include <new>
#include <span>

namespace hearth {

// Fixed-size secret held in sodium_malloc'd memory (guard pages, mlock'd, never swapped
// where the OS allows), wiped on clear() and destruction. The tag makes each kind of key
// its own type so a data key cannot be passed where a signing key is expected, and the
// size is part of the type so a wrong-sized key does not compile.
template<std::size_t N, typename Tag> class SecretBytes
{
public:
    static constexpr std::size_t size = N;

    SecretBytes()
        : m_data(initialised() ? static_cast<unsigned char *>(sodium_malloc(N)) : nullptr)
    {
        if (!m_data)
            throw std::bad_alloc(); // out of locked memory: nothing sensible to continue with
        sodium_memzero(m_data, N);
    }
    ~SecretBytes()
    {
        sodium_free(m_data); // sodium_free zeroes before releasing
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::span<const unsigned char, N> bytes() const
    {
        return std::span<const unsigned char, N>(m_data, N);
    }

    void randomise() { randombytes_buf(m_data, N); }
    void clear() { sodium_memzero(m_data, N); }
    bool isZero() const { return sodium_is_zero(m_data, N) == 1; }
    void copyFrom(const SecretBytes &other) { std::memcpy(m_data, other.m_data, N); }
    bool equals(const SecretBytes &other) const
    {
        return sodium_memcmp(m_data, other.m_data, N) == 0;
    }

private:
    // sodium_init is idempotent and thread-safe; calling it here means no caller can forget.
    static bool initialised() { return sodium_init() >= 0; }
    unsigned char *m_data;
};

struct DataKeyTag;
struct KeyEncryptionKeyTag;
struct RecoverySecretKeyTag;

// The random 256-bit key SQLCipher opens the database with.
using DataKey = SecretBytes<32, DataKeyTag>;
// The Argon2id-derived key that wraps the DataKey.
using KeyEncryptionKey
    = SecretBytes<crypto_aead_xchacha20poly1305_ietf_KEYBYTES, KeyEncryptionKeyTag>;
// The agency's Curve25519 recovery secret key (only ever on an agency machine).
using RecoverySecretKey = SecretBytes<crypto_box_SECRETKEYBYTES, RecoverySecretKeyTag>;

} // namespace hearth
