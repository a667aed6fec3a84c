#pragma once

#include "common/expected.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::server {

// RFC 4180 CSV as agencies' spreadsheet exports write it: UTF-8 (a BOM is skipped), comma
// separated, "quoted" cells with "" for a quote and line breaks allowed inside quotes, CRLF or
// LF. Each row keeps the line it starts on, so import errors can point at it.
class CsvReader
{
public:
    struct Row
    {
        qsizetype line = 0;
        QStringList cells;
    };
    struct Error
    {
        qsizetype line = 0;
        QString message;
    };

    [[nodiscard]] static Expected<QList<Row>, Error> read(QByteArrayView text);
};

} // namespace hearth::server
