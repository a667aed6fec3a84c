// The reading half of CaseloadRepository (the writing half is caseloadrepository.cpp), split
// only to keep each file readable.
#include "caseloadrepository.h"

#include "model/caseloadjson.h"
#include "record/recordkind.h"
#include "vault/database.h"
#include "vault/supervisionstore.h"

#include <QJsonDocument>

#include <algorithm>

namespace hearth {

namespace {
QJsonObject objectOf(const QString &body)
{
    return QJsonDocument::fromJson(body.toUtf8()).object();
}

template<typename T, typename Read>
Expected<T, ModelError> decode(const QString &body, const Read &read)
{
    JsonReader reader;
    T value = read(reader, objectOf(body));
    if (!reader.ok())
        return unexpected(ModelError::invalid(reader.problems()));
    return value;
}
QDateTime removedTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The local calendar day of a stored UTC time ("2026-03-11T09:30:00.000Z"); "today" is counted
// the same way. Parsing every visit's time with QDateTime and converting it through the time
// zone made the home screen grow with the number of signed visits, so the date and time are
// read as they are stored and the zone's offset is looked up once per day.
class LocalDays
{
public:
    QDate dayOf(const QString &utc)
    {
        const QStringView text(utc);
        if (text.size() < 16 || text.at(10) != u'T' || text.at(13) != u':')
            return {};
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        bool hourOk = false;
        bool minuteOk = false;
        const int hour = text.mid(11, 2).toInt(&hourOk);
        const int minute = text.mid(14, 2).toInt(&minuteOk);
        if (!date.isValid() || !hourOk || !minuteOk)
            return {};
        auto offset = m_offsets.constFind(date);
        if (offset == m_offsets.constEnd())
            offset = m_offsets.insert(
                date, QDateTime(date, QTime(12, 0), Qt::UTC).toLocalTime().offsetFromUtc() / 60);
        const int minutes = hour * 60 + minute + *offset;
        return date.addDays(minutes < 0 ? -1 : (minutes >= 24 * 60 ? 1 : 0));
    }

private:
    QHash<QDate, int> m_offsets; // minutes east of UTC, by UTC day
};
} // namespace

Expected<std::optional<QString>, ModelError> CaseloadRepository::body(
    const QString &table, const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT body FROM %1 WHERE id = ?").arg(table));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(select->text(0));
}

Expected<QList<QString>, ModelError> CaseloadRepository::bodies(
    const QString &sql, const QString &bindValue)
{
    auto select = m_db.prepare(sql);
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, bindValue);
    QList<QString> out;
    if (auto ok = select->forEachRow([&] { out.append(select->text(0)); }); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return out;
}

Expected<Child, ModelError> CaseloadRepository::child(const QString &id)
{
    if (m_indexLoaded) {
        if (const Child *found = m_index.find(id))
            return *found;
        return unexpected(ModelError::notFound(QStringLiteral("child ") + id));
    }
    auto select = m_db.prepare(QStringLiteral("SELECT body, removed_utc FROM child WHERE id = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return unexpected(ModelError::notFound(QStringLiteral("child ") + id));
    auto decoded = decode<Child>(select->text(0), &CaseloadJson::readChild);
    if (decoded && !select->isNull(1))
        decoded->removedFromCaseloadUtc = removedTime(select->text(1));
    return decoded;
}

Expected<Household, ModelError> CaseloadRepository::household(const QString &id)
{
    auto text = body(QStringLiteral("household"), id);
    if (!text)
        return unexpected(text.error());
    if (!text.value())
        return unexpected(ModelError::notFound(QStringLiteral("household ") + id));
    return decode<Household>(*text.value(), &CaseloadJson::readHousehold);
}

Expected<Adult, ModelError> CaseloadRepository::adult(const QString &id)
{
    auto text = body(QStringLiteral("adult"), id);
    if (!text)
        return unexpected(text.error());
    if (!text.value())
        return unexpected(ModelError::notFound(QStringLiteral("adult ") + id));
    return decode<Adult>(*text.value(), &CaseloadJson::readAdult);
}

Expected<void, ModelError> CaseloadRepository::ensureIndex()
{
    if (m_indexLoaded)
        return {};
    auto select
        = m_db.prepare(QStringLiteral("SELECT c.body, h.postcode, c.removed_utc FROM child c"
                                      " LEFT JOIN household h ON h.id = c.household_id"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    QList<QPair<Child, QString>> rows;
    auto read = select->forEachRow<ModelError>(
        [&]() -> Expected<void, ModelError> {
            auto decoded = decode<Child>(select->text(0), &CaseloadJson::readChild);
            if (!decoded)
                return unexpected(decoded.error());
            if (!select->isNull(2))
                decoded->removedFromCaseloadUtc = removedTime(select->text(2));
            rows.append({ std::move(decoded).value(), select->text(1) });
            return {};
        },
        &ModelError::storage);
    if (!read)
        return read;
    m_index.reset(rows);
    m_indexLoaded = true;
    m_contactsLoaded = false;
    return {};
}

// Two small indexed reads (no envelope is opened): the tablet's own signed visits from their
// summaries, and the agency's records of other practitioners' contacts.
Expected<void, ModelError> CaseloadRepository::loadContacts()
{
    QHash<QString, QList<ChildContact>> contacts;
    LocalDays days;
    // In child order from the covering index: one hash look-up per child, not per visit.
    auto own = m_db.prepare(QStringLiteral(
        "SELECT child_id, CASE WHEN arrival_utc <> '' THEN arrival_utc ELSE created_utc END,"
        " child_seen FROM record_summary WHERE kind = ? ORDER BY child_id"));
    if (!own)
        return unexpected(ModelError::storage(own.error()));
    own->bind(1, recordKindName(RecordKind::Visit));
    QString childId;
    QList<ChildContact> *ofChild = nullptr;
    auto readOwn = own->forEachRow([&] {
        ChildContact contact { days.dayOf(own->text(1)), true, std::nullopt };
        if (!own->isNull(2))
            contact.seen = own->int64(2) != 0;
        if (!contact.date.isValid())
            return;
        const QString id = own->text(0);
        if (!ofChild || id != childId) {
            childId = id;
            ofChild = &contacts[childId];
        }
        ofChild->append(contact);
    });
    if (!readOwn)
        return unexpected(ModelError::storage(readOwn.error()));
    auto agency = m_db.prepare(QStringLiteral("SELECT child_id, date FROM visit_summary"));
    if (!agency)
        return unexpected(ModelError::storage(agency.error()));
    auto readAgency = agency->forEachRow([&] {
        const QDate date = QDate::fromString(agency->text(1), Qt::ISODate);
        if (date.isValid())
            contacts[agency->text(0)].append({ date, false, std::nullopt });
    });
    if (!readAgency)
        return unexpected(ModelError::storage(readAgency.error()));
    m_index.setContacts(std::move(contacts));
    m_contactsLoaded = true;
    return {};
}

Expected<qsizetype, ModelError> CaseloadRepository::childCount()
{
    if (auto ok = ensureIndex(); !ok)
        return unexpected(ok.error());
    return m_index.size();
}

QDate CaseloadRepository::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

Expected<QList<CaseloadRow>, ModelError> CaseloadRepository::plan(const CaseloadQuery &query)
{
    if (auto ok = ensureIndex(); !ok)
        return unexpected(ok.error());
    if (!m_contactsLoaded) {
        if (auto ok = loadContacts(); !ok)
            return unexpected(ok.error());
    }
    return m_index.select(query, today());
}

Expected<QList<Child>, ModelError> CaseloadRepository::children()
{
    if (auto ok = ensureIndex(); !ok)
        return unexpected(ok.error());
    return m_index.all();
}

Expected<QList<Child>, ModelError> CaseloadRepository::search(const QString &query, qsizetype limit)
{
    if (auto ok = ensureIndex(); !ok)
        return unexpected(ok.error());
    return m_index.search(query, limit);
}

Expected<QList<Child>, ModelError> CaseloadRepository::otherChildren(const QString &childId)
{
    auto self = child(childId);
    if (!self)
        return unexpected(self.error());
    if (self->householdId.isEmpty())
        return QList<Child>();
    auto rows = bodies(
        QStringLiteral("SELECT body FROM child WHERE household_id = ?"), self->householdId);
    if (!rows)
        return unexpected(rows.error());
    QList<Child> out;
    for (const QString &text : rows.value()) {
        auto other = decode<Child>(text, &CaseloadJson::readChild);
        if (!other)
            return unexpected(other.error());
        if (other->id != childId)
            out.append(std::move(other).value());
    }
    // Eldest first, unborn last: the order a practitioner would name them in.
    std::sort(out.begin(), out.end(), [](const Child &a, const Child &b) {
        const QDate da = a.dateOfBirth.value_or(a.expectedDate.value_or(QDate(9999, 1, 1)));
        const QDate db = b.dateOfBirth.value_or(b.expectedDate.value_or(QDate(9999, 1, 1)));
        return da != db ? da < db : a.id < b.id;
    });
    return out;
}

Expected<QList<LinkedAdult>, ModelError> CaseloadRepository::adultsFor(const QString &childId)
{
    auto select = m_db.prepare(QStringLiteral("SELECT a.body, l.body FROM adult_link l"
                                              " JOIN adult a ON a.id = l.adult_id"
                                              " WHERE l.child_id = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, childId);
    QList<LinkedAdult> out;
    auto read = select->forEachRow<ModelError>(
        [&]() -> Expected<void, ModelError> {
            auto person = decode<Adult>(select->text(0), &CaseloadJson::readAdult);
            auto link = decode<AdultLink>(select->text(1), &CaseloadJson::readLink);
            if (!person)
                return unexpected(person.error());
            if (!link)
                return unexpected(link.error());
            out.append({ std::move(person).value(), std::move(link).value() });
            return {};
        },
        &ModelError::storage);
    if (!read)
        return unexpected(read.error());
    std::sort(out.begin(), out.end(), [](const LinkedAdult &a, const LinkedAdult &b) {
        if (a.link.livesWithChild != b.link.livesWithChild)
            return a.link.livesWithChild;
        if (a.link.caresForChild != b.link.caresForChild)
            return a.link.caresForChild;
        return a.adult.displayName() < b.adult.displayName();
    });
    return out;
}

Expected<QList<Adult>, ModelError> CaseloadRepository::unlinkedHouseholdAdults(
    const QString &childId)
{
    auto self = child(childId);
    if (!self)
        return unexpected(self.error());
    if (self->householdId.isEmpty())
        return QList<Adult>();
    auto select = m_db.prepare(
        QStringLiteral("SELECT body FROM adult WHERE household_id = ? AND id NOT IN"
                       " (SELECT adult_id FROM adult_link WHERE child_id = ?) ORDER BY id"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, self->householdId).bind(2, childId);
    QList<Adult> out;
    auto read = select->forEachRow<ModelError>(
        [&]() -> Expected<void, ModelError> {
            auto person = decode<Adult>(select->text(0), &CaseloadJson::readAdult);
            if (!person)
                return unexpected(person.error());
            out.append(std::move(person).value());
            return {};
        },
        &ModelError::storage);
    if (!read)
        return unexpected(read.error());
    return out;
}

Expected<QList<VisitSummary>, ModelError> CaseloadRepository::visitSummaries(const QString &childId)
{
    auto rows = bodies(
        QStringLiteral("SELECT body FROM visit_summary WHERE child_id = ? ORDER BY date DESC, id"),
        childId);
    if (!rows)
        return unexpected(rows.error());
    QList<VisitSummary> out;
    for (const QString &text : rows.value()) {
        auto summary = decode<VisitSummary>(text, &CaseloadJson::readVisitSummary);
        if (!summary)
            return unexpected(summary.error());
        out.append(std::move(summary).value());
    }
    return out;
}

Expected<QList<VerifiedRecord>, ModelError> CaseloadRepository::supervisionRecords(
    const QString &childId)
{
    auto records = SupervisionStore(m_db).verified(childId);
    if (!records)
        return unexpected(ModelError::storage(records.error()));
    return std::move(records.value());
}

} // namespace hearth
