#include "vault/supervisionstore.h"

#include "record/canonicaljson.h"
#include "record/jsonparser.h"
#include "record/recordchain.h"
#include "record/recordverifier.h"
#include "vault/database.h"

#include <cstring>

namespace hearth {

namespace {
constexpr auto columns = "seq, id, prev, chain_hash, envelope";
} // namespace

Expected<std::optional<HeldSupervisionRecord>, VaultError> SupervisionStore::one(
    const QString &where, const QString &value, qint64 number) const
{
    auto select = m_db.prepare(QStringLiteral("SELECT %1 FROM supervision_record WHERE %2 = ?")
                                   .arg(QLatin1String(columns), where));
    if (!select)
        return unexpected(select.error());
    if (value.isNull())
        select->bind(1, number);
    else
        select->bind(1, value);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<HeldSupervisionRecord>();
    return std::optional(HeldSupervisionRecord {
        select->int64(0), select->text(1), select->text(2), select->text(3), select->blob(4) });
}

Expected<std::optional<HeldSupervisionRecord>, VaultError> SupervisionStore::atSeq(qint64 seq) const
{
    return one(QStringLiteral("seq"), QString(), seq);
}

Expected<std::optional<HeldSupervisionRecord>, VaultError> SupervisionStore::withId(
    const QString &id) const
{
    return one(QStringLiteral("id"), id, 0);
}

Expected<void, VaultError> SupervisionStore::add(
    const QList<SignedRecord> &records, const QDateTime &receivedUtc)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO supervision_record (seq, id, kind, child_id, prev, chain_hash, envelope,"
        " created_utc, received_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return unexpected(insert.error());
    const QString received = receivedUtc.toUTC().toString(Qt::ISODateWithMs);
    for (const SignedRecord &record : records) {
        const Envelope &e = record.envelope;
        insert->reset();
        if (auto stored = insert->bind(1, e.seq)
                              .bind(2, e.id)
                              .bind(3, recordKindName(e.kind))
                              .bind(4, e.body[u"child"].toString())
                              .bind(5, e.prev)
                              .bind(6, record.chainHash)
                              .bind(7, record.bytes)
                              .bind(8, e.created)
                              .bind(9, received)
                              .run();
            !stored)
            return stored;
    }
    return {};
}

Expected<qint64, VaultError> SupervisionStore::count() const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM supervision_record"));
}

Expected<std::optional<SigningPublicKey>, VaultError> SupervisionStore::serverKey() const
{
    auto select
        = m_db.prepare(QStringLiteral("SELECT server_public_key FROM sync_enrolment WHERE id = 1"));
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<SigningPublicKey>();
    const QByteArray bytes = select->blob(0);
    SigningPublicKey key {};
    if (bytes.size() != qsizetype(key.size()))
        return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
            QStringLiteral("the agency server's key kept at enrolment is not a key")));
    std::memcpy(key.data(), bytes.constData(), key.size());
    return std::optional(key);
}

Expected<QList<VerifiedRecord>, VaultError> SupervisionStore::verified(const QString &childId) const
{
    auto key = serverKey();
    if (!key)
        return unexpected(key.error());
    auto select = m_db.prepare(childId.isEmpty()
            ? QStringLiteral("SELECT %1 FROM supervision_record ORDER BY seq")
                  .arg(QLatin1String(columns))
            : QStringLiteral("SELECT %1 FROM supervision_record WHERE child_id = ? ORDER BY seq")
                  .arg(QLatin1String(columns)));
    if (!select)
        return unexpected(select.error());
    if (!childId.isEmpty())
        select->bind(1, childId);
    QList<HeldSupervisionRecord> held;
    if (auto read = select->forEachRow([&] {
            held.append({ select->int64(0), select->text(1), select->text(2), select->text(3),
                select->blob(4) });
        });
        !read)
        return unexpected(read.error());
    // No enrolment, no key: nothing can be checked (and the feed never brought anything).
    const PublicKeyLookup lookup = key->has_value()
        ? RecordVerifier::singleDevice(serverDevice(), **key)
        : PublicKeyLookup([](const QString &) { return std::optional<SigningPublicKey>(); });
    QList<VerifiedRecord> out;
    const HeldSupervisionRecord *before = nullptr;
    for (const HeldSupervisionRecord &row : std::as_const(held)) {
        auto checked = RecordVerifier::verifyEnvelope(row.envelope, lookup);
        if (!checked) {
            auto json = JsonParser::parse(row.envelope);
            auto envelope = json ? Envelope::fromJson(*json)
                                 : Expected<Envelope, JsonError>(unexpected(json.error()));
            if (envelope)
                out.append({ std::move(envelope.value()), SignatureStatus::Unverified });
            before = nullptr;
            continue;
        }
        // Only where the neighbour is here can the link be checked; the intake refused any
        // record that broke a link it could see.
        const bool linkBroken
            = (row.seq == 1 && checked->envelope.prev != RecordChain::genesisHash())
            || (before && before->seq == row.seq - 1 && before->chainHash != row.prev)
            || checked->chainHash != row.chainHash;
        out.append({ std::move(checked->envelope),
            linkBroken ? SignatureStatus::ChainBroken : SignatureStatus::Verified });
        before = &row;
    }
    return out;
}

} // namespace hearth
