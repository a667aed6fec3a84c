#include "consolehtml.h"

#include <QUrl>

namespace hearth::server {

QString Html::escape(QStringView value)
{
    QString out;
    out.reserve(value.size() + value.size() / 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        case u'\0':
            out += QChar::ReplacementCharacter; // HTML parsers drop or mangle NUL
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString Html::urlValue(const QString &value)
{
    return escape(QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace hearth::server
