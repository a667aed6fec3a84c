#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// One stock phrase and the nudge it gets. A phrase is found as whole words, case- and
// accent-insensitively, whatever form its apostrophes take, unless it says otherwise:
//  - caseSensitive: "DNA" the abbreviation, not a word that happens to share the letters;
//    anyCase lists the variants that are unmistakable in any case ("dna'd", "DNAd");
//  - notFollowedBy / notPrecededBy: "DNA test" and "prawf DNA" are not "did not attend";
//  - mode "alone": only when it is all that is written ("No concerns.");
//  - mode "undescribed": only in a sentence shorter than minWords, i.e. with no description
//    around it ("Mother hostile." but not "Mother was hostile: she shouted at me to leave").
struct Phrase
{
    enum class Mode
    {
        Anywhere,
        Alone,
        Undescribed
    };

    QString id;
    // The phrase and its variants (Welsh mutations are variants). In the file a variant may
    // hold alternatives, "because of {his|her} {autism|ADHD}", expanded here into every
    // combination.
    QStringList match;
    QStringList anyCase;
    Mode mode = Mode::Anywhere;
    int minWords = 0;
    bool caseSensitive = false;
    QStringList notFollowedBy;
    QStringList notPrecededBy;
    QString nudge;
};

// The configurable phrase lists, one per language: built-in lists compiled into the app, plus
// an optional agency file for each language that can add phrases, replace a built-in one (same
// id) or switch one off ("off": true). Lists are data so an agency can tune them without a
// rebuild, and the same format serves English and Welsh.
class PhraseBook
{
public:
    static QString builtInPath(const QString &language);

    // The built-in lists for "en" and "cy".
    [[nodiscard]] Expected<void, QString> loadBuiltIn();
    // A phrase list in the JSON format of the built-in ones; merged over what is loaded. The
    // error names the file, the path and the problem, and nothing is merged from a bad file.
    [[nodiscard]] Expected<void, QString> loadFile(const QString &path);
    [[nodiscard]] Expected<void, QString> loadBytes(const QByteArray &json, const QString &name);

    QStringList languages() const { return m_phrases.keys(); }
    QList<Phrase> phrases(const QString &language) const { return m_phrases.value(language); }

private:
    QHash<QString, QList<Phrase>> m_phrases;
};

} // namespace hearth
