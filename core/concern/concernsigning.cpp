#include "concernsigning.h"

#include "concern/concernstore.h"
#include "vault/recordstore.h"

namespace hearth::ConcernSigning {

Expected<QString, QString> sign(
    RecordStore &records, ConcernStore &drafts, const ConcernDraft &draft, const QString &author)
{
    auto body = draft.toBody();
    if (!body)
        return unexpected(body.error());
    auto stored = records.append(
        RecordKind::Concern, author, { draft.packId, draft.packVersion }, std::move(body.value()));
    if (!stored)
        return unexpected(stored.error().message);
    (void)drafts.discard(draft.id);
    return stored->envelope.id;
}

} // namespace hearth::ConcernSigning
