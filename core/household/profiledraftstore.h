#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "household/childprofile.h"
#include "model/modelerror.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hearth {

class Database;

// A household profile being edited, kept in the vault's draft table (kind "profile", one per
// child) until it is signed or dropped, so an edit survives a rotation, the idle lock and a
// restart like a visit draft does. The draft is kept as a profile-change body: the same shape
// that will be signed, read back through the same fold.
class ProfileDraftStore
{
public:
    ProfileDraftStore(Database &db, const Clock &clock);

    static QString kind() { return QStringLiteral("profile"); }

    [[nodiscard]] Expected<void, ModelError> save(const ChildProfile &profile);
    // The child's unsigned edit, or none.
    [[nodiscard]] Expected<std::optional<ChildProfile>, ModelError> load(const QString &childId);
    [[nodiscard]] Expected<void, ModelError> discard(const QString &childId);

private:
    static QString idOf(const QString &childId) { return kind() + u':' + childId; }
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
