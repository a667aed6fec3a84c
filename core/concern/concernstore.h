#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "concern/concerndraft.h"
#include "model/modelerror.h"

#include <QStringList>

namespace hearth {

class Database;

// Concerns being written down, autosaved into the vault's draft table (kind "concern") like a
// visit: each save replaces the one row in one statement, so a crash or a kill leaves the last
// save and the concern reopens where it was.
class ConcernStore
{
public:
    explicit ConcernStore(Database &db, const Clock &clock = Clock::system());

    // A new, empty concern recorded with the given content pack, already stored.
    [[nodiscard]] Expected<ConcernDraft, ModelError> create(
        const QString &packId, const QString &packVersion);
    [[nodiscard]] Expected<void, ModelError> save(const ConcernDraft &draft);
    [[nodiscard]] Expected<ConcernDraft, ModelError> load(const QString &id);
    // Unsigned concerns, most recently changed first.
    [[nodiscard]] Expected<QStringList, ModelError> open();
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id);

    static QString kind() { return QStringLiteral("concern"); }

private:
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
