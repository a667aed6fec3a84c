#include "caseloadrepository.h"

#include "record/canonicaljson.h"
#include "transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace hearth::server {

// Hands out revisions inside a transaction and writes the counter back at the end.
class CaseloadRepository::Revisions
{
public:
    explicit Revisions(const Database &database)
        : m_database(database)
    { }
    Expected<void, StoreError> load()
    {
        auto query
            = m_database.exec(QStringLiteral("SELECT rev FROM caseload_counter WHERE id = 1"));
        if (!query)
            return unexpected(query.error());
        m_next = query->next() ? query->value(0).toLongLong() + 1 : 1;
        return {};
    }
    qint64 next() { return m_next++; }
    Expected<void, StoreError> save()
    {
        auto query = m_database.exec(
            QStringLiteral("UPDATE caseload_counter SET rev = ? WHERE id = 1"), { m_next - 1 });
        if (!query)
            return unexpected(query.error());
        return {};
    }

private:
    const Database &m_database;
    qint64 m_next = 1;
};

namespace {
struct Table
{
    QString name;
    QString key;              // WHERE clause on the key
    QStringList extraColumns; // besides rev and payload
};

Table tableFor(CaseloadKind kind)
{
    switch (kind) {
    case CaseloadKind::Household:
        return { QStringLiteral("households"), QStringLiteral("id = ?"), {} };
    case CaseloadKind::Child:
        return { QStringLiteral("children"), QStringLiteral("id = ?"),
            { QStringLiteral("household_id") } };
    case CaseloadKind::Adult:
        return { QStringLiteral("adults"), QStringLiteral("id = ?"),
            { QStringLiteral("household_id") } };
    case CaseloadKind::Link:
        return { QStringLiteral("child_links"), QStringLiteral("child_id = ? AND adult_id = ?"),
            {} };
    case CaseloadKind::VisitSummary:
        return { QStringLiteral("visit_summaries"), QStringLiteral("id = ?"),
            { QStringLiteral("child_id"), QStringLiteral("visit_date") } };
    }
    return {};
}

QVariantList keyValues(const CaseloadEntity &entity)
{
    if (entity.kind == CaseloadKind::Link)
        return { entity.member(u"childId"), entity.member(u"adultId") };
    return { entity.id };
}

QVariantList extraValues(const CaseloadEntity &entity)
{
    switch (entity.kind) {
    case CaseloadKind::Child:
    case CaseloadKind::Adult:
        return { entity.member(u"householdId") };
    case CaseloadKind::VisitSummary:
        return { entity.member(u"childId"), entity.member(u"date") };
    case CaseloadKind::Link:
        return { entity.member(u"childId"), entity.member(u"adultId") };
    case CaseloadKind::Household:
        break;
    }
    return {};
}

// The references an entry makes, as (table, id, member) triples.
QList<std::tuple<QString, QString, QString>> references(const CaseloadEntity &entity)
{
    switch (entity.kind) {
    case CaseloadKind::Child:
    case CaseloadKind::Adult:
        return { { QStringLiteral("households"), entity.member(u"householdId"),
            QStringLiteral("householdId") } };
    case CaseloadKind::Link:
        return { { QStringLiteral("children"), entity.member(u"childId"),
                     QStringLiteral("childId") },
            { QStringLiteral("adults"), entity.member(u"adultId"), QStringLiteral("adultId") } };
    case CaseloadKind::VisitSummary:
        return { { QStringLiteral("children"), entity.member(u"childId"),
            QStringLiteral("childId") } };
    case CaseloadKind::Household:
        break;
    }
    return {};
}
} // namespace

