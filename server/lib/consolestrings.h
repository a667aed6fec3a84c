#pragma once

#include <QByteArray>
#include <QString>

namespace hearth::server {

enum class ConsoleLanguage
{
    English,
    Welsh
};

// The console's words in English and Welsh. Keys are fixed in the source; a key without both
// texts is a programming error that the unit test catches by asking for every key.
class ConsoleStrings
{
public:
    static QString get(ConsoleLanguage language, const char *key);
    static QStringList keys();
    // The language cookie when set, else the first of en/cy in Accept-Language, else English.
    static ConsoleLanguage choose(const QByteArray &cookie, const QByteArray &acceptLanguage);
    static QString code(ConsoleLanguage language)
    {
        return language == ConsoleLanguage::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
    }
};

} // namespace hearth::server
