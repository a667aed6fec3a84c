#include "plainlanguagecheck.h"

#include "language/textfold.h"

#include <algorithm>

namespace hearth {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Joins a word across an apostrophe in any form or a hyphen (o'i, non-engagement, DNA’d).
bool isJoiner(QChar c)
{
    return TextFold::foldChar(c) == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x2010)
        || c == QChar(0x2011);
}

// Words of a phrase may be apart by spaces and quotation marks (mum was “engaging well”),
// never by other punctuation ("poor. Home conditions" is not the phrase).
bool isBetweenWords(QChar c)
{
    const QChar folded = TextFold::foldChar(c);
    return c.isSpace() || folded == QLatin1Char('\'') || folded == QLatin1Char('"');
}

// Case kept, apostrophes made one: a case-sensitive "DNA'd" is also "DNA’d".
QString unifyApostrophes(QString word)
{
    for (QChar &c : word)
        if (TextFold::foldChar(c) == QLatin1Char('\''))
            c = QLatin1Char('\'');
    return word;
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QLatin1Char(';') || c == QLatin1Char('\n');
}

QStringList foldAll(const QStringList &words)
{
    QStringList out;
    for (const QString &word : words)
        out.append(TextFold::fold(word));
    return out;
}
} // namespace

QList<PlainLanguageCheck::Token> PlainLanguageCheck::tokenize(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n
            && (isWordChar(text.at(i))
                || (isJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1)))))
            ++i;
        const QString word = text.mid(start, i - start);
        tokens.append({ start, i, TextFold::fold(word), unifyApostrophes(word) });
    }
    return tokens;
}

PlainLanguageCheck::PlainLanguageCheck(const PhraseBook &book)
{
    for (const QString &code : book.languages()) {
        Language &language = m_languages[code];
        language.phrases = book.phrases(code);
        for (qsizetype p = 0; p < language.phrases.size(); ++p) {
            Phrase &phrase = language.phrases[p];
            phrase.notFollowedBy = foldAll(phrase.notFollowedBy);
            phrase.notPrecededBy = foldAll(phrase.notPrecededBy);
            for (const QString &match : std::as_const(phrase.match))
                addVariant(language, p, match, phrase.caseSensitive);
            for (const QString &match : std::as_const(phrase.anyCase))
                addVariant(language, p, match, false);
        }
    }
}

void PlainLanguageCheck::addVariant(
    Language &language, qsizetype phrase, const QString &match, bool cased)
{
    const QList<Token> words = tokenize(match);
    if (words.isEmpty())
        return;
    Variant variant { phrase, cased, {} };
    for (const Token &word : words)
        variant.words.append(cased ? word.cased : word.folded);
    language.byFirstWord[words.first().folded].append(variant);
}

qsizetype PlainLanguageCheck::sentenceWords(
    const QString &text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    qsizetype from = tokens[first].start;
    while (from > 0 && !isSentenceEnd(text.at(from - 1)))
        --from;
    qsizetype to = tokens[last].end;
    while (to < text.size() && !isSentenceEnd(text.at(to)))
        ++to;
    return std::count_if(tokens.cbegin(), tokens.cend(),
        [&](const Token &t) { return t.start >= from && t.end <= to; });
}

bool PlainLanguageCheck::matchesAt(const QString &text, const QList<Token> &tokens, qsizetype at,
    const Phrase &phrase, const Variant &variant)
{
    const qsizetype n = variant.words.size();
    if (at + n > tokens.size())
        return false;
    for (qsizetype k = 0; k < n; ++k) {
        const Token &token = tokens[at + k];
        if ((variant.caseSensitive ? token.cased : token.folded) != variant.words[k])
            return false;
        if (k > 0) {
            for (qsizetype c = tokens[at + k - 1].end; c < token.start; ++c)
                if (!isBetweenWords(text.at(c)))
                    return false;
        }
    }
    if (at + n < tokens.size() && phrase.notFollowedBy.contains(tokens[at + n].folded))
        return false;
    if (at > 0 && phrase.notPrecededBy.contains(tokens[at - 1].folded))
        return false;
    switch (phrase.mode) {
    case Phrase::Mode::Anywhere:
        return true;
    case Phrase::Mode::Alone:
        return at == 0 && n == tokens.size();
    case Phrase::Mode::Undescribed:
        return sentenceWords(text, tokens, at, at + n - 1) < phrase.minWords;
    }
    return false;
}

QList<Nudge> PlainLanguageCheck::check(const QString &text, const QString &language) const
{
    const auto found = m_languages.constFind(language);
    if (found == m_languages.constEnd())
        return {};
    const Language &lang = *found;
    const QList<Token> tokens = tokenize(text);
    QList<Nudge> all;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto candidates = lang.byFirstWord.constFind(tokens[i].folded);
        if (candidates == lang.byFirstWord.constEnd())
            continue;
        for (const Variant &variant : *candidates) {
            const Phrase &phrase = lang.phrases[variant.phrase];
            if (!matchesAt(text, tokens, i, phrase, variant))
                continue;
            const qsizetype end = tokens[i + variant.words.size() - 1].end;
            all.append({ tokens[i].start, end - tokens[i].start, phrase.id,
                text.mid(tokens[i].start, end - tokens[i].start), phrase.nudge });
        }
    }
    // Earliest first, and of two starting together the longer ("did not engage" over a
    // shorter variant); anything overlapping a kept nudge is dropped.
    std::sort(all.begin(), all.end(), [](const Nudge &a, const Nudge &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Nudge> out;
    qsizetype keptEnd = 0;
    for (const Nudge &nudge : std::as_const(all)) {
        if (!out.isEmpty() && nudge.start < keptEnd)
            continue;
        out.append(nudge);
        keptEnd = nudge.start + nudge.length;
    }
    return out;
}

} // namespace hearth
