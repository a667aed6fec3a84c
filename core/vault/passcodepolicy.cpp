#include "passcodepolicy.h"

#include <QCoreApplication>

#include <array>

namespace hearth {

namespace {
// The most common passcodes of eight or more characters in published breach analyses, plus
// the ones a practitioner in this field is most likely to reach for.
constexpr std::array<const char *, 20> CommonPasscodes = {
    "12345678",
    "123456789",
    "1234567890",
    "password",
    "password1",
    "qwertyuiop",
    "qwerty123",
    "iloveyou",
    "11223344",
    "12341234",
    "87654321",
    "abcd1234",
    "1q2w3e4r",
    "passw0rd",
    "abcdefgh",
    "football",
    "sunshine",
    "princess",
    "baseball",
    "welcome1",
};
} // namespace

bool PasscodePolicy::isCommon(const QString &passcode)
{
    const QString lower = passcode.toLower();
    for (const char *common : CommonPasscodes) {
        if (lower == QLatin1String(common))
            return true;
    }
    return false;
}

QStringList PasscodePolicy::rules()
{
    return {
        QCoreApplication::translate("PasscodePolicy", "At least %1 characters long.")
            .arg(MinimumLength),
        QCoreApplication::translate("PasscodePolicy", "Not the same character over and over."),
        QCoreApplication::translate(
            "PasscodePolicy", "Not a passcode that many people use, such as 12345678."),
    };
}

QStringList PasscodePolicy::problems(const QString &passcode)
{
    QStringList found;
    // Count characters as the practitioner sees them, not UTF-16 code units.
    const auto codePoints = passcode.toUcs4();
    if (codePoints.size() < MinimumLength) {
        found << QCoreApplication::translate(
            "PasscodePolicy", "It needs at least %1 characters; it has %2.")
                     .arg(MinimumLength)
                     .arg(codePoints.size());
    }
    if (!codePoints.isEmpty()
        && std::all_of(codePoints.cbegin(), codePoints.cend(),
            [&](char32_t c) { return c == codePoints.front(); })) {
        found << QCoreApplication::translate(
            "PasscodePolicy", "It is one character repeated; mix it up.");
    }
    if (isCommon(passcode)) {
        found << QCoreApplication::translate(
            "PasscodePolicy", "It is one of the most commonly used passcodes.");
    }
    return found;
}

} // namespace hearth
