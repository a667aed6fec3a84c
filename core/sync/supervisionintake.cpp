#include "sync/supervisionintake.h"

#include "record/canonicaljson.h"
#include "record/recordchain.h"
#include "record/recordverifier.h"
#include "vault/supervisionstore.h"

#include <QHash>

#include <optional>

namespace hearth {

namespace {
// The neighbour at `seq`: accepted earlier in this page, or held from an earlier download.
struct Neighbour
{
    QString prev;
    QString chainHash;
    QByteArray bytes;
};

std::optional<Neighbour> neighbourAt(
    qint64 seq, const QHash<qint64, SignedRecord> &fresh, SupervisionStore &held, QString &error)
{
    if (const auto it = fresh.constFind(seq); it != fresh.cend())
        return Neighbour { it->envelope.prev, it->chainHash, it->bytes };
    auto row = held.atSeq(seq);
    if (!row) {
        error = row.error().detail;
        return std::nullopt;
    }
    if (!row->has_value())
        return std::nullopt;
    return Neighbour { (*row)->prev, (*row)->chainHash, (*row)->envelope };
}

// Why one record cannot be kept; "" when it can (repeated set when it is already held).
QString chainProblem(const SignedRecord &record, const QHash<qint64, SignedRecord> &fresh,
    SupervisionStore &held, bool &repeated)
{
    const Envelope &e = record.envelope;
    QString error;
    if (auto same = neighbourAt(e.seq, fresh, held, error)) {
        if (same->bytes == record.bytes) {
            repeated = true;
            return {};
        }
        return QStringLiteral("another record holds its place (%1) in the agency's chain")
            .arg(e.seq);
    }
    if (auto byId = held.withId(e.id); byId && byId->has_value())
        return QStringLiteral("its id is already held at another place in the agency's chain");
    if (e.seq == 1 && e.prev != RecordChain::genesisHash())
        return QStringLiteral("it is first in the agency's chain but does not start it");
    if (auto before = neighbourAt(e.seq - 1, fresh, held, error);
        before && before->chainHash != e.prev)
        return QStringLiteral("it does not follow the agency's record %1").arg(e.seq - 1);
    if (auto after = neighbourAt(e.seq + 1, fresh, held, error);
        after && after->prev != record.chainHash)
        return QStringLiteral("the agency's record %1 does not follow it").arg(e.seq + 1);
    if (!error.isEmpty())
        return QStringLiteral("this tablet could not read its own copy (%1)").arg(error);
    return {};
}

QString named(const JsonValue &item, qsizetype index)
{
    const QString id = item[u"id"].isString() ? item[u"id"].toString().left(40) : QString();
    const QString kind = item[u"kind"].isString() ? item[u"kind"].toString().left(40) : QString();
    if (id.isEmpty())
        return QStringLiteral("supervision record %1 of the page").arg(index + 1);
    return kind.isEmpty() ? QStringLiteral("record %1").arg(id)
                          : QStringLiteral("%1 record %2").arg(kind, id);
}
} // namespace

SupervisionIntake SupervisionIntake::check(
    const QByteArray &pageBody, const SigningPublicKey &serverKey, SupervisionStore &held)
{
    SupervisionIntake out;
    // The whole page has arrived already; the strict parser only has to take all of it.
    auto page = CanonicalJson::parse(pageBody, JsonLimits { pageBody.size() + 1, 64 });
    if (!page) {
        out.refused << QStringLiteral("the page's supervision records could not be read (%1)")
                           .arg(page.error().toString());
        return out;
    }
    const PublicKeyLookup lookup
        = RecordVerifier::singleDevice(SupervisionStore::serverDevice(), serverKey);
    QHash<qint64, SignedRecord> fresh;
    const std::vector<JsonValue> items = (*page)[u"supervisionRecords"].items();
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
        const JsonValue &item = items.at(std::size_t(i));
        // Hearth's server sends each record in its canonical spelling, the bytes it signed;
        // any other spelling of the same value is the same signed record.
        auto bytes = CanonicalJson::serialize(item);
        if (!item.isObject() || !bytes) {
            out.refused << QStringLiteral("%1 is not a record").arg(named(item, i));
            continue;
        }
        auto checked = RecordVerifier::verifyEnvelope(bytes.value(), lookup);
        if (!checked) {
            out.refused << QStringLiteral("%1: %2").arg(named(item, i), checked.error().toString());
            continue;
        }
        if (!isServerSigned(checked->envelope.kind)) {
            out.refused << QStringLiteral("%1: not a supervision record").arg(named(item, i));
            continue;
        }
        bool repeated = false;
        if (const QString problem = chainProblem(*checked, fresh, held, repeated);
            !problem.isEmpty()) {
            out.refused << QStringLiteral("%1: %2").arg(named(item, i), problem);
            continue;
        }
        if (repeated) {
            ++out.repeated;
            continue;
        }
        fresh.insert(checked->envelope.seq, checked.value());
        out.accepted.append(std::move(checked.value()));
    }
    return out;
}

QString SupervisionIntake::message() const
{
    if (refused.isEmpty())
        return {};
    return QStringLiteral("Supervisor's records from the agency server that could not be trusted "
                          "were not kept (%1 of them: %2). Everything else arrived. Please tell "
                          "your agency's IT support.")
        .arg(refused.size())
        .arg(refused.join(QStringLiteral("; ")));
}

} // namespace hearth
