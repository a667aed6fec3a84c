#pragma once

#include "consolechildrecords.h"
#include "consolepages.h"
#include "consolestrings.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::server {

// Who printed a chronology, for whom and when: the header a conference reader needs to know
// what the paper is and how current it was.
struct PrintHeader
{
    ConsoleLanguage language = ConsoleLanguage::English;
    ChildSummary child;
    QString agency;
    QString printedBy;
    QString role;
    QString printedAt; // UTC, as records write it
};

// A child's chronology taken out of the console: as CSV for a spreadsheet and as the page a
// child protection conference prints to PDF (server/console/print.css). Both are built from the
// same records as the child's page, so an export says no more and no less than the screen; only
// the chosen words (summary, the child's words, signature status) differ from the full record.
class ConsoleExport
{
public:
    // One line saying what the record is about, from the members each kind writes first.
    static QString summary(const ConsoleRecord &record);
    // Every quote the child said anywhere in a body, in body order: the {"by": "child",
    // "quote": ...} objects, and format 1's plain childsWords strings.
    static QStringList childsWords(const QJsonValue &body);
    static QString kindLabel(ConsoleLanguage language, const QString &kind);

    // RFC 4180 CSV for a spreadsheet: UTF-8 with a byte order mark (Excel otherwise reads
    // Welsh letters as Latin-1), a header row, one row per record. A cell a spreadsheet would
    // run as a formula is prefixed with an apostrophe (csvCell).
    static QByteArray chronologyCsv(ConsoleLanguage language, const QList<ConsoleRecord> &records);
    // A quoted CSV cell; a value starting with = + - @ tab or carriage return gets a leading
    // apostrophe so it is shown as text, never evaluated.
    static QByteArray csvCell(const QString &value);

    // The printable chronology as a whole HTML document: no navigation and no forms, only a
    // link back to the child's page that the print stylesheet hides.
    static QByteArray printDocument(const PrintHeader &header, const QList<ConsoleRecord> &records);
};

} // namespace hearth::server
