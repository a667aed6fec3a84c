#pragma once

#include <QString>
#include <QStringList>

namespace hearth {

// The rules a new passcode must meet, with each broken rule explained in plain words.
// Kept deliberately short: length, not one repeated character, not a commonly used one.
class PasscodePolicy
{
public:
    static constexpr int MinimumLength = 8;

    // Empty when the passcode is acceptable.
    static QStringList problems(const QString &passcode);
    // The rules as shown before the practitioner types anything.
    static QStringList rules();
    static bool isCommon(const QString &passcode);
};

} // namespace hearth
