#include "jsonlocator.h"

namespace hearth::server {

qsizetype JsonLocator::lineOf(QByteArrayView text, qsizetype offset)
{
    qsizetype line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            ++line;
    }
    return line;
}

QHash<QString, QList<qsizetype>> JsonLocator::elementLines(QByteArrayView json)
{
    QHash<QString, QList<qsizetype>> lines;
    qsizetype line = 1;
    int depth = 0;   // 1 inside the root object, 2 inside one of its arrays
    QString lastKey; // the most recent string at depth 1: the key of the value that follows
    bool expectElement = false; // at depth 2, the next value starts an element
    bool inArray = false;       // the depth-2 container is an array
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (depth == 1)
                lastKey = QString::fromUtf8(json.sliced(start, i - start));
            if (depth == 2 && expectElement) {
                lines[lastKey].append(line);
                expectElement = false;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':')
            continue;
        if (c == ',') {
            if (depth == 2 && inArray)
                expectElement = true;
            continue;
        }
        if (depth == 2 && expectElement) {
            lines[lastKey].append(line);
            expectElement = false;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2) {
                inArray = c == '[';
                expectElement = inArray;
            }
        } else if (c == '}' || c == ']') {
            --depth;
            expectElement = false;
        }
    }
    return lines;
}

} // namespace hearth::server
