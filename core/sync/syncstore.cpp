#include "sync/syncstore.h"

#include "receipt.h"
#include "record/recordchain.h"
#include "vault/database.h"

namespace hearth {

namespace {
using Code = VaultError::Code;

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QByteArray bytesOf(const SigningPublicKey &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

// Runs a query that yields at most one integer (NULL -> nullopt).
Expected<std::optional<qint64>, VaultError> optionalInteger(Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value() || select->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(select->int64(0));
}
} // namespace

SyncStore::SyncStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString SyncStore::now() const
{
    return utc(m_clock.nowUtc());
}

Expected<std::optional<StoredEnrolment>, VaultError> SyncStore::enrolment() const
{
    auto select = m_db.prepare(QStringLiteral(
        "SELECT server_url, pin, server_public_key, device_id, practitioner_id,"
        " practitioner_name, enrolled_utc, revoked, lock_timeout_seconds FROM sync_enrolment"
        " WHERE id = 1"));
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<StoredEnrolment>();
    StoredEnrolment out;
    out.info.server = QUrl(select->text(0), QUrl::StrictMode);
    out.info.pinHex = select->text(1);
    const QByteArray key = select->blob(2);
    if (key.size() != qsizetype(out.serverKey.size()) || !out.info.server.isValid())
        return unexpected(
            VaultError::make(Code::DatabaseDamaged, QStringLiteral("sync enrolment is damaged")));
    std::memcpy(out.serverKey.data(), key.constData(), out.serverKey.size());
    out.info.deviceId = select->text(3);
    out.info.practitionerId = select->text(4);
    out.info.practitionerName = select->text(5);
    out.info.enrolledUtc = parseUtc(select->text(6));
    out.info.revoked = select->int64(7) != 0;
    out.info.lockTimeoutSeconds = select->isNull(8) ? 0 : int(select->int64(8));
    return std::optional<StoredEnrolment>(std::move(out));
}

Expected<void, VaultError> SyncStore::saveEnrolment(const StoredEnrolment &enrolment)
{
    return m_db.transaction([&]() -> Expected<void, VaultError> {
        auto existing
            = optionalInteger(m_db, QStringLiteral("SELECT count(*) FROM sync_enrolment"));
        if (!existing)
            return unexpected(existing.error());
        if (existing.value().value_or(0) != 0)
            return unexpected(VaultError::make(
                Code::AlreadyExists, QStringLiteral("this vault is already enrolled")));
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO sync_enrolment (id, server_url, pin, server_public_key, device_id,"
            " practitioner_id, practitioner_name, enrolled_utc, lock_timeout_seconds,"
            " practitioner_role) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return unexpected(insert.error());
        const EnrolmentInfo &info = enrolment.info;
        insert->bind(1, info.server.toString(QUrl::FullyEncoded))
            .bind(2, info.pinHex)
            .bind(3, bytesOf(enrolment.serverKey))
            .bind(4, info.deviceId)
            .bind(5, info.practitionerId)
            .bind(6, info.practitionerName)
            .bind(7, utc(info.enrolledUtc))
            .bind(8, qint64(info.lockTimeoutSeconds));
        if (info.role)
            insert->bind(9, PractitionerRoles::slug(*info.role));
        else
            insert->bindNull(9);
        return insert->run();
    });
}

Expected<void, VaultError> SyncStore::markRevoked()
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE sync_enrolment SET revoked = 1, revoked_utc = ? WHERE id = 1 AND revoked = 0"));
    if (!update)
        return unexpected(update.error());
    return update->bind(1, now()).run();
}

Expected<qint64, VaultError> SyncStore::waitingCount() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

Expected<std::optional<qint64>, VaultError> SyncStore::firstWaitingSeq() const
{
    return optionalInteger(m_db, QStringLiteral("SELECT min(seq) FROM outbox"));
}

Expected<QList<OutgoingRecord>, VaultError> SyncStore::recordsAfter(qint64 seq, int limit) const
{
    auto select = m_db.prepare(QStringLiteral(
        "SELECT seq, envelope FROM signed_record WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, seq).bind(2, qint64(limit));
    QList<OutgoingRecord> out;
    auto read = select->forEachRow([&] {
        out.append(OutgoingRecord { select->int64(0), select->blob(1) });
    });
    if (!read)
        return unexpected(read.error());
    return out;
}

Expected<std::optional<QString>, VaultError> SyncStore::chainHashAt(qint64 seq) const
{
    if (seq == 0)
        return std::optional<QString>(RecordChain::genesisHash());
    auto select
        = m_db.prepare(QStringLiteral("SELECT chain_hash FROM signed_record WHERE seq = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, seq);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return row.value() ? std::optional<QString>(select->text(0)) : std::nullopt;
}

Expected<int, VaultError> SyncStore::acknowledge(const Receipt &receipt)
{
    int removed = 0;
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        // The first receipt for a sequence number is kept; a later one for the same seq says
        // nothing new (a duplicate batch, a retry).
        auto keep = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO sync_receipt (seq, chain_hash, issued, sig,"
                           " received_utc) VALUES (?, ?, ?, ?, ?)"));
        if (!keep)
            return unexpected(keep.error());
        if (auto kept = keep->bind(1, receipt.seq)
                            .bind(2, receipt.chainHash)
                            .bind(3, receipt.issued)
                            .bind(4, receipt.signature)
                            .bind(5, now())
                            .run();
            !kept)
            return kept;
        auto before = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
        if (!before)
            return unexpected(before.error());
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
        if (!remove)
            return unexpected(remove.error());
        if (auto done = remove->bind(1, receipt.seq).run(); !done)
            return done;
        auto after = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
        if (!after)
            return unexpected(after.error());
        removed = int(before.value() - after.value());
        return {};
    });
    if (!ok)
        return unexpected(ok.error());
    return removed;
}

Expected<std::optional<qint64>, VaultError> SyncStore::lastReceiptSeq() const
{
    return optionalInteger(m_db, QStringLiteral("SELECT max(seq) FROM sync_receipt"));
}

Expected<void, VaultError> SyncStore::noteRejection(qint64 seq, const QString &reason)
{
    auto update = m_db.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    if (!update)
        return unexpected(update.error());
    return update->bind(1, reason).bind(2, seq).run();
}

Expected<void, VaultError> SyncStore::recordAttempt(SyncAttempt &attempt)
{
    return m_db.transaction([&]() -> Expected<void, VaultError> {
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO sync_attempt (cause, started_utc, finished_utc, outcome, sent,"
            " acknowledged, downloaded, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return unexpected(insert.error());
        if (auto ok = insert->bind(1, syncTriggerName(attempt.trigger))
                          .bind(2, utc(attempt.startedUtc))
                          .bind(3, utc(attempt.finishedUtc))
                          .bind(4, syncOutcomeName(attempt.outcome))
                          .bind(5, qint64(attempt.sent))
                          .bind(6, qint64(attempt.acknowledged))
                          .bind(7, qint64(attempt.downloaded))
                          .bind(8, attempt.message)
                          .run();
            !ok)
            return ok;
        attempt.id = m_db.lastInsertRowId();
        // Kept apart from the history so it survives the trimming of a long offline spell.
        if (attempt.outcome == SyncAttempt::Outcome::Success) {
            auto success = m_db.prepare(
                QStringLiteral("INSERT OR REPLACE INTO sync_state (name, value, updated_utc)"
                               " VALUES ('last-success', ?, ?)"));
            if (!success)
                return unexpected(success.error());
            if (auto ok = success->bind(1, utc(attempt.finishedUtc)).bind(2, now()).run(); !ok)
                return ok;
        }
        return m_db.exec(QStringLiteral("DELETE FROM sync_attempt WHERE id NOT IN"
                                        " (SELECT id FROM sync_attempt ORDER BY id DESC LIMIT %1)")
                             .arg(historyKept));
    });
}

Expected<QList<SyncAttempt>, VaultError> SyncStore::history(int limit) const
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT id, cause, started_utc, finished_utc, outcome, sent, acknowledged,"
                       " downloaded, message FROM sync_attempt ORDER BY id DESC LIMIT ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, qint64(qBound(0, limit, historyKept)));
    QList<SyncAttempt> out;
    auto read = select->forEachRow([&] {
        SyncAttempt attempt;
        attempt.id = select->int64(0);
        attempt.trigger = syncTriggerFromName(select->text(1)).value_or(SyncTrigger::Manual);
        attempt.startedUtc = parseUtc(select->text(2));
        attempt.finishedUtc = parseUtc(select->text(3));
        attempt.outcome
            = syncOutcomeFromName(select->text(4)).value_or(SyncAttempt::Outcome::Refused);
        attempt.sent = int(select->int64(5));
        attempt.acknowledged = int(select->int64(6));
        attempt.downloaded = int(select->int64(7));
        attempt.message = select->text(8);
        out.append(attempt);
    });
    if (!read)
        return unexpected(read.error());
    return out;
}

Expected<std::optional<QDateTime>, VaultError> SyncStore::lastSuccessUtc() const
{
    auto select
        = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = 'last-success'"));
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(parseUtc(select->text(0)));
}

Expected<QString, VaultError> SyncStore::caseloadCursor() const
{
    auto select
        = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = 'caseload'"));
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return row.value() ? select->text(0) : QStringLiteral("0");
}

Expected<void, VaultError> SyncStore::writeCaseloadCursor(const QString &cursor)
{
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_state (name, value, updated_utc) VALUES ('caseload', ?, ?)"));
    if (!upsert)
        return unexpected(upsert.error());
    return upsert->bind(1, cursor).bind(2, now()).run();
}

namespace {
QString photoState(const QString &hash)
{
    return QStringLiteral("photo:") + hash;
}
} // namespace

Expected<QSet<QString>, VaultError> SyncStore::acceptedPhotos(const QStringList &hashes) const
{
    auto select = m_db.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE name = ?"));
    if (!select)
        return unexpected(select.error());
    QSet<QString> accepted;
    for (const QString &hash : hashes) {
        select->reset();
        select->bind(1, photoState(hash));
        auto row = select->step();
        if (!row)
            return unexpected(row.error());
        if (row.value())
            accepted.insert(hash);
    }
    return accepted;
}

Expected<void, VaultError> SyncStore::markPhotoAccepted(const QString &hash)
{
    auto upsert = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (name, value, "
                                              "updated_utc) VALUES (?, 'accepted', ?)"));
    if (!upsert)
        return unexpected(upsert.error());
    return upsert->bind(1, photoState(hash)).bind(2, now()).run();
}

Expected<void, VaultError> SyncStore::forgetPhotosAccepted(const QStringList &hashes)
{
    return m_db.transaction([&]() -> Expected<void, VaultError> {
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM sync_state WHERE name = ?"));
        if (!remove)
            return unexpected(remove.error());
        for (const QString &hash : hashes) {
            remove->reset();
            if (auto removed = remove->bind(1, photoState(hash)).run(); !removed)
                return unexpected(removed.error());
        }
        return {};
    });
}

} // namespace hearth
