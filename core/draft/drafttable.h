#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "model/modelerror.h"

#include <QByteArray>
#include <QStringList>

namespace hearth {

class Database;

// One kind's rows of the vault's draft table, as bytes: the SQL every quick record (a concern,
// a child-voice session, a going-missing episode, a return home interview) autosaves through.
// Each save replaces the one row in one statement, so a crash or a kill leaves the last save
// and the draft reopens where it was. QuickDraftStore puts the typed draft on top.
class DraftTable
{
public:
    DraftTable(Database &db, const Clock &clock, QString kind);

    [[nodiscard]] Expected<void, ModelError> save(
        const QString &id, const QString &createdUtc, const QByteArray &body);
    [[nodiscard]] Expected<QByteArray, ModelError> load(const QString &id);
    // Unsigned drafts of this kind, most recently changed first.
    [[nodiscard]] Expected<QStringList, ModelError> open();
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id);

    // RFC 3339 UTC with milliseconds from the injected clock, as bodies write times.
    QString now() const;
    const QString &kind() const { return m_kind; }

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_kind;
};

} // namespace hearth
