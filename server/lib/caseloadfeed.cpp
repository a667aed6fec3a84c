#include "caseloadfeed.h"

#include "practitionerrepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

namespace hearth::server {

namespace {
struct Kind
{
    const char *member; // in the answer
    const char *sql;    // (rev, payload) rows visible to ? with rev > ?, ordered, limited
};

// Each query takes practitioner, cursor and limit, in that order.
const std::array<Kind, 7> kinds { {
    { "households",
        "SELECT h.rev, h.payload FROM households h WHERE h.rev > ?2 AND EXISTS"
        " (SELECT 1 FROM children c WHERE c.household_id = h.id AND c.practitioner_id = ?1)"
        " ORDER BY h.rev LIMIT ?3" },
    { "children",
        "SELECT rev, payload FROM children WHERE practitioner_id = ?1 AND rev > ?2"
        " ORDER BY rev LIMIT ?3" },
    { "adults",
        "SELECT a.rev, a.payload FROM adults a WHERE a.rev > ?2 AND EXISTS"
        " (SELECT 1 FROM children c WHERE c.household_id = a.household_id AND c.practitioner_id = "
        "?1)"
        " ORDER BY a.rev LIMIT ?3" },
    { "links",
        "SELECT l.rev, l.payload FROM child_links l JOIN children c ON c.id = l.child_id"
        " WHERE c.practitioner_id = ?1 AND l.rev > ?2 ORDER BY l.rev LIMIT ?3" },
    { "visitSummaries",
        "SELECT rev, payload FROM (SELECT s.rev, s.payload, ROW_NUMBER() OVER"
        " (PARTITION BY s.child_id ORDER BY s.visit_date DESC, s.id DESC) AS n"
        " FROM visit_summaries s JOIN children c ON c.id = s.child_id"
        " WHERE c.practitioner_id = ?1) recent WHERE n <= 5 AND rev > ?2"
        " ORDER BY rev LIMIT ?3" },
    { "removed",
        "SELECT rev, payload FROM caseload_removals WHERE practitioner_id = ?1 AND rev > ?2"
        " ORDER BY rev LIMIT ?3" },
    // The supervisor's signed records about the practitioner's children, byte for byte as the
    // server signed them (canonical JSON, so the page stays canonical).
    { "supervisionRecords",
        "SELECT s.rev, s.envelope FROM supervision_records s JOIN children c ON c.id = s.child_id"
        " WHERE c.practitioner_id = ?1 AND s.rev > ?2 ORDER BY s.rev LIMIT ?3" },
} };

struct Row
{
    qint64 rev;
    std::size_t kind;
    QByteArray payload;
};

// Qt binds "?" positionally; the queries name each value once per use instead.
QString positional(
    const char *sql, QVariantList &values, const QString &practitioner, qint64 cursor, int limit)
{
    QString text = QString::fromLatin1(sql);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'?' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int which = text[++i].digitValue();
            values << (which == 1 ? QVariant(practitioner)
                    : which == 2  ? QVariant(cursor)
                                  : QVariant(limit));
            out += u'?';
        } else {
            out += text[i];
        }
    }
    return out;
}
} // namespace

Expected<CaseloadPage, StoreError> CaseloadFeed::page(
    const QString &practitioner, qint64 cursor, int limit) const
{
    // Every page carries the practitioner's role, so a role changed with hearth-admin set-role
    // reaches an enrolled tablet at its next download whatever its cursor.
    auto practitionerRow = PractitionerRepository(m_database).find(practitioner);
    if (!practitionerRow)
        return unexpected(practitionerRow.error());
    const QByteArray role = practitionerRow->has_value()
        ? PractitionerRoles::slug((*practitionerRow)->role).toLatin1()
        : QByteArray();
    std::vector<Row> rows;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        QVariantList values;
        const QString sql = positional(kinds[k].sql, values, practitioner, cursor, limit + 1);
        auto query = m_database.exec(sql, values);
        if (!query)
            return unexpected(query.error());
        while (query->next())
            rows.push_back(Row { query->value(0).toLongLong(), k, query->value(1).toByteArray() });
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.rev < b.rev; });

    CaseloadPage page;
    // Each kind fetched limit + 1 rows, so if no more than limit came back in total, every kind
    // was read to its end.
    page.more = qsizetype(rows.size()) > limit;
    if (page.more)
        rows.resize(std::size_t(limit));
    page.nextCursor = rows.empty() ? cursor : rows.back().rev;

    std::array<QByteArray, kinds.size()> lists;
    for (const Row &row : rows) {
        QByteArray &list = lists[row.kind];
        list += list.isEmpty() ? '[' : ',';
        list += row.payload;
    }
    // Members in sorted order, so the answer is itself canonical JSON.
    QByteArray json = "{";
    auto member = [&json](const char *name, const QByteArray &value) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        json += name;
        json += "\":";
        json += value;
    };
    auto list = [&lists](std::size_t k) {
        return lists[k].isEmpty() ? QByteArray("[]") : lists[k] + ']';
    };
    member("adults", list(2));
    member("children", list(1));
    member("cursor", '"' + QByteArray::number(cursor) + '"');
    member("households", list(0));
    member("links", list(3));
    member("more", page.more ? "true" : "false");
    member("nextCursor", '"' + QByteArray::number(page.nextCursor) + '"');
    if (!role.isEmpty())
        member("practitioner", "{\"role\":\"" + role + "\"}");
    member("removed", list(5));
    member("supervisionRecords", list(6));
    member("visitSummaries", list(4));
    json += '}';
    page.json = json;
    return page;
}

} // namespace hearth::server
