#include "draftstore.h"

#include "model/visitjson.h"
#include "vault/database.h"

#include <QUuid>

namespace hearth {

namespace {
QString visitTime(const Visit &visit)
{
    return visit.start.arrivalUtc.isEmpty() ? visit.createdUtc : visit.start.arrivalUtc;
}
} // namespace

DraftStore::DraftStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString DraftStore::now() const
{
    return m_clock.nowUtc().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Expected<Visit, ModelError> DraftStore::create(
    const QString &childId, const QString &packId, const QString &packVersion)
{
    Visit visit;
    visit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    visit.createdUtc = now();
    visit.packId = packId;
    visit.packVersion = packVersion;
    visit.start.childId = childId;
    if (auto ok = save(visit); !ok)
        return unexpected(ok.error());
    return visit;
}

Expected<std::optional<VisitStatus>, VaultError> DraftStore::statusOf(const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT status FROM visit_meta WHERE draft_id = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<VisitStatus>();
    VisitStatus status = VisitStatus::Draft;
    enumFromName(select->text(0), status);
    return std::optional<VisitStatus>(status);
}

Expected<void, VaultError> DraftStore::write(const Visit &visit, const QString &stamp)
{
    auto draft = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, body, created_utc, updated_utc)"
                       " VALUES (?, ?, ?, ?, ?)"));
    if (!draft)
        return unexpected(draft.error());
    draft->bind(1, visit.id).bind(2, kind());
    draft->bind(3, QString::fromUtf8(VisitJson::toBytes(visit)));
    draft->bind(4, visit.createdUtc.isEmpty() ? stamp : visit.createdUtc).bind(5, stamp);
    if (auto ok = draft->run(); !ok)
        return ok;
    auto meta = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO visit_meta (draft_id, child_id, status, visit_utc,"
                       " pack) VALUES (?, ?, ?, ?, ?)"));
    if (!meta)
        return unexpected(meta.error());
    meta->bind(1, visit.id).bind(2, visit.start.childId).bind(3, enumName(visit.review.status));
    meta->bind(4, visitTime(visit).isEmpty() ? stamp : visitTime(visit));
    meta->bind(5, visit.packId + QLatin1Char('@') + visit.packVersion);
    return meta->run();
}

Expected<void, ModelError> DraftStore::save(const Visit &visit)
{
    if (visit.id.isEmpty())
        return unexpected(ModelError::notAllowed(QStringLiteral("a visit needs an id")));
    if (visit.isComplete())
        return unexpected(ModelError::notAllowed(
            QStringLiteral("a visit is completed with markComplete(), not saved as complete")));
    bool refused = false;
    const QString stamp = now();
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        auto status = statusOf(visit.id);
        if (!status)
            return unexpected(status.error());
        if (status.value() == VisitStatus::Complete) {
            refused = true;
            return {};
        }
        return write(visit, stamp);
    });
    if (!ok)
        return unexpected(ModelError::storage(ok.error()));
    if (refused)
        return unexpected(ModelError::notAllowed(
            QStringLiteral("visit %1 is complete and can no longer be changed").arg(visit.id)));
    return {};
}

Expected<Visit, ModelError> DraftStore::load(const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT body FROM draft WHERE id = ? AND kind = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id).bind(2, kind());
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return unexpected(ModelError::notFound(QStringLiteral("visit ") + id));
    return VisitJson::fromBytes(select->text(0).toUtf8());
}

namespace {
QString statusCondition(DraftStore::Filter filter)
{
    switch (filter) {
    case DraftStore::Filter::Drafts:
        return QStringLiteral(" AND m.status = 'draft'");
    case DraftStore::Filter::Complete:
        return QStringLiteral(" AND m.status = 'complete'");
    case DraftStore::Filter::All:
        break;
    }
    return {};
}
} // namespace

