// The pattern flags' part of the Workspace: judging the caseload off the UI thread when records
// or the caseload change or the day turns, and acknowledging a flag through the same passcode
// check as signing a visit.
#include "chronologymodel.h"
#include "content/contentlibrary.h"
#include "household/childhistory.h"
#include "household/flagacknowledging.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

void Workspace::judgeFlags(bool force)
{
    if (!m_services)
        return;
    const ContentPack *pack = m_services->content().current();
    auto head = m_services->records().head();
    if (!pack || !head)
        return;
    // Before the first judgement (started once the home screen is up) nothing is forced here,
    // so reading every record never delays the lists.
    if (!force && (m_flags->judgedSeq() < 0 || m_flags->judgedSeq() == head->nextSeq))
        return;
    m_flags->setJudgedSeq(head->nextSeq);
    m_flags->judge(m_services->records(), m_services->caseload(), pack->patterns, m_clock.nowUtc());
}

void Workspace::caseloadArrived()
{
    if (m_flags->judgedSeq() >= 0)
        judgeFlags(true);
}

void Workspace::checkDay()
{
    if (!m_services || m_flags->judgedSeq() < 0)
        return;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (m_flags->judgedOn().isValid() && m_flags->judgedOn() != today) {
        m_caseload->refresh();
        judgeFlags(true);
    }
}

QVariantList Workspace::openFlags(const QString &childId, const QString &ruleId) const
{
    QVariantList out;
    const ContentPack *pack = m_services ? m_services->content().current() : nullptr;
    if (!pack)
        return out;
    auto history = ChildHistory::load(
        m_services->records(), m_services->caseload(), pack->patterns, m_clock.nowUtc());
    auto child = history ? history->child(childId)
                         : Expected<ChildHistory::OfChild, QString>(unexpected(history.error()));
    if (!child)
        return out;
    const QString language = m_services->language();
    for (const PatternFlag &flag : std::as_const(child->flags))
        if (flag.ruleId == ruleId && !flag.acknowledged)
            out.append(QVariantMap { { QStringLiteral("subject"), flag.subject },
                { QStringLiteral("text"), flag.text(language) } });
    return out;
}

void Workspace::acknowledgeFlag(const QString &childId, const QString &ruleId,
    const QString &subject, const QString &note, const QString &passcode)
{
    if (!m_services || m_signing)
        return;
    if (note.trimmed().isEmpty()) {
        m_signError = tr("Please write what you make of this flag before signing.");
        Q_EMIT signingChanged();
        return;
    }
    m_acknowledging = { childId, ruleId, subject, note };
    confirmPasscodeThen(passcode, &Workspace::finishAcknowledging);
}

void Workspace::finishAcknowledging(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    const PendingAcknowledgement pending = std::exchange(m_acknowledging, {});
    const ContentPack *pack = m_services ? m_services->content().current() : nullptr;
    if (m_signError.isEmpty() && !pack)
        m_signError = tr("Hearth was locked before the acknowledgement could be signed.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    // The flag as it stands now, with the evidence it rests on now: that is what is signed.
    auto history = ChildHistory::load(
        m_services->records(), m_services->caseload(), pack->patterns, m_clock.nowUtc());
    auto child = history ? history->child(pending.childId)
                         : Expected<ChildHistory::OfChild, QString>(unexpected(history.error()));
    const PatternFlag *flag = nullptr;
    if (child) {
        for (const PatternFlag &each : std::as_const(child->flags))
            if (each.ruleId == pending.ruleId && each.subject == pending.subject
                && !each.acknowledged) {
                flag = &each;
                break;
            }
    }
    if (!flag) {
        m_signError
            = child ? tr("This flag is no longer open: nothing was signed.") : child.error();
        Q_EMIT signingChanged();
        return;
    }
    auto signedId = FlagAcknowledging::sign(m_services->records(), { pack->id, pack->version },
        m_author, pending.childId, *flag, pending.note);
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    refreshLists();
    if (m_since->childId() == pending.childId)
        loadSinceLastVisit();
    // The flag stays, marked acknowledged, and the acknowledgement joins the chronology.
    if (m_chronology && m_chronology->childId() == pending.childId)
        loadChronology();
    Q_EMIT signingChanged();
    Q_EMIT flagAcknowledged(pending.childId, signedId.value());
}

void Workspace::loadSinceLastVisit()
{
    if (m_services && m_visit)
        m_since->load(*m_services, m_visit->childId(), m_author);
    else if (!m_since->childId().isEmpty())
        m_since->clear();
}

} // namespace hearth
