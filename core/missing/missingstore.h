#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "missing/missingdraft.h"
#include "model/modelerror.h"
#include "record/envelope.h"

#include <QStringList>

namespace hearth {

class Database;
class RecordStore;

// Going-missing episodes being written down, autosaved into the vault's draft table (kind
// "going-missing") like a concern: each save replaces the one row in one statement.
class MissingStore
{
public:
    explicit MissingStore(Database &db, const Clock &clock = Clock::system());

    [[nodiscard]] Expected<MissingDraft, ModelError> create();
    [[nodiscard]] Expected<void, ModelError> save(const MissingDraft &draft);
    [[nodiscard]] Expected<MissingDraft, ModelError> load(const QString &id);
    // Unsigned episodes, most recently changed first.
    [[nodiscard]] Expected<QStringList, ModelError> open();
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id);
    // Signs the draft as a "going-missing" record and forgets the draft; the record's id, or
    // why not in words.
    [[nodiscard]] Expected<QString, QString> sign(RecordStore &records, const MissingDraft &draft,
        const QString &author, const Envelope::PackRef &pack);

    static QString kind() { return QStringLiteral("going-missing"); }

private:
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
