#include "textfold.h"

namespace hearth {

QChar TextFold::foldChar(QChar c)
{
    const char16_t code = c.unicode();
    // A keyboard, an autocorrect or a pasted letter may give any of these for an apostrophe.
    if (code == u'`')
        return QLatin1Char('\'');
    if (code < 0x80)
        return c.toLower();
    switch (code) {
    case u'\u2018': // single quotation marks, acute accent, modifier apostrophe, prime
    case u'\u2019':
    case u'\u201B':
    case u'\u00B4':
    case u'\u02BC':
    case u'\u2032':
        return QLatin1Char('\'');
    case u'\u201C': // double quotation marks
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u2033':
        return QLatin1Char('"');
    case u'\u2010': // hyphen, non-breaking hyphen, en and em dash
    case u'\u2011':
    case u'\u2013':
    case u'\u2014':
        return QLatin1Char('-');
    case u'\u00A0':
        return QLatin1Char(' ');
    case u'\u00D8':
    case u'\u00F8':
        return QLatin1Char('o');
    case u'\u0141':
    case u'\u0142':
        return QLatin1Char('l');
    case u'\u0110':
    case u'\u0111':
        return QLatin1Char('d');
    case u'\u0131':
        return QLatin1Char('i');
    default:
        break;
    }
    if (c.isSurrogate())
        return c;
    // Canonical decompositions put the base letter first (é = e + U+0301, ŵ = w + U+0302);
    // some letters decompose in more than one step.
    QChar base = c;
    for (int depth = 0; depth < 4 && base.decompositionTag() == QChar::Canonical; ++depth) {
        const QString parts = base.decomposition();
        if (parts.isEmpty() || parts.at(0).isSurrogate())
            break;
        base = parts.at(0);
    }
    return base.toCaseFolded();
}

QString TextFold::fold(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldChar(text.at(i));
    return out;
}

QString TextFold::searchKey(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    bool space = true;
    for (const QChar raw : text) {
        const QChar c = foldChar(raw);
        if (c.isLetterOrNumber()) {
            switch (c.unicode()) {
            case u'\u00DF':
                out += QStringLiteral("ss");
                break;
            case u'\u00E6':
                out += QStringLiteral("ae");
                break;
            case u'\u0153':
                out += QStringLiteral("oe");
                break;
            default:
                out += c;
            }
            space = false;
        } else if (c == QLatin1Char('\'') || c.category() == QChar::Mark_NonSpacing) {
            continue; // O'Brien is found as "obrien"; a combining accent typed separately
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace hearth
