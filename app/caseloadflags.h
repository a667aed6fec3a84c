#pragma once

#include "household/caseloadjudge.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

namespace hearth {

class CaseloadRepository;
class RecordStore;

// The caseload's pattern flags, judged off the UI thread. Judging loads and verifies every
// signed record (a year's worth: several seconds of signatures on one core would freeze the home
// screen), so the vault is read on the UI thread (one pass, which only the database's own thread
// may do) and everything after it runs on the thread pool. Only the per-child summaries are kept
// afterwards, never the records. A judgement started while another runs supersedes it; the older
// result is dropped when it arrives, as is any result that arrives after the vault was locked.
class CaseloadFlags : public QObject
{
    Q_OBJECT

public:
    explicit CaseloadFlags(QObject *parent = nullptr);
    ~CaseloadFlags() override;

    // Starts judging the vault's records as they are now, on the day of `asOf`.
    void judge(const RecordStore &records, CaseloadRepository &caseload, QList<PatternRule> rules,
        const QDateTime &asOf);
    // Locked: the summaries go, and a judgement still running is ignored when it ends.
    void clear();

    bool isJudging() const { return m_running > 0; }
    // The day the summaries were judged on; invalid before the first judgement.
    QDate judgedOn() const { return m_judgedOn; }
    const QHash<QString, ChildFlagSummary> &summaries() const { return m_summaries; }
    // The chain head the last judgement started from: the Workspace judges again only when a
    // record has been signed since (or the caseload or the day changed).
    qint64 judgedSeq() const { return m_judgedSeq; }
    void setJudgedSeq(qint64 seq) { m_judgedSeq = seq; }

Q_SIGNALS:
    void judged();
    void failed(const QString &message);

private:
    quint64 m_generation = 0;
    int m_running = 0;
    QDate m_judgedOn;
    qint64 m_judgedSeq = -1;
    QHash<QString, ChildFlagSummary> m_summaries;
};

} // namespace hearth
