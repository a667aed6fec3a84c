#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "model/modelerror.h"
#include "model/visit.h"
#include "model/visitvalidator.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hearth {

class Database;

// A line in the list of visits: enough to show and sort it without loading the body.
struct DraftInfo
{
    QString id;
    QString childId;
    VisitStatus status = VisitStatus::Draft;
    QString visitUtc; // arrival time, or creation time before one is recorded
    QString createdUtc;
    QString updatedUtc;
    QString packId;
    QString packVersion;
};

// Visits being recorded, autosaved into the vault's draft table. Each save writes the whole
// visit as one small row (and its line in visit_meta) in one transaction, so a crash or a kill
// leaves the last save intact and the draft reopens where it was. Several drafts can exist.
//
// Until signing lands (its own issue), a finished visit stays here with status "complete": it
// can no longer be saved over or discarded, and it is what previousVisit() compares with so
// the neglect step can show drift from one visit to the next (DOMAIN s.2).
class DraftStore
{
public:
    explicit DraftStore(Database &db, const Clock &clock = Clock::system());

    // A new, empty draft for `childId` recorded with the given content pack, already stored.
    [[nodiscard]] Expected<Visit, ModelError> create(
        const QString &childId, const QString &packId, const QString &packVersion);
    // Autosave. Refused for a visit already marked complete.
    [[nodiscard]] Expected<void, ModelError> save(const Visit &visit);
    [[nodiscard]] Expected<Visit, ModelError> load(const QString &id);

    enum class Filter
    {
        Drafts,
        Complete,
        All
    };
    // Most recently changed first; `childId` empty for every child. Lists page with `offset`
    // and `limit` (-1: all).
    [[nodiscard]] Expected<QList<DraftInfo>, ModelError> list(Filter filter = Filter::Drafts,
        const QString &childId = {}, qsizetype offset = 0, qsizetype limit = -1);
    [[nodiscard]] Expected<qint64, ModelError> count(Filter filter = Filter::Drafts);
    // Removes a draft for good (the UI asks for confirmation first). Completed visits are
    // never discarded.
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id);
    // Finishes a visit when nothing required is missing; otherwise Code::Incomplete with the
    // missing items as problems (path = field, message = plain words).
    [[nodiscard]] Expected<Visit, ModelError> markComplete(
        const QString &id, const VisitRequirements &requirements = {});

    // The child's most recent completed visit before `visitId` (by visit time), if any.
    [[nodiscard]] Expected<std::optional<Visit>, ModelError> previousVisit(
        const QString &childId, const QString &visitId = {});
    // Convenience for the neglect step: item id -> rating at the previous visit.
    [[nodiscard]] Expected<QMap<QString, NeglectRating>, ModelError> previousNeglectRatings(
        const QString &childId, const QString &visitId = {});

    static QString kind() { return QStringLiteral("visit"); }

private:
    [[nodiscard]] Expected<void, VaultError> write(const Visit &visit, const QString &now);
    [[nodiscard]] Expected<std::optional<VisitStatus>, VaultError> statusOf(const QString &id);
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
