#pragma once

#include "consolestrings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::server {

// Words for the members of a record's body in English and Welsh, so a supervisor reads "Seen
// alone" or "Gwelwyd ar ei ben ei hun", never "seenAlone". Ids a content pack defines (its
// questions, lived-experience prompts, neglect domains and items, prompts about men, co-operation
// flags) take that pack's own en/cy labels, from the packs the tablet ships with
// (core/content/packs, compiled into the server as they are); the body's structure, which no
// pack describes, takes the console's own table.
class ConsoleLabels
{
public:
    // The label: from the record's pack (packId as the body names it) when it is a shipped
    // pack, else from the first shipped pack that defines the id; then from the console's
    // table; nullopt when none names the member.
    static std::optional<QString> find(
        ConsoleLanguage language, const QString &member, const QString &packId = {});
    // "visitType" as "Visit type": for a member neither a pack nor the console names.
    static QString humanize(const QString &member);
    // The ids of the shipped packs compiled in ("hearth.england", ...).
    static QStringList packIds();
};

} // namespace hearth::server
