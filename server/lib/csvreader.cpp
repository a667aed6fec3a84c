#include "csvreader.h"

namespace hearth::server {

Expected<QList<CsvReader::Row>, CsvReader::Error> CsvReader::read(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return unexpected(Error { 0, QStringLiteral("the file is not valid UTF-8") });

    QList<Row> rows;
    Row row { 1, {} };
    QString cell;
    qsizetype line = 1;
    bool quoted = false;
    bool cellWasQuoted = false;
    auto endRow = [&]() {
        row.cells << cell;
        cell.clear();
        cellWasQuoted = false;
        if (!(row.cells.size() == 1 && row.cells.first().isEmpty()))
            rows.append(row); // blank lines are skipped
        row = Row { line, {} };
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!cell.isEmpty() || cellWasQuoted)
                return unexpected(Error { line,
                    QStringLiteral("a quote inside an unquoted cell (quote the whole cell "
                                   "and double the quote)") });
            quoted = true;
            cellWasQuoted = true;
        } else if (c == u',') {
            row.cells << cell;
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            if (cellWasQuoted)
                return unexpected(Error { line, QStringLiteral("text after a closing quote") });
            cell += c;
        }
    }
    if (quoted)
        return unexpected(Error { row.line, QStringLiteral("a quoted cell is not closed") });
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellWasQuoted)
        endRow();
    return rows;
}

} // namespace hearth::server