Expected<QList<DraftInfo>, ModelError> DraftStore::list(
    Filter filter, const QString &childId, qsizetype offset, qsizetype limit)
{
    QString sql = QStringLiteral(
        "SELECT d.id, m.child_id, m.status, m.visit_utc, d.created_utc, d.updated_utc, m.pack"
        " FROM draft d JOIN visit_meta m ON m.draft_id = d.id WHERE d.kind = ?");
    sql += statusCondition(filter);
    if (!childId.isEmpty())
        sql += QStringLiteral(" AND m.child_id = ?");
    sql += QStringLiteral(" ORDER BY d.updated_utc DESC, d.id LIMIT ? OFFSET ?");
    auto select = m_db.prepare(sql);
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    int next = 1;
    select->bind(next++, kind());
    if (!childId.isEmpty())
        select->bind(next++, childId);
    select->bind(next, qint64(limit));
    select->bind(next + 1, qint64(offset));
    QList<DraftInfo> out;
    auto read = select->forEachRow([&] {
        DraftInfo info;
        info.id = select->text(0);
        info.childId = select->text(1);
        enumFromName(select->text(2), info.status);
        info.visitUtc = select->text(3);
        info.createdUtc = select->text(4);
        info.updatedUtc = select->text(5);
        const QString pack = select->text(6);
        info.packId = pack.section(QLatin1Char('@'), 0, 0);
        info.packVersion = pack.section(QLatin1Char('@'), 1);
        out.append(info);
    });
    if (!read)
        return unexpected(ModelError::storage(read.error()));
    return out;
}

Expected<qint64, ModelError> DraftStore::count(Filter filter)
{
    auto select = m_db.prepare(QStringLiteral("SELECT count(*) FROM draft d JOIN visit_meta m"
                                              " ON m.draft_id = d.id WHERE d.kind = ?")
        + statusCondition(filter));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, kind());
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    return select->int64(0);
}

Expected<void, ModelError> DraftStore::discard(const QString &id)
{
    ModelError refusal;
    bool refused = false;
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        auto status = statusOf(id);
        if (!status)
            return unexpected(status.error());
        if (!status.value()) {
            refused = true;
            refusal = ModelError::notFound(QStringLiteral("visit ") + id);
            return {};
        }
        if (*status.value() == VisitStatus::Complete) {
            refused = true;
            refusal = ModelError::notAllowed(
                QStringLiteral("visit %1 is complete and is kept").arg(id));
            return {};
        }
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM draft WHERE id = ?"));
        if (!remove)
            return unexpected(remove.error());
        return remove->bind(1, id).run();
    });
    if (!ok)
        return unexpected(ModelError::storage(ok.error()));
    if (refused)
        return unexpected(refusal);
    return {};
}

Expected<Visit, ModelError> DraftStore::markComplete(
    const QString &id, const VisitRequirements &requirements)
{
    auto loaded = load(id);
    if (!loaded)
        return unexpected(loaded.error());
    Visit visit = std::move(loaded).value();
    if (visit.isComplete())
        return visit;
    const QList<MissingItem> missing = VisitValidator::missing(visit, requirements);
    if (!missing.isEmpty()) {
        ModelError error;
        error.code = ModelError::Code::Incomplete;
        error.message = missing.first().text;
        for (const MissingItem &item : missing)
            error.problems.append({ item.field, item.text });
        return unexpected(error);
    }
    const QString stamp = now();
    visit.review.status = VisitStatus::Complete;
    visit.review.completedUtc = stamp;
    if (auto ok = m_db.transaction([&] { return write(visit, stamp); }); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return visit;
}

Expected<std::optional<Visit>, ModelError> DraftStore::previousVisit(
    const QString &childId, const QString &visitId)
{
    // Visits before this one by visit time; without a visit, before the end of time.
    QString before = QStringLiteral("9999");
    if (!visitId.isEmpty()) {
        auto time
            = m_db.prepare(QStringLiteral("SELECT visit_utc FROM visit_meta WHERE draft_id = ?"));
        if (!time)
            return unexpected(ModelError::storage(time.error()));
        time->bind(1, visitId);
        auto row = time->step();
        if (!row)
            return unexpected(ModelError::storage(row.error()));
        if (row.value())
            before = time->text(0);
    }
    auto select = m_db.prepare(
        QStringLiteral("SELECT draft_id FROM visit_meta WHERE child_id = ? AND status = 'complete'"
                       " AND draft_id != ? AND visit_utc < ? ORDER BY visit_utc DESC LIMIT 1"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, childId).bind(2, visitId).bind(3, before);
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return std::optional<Visit>();
    auto visit = load(select->text(0));
    if (!visit)
        return unexpected(visit.error());
    return std::optional<Visit>(std::move(visit).value());
}

Expected<QMap<QString, NeglectRating>, ModelError> DraftStore::previousNeglectRatings(
    const QString &childId, const QString &visitId)
{
    auto previous = previousVisit(childId, visitId);
    if (!previous)
        return unexpected(previous.error());
    if (!previous.value())
        return QMap<QString, NeglectRating>();
    return previous.value()->neglect.ratings;
}

} // namespace hearth
