#pragma once

#include <QByteArray>
#include <QString>

#include <sodium.h>

namespace hearth {

// The UTF-8 copy of a passcode that the vault needs, wiped as soon as it is dropped.
//
// This is best effort and only covers the copies Hearth makes. The QString the text field
// hands over is implicitly shared with the QML engine and the field's own buffers (undo
// history, the JavaScript string); Qt offers no way to wipe those, and writing through a
// shared QString would corrupt the engine's copy. The pages clear their fields after
// submitting so those copies are at least released early.
class PasscodeBytes
{
public:
    explicit PasscodeBytes(const QString &passcode)
        : m_bytes(passcode.toUtf8())
    { }
    ~PasscodeBytes() { wipe(); }
    PasscodeBytes(const PasscodeBytes &) = delete;
    PasscodeBytes &operator=(const PasscodeBytes &) = delete;

    const QByteArray &bytes() const { return m_bytes; }

    void wipe()
    {
        // Write through constData() rather than data(): data() would detach and wipe a
        // fresh copy if the buffer happened to be shared, leaving the original behind.
        if (!m_bytes.isEmpty())
            sodium_memzero(const_cast<char *>(m_bytes.constData()), size_t(m_bytes.size()));
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace hearth
