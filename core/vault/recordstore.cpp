#include "recordstore.h"

#include "record/canonicaljson.h"
#include "record/photobody.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"
#include "vault/attachmentstore.h"
#include "vault/database.h"
#include "vault/recordsummary.h"

#include <QUuid>

namespace hearth {

namespace {
using Code = VaultError::Code;

VaultError recordError(const QString &detail)
{
    return VaultError::make(Code::Io, detail);
}
} // namespace

RecordStore::RecordStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_ids(clock)
{ }

SigningPublicKey RecordStore::publicKey() const
{
    return m_key ? m_key->publicKey() : SigningPublicKey {};
}

void RecordStore::close()
{
    m_key.reset();
    m_deviceId.clear();
}

Expected<void, VaultError> RecordStore::open()
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT device_id, secret_key FROM device_identity WHERE id = 1"));
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return createIdentity();
    QByteArray secret = select->blob(1);
    if (secret.size() != qsizetype(SigningSecretKey::size)) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return unexpected(VaultError::make(
            Code::DatabaseDamaged, QStringLiteral("device key has the wrong size")));
    }
    SigningSecretKey key;
    std::memcpy(key.data(), secret.constData(), SigningSecretKey::size);
    sodium_memzero(secret.data(), size_t(secret.size()));
    auto pair = DeviceKeyPair::fromSecretKey(key);
    if (!pair)
        return unexpected(VaultError::make(Code::DatabaseDamaged, pair.error()));
    m_deviceId = select->text(0);
    m_key.emplace(std::move(pair.value()));
    return {};
}

Expected<void, VaultError> RecordStore::createIdentity()
{
    DeviceKeyPair pair = DeviceKeyPair::generate();
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray secret(
        reinterpret_cast<const char *>(pair.secretKey().data()), SigningSecretKey::size);
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        auto insert
            = m_db.prepare(QStringLiteral("INSERT INTO device_identity (id, device_id, secret_key, "
                                          "public_key, created_utc) VALUES (1, ?, ?, ?, ?)"));
        if (!insert)
            return unexpected(insert.error());
        return insert->bind(1, deviceId)
            .bind(2, secret)
            .bind(3,
                QByteArray(reinterpret_cast<const char *>(pair.publicKey().data()),
                    qsizetype(pair.publicKey().size())))
            .bind(4, m_clock.nowUtc().toString(Qt::ISODateWithMs))
            .run();
    });
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!ok)
        return ok;
    m_deviceId = deviceId;
    m_key.emplace(std::move(pair));
    return {};
}

Expected<ChainState, VaultError> RecordStore::head() const
{
    auto last = m_db.prepare(
        QStringLiteral("SELECT seq, chain_hash FROM signed_record ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return unexpected(last.error());
    auto row = last->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return ChainState::genesis(m_deviceId);
    return ChainState { m_deviceId, last->int64(0) + 1, last->text(1) };
}

Expected<SignedRecord, VaultError> RecordStore::append(
    RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body)
{
    if (!m_key)
        return unexpected(VaultError::make(Code::NotUnlocked));
    std::optional<SignedRecord> signedRecord;
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        auto record = appendInTransaction(kind, author, pack, std::move(body));
        if (!record)
            return unexpected(record.error());
        signedRecord = std::move(record.value());
        return {};
    });
    if (!ok)
        return unexpected(ok.error());
    return std::move(*signedRecord);
}

Expected<qsizetype, VaultError> RecordStore::appendAll(
    RecordKind kind, const QString &author, const Envelope::PackRef &pack, QList<JsonValue> bodies)
{
    if (!m_key)
        return unexpected(VaultError::make(Code::NotUnlocked));
    auto ok = m_db.transaction([&]() -> Expected<void, VaultError> {
        for (JsonValue &body : bodies) {
            if (auto record = appendInTransaction(kind, author, pack, std::move(body)); !record)
                return unexpected(record.error());
        }
        return {};
    });
    if (!ok)
        return unexpected(ok.error());
    return bodies.size();
}

