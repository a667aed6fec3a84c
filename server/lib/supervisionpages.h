#pragma once

#include "consolehtml.h"
#include "consolepages.h"
#include "supervisionflags.h"

namespace hearth::server {

// The supervision parts of the console's pages (flags, the review queue, supervisor records) as
// HTML through Html only, like ConsolePages: content, no data access, no decisions.
class SupervisionPages
{
public:
    // The child's pattern flags in the pack's words, each linking to its evidence on the page.
    static Html flags(
        ConsoleLanguage language, const ChildFlags &judged, const QList<ConsoleRecord> &records);
    // The id the child page gives a record's entry, for evidence links to point at.
    static QString recordAnchor(const QString &recordId);
};

} // namespace hearth::server