Expected<ImportSummary, QString> CaseloadRepository::import(
    const QList<CaseloadEntity> &input, const QString &assignTo, const QString &fileName) const
{
    auto storeError = [](const StoreError &error) { return unexpected(error.message); };
    // Referenced kinds first, so a file may list children before their households.
    QList<CaseloadEntity> entities = input;
    std::stable_sort(entities.begin(), entities.end(),
        [](const CaseloadEntity &a, const CaseloadEntity &b) { return int(a.kind) < int(b.kind); });
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return storeError(transaction.error());
    Revisions revisions(m_database);
    if (auto loaded = revisions.load(); !loaded)
        return storeError(loaded.error());
    if (!assignTo.isEmpty()) {
        auto known = m_database.exec(
            QStringLiteral("SELECT 1 FROM practitioners WHERE id = ?"), { assignTo });
        if (!known)
            return storeError(known.error());
        if (!known->next())
            return unexpected(
                QStringLiteral("no practitioner \"%1\" (add it with add-practitioner)")
                    .arg(assignTo));
    }

    ImportSummary summary;
    for (const CaseloadEntity &entity : entities) {
        for (const auto &[table, id, member] : references(entity)) {
            auto found = m_database.exec(
                QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
            if (!found)
                return storeError(found.error());
            if (!found->next())
                return unexpected(QStringLiteral(
                    "%1:%2: \"%3\" refers to \"%4\", which is neither in this file nor "
                    "already imported")
                                      .arg(fileName)
                                      .arg(entity.line)
                                      .arg(member, id.left(80)));
        }
        const Table table = tableFor(entity.kind);
        const QByteArray payload = CanonicalJson::serialize(entity.payload).value();
        auto existing = m_database.exec(
            QStringLiteral("SELECT payload FROM %1 WHERE %2").arg(table.name, table.key),
            keyValues(entity));
        if (!existing)
            return storeError(existing.error());
        const bool exists = existing->next();
        if (exists && existing->value(0).toByteArray() == payload) {
            ++summary.unchanged;
        } else {
            QVariantList values { revisions.next(), QString::fromUtf8(payload) };
            QString sql;
            if (exists) {
                QStringList sets { QStringLiteral("rev = ?"), QStringLiteral("payload = ?") };
                if (entity.kind != CaseloadKind::Link) {
                    for (const QString &column : table.extraColumns)
                        sets << column + QStringLiteral(" = ?");
                    values << extraValues(entity);
                }
                values << keyValues(entity);
                sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                          .arg(table.name, sets.join(u','), table.key);
            } else {
                QStringList columns { QStringLiteral("rev"), QStringLiteral("payload") };
                if (entity.kind == CaseloadKind::Link)
                    columns << QStringLiteral("child_id") << QStringLiteral("adult_id");
                else
                    columns << QStringLiteral("id") << table.extraColumns;
                if (entity.kind != CaseloadKind::Link)
                    values << entity.id;
                values << extraValues(entity);
                sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table.name, columns.join(u','),
                              QStringList(columns.size(), QStringLiteral("?")).join(u','));
            }
            auto written = m_database.exec(sql, values);
            if (!written)
                return unexpected(QStringLiteral("%1:%2: %3")
                                      .arg(fileName)
                                      .arg(entity.line)
                                      .arg(written.error().message));
            ++(exists ? summary.changed : summary.added);
        }
        if (entity.kind == CaseloadKind::Child && !assignTo.isEmpty()) {
            auto assigned = assignWithin(revisions, entity.id, assignTo);
            if (!assigned)
                return unexpected(assigned.error());
            summary.assigned += *assigned ? 1 : 0;
        }
    }
    if (auto saved = revisions.save(); !saved)
        return storeError(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return storeError(committed.error());
    return summary;
}

Expected<bool, QString> CaseloadRepository::assign(
    const QString &childId, const QString &practitionerId) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error().message);
    Revisions revisions(m_database);
    if (auto loaded = revisions.load(); !loaded)
        return unexpected(loaded.error().message);
    auto known = m_database.exec(
        QStringLiteral("SELECT 1 FROM practitioners WHERE id = ?"), { practitionerId });
    if (!known)
        return unexpected(known.error().message);
    if (!known->next())
        return unexpected(QStringLiteral("no practitioner \"%1\" (add it with add-practitioner)")
                              .arg(practitionerId));
    auto assigned = assignWithin(revisions, childId, practitionerId);
    if (!assigned)
        return assigned;
    if (auto saved = revisions.save(); !saved)
        return unexpected(saved.error().message);
    if (auto committed = transaction->commit(); !committed)
        return unexpected(committed.error().message);
    return assigned;
}

