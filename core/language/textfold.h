#pragma once

#include <QChar>
#include <QString>

namespace hearth {

// Case- and diacritic-insensitive text comparison for names and phrases. Names are recorded
// exactly as the family gives them (Zoë, Siân, Łukasz, Ngozi), but a practitioner searching
// on a doorstep types "zoe" or "sian"; Welsh writers may or may not type the to bach (ŵ, ŷ).
// Folding happens only for matching; the stored text is never changed.
class TextFold
{
public:
    // One character in, one out (lower case, accents removed, every form of apostrophe and
    // quotation mark and the dashes made plain), so a position in folded text is the same
    // position in the original.
    static QChar foldChar(QChar c);
    static QString fold(const QString &text);
    // A search key: folded, ligatures expanded (ß, æ, œ), anything that is not a letter or a
    // digit turned into a single space, apostrophes dropped, trimmed: "O’Brien-Smith" becomes
    // "obrien smith".
    static QString searchKey(const QString &text);
};

} // namespace hearth
