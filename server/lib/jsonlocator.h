#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace hearth::server {

// The line on which each element of each top-level array starts in a JSON document, e.g.
// children[3] -> line 41. The strict parser reports byte offsets for syntax errors but its
// values do not remember where they came from; import validation errors need the line an
// agency administrator can find in their editor. Only call on text that already parsed.
class JsonLocator
{
public:
    static QHash<QString, QList<qsizetype>> elementLines(QByteArrayView json);
    static qsizetype lineOf(QByteArrayView text, qsizetype offset);
};

} // namespace hearth::server
