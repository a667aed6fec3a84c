#pragma once

#include "draft/drafttable.h"
#include "record/envelope.h"
#include "vault/recordstore.h"

#include <QUuid>

#include <type_traits>

namespace hearth {

// The autosave and signing of one kind of quick record, typed on its draft. A class template
// rather than one class handed the kind and to/from-JSON functions: the draft type already
// names its draft-table kind (Draft::draftKind()) and its record kind (Draft::recordKind), so
// a wrong pairing cannot compile, and a fourth kind costs its draft struct and nothing more.
// The SQL is not templated: it lives once in DraftTable.
template<typename Draft> class QuickDraftStore
{
public:
    explicit QuickDraftStore(Database &db, const Clock &clock = Clock::system())
        : m_table(db, clock, Draft::draftKind())
    { }

    // A new, empty draft (recorded with the given content pack where the kind keeps one),
    // already stored.
    [[nodiscard]] Expected<Draft, ModelError> create(
        const QString &packId = {}, const QString &packVersion = {})
    {
        Draft draft;
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        draft.createdUtc = m_table.now();
        if constexpr (requires { draft.packId; }) {
            draft.packId = packId;
            draft.packVersion = packVersion;
        }
        if (auto ok = save(draft); !ok)
            return unexpected(ok.error());
        return draft;
    }

    [[nodiscard]] Expected<void, ModelError> save(const Draft &draft)
    {
        return m_table.save(draft.id, draft.createdUtc, draft.toBytes());
    }

    [[nodiscard]] Expected<Draft, ModelError> load(const QString &id)
    {
        auto bytes = m_table.load(id);
        if (!bytes)
            return unexpected(bytes.error());
        auto draft = Draft::fromBytes(bytes.value());
        if (!draft)
            return unexpected(ModelError::invalid({ { QStringLiteral("$"), draft.error() } }));
        return draft.value();
    }

    // Unsigned drafts, most recently changed first.
    [[nodiscard]] Expected<QStringList, ModelError> open() { return m_table.open(); }
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id)
    {
        return m_table.discard(id);
    }

    // Signs the draft as `author` and returns the record id, or what is still missing in words
    // (nothing is stored then). The signed record is the evidence, so it is appended first and
    // the draft removed after it; each body carries its draft's id, so the agency can tell a
    // second signing of the same draft after a crash in between. A kind that keeps its own
    // pack signs with it; the others with `pack` (the pack current when signing).
    [[nodiscard]] Expected<QString, QString> sign(RecordStore &records, const Draft &draft,
        const QString &author, Envelope::PackRef pack = {})
    {
        auto body = draft.toBody();
        if (!body) {
            if constexpr (std::is_same_v<std::decay_t<decltype(body.error())>, QString>)
                return unexpected(body.error());
            else
                return unexpected(body.error().message);
        }
        if constexpr (requires { draft.packId; })
            pack = { draft.packId, draft.packVersion };
        auto stored = records.append(Draft::recordKind, author, pack, std::move(body.value()));
        if (!stored)
            return unexpected(stored.error().message);
        (void)discard(draft.id);
        return stored->envelope.id;
    }

    // The time a draft stamps what it keeps (a child's quote) with, as the body writes it.
    QString now() const { return m_table.now(); }

private:
    DraftTable m_table;
};

} // namespace hearth
