#include "caseloadrepository.h"

#include "model/caseloadjson.h"
#include "vault/database.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace hearth {

namespace {
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Validates one entity made on the tablet by writing and reading it as JSON.
template<typename T, typename Read> QList<JsonProblem> problemsOf(const T &value, Read read)
{
    JsonReader reader;
    read(reader, CaseloadJson::toJson(value));
    return reader.problems();
}
} // namespace

CaseloadRepository::CaseloadRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString CaseloadRepository::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString CaseloadRepository::now() const
{
    return m_clock.nowUtc().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Expected<UpsertReport, ModelError> CaseloadRepository::upsertFromJson(const QByteArray &json)
{
    auto caseload = CaseloadJson::parse(json);
    if (!caseload)
        return unexpected(caseload.error());
    return upsert(caseload.value());
}

Expected<UpsertReport, ModelError> CaseloadRepository::upsert(const Caseload &caseload)
{
    if (auto ok = checkReferences(caseload); !ok)
        return unexpected(ok.error());
    if (auto ok = write(caseload); !ok)
        return unexpected(ok.error());
    // A download can move children between households (and postcodes): rebuild on next use.
    m_indexLoaded = false;
    m_index.clear();
    return UpsertReport { caseload.households.size(), caseload.children.size(),
        caseload.adults.size(), caseload.links.size(), caseload.visitSummaries.size() };
}

Expected<bool, ModelError> CaseloadRepository::exists(const QString &table, const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    return row.value();
}

Expected<void, ModelError> CaseloadRepository::checkReferences(const Caseload &caseload)
{
    QSet<QString> households, children, adults;
    for (const Household &h : caseload.households)
        households.insert(h.id);
    for (const Child &c : caseload.children)
        children.insert(c.id);
    for (const Adult &a : caseload.adults)
        adults.insert(a.id);

    QList<JsonProblem> problems;
    auto check = [&](const QSet<QString> &inDownload, const QString &table, const QString &id,
                     const QString &path) -> Expected<void, ModelError> {
        if (id.isEmpty() || inDownload.contains(id))
            return {};
        auto found = exists(table, id);
        if (!found)
            return unexpected(found.error());
        if (!found.value())
            problems.append({ path,
                QStringLiteral("\"%1\" is not in this download or on this "
                               "device")
                    .arg(id) });
        return {};
    };
    const auto at = [](const char *list, qsizetype i, const char *key) {
        return QStringLiteral("$.%1[%2].%3")
            .arg(QLatin1String(list))
            .arg(i)
            .arg(QLatin1String(key));
    };
    for (qsizetype i = 0; i < caseload.children.size(); ++i)
        if (auto ok = check(households, QStringLiteral("household"),
                caseload.children[i].householdId, at("children", i, "householdId"));
            !ok)
            return ok;
    for (qsizetype i = 0; i < caseload.adults.size(); ++i)
        if (auto ok = check(households, QStringLiteral("household"), caseload.adults[i].householdId,
                at("adults", i, "householdId"));
            !ok)
            return ok;
    for (qsizetype i = 0; i < caseload.links.size(); ++i) {
        if (auto ok = check(children, QStringLiteral("child"), caseload.links[i].childId,
                at("links", i, "childId"));
            !ok)
            return ok;
        if (auto ok = check(adults, QStringLiteral("adult"), caseload.links[i].adultId,
                at("links", i, "adultId"));
            !ok)
            return ok;
    }
    for (qsizetype i = 0; i < caseload.visitSummaries.size(); ++i)
        if (auto ok = check(children, QStringLiteral("child"), caseload.visitSummaries[i].childId,
                at("visitSummaries", i, "childId"));
            !ok)
            return ok;
    if (!problems.isEmpty())
        return unexpected(ModelError::invalid(problems));
    return {};
}

Expected<UpsertReport, ModelError> CaseloadRepository::storeAgencyPage(const Caseload &page,
    const QStringList &removedChildIds, const std::function<Expected<void, VaultError>()> &alsoDo)
{
    const QString stamp = now();
    // Marked before the page's children are written: a child that is both removed and sent
    // again in one page is on the caseload now (its row is rewritten without the mark).
    auto markRemoved = [&]() -> Expected<void, VaultError> {
        auto mark = m_db.prepare(QStringLiteral(
            "UPDATE child SET removed_utc = ? WHERE id = ? AND removed_utc IS NULL"));
        if (!mark)
            return unexpected(mark.error());
        for (const QString &id : removedChildIds) {
            mark->reset();
            mark->bind(1, stamp).bind(2, id);
            if (auto ok = mark->run(); !ok)
                return ok;
        }
        return {};
    };
    if (auto ok = write(page, markRemoved, alsoDo); !ok)
        return unexpected(ok.error());
    m_indexLoaded = false;
    m_index.clear();
    return UpsertReport { page.households.size(), page.children.size(), page.adults.size(),
        page.links.size(), page.visitSummaries.size() };
}

Expected<void, ModelError> CaseloadRepository::write(const Caseload &caseload,
    const std::function<Expected<void, VaultError>()> &before,
    const std::function<Expected<void, VaultError>()> &after)
{
    const QString stamp = now();
    auto rows = [&]() -> Expected<void, VaultError> {
        // Each list is one statement prepared once and re-run per entry.
        auto each = [&](const QString &sql, const auto &items,
                        const auto &bindRow) -> Expected<void, VaultError> {
            auto statement = m_db.prepare(sql);
            if (!statement)
                return unexpected(statement.error());
            for (const auto &item : items) {
                statement->reset();
                bindRow(*statement, item);
                if (auto ok = statement->run(); !ok)
                    return ok;
            }
            return {};
        };
        auto nullable = [](Statement &s, int index, const QString &text) {
            if (text.isEmpty())
                s.bindNull(index);
            else
                s.bind(index, text);
        };
        if (auto ok = each(QStringLiteral("INSERT OR REPLACE INTO household (id, source, postcode,"
                                          " body, updated_utc) VALUES (?, ?, ?, ?, ?)"),
                caseload.households,
                [&](Statement &s, const Household &h) {
                    s.bind(1, h.id).bind(2, sourceName(h.source)).bind(3, h.postcode);
                    s.bind(4, compact(CaseloadJson::toJson(h))).bind(5, stamp);
                });
            !ok)
            return ok;
        if (auto ok = each(QStringLiteral("INSERT OR REPLACE INTO child (id, source, household_id,"
                                          " body, updated_utc) VALUES (?, ?, ?, ?, ?)"),
                caseload.children,
                [&](Statement &s, const Child &c) {
                    s.bind(1, c.id).bind(2, sourceName(c.source));
                    nullable(s, 3, c.householdId);
                    s.bind(4, compact(CaseloadJson::toJson(c))).bind(5, stamp);
                });
            !ok)
            return ok;
        if (auto ok = each(QStringLiteral("INSERT OR REPLACE INTO adult (id, source, household_id,"
                                          " body, updated_utc) VALUES (?, ?, ?, ?, ?)"),
                caseload.adults,
                [&](Statement &s, const Adult &a) {
                    s.bind(1, a.id).bind(2, sourceName(a.source));
                    nullable(s, 3, a.householdId);
                    s.bind(4, compact(CaseloadJson::toJson(a))).bind(5, stamp);
                });
            !ok)
            return ok;
        if (auto ok = each(QStringLiteral("INSERT OR REPLACE INTO adult_link (child_id, adult_id,"
                                          " body, updated_utc) VALUES (?, ?, ?, ?)"),
                caseload.links,
                [&](Statement &s, const AdultLink &l) {
                    s.bind(1, l.childId).bind(2, l.adultId);
                    s.bind(3, compact(CaseloadJson::toJson(l))).bind(4, stamp);
                });
            !ok)
            return ok;
        return each(QStringLiteral("INSERT OR REPLACE INTO visit_summary (id, child_id, date, body)"
                                   " VALUES (?, ?, ?, ?)"),
            caseload.visitSummaries, [&](Statement &s, const VisitSummary &v) {
                s.bind(1, v.id).bind(2, v.childId).bind(3, v.date.toString(Qt::ISODate));
                s.bind(4, compact(CaseloadJson::toJson(v)));
            });
    };
    auto work = [&]() -> Expected<void, VaultError> {
        if (before)
            if (auto ok = before(); !ok)
                return ok;
        if (auto ok = rows(); !ok)
            return ok;
        return after ? after() : Expected<void, VaultError>();
    };
    if (auto ok = m_db.transaction(work); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

Expected<Child, ModelError> CaseloadRepository::createChild(Child child)
{
    if (child.id.isEmpty())
        child.id = newId();
    child.source = Source::Device;
    if (auto problems = problemsOf(child, &CaseloadJson::readChild); !problems.isEmpty())
        return unexpected(ModelError::invalid(problems));
    Caseload one;
    one.children.append(child);
    if (auto ok = checkReferences(one); !ok)
        return unexpected(ok.error());
    if (auto ok = write(one); !ok)
        return unexpected(ok.error());
    if (m_indexLoaded) {
        QString postcode;
        if (auto home = household(child.householdId); home)
            postcode = home->postcode;
        m_index.put(child, postcode);
    }
    return child;
}

Expected<Adult, ModelError> CaseloadRepository::createAdult(Adult adult, AdultLink link)
{
    if (adult.id.isEmpty())
        adult.id = newId();
    adult.source = Source::Device;
    link.adultId = adult.id;
    QList<JsonProblem> problems = problemsOf(adult, &CaseloadJson::readAdult);
    problems += problemsOf(link, &CaseloadJson::readLink);
    if (!problems.isEmpty())
        return unexpected(ModelError::invalid(problems));
    Caseload one;
    one.adults.append(adult);
    one.links.append(link);
    if (auto ok = checkReferences(one); !ok)
        return unexpected(ok.error());
    if (auto ok = write(one); !ok)
        return unexpected(ok.error());
    return adult;
}

} // namespace hearth
