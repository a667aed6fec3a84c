#pragma once

#include "childvoice/childvoicedraft.h"
#include "common/clock.h"
#include "common/expected.h"
#include "model/modelerror.h"

#include <QStringList>

namespace hearth {

class Database;
class RecordStore;

// Child-voice sessions being written down, autosaved into the vault's draft table (kind
// "child-voice-session") like a visit or a concern: each save replaces the one row in one
// statement, so a crash leaves the last save and the session reopens where it was.
class ChildVoiceStore
{
public:
    explicit ChildVoiceStore(Database &db, const Clock &clock = Clock::system());

    // A new, empty session recorded with the given content pack, already stored.
    [[nodiscard]] Expected<ChildVoiceDraft, ModelError> create(
        const QString &packId, const QString &packVersion);
    [[nodiscard]] Expected<void, ModelError> save(const ChildVoiceDraft &draft);
    [[nodiscard]] Expected<ChildVoiceDraft, ModelError> load(const QString &id);
    // Unsigned sessions, most recently changed first.
    [[nodiscard]] Expected<QStringList, ModelError> open();
    [[nodiscard]] Expected<void, ModelError> discard(const QString &id);

    // Signs the session as `author` and returns the record id, or what is still missing in
    // words (nothing is stored then). The signed record is the evidence, so it is appended
    // first and the draft removed after it; the body carries the draft's id (sessionId), so
    // the agency can tell a second signing of the same session after a crash in between.
    [[nodiscard]] Expected<QString, QString> sign(
        RecordStore &records, const ChildVoiceDraft &draft, const QString &author);

    // The time a quote is stamped with, as the body writes it.
    QString now() const;

    static QString kind() { return QStringLiteral("child-voice-session"); }

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
