#include "pinlock.h"

#include "passcodebytes.h"
#include "vault/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sodium.h>

#include <array>

namespace hearth {

namespace {

const QString SettingKey = QStringLiteral("softlock.pin");

// Every digit one more (or one less) than the one before: 123456, 654321, 345678.
bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

// The same short block over and over: 000000, 121212, 123123.
bool repeatsEvery(const QString &pin, qsizetype period)
{
    for (qsizetype i = period; i < pin.size(); ++i) {
        if (pin.at(i) != pin.at(i - period))
            return false;
    }
    return true;
}

// PINs that lists of real six-digit PINs put near the top and the rules above miss.
constexpr std::array CommonPins { "112233", "123321", "147258", "159753", "111222", "789456",
    "102030", "098765", "121314", "101010" };

} // namespace

QString PinLock::problem(const QString &pin)
{
    bool digitsOnly = pin.size() == Digits;
    for (const QChar c : pin)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!digitsOnly)
        return tr("The PIN must be exactly 6 digits.");
    bool common = isRun(pin, 1) || isRun(pin, -1) || repeatsEvery(pin, 1) || repeatsEvery(pin, 2)
        || repeatsEvery(pin, 3);
    for (const char *known : CommonPins)
        common = common || pin == QLatin1String(known);
    if (common)
        return tr("This PIN is one of the first that anyone would try (like 000000 or 123456). "
                  "Please choose 6 digits without a simple pattern.");
    return {};
}

void PinLock::load(Database &db)
{
    forget();
    auto select = db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!select)
        return;
    select->bind(1, SettingKey);
    auto row = select->step();
    if (!row || !row.value())
        return;
    // A value libsodium cannot parse would make every PIN wrong; with none the idle timeout
    // locks fully and the practitioner can choose a PIN again.
    const QByteArray stored = select->text(0).toLatin1();
    if (crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != -1)
        m_hash = stored;
}

Expected<void, VaultError> PinLock::store(Database &db, const Clock &clock, const QString &pin)
{
    std::array<char, crypto_pwhash_STRBYTES> hash {};
    PasscodeBytes bytes(pin);
    if (crypto_pwhash_str(hash.data(), bytes.bytes().constData(),
            static_cast<unsigned long long>(bytes.bytes().size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return unexpected(VaultError::make(
            VaultError::Code::Io, QStringLiteral("not enough memory to protect the PIN")));
    const QString text = QString::fromLatin1(hash.data());
    auto replace = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO setting (key, value, updated_utc) VALUES (?, ?, ?)"));
    if (!replace)
        return unexpected(replace.error());
    replace->bind(1, SettingKey).bind(2, text).bind(3, clock.nowUtc().toString(Qt::ISODateWithMs));
    if (auto stored = replace->run(); !stored)
        return stored;
    m_hash = text.toLatin1();
    m_failures = 0;
    return {};
}

Expected<void, VaultError> PinLock::remove(Database &db)
{
    auto remove = db.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    if (!remove)
        return unexpected(remove.error());
    remove->bind(1, SettingKey);
    if (auto removed = remove->run(); !removed)
        return removed;
    forget();
    return {};
}

void PinLock::forget()
{
    if (!m_hash.isEmpty())
        sodium_memzero(m_hash.data(), size_t(m_hash.size()));
    m_hash.clear();
    m_failures = 0;
}

bool PinLock::check(const QString &pin)
{
    if (!isSet() || m_failures >= MaxTries)
        return false;
    PasscodeBytes bytes(pin);
    // crypto_pwhash_str_verify reads a NUL-terminated string; QByteArray keeps one.
    const bool right = crypto_pwhash_str_verify(m_hash.constData(), bytes.bytes().constData(),
                           static_cast<unsigned long long>(bytes.bytes().size()))
        == 0;
    if (!right)
        ++m_failures;
    return right;
}

} // namespace hearth
