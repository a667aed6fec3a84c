#pragma once

#include "consolehtml.h"
#include "consolepages.h"
#include "supervisionflags.h"

#include <QUrlQuery>

namespace hearth::server {

struct QueueRow;
struct QueuePolicy;

// A supervision form sent back because it was refused: which form, why, and what was typed, so
// nothing the supervisor wrote is lost.
struct SupervisionForm
{
    QString action; // review, countersign, difference-open, difference-close
    QString error;
    QUrlQuery values;
};

// The supervision parts of the console's pages (flags, the review queue, supervisor records) as
// HTML through Html only, like ConsolePages: content, no data access, no decisions.
class SupervisionPages
{
public:
    // The child's pattern flags in the pack's words, each linking to its evidence on the page of
    // the child's records (newest first, `pageSize` a page) that shows it.
    static Html flags(ConsoleLanguage language, const ChildFlags &judged,
        const QList<ConsoleRecord> &records, const QString &childId, int pageSize);
    // The id the child page gives a record's entry, for evidence links to point at.
    static QString recordAnchor(const QString &recordId);
    // The supervisor's forms on the child page: a review (covering the flags shown), a
    // countersignature of one of `records` (the page's own), and opening or closing a
    // professional difference.
    static Html forms(ConsoleLanguage language, const QByteArray &csrfToken, const QString &childId,
        const QList<ConsoleRecord> &records, const ChildFlags &judged,
        const QList<const ConsoleRecord *> &openDifferences, const SupervisionForm &form);
    static Html queue(
        ConsoleLanguage language, const QList<QueueRow> &rows, const QueuePolicy &policy);

    static constexpr int actionRows = 3;
    static constexpr int evidenceLinks = 10;
};

} // namespace hearth::server
