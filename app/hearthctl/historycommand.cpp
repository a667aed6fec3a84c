#include "cli.h"
#include "historyfile.h"

#include "common/clock.h"
#include "content/contentlibrary.h"
#include "model/caseloadrepository.h"
#include "vault/recordstore.h"
#include "vault/vault.h"
#include "visit/visitbody.h"

#include <QFile>
#include <QSet>

#include <cstdio>

namespace hearth::cli {

namespace {

// The signing path reads the time from its clock: set to each entry's moment, the record's id
// (UUIDv7) and "created" carry that moment, exactly as if it had been signed then.
class EntryClock : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = Clock::system().nowUtc();
};

// The moment the vault's newest record was signed; invalid when it has none.
Expected<QDateTime, QString> newestRecord(const RecordStore &store)
{
    auto head = store.head();
    if (!head)
        return unexpected(head.error().message);
    if (head->nextSeq <= 1)
        return QDateTime();
    auto last = store.envelopes(head->nextSeq - 2);
    if (!last || last->isEmpty())
        return unexpected(QStringLiteral("the vault's newest record could not be read"));
    const auto envelope = VisitBody::parseEnvelope(last->last());
    if (!envelope)
        return unexpected(QStringLiteral("the vault's newest record could not be read"));
    return QDateTime::fromString(envelope->created, Qt::ISODateWithMs).toUTC();
}

// What only the vault can answer: the children exist, the chain's order holds after what is
// already signed, and the agency would accept the authors. Nothing is written here.
Expected<void, QString> checkAgainstVault(
    const History &history, const RecordStore &store, CaseloadRepository &caseload, Vault &vault)
{
    auto newest = newestRecord(store);
    if (!newest)
        return unexpected(newest.error());
    if (newest->isValid() && history.entries.first().at <= *newest)
        return unexpected(QStringLiteral("$.entries[0].at: %1 is not after the vault's newest "
                                         "record (%2): a history is signed after what the "
                                         "vault holds, so record ids stay in time order")
                              .arg(history.entries.first().at.toString(Qt::ISODateWithMs),
                                  newest->toString(Qt::ISODateWithMs)));
    auto enrolled = enrolledPractitioner(vault);
    if (!enrolled)
        return unexpected(enrolled.error().message);
    QSet<QString> children;
    for (const Child &child : history.caseload.children)
        children.insert(child.id);
    for (qsizetype i = 0; i < history.entries.size(); ++i) {
        const HistoryEntry &entry = history.entries.at(i);
        if (!enrolled->isEmpty() && entry.practitioner != *enrolled)
            return unexpected(QStringLiteral("$.entries[%1].practitioner: this device is enrolled "
                                             "for \"%2\", the only author the agency accepts "
                                             "from it")
                                  .arg(i)
                                  .arg(*enrolled));
        if (children.contains(entry.child))
            continue;
        auto known = caseload.child(entry.child);
        if (!known && known.error().code != ModelError::Code::NotFound)
            return unexpected(known.error().toString());
        if (!known)
            return unexpected(QStringLiteral("$.entries[%1].child: no child \"%2\" in the file's "
                                             "caseload or in the vault")
                                  .arg(i)
                                  .arg(entry.child));
        children.insert(entry.child);
    }
    return {};
}

} // namespace

int historyCommand(const QCommandLineParser &args)
{
    const QString fileName = args.value(QStringLiteral("history"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString()));
    ContentLibrary content;
    if (auto loaded = content.loadBuiltIn(); !loaded)
        return fail(loaded.error().message());
    const ContentPack &pack = *content.current();
    auto history = readHistory(file.readAll(), pack, QStringLiteral("en"));
    if (!history)
        return fail(history.error() + QStringLiteral("; nothing was signed"));
    const QDateTime now = Clock::system().nowUtc();
    for (qsizetype i = 0; i < history->entries.size(); ++i)
        if (history->entries.at(i).at > now)
            return fail(
                QStringLiteral("$.entries[%1].at: is in the future; nothing was signed").arg(i));

    Vault vault(args.value(QStringLiteral("dir")));
    if (auto failed = openDemoVault(vault))
        return *failed;
    EntryClock clock;
    RecordStore store(vault.database(), clock);
    if (auto ok = store.open(); !ok)
        return fail(ok.error());
    CaseloadRepository caseload(vault.database(), clock);
    if (auto ok = checkAgainstVault(history.value(), store, caseload, vault); !ok)
        return fail(ok.error() + QStringLiteral("; nothing was signed"));

    // Everything was checked above; only a failing disk can stop what follows.
    if (auto added = caseload.upsert(history->caseload); !added)
        return fail(added.error().message + QStringLiteral("; nothing was signed"));
    qsizetype signedCount = 0;
    QStringList ids;
    for (HistoryEntry &entry : history->entries) {
        clock.set(entry.at);
        if (entry.episodeEntry >= 0)
            entry.body.insert(QStringLiteral("episode"), ids.at(entry.episodeEntry));
        auto record = store.append(
            entry.kind, entry.practitioner, { pack.id, pack.version }, std::move(entry.body));
        if (!record)
            return fail(QStringLiteral("%1 (%2 of %3 records were signed)")
                            .arg(record.error().message)
                            .arg(signedCount)
                            .arg(history->entries.size()));
        ids.append(record->envelope.id);
        ++signedCount;
    }
    std::printf("DEMO DATA: %lld dated records for %lld children signed into %s (device %s), "
                "%s to %s\n",
        qint64(signedCount), qint64(history->caseload.children.size()),
        qPrintable(vault.directory()), qPrintable(store.deviceId()),
        qPrintable(history->entries.first().at.toString(Qt::ISODate)),
        qPrintable(history->entries.last().at.toString(Qt::ISODate)));
    return 0;
}

} // namespace hearth::cli
