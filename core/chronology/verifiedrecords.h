#pragma once

#include "chronology/chronologyentry.h"
#include "record/recordverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace hearth {

// Stored records as the chronology takes them: each parsed and given its signature status, in
// store order. A record whose signature fails is still shown, marked unverified, because a
// conference should see that it exists and what it is worth; bytes that are not an envelope at
// all cannot be shown and are counted instead.
struct VerifiedRecords
{
    QList<VerifiedRecord> records;
    qsizetype unreadable = 0;
    // Every stored envelope given so far, so the chain's start is known even when a reader
    // takes the records out as it goes (CaseloadJudge, a record at a time).
    qsizetype given = 0;
    // Where the chain should go on after the last record checked; empty after a record whose
    // signature failed (the next one cannot be checked against it) and before the first.
    std::optional<ChainState> next;

    // One device's chain in sequence order (a device's own store, or the server's per-device
    // store): signatures through RecordVerifier, and each record against the previous one.
    static VerifiedRecords fromChain(
        const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup);
    // The records that follow those already here in the same chain, checked as fromChain would
    // check them all at once: the app keeps one VerifiedRecords for the session and adds what
    // was signed since, so opening a chronology does not check every signature again.
    void extend(const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup);

    // The records signed up to `asOf`: later ones did not exist yet at that moment (a training
    // history or a test judged on a given day). When none is later (the app, judging now) the
    // list is shared as it is, not copied record by record.
    static QList<VerifiedRecord> signedBy(QList<VerifiedRecord> records, const QDateTime &asOf);

    // The envelope in stored bytes without checking its signature (bytes checked before, or
    // shown as unverified); none when they are not an envelope at all.
    static std::optional<Envelope> parse(const QByteArray &bytes);
};

// Whether a record was signed after a moment: later ones did not exist yet at that moment.
class SignedAfter
{
public:
    explicit SignedAfter(const QDateTime &moment);
    bool operator()(const Envelope &envelope) const;

private:
    QDateTime m_moment;
    QString m_limit; // the moment as a record's "created" would spell it
};

} // namespace hearth
