#pragma once

#include "language/phrasebook.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hearth {

// A stock phrase found in a practitioner's text, with a kind question asking for the
// specifics. Offsets are in UTF-16 code units of the checked text, as QML's TextArea uses.
struct Nudge
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString phraseId;
    QString phrase; // the words as written
    QString nudge;
};

// Serious case reviews found that stock phrases dilute what was seen: "unsanitary with a foul
// smell and a fire hazard" became "poor home conditions". This check finds such phrases while
// the practitioner writes and asks, kindly, for what was seen, heard or smelt. It never blocks
// anything: the result is advice for the UI to show inline.
class PlainLanguageCheck
{
public:
    explicit PlainLanguageCheck(const PhraseBook &book);

    // Nudges in text order, never overlapping. `language` is "en" or "cy"; an unknown language
    // gets no nudges rather than the wrong language's.
    QList<Nudge> check(const QString &text, const QString &language) const;

private:
    struct Token
    {
        qsizetype start;
        qsizetype end;
        QString folded;
        QString cased; // as written but with one form of apostrophe
    };
    struct Variant
    {
        qsizetype phrase;
        bool caseSensitive;
        QStringList words; // folded, or cased when the variant is case-sensitive
    };
    struct Language
    {
        QList<Phrase> phrases;
        QHash<QString, QList<Variant>> byFirstWord; // folded first word -> variants
    };

    static QList<Token> tokenize(const QString &text);
    static bool matchesAt(const QString &text, const QList<Token> &tokens, qsizetype at,
        const Phrase &phrase, const Variant &variant);
    static void addVariant(Language &language, qsizetype phrase, const QString &match, bool cased);
    static qsizetype sentenceWords(
        const QString &text, const QList<Token> &tokens, qsizetype first, qsizetype last);

    QHash<QString, Language> m_languages;
};

} // namespace hearth
