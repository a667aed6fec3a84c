#pragma once

#include "chronology/chronologyentry.h"
#include "common/clock.h"
#include "common/expected.h"
#include "model/caseload.h"
#include "model/caseloadindex.h"
#include "model/modelerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hearth {

class Database;

// An adult as they stand to one child: who they are and the link (role, relationship,
// lives with / cares for the child).
struct LinkedAdult
{
    Adult adult;
    AdultLink link;
};

// How many entries an agency download added or replaced.
struct UpsertReport
{
    qsizetype households = 0;
    qsizetype children = 0;
    qsizetype adults = 0;
    qsizetype links = 0;
    qsizetype visitSummaries = 0;
};

// The practitioner's caseload in the vault: what the agency sends, plus what the practitioner
// creates on the tablet until sync lands. Agency downloads are validated as a whole and written
// in one transaction (a bad download changes nothing). The caseload list and search are served
// from an in-memory CaseloadIndex loaded on first use, so the list and each keystroke never
// touch the database.
//
// Use one repository per unlocked vault, from one thread: the index is this object's cache of
// the child table and only sees writes made through it.
class CaseloadRepository
{
public:
    explicit CaseloadRepository(Database &db, const Clock &clock = Clock::system());

    // Agency download (docs/caseload-format.md). Entries are inserted or replaced by id;
    // nothing is deleted. Every id referred to (householdId, childId, adultId) must be in the
    // download or already in the vault.
    [[nodiscard]] Expected<UpsertReport, ModelError> upsertFromJson(const QByteArray &json);
    [[nodiscard]] Expected<UpsertReport, ModelError> upsert(const Caseload &caseload);
    // One page of the agency's incremental caseload feed (sync). The feed is ordered by change,
    // not by entity, so a page may name a household or adult that only a later page brings:
    // references are not required to resolve (the reads tolerate a missing one). Children in
    // `removedChildIds` that are on the tablet are marked removed from the caseload, keeping the
    // row and any drafts; a child sent again in the page is back on the caseload. `alsoDo` runs
    // inside the same transaction (sync stores its cursor there), so a page and the position
    // after it are stored together or not at all.
    [[nodiscard]] Expected<UpsertReport, ModelError> storeAgencyPage(const Caseload &page,
        const QStringList &removedChildIds,
        const std::function<Expected<void, VaultError>()> &alsoDo = {});

    // Entries made on the tablet: a new id is given when `id` is empty and source becomes
    // device. The same validation as a download applies.
    [[nodiscard]] Expected<Child, ModelError> createChild(Child child);
    // A new adult met on a visit, linked to a child in the same transaction so an adult is never
    // stored without saying whose life they are in.
    [[nodiscard]] Expected<Adult, ModelError> createAdult(Adult adult, AdultLink link);

    [[nodiscard]] Expected<Child, ModelError> child(const QString &id);
    [[nodiscard]] Expected<Household, ModelError> household(const QString &id);
    [[nodiscard]] Expected<Adult, ModelError> adult(const QString &id);

    // The caseload list, by family name then given name.
    [[nodiscard]] Expected<QList<Child>, ModelError> children();
    // The caseload as the planning list shows it: searched, filtered and sorted (CaseloadIndex),
    // with each child's last contact and next due date on the clock's today.
    [[nodiscard]] Expected<QList<CaseloadRow>, ModelError> plan(const CaseloadQuery &query);
    // How many children the whole caseload holds, whatever a search or filter shows.
    [[nodiscard]] Expected<qsizetype, ModelError> childCount();
    // The contact schedule next due dates come from (the current content pack's).
    void setSchedule(const ContactSchedule &schedule) { m_index.setSchedule(schedule); }
    // Visits are signed through the record store, not here: it says so, and the children's
    // contacts are read again on next use.
    void contactsChanged() { m_contactsLoaded = false; }
    // The day "due" and "overdue" are counted from, on the injected clock (local time).
    QDate today() const;
    // Case- and diacritic-insensitive: names, known-as and postcode (see CaseloadIndex).
    [[nodiscard]] Expected<QList<Child>, ModelError> search(
        const QString &query, qsizetype limit = -1);
    // The other children of the child's household (DOMAIN s.7), unborn siblings included.
    [[nodiscard]] Expected<QList<Child>, ModelError> otherChildren(const QString &childId);
    // Every adult linked to the child, those who live with the child first.
    [[nodiscard]] Expected<QList<LinkedAdult>, ModelError> adultsFor(const QString &childId);
    // Adults of the child's household who have no link to the child yet: the visit asks who
    // they are to the child rather than letting them stay invisible (DOMAIN s.4).
    [[nodiscard]] Expected<QList<Adult>, ModelError> unlinkedHouseholdAdults(
        const QString &childId);
    // Earlier visits by anyone at the agency, newest first.
    [[nodiscard]] Expected<QList<VisitSummary>, ModelError> visitSummaries(const QString &childId);
    // The supervisor's records about the child (every child's when childId is empty) that the
    // feed brought, verified again with the agency server's key (SupervisionStore).
    [[nodiscard]] Expected<QList<VerifiedRecord>, ModelError> supervisionRecords(
        const QString &childId = {});

    static QString newId();

private:
    [[nodiscard]] Expected<void, ModelError> ensureIndex();
    [[nodiscard]] Expected<void, ModelError> loadContacts();
    [[nodiscard]] Expected<void, ModelError> checkReferences(const Caseload &caseload);
    [[nodiscard]] Expected<bool, ModelError> exists(const QString &table, const QString &id);
    [[nodiscard]] Expected<void, ModelError> write(const Caseload &caseload,
        const std::function<Expected<void, VaultError>()> &before = {},
        const std::function<Expected<void, VaultError>()> &after = {});
    [[nodiscard]] Expected<std::optional<QString>, ModelError> body(
        const QString &table, const QString &id);
    [[nodiscard]] Expected<QList<QString>, ModelError> bodies(
        const QString &sql, const QString &bindValue);
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
    CaseloadIndex m_index;
    bool m_indexLoaded = false;
    bool m_contactsLoaded = false;
};

} // namespace hearth
