#pragma once

#include <QMap>
#include <QString>

namespace hearth {

// One piece of pack text in every language the pack declares ("en", "cy"...). Content packs
// carry their own translations because prompts are data an agency can change without a
// rebuild, so they cannot go through Qt Linguist like the app's own strings.
struct LocalText
{
    QMap<QString, QString> byLanguage;

    // The text in `language`, falling back to English when that language is missing or empty.
    QString text(const QString &language) const
    {
        const QString wanted = byLanguage.value(language);
        return wanted.isEmpty() ? byLanguage.value(QStringLiteral("en")) : wanted;
    }
    bool isEmpty() const { return byLanguage.value(QStringLiteral("en")).isEmpty(); }
    // Words that are the same in every language: a name, a number, the practitioner's own text.
    static LocalText plain(const QString &text)
    {
        LocalText out;
        out.byLanguage.insert(QStringLiteral("en"), text);
        return out;
    }
    friend bool operator==(const LocalText &, const LocalText &) = default;
};

} // namespace hearth