Expected<bool, QString> CaseloadRepository::assignWithin(
    Revisions &revisions, const QString &childId, const QString &practitionerId) const
{
    auto child = m_database.exec(
        QStringLiteral("SELECT household_id, practitioner_id FROM children WHERE id = ?"),
        { childId });
    if (!child)
        return unexpected(child.error().message);
    if (!child->next())
        return unexpected(QStringLiteral("no child \"%1\"").arg(childId));
    const QString household = child->value(0).toString();
    const QString previous = child->value(1).toString();
    if (previous == practitionerId)
        return false;

    // Every row the new practitioner must now receive gets its own new revision.
    const QList<std::pair<QString, QString>> related {
        { QStringLiteral("SELECT id FROM households WHERE id = ?"), QStringLiteral("households") },
        { QStringLiteral("SELECT id FROM adults WHERE household_id = ?"),
            QStringLiteral("adults") },
    };
    for (const auto &[select, table] : related) {
        auto ids = m_database.exec(select, { household });
        if (!ids)
            return unexpected(ids.error().message);
        QStringList found;
        while (ids->next())
            found << ids->value(0).toString();
        for (const QString &id : found) {
            if (auto bumped
                = m_database.exec(QStringLiteral("UPDATE %1 SET rev = ? WHERE id = ?").arg(table),
                    { revisions.next(), id });
                !bumped)
                return unexpected(bumped.error().message);
        }
    }
    auto bumpEach
        = [&](const QString &select, const QString &update) -> Expected<void, StoreError> {
        auto keys = m_database.exec(select, { childId });
        if (!keys)
            return unexpected(keys.error());
        QStringList found;
        while (keys->next())
            found << keys->value(0).toString();
        for (const QString &key : found) {
            if (auto bumped = m_database.exec(update, { revisions.next(), childId, key }); !bumped)
                return unexpected(bumped.error());
        }
        return {};
    };
    if (auto links = bumpEach(QStringLiteral("SELECT adult_id FROM child_links WHERE child_id = ?"),
            QStringLiteral("UPDATE child_links SET rev = ? WHERE child_id = ? AND adult_id = ?"));
        !links)
        return unexpected(links.error().message);
    if (auto summaries
        = bumpEach(QStringLiteral("SELECT id FROM visit_summaries WHERE child_id = ?"),
            QStringLiteral("UPDATE visit_summaries SET rev = ? WHERE child_id = ? AND id = ?"));
        !summaries)
        return unexpected(summaries.error().message);
    if (auto supervision
        = bumpEach(QStringLiteral("SELECT id FROM supervision_records WHERE child_id = ?"),
            QStringLiteral("UPDATE supervision_records SET rev = ? WHERE child_id = ? AND id = ?"));
        !supervision)
        return unexpected(supervision.error().message);
    if (auto moved = m_database.exec(
            QStringLiteral("UPDATE children SET practitioner_id = ?, rev = ? WHERE id = ?"),
            { practitionerId, revisions.next(), childId });
        !moved)
        return unexpected(moved.error().message);
    if (!previous.isEmpty()) {
        const JsonValue removal = JsonValue::object({ { QStringLiteral("id"), childId },
            { QStringLiteral("type"), QStringLiteral("child") } });
        if (auto removed = m_database.exec(
                QStringLiteral(
                    "INSERT INTO caseload_removals (practitioner_id, kind, entity_id, rev, payload)"
                    " VALUES (?, 'child', ?, ?, ?)"),
                { previous, childId, revisions.next(),
                    QString::fromUtf8(CanonicalJson::serialize(removal).value()) });
            !removed)
            return unexpected(removed.error().message);
    }
    return true;
}

} // namespace hearth::server