Expected<SignedRecord, VaultError> RecordStore::appendInTransaction(
    RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body)
{
    // The head is read inside the write transaction: BEGIN IMMEDIATE serialises writers, so
    // each append continues from the record committed before it.
    auto state = head();
    if (!state)
        return unexpected(state.error());
    // The photographs the body names are pinned with it: from now on they are evidence and the
    // vault refuses to delete them. A body naming a photo the vault lacks is not signed.
    const QStringList photos = PhotoBody::hashes(body);
    if (auto pinned = AttachmentStore(m_db).markSigned(photos); !pinned)
        return unexpected(pinned.error());
    // Ids must increase along the chain (the server refuses one that does not), and the record
    // before this one may come from another RecordStore or an earlier unlock, whose generator
    // this one knows nothing of: within one millisecond, or after the wall clock stepped back,
    // a fresh generator would sort before it.
    auto lastId
        = m_db.scalarText(QStringLiteral("SELECT id FROM signed_record ORDER BY seq DESC LIMIT 1"));
    if (!lastId)
        return unexpected(lastId.error());
    m_ids.continueAfter(lastId.value());
    RecordWriter writer(*m_key, state.value(), m_ids);
    auto record = writer.append(kind, author, pack, std::move(body));
    if (!record)
        return unexpected(recordError(record.error().toString()));
    const Envelope &envelope = record->envelope;
    auto insert
        = m_db.prepare(QStringLiteral("INSERT INTO signed_record (seq, id, kind, envelope, "
                                      "chain_hash, created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return unexpected(insert.error());
    if (auto stored = insert->bind(1, envelope.seq)
                          .bind(2, envelope.id)
                          .bind(3, recordKindName(envelope.kind))
                          .bind(4, record->bytes)
                          .bind(5, record->chainHash)
                          .bind(6, envelope.created)
                          .run();
        !stored)
        return unexpected(stored.error());
    if (auto summarised = RecordSummary::fromEnvelope(envelope).insert(m_db); !summarised)
        return unexpected(summarised.error());
    auto queue = m_db.prepare(QStringLiteral("INSERT INTO outbox (seq, queued_utc) VALUES (?, ?)"));
    if (!queue)
        return unexpected(queue.error());
    if (auto queued
        = queue->bind(1, envelope.seq).bind(2, m_clock.nowUtc().toString(Qt::ISODateWithMs)).run();
        !queued)
        return unexpected(queued.error());
    return std::move(record.value());
}

Expected<QList<QByteArray>, VaultError> RecordStore::envelopes(qint64 sinceSeq) const
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT envelope FROM signed_record WHERE seq > ? ORDER BY seq"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, sinceSeq);
    QList<QByteArray> out;
    if (auto ok = select->forEachRow([&] { out.append(select->blob(0)); }); !ok)
        return unexpected(ok.error());
    return out;
}

Expected<std::optional<QByteArray>, VaultError> RecordStore::envelope(const QString &recordId) const
{
    auto select = m_db.prepare(QStringLiteral("SELECT envelope FROM signed_record WHERE id = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, recordId);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return row.value() ? std::optional<QByteArray>(select->blob(0)) : std::nullopt;
}

Expected<ChainState, VerificationProblem> RecordStore::verifyAll() const
{
    auto all = envelopes();
    if (!all) {
        VerificationProblem problem;
        problem.message = all.error().detail;
        return unexpected(problem);
    }
    auto chain = RecordVerifier::verifySequence(
        all.value(), RecordVerifier::singleDevice(m_deviceId, publicKey()));
    if (!chain)
        return chain;
    // The signature covers each photo's hash; this checks the vault still holds those bytes.
    const AttachmentStore attachments(m_db);
    for (qsizetype i = 0; i < all->size(); ++i) {
        auto envelope = CanonicalJson::parse(all->at(i));
        if (!envelope)
            continue; // verifySequence has already accepted it; unreachable in practice
        for (const QString &hash : PhotoBody::hashes((*envelope)[u"body"])) {
            auto stored = attachments.read(hash);
            if (stored && stored->has_value())
                continue;
            VerificationProblem problem;
            problem.kind = VerificationProblem::Kind::PhotoChanged;
            problem.index = i;
            problem.seq = (*envelope)[u"seq"].toInteger();
            problem.message = stored ? QStringLiteral("photo %1 is not in the vault").arg(hash)
                                     : stored.error().detail;
            return unexpected(problem);
        }
    }
    return chain;
}

} // namespace hearth
