#include "caseloadflags.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace hearth {

CaseloadFlags::CaseloadFlags(QObject *parent)
    : QObject(parent)
{ }

CaseloadFlags::~CaseloadFlags() = default;

void CaseloadFlags::judge(const RecordStore &records, CaseloadRepository &caseload,
    QList<PatternRule> rules, const QDateTime &asOf)
{
    auto input = CaseloadFlagInput::read(records, caseload, std::move(rules), asOf);
    if (!input) {
        Q_EMIT failed(input.error());
        return;
    }
    const quint64 generation = ++m_generation;
    const QDate day = asOf.toLocalTime().date();
    ++m_running;
    auto *watcher = new QFutureWatcher<QHash<QString, ChildFlagSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, day] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation)
            return;
        m_summaries = watcher->result();
        m_judgedOn = day;
        Q_EMIT judged();
    });
    watcher->setFuture(QtConcurrent::run(
        [input = std::move(input.value())] { return CaseloadJudge::summarise(input); }));
}

void CaseloadFlags::clear()
{
    ++m_generation;
    m_summaries.clear();
    m_judgedOn = {};
    m_judgedSeq = -1;
}

} // namespace hearth
