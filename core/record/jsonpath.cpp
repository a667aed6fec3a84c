#include "jsonpath.h"

namespace hearth {

namespace {
bool isPlainName(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (QChar c : key) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_')))
            return false;
    }
    return true;
}

void appendKey(QString &out, const QString &key)
{
    if (isPlainName(key)) {
        out += u'.';
        out += key;
        return;
    }
    // Other keys are quoted so that a key containing dots or brackets stays unambiguous.
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    out += QStringLiteral("[\"%1\"]").arg(escaped);
}
} // namespace

QString JsonPath::toString() const
{
    QString out = QStringLiteral("$");
    for (const Segment &segment : m_segments) {
        if (segment.index >= 0)
            out += QStringLiteral("[%1]").arg(segment.index);
        else
            appendKey(out, segment.key);
    }
    return out;
}

QString JsonPath::child(const QString &parent, const QString &key)
{
    QString out = parent;
    appendKey(out, key);
    return out;
}

} // namespace hearth
