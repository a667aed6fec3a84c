#include "profiledraftstore.h"

#include "household/profilefold.h"
#include "household/profilestore.h"
#include "record/canonicaljson.h"
#include "vault/database.h"

namespace hearth {

ProfileDraftStore::ProfileDraftStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Expected<void, ModelError> ProfileDraftStore::save(const ChildProfile &profile)
{
    if (profile.childId.isEmpty())
        return unexpected(ModelError::notAllowed(QStringLiteral("a profile needs its child")));
    const QDateTime now = m_clock.nowUtc().toUTC();
    auto bytes = CanonicalJson::serialize(ProfileStore::toBody(profile, now.date()));
    if (!bytes)
        return unexpected(
            ModelError::invalid({ { QStringLiteral("$"), bytes.error().toString() } }));
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, body, created_utc, updated_utc)"
                       " VALUES (?, ?, ?, COALESCE((SELECT created_utc FROM draft WHERE id = ?),"
                       " ?), ?)"));
    if (!insert)
        return unexpected(ModelError::storage(insert.error()));
    const QString stamp = now.toString(Qt::ISODateWithMs);
    const QString id = idOf(profile.childId);
    insert->bind(1, id).bind(2, kind()).bind(3, QString::fromUtf8(bytes.value()));
    insert->bind(4, id).bind(5, stamp).bind(6, stamp);
    if (auto ok = insert->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

Expected<std::optional<ChildProfile>, ModelError> ProfileDraftStore::load(const QString &childId)
{
    auto select = m_db.prepare(QStringLiteral("SELECT body FROM draft WHERE id = ? AND kind = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, idOf(childId)).bind(2, kind());
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return std::optional<ChildProfile>();
    auto body = CanonicalJson::parse(select->text(0).toUtf8());
    if (!body)
        return unexpected(
            ModelError::invalid({ { QStringLiteral("$"), body.error().toString() } }));
    // Read back through the fold, as a record of the draft's day would be.
    Envelope draft;
    draft.kind = RecordKind::ProfileChange;
    draft.created = (*body)[u"knownFrom"].toString() + QStringLiteral("T00:00:00.000Z");
    draft.body = std::move(body.value());
    ChildProfile profile = ProfileFold::fold(childId, { draft }, QDate(9999, 12, 31));
    profile.recordIds.clear();
    return std::optional<ChildProfile>(std::move(profile));
}

Expected<void, ModelError> ProfileDraftStore::discard(const QString &childId)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM draft WHERE id = ? AND kind = ?"));
    if (!remove)
        return unexpected(ModelError::storage(remove.error()));
    remove->bind(1, idOf(childId)).bind(2, kind());
    if (auto ok = remove->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

} // namespace hearth
