#include "chronologytext.h"

#include "record/childcontributionbody.h"

#include <QStringList>

namespace hearth {

using Kind = ChronologyEntry::Kind;

QString ChronologyText::kind(Kind kind)
{
    switch (kind) {
    case Kind::Visit:
        return tr("Visit");
    case Kind::WasNotBrought:
        return tr("Was not brought");
    case Kind::Concern:
        return tr("Concern");
    case Kind::Injury:
        return tr("Injury or mark");
    case Kind::Cooperation:
        return tr("Co-operation");
    case Kind::ChildsWords:
        return tr("The child's words");
    case Kind::LifeEvent:
        return tr("Life event");
    case Kind::Amendment:
        return tr("Amendment");
    case Kind::AgencySummary:
        return tr("Agency summary");
    case Kind::FlagAcknowledgement:
        return tr("Flag acknowledged");
    case Kind::SupervisorReview:
        return tr("Supervisor's review");
    case Kind::Countersignature:
        return tr("Countersignature");
    case Kind::ProfessionalDifference:
        return tr("Professional difference");
    case Kind::ChildVoiceSession:
        return tr("Child-voice session");
    case Kind::GoingMissing:
        return tr("Going missing");
    case Kind::ReturnHomeInterview:
        return tr("Return home interview");
    case Kind::ExploitationContext:
        return tr("Exploitation: what was observed");
    }
    return {};
}

QString ChronologyText::lifeEventType(const QString &id)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("bereavement"), QT_TR_NOOP("Bereavement") },
        { QStringLiteral("job-loss"), QT_TR_NOOP("Job loss") },
        { QStringLiteral("new-partner"), QT_TR_NOOP("New partner") },
        { QStringLiteral("new-baby"), QT_TR_NOOP("New baby") },
        { QStringLiteral("move"), QT_TR_NOOP("Moved home") },
        { QStringLiteral("separation"), QT_TR_NOOP("Separation") },
        { QStringLiteral("prison-release"), QT_TR_NOOP("Release from prison") },
        { QStringLiteral("other"), QT_TR_NOOP("Other life event") },
    };
    const auto found = words.constFind(id);
    return found == words.cend() ? id : tr(*found);
}

QString ChronologyText::place(const QString &word)
{
    if (word == u"school")
        return tr("school");
    if (word == u"home")
        return tr("home");
    if (word == u"contact-centre")
        return tr("a contact centre");
    if (word == u"car")
        return tr("the car");
    return tr("another place");
}

QString ChronologyText::indicator(const QString &id)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("places"), QT_TR_NOOP("Places they were found or taken to") },
        { QStringLiteral("peers"), QT_TR_NOOP("Older peers or adults around them") },
        { QStringLiteral("online"), QT_TR_NOOP("Contact online") },
        { QStringLiteral("money-goods"), QT_TR_NOOP("Money, phones or clothes not explained") },
        { QStringLiteral("education"), QT_TR_NOOP("Excluded from or missing education") },
        { QStringLiteral("other"), QT_TR_NOOP("Other") },
    };
    const char *word = words.value(id);
    return word ? tr(word) : id;
}

QString ChronologyText::interviewStatus(const QString &id)
{
    if (id == u"done")
        return tr("Interview held");
    if (id == u"declined")
        return tr("Offered; the young person declined");
    if (id == u"not-offered")
        return tr("Not offered");
    return id;
}

QString ChronologyText::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : tr("date not recorded");
}

QString ChronologyText::seeing(const ChronologyEntry &e)
{
    if (e.kind != Kind::Visit)
        return {};
    QStringList parts;
    if (e.announced)
        parts.append(*e.announced ? tr("Announced visit") : tr("Unannounced visit"));
    if (e.seen == false)
        parts.append(tr("child NOT seen"));
    else if (!e.seen)
        parts.append(tr("whether the child was seen is not recorded"));
    else if (e.seenAlone == true)
        parts.append(tr("child seen alone"));
    else if (e.seenAlone == false)
        parts.append(tr("child seen, not alone"));
    else
        parts.append(tr("child seen"));
    return parts.join(QStringLiteral(" · "));
}

QString ChronologyText::signature(const ChronologyEntry &e)
{
    if (e.kind == Kind::AgencySummary)
        return tr("From the agency's caseload feed (not a signed record)");
    switch (e.signature) {
    case SignatureStatus::Verified:
        return tr("Signature checked");
    case SignatureStatus::ChainBroken:
        return tr("Signature checked, but the record is out of order in this tablet's records");
    case SignatureStatus::Unverified:
        return tr("SIGNATURE FAILED: this record could not be checked");
    }
    return {};
}

QString ChronologyText::recordedBy(const QString &name)
{
    return name.isEmpty() ? tr("Recorded by: not known") : tr("Recorded by %1").arg(name);
}

QString ChronologyText::builtFrom(qsizetype records,
    const QMap<SignatureStatus, qsizetype> &byStatus, qsizetype unreadable,
    qsizetype agencySummaries)
{
    return tr("Built from %1 signed records (%2 signatures checked, %3 out of order in the chain, "
              "%4 that could not be checked, %5 unreadable) and %6 agency summaries from the "
              "caseload feed.")
        .arg(records)
        .arg(byStatus.value(SignatureStatus::Verified))
        .arg(byStatus.value(SignatureStatus::ChainBroken))
        .arg(byStatus.value(SignatureStatus::Unverified))
        .arg(unreadable)
        .arg(agencySummaries);
}

QString ChronologyText::what(const ChronologyEntry &e) const
{
    const auto withDetail = [&e](const QString &text) {
        return e.detail.isEmpty() ? text : tr("%1 (%2)").arg(text, e.detail);
    };
    switch (e.kind) {
    case Kind::Visit: {
        QString text = e.text.isEmpty() ? tr("Visit") : e.text;
        while (text.endsWith(u'.'))
            text.chop(1); // the purpose as typed; the sentence goes on
        if (!e.category.isEmpty())
            text = tr("%1, at %2").arg(text, e.category);
        if (!e.detail.isEmpty())
            text = e.seen == false ? tr("%1. Why the child was not seen: %2").arg(text, e.detail)
                                   : tr("%1. Why not seen alone: %2").arg(text, e.detail);
        return text;
    }
    case Kind::WasNotBrought: {
        QString text = e.category.isEmpty()
            ? tr("Not brought to: %1").arg(e.text)
            : tr("Not brought to: %1, arranged by %2").arg(e.text, e.category);
        return e.detail.isEmpty() ? text : tr("%1. Follow-up: %2").arg(text, e.detail);
    }
    case Kind::Concern:
        if (e.category == u"immediate-safety")
            return tr("Immediate safety: %1. Action: %2").arg(e.text, e.detail);
        return tr("%1: %2").arg(label(e.category), e.text);
    case Kind::Injury:
        return tr("%1: %2 (%3), seen on %4").arg(e.category, e.text, e.detail, date(e.seenOn));
    case Kind::Cooperation: {
        const QString level
            = e.level ? label(QStringLiteral("cooperation-%1").arg(*e.level)) : tr("not recorded");
        QString text = tr("Level %1, %2").arg(e.level.value_or(0)).arg(level);
        if (e.offered)
            text = tr("%1; %2 of %3 appointments kept")
                       .arg(text)
                       .arg(e.kept.value_or(0))
                       .arg(*e.offered);
        return e.detail.isEmpty() ? text : tr("%1. Evidence: %2").arg(text, e.detail);
    }
    case Kind::ChildsWords:
        return tr("\u201c%1\u201d").arg(e.text);
    case Kind::LifeEvent: {
        // Signed as a visit concern before life events had their own kind: its words only.
        if (e.category == u"life-event")
            return e.text;
        const QString type = lifeEventType(e.category);
        const QString text = e.text.isEmpty() ? type : tr("%1: %2").arg(type, e.text);
        return e.detail.isEmpty() ? text : tr("%1. Told by: %2").arg(text, e.detail);
    }
    case Kind::Amendment:
        return withDetail(tr("Corrects an earlier record. Reason: %1").arg(e.text));
    case Kind::AgencySummary:
        return e.text;
    case Kind::FlagAcknowledgement:
        return tr("Flag \u201c%1\u201d acknowledged: %2").arg(label(e.category), e.text);
    case Kind::SupervisorReview:
        return review(e);
    case Kind::Countersignature:
        if (e.refers)
            return tr("Countersigned by %1: %2 of %3. Note: %4")
                .arg(e.author, kind(e.refers->kind), date(e.refers->date), e.text);
        return tr("Countersigned by %1: record %2, which is not on this tablet. Note: %3")
            .arg(e.author, e.category, e.text);
    case Kind::ProfessionalDifference:
        if (e.category == u"open")
            return tr("Professional difference opened: %1 disagrees with %2 about: %3. "
                      "Escalation step: %4.")
                .arg(e.raisedBy, e.disagreesWith, e.text, step(e.step));
        if (e.refers)
            return tr("Professional difference closed (opened on %1 about: %2). Outcome: %3")
                .arg(date(e.refers->date), e.refers->text, e.text);
        return tr("Professional difference closed. Outcome: %1").arg(e.text);
    case Kind::ChildVoiceSession: {
        const QString where
            = e.text.isEmpty() ? place(e.category) : tr("%1, %2").arg(place(e.category), e.text);
        const QString alone = e.seenAlone == true ? tr("seen alone") : tr("not seen alone");
        const QString session = tr("Session with the child at %1 (%2). What happens with it: %3")
                                    .arg(where, alone, e.detail);
        return e.childMade.isNull() ? session : session + u'\n' + childMade(e.childMade);
    }
    case Kind::GoingMissing: {
        const QString police = e.category.isEmpty()
            ? tr("not reported to the police")
            : tr("reported to the police, reference %1").arg(e.category);
        return tr("Came back %1 (%2). Found: %3. How they came back: %4")
            .arg(e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), police, e.text, e.detail);
    }
    case Kind::ReturnHomeInterview: {
        QString text = interviewStatus(e.category);
        if (e.at.isValid())
            text
                = tr("%1, offered %2").arg(text, e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        if (!e.detail.isEmpty())
            text = tr("%1. Why: %2").arg(text, e.detail);
        return tr("%1. Actions: %2").arg(text, e.text);
    }
    case Kind::ExploitationContext:
        return tr("%1: %2 (source: %3)").arg(indicator(e.category), e.text, e.detail);
    }
    return e.text;
}

// The decision first (what the practitioner needs to act on), then the actions each on a line
// of its own with owner and date, then the flags the supervisor looked at in their own words.
QString ChronologyText::review(const ChronologyEntry &e) const
{
    QString text = tr("Reviewed by %1. Decision: %2. Discussion: %3. Rationale: %4")
                       .arg(e.author, e.category, e.text, e.detail);
    for (const ChronologyEntry::Action &action : e.actions)
        text += u'\n'
            + tr("Action: %1 (owner: %2, due %3)")
                  .arg(action.action, action.owner, date(action.due));
    if (!e.rules.isEmpty()) {
        QStringList flags;
        for (const QString &rule : e.rules)
            flags.append(tr("\u201c%1\u201d").arg(label(rule)));
        text += u'\n' + tr("Flags reviewed: %1").arg(flags.join(QStringLiteral(", ")));
    }
    return text;
}

// The child's own words in the houses as quotes, their scale answers and whether they drew,
// under a heading that says they are the child's.
QString ChronologyText::childMade(const JsonValue &made)
{
    const QStringList houses { tr("In the house of worries"), tr("In the house of good things"),
        tr("In the house of dreams") };
    QStringList parts;
    if (!made[u"strokes"].items().empty())
        parts.append(tr("a drawing"));
    for (qsizetype i = 0; i < houses.size(); ++i) {
        QStringList words;
        int pictures = 0;
        for (const JsonValue &item : made[u"houses"][ChildContributionBody::houses().at(i)].items())
            if (item.contains(u"words"))
                words.append(tr("\u201c%1\u201d").arg(item[u"words"].toString()));
            else
                ++pictures;
        if (pictures > 0)
            words.append(tr("%n picture(s)", nullptr, pictures));
        if (!words.isEmpty())
            parts.append(tr("%1: %2").arg(houses.at(i), words.join(QStringLiteral(", "))));
    }
    for (const JsonValue &scale : made[u"scales"].items())
        parts.append(tr("%1 out of 10 (%2)")
                         .arg(scale[u"value"].toInteger())
                         .arg(scaleName(scale[u"scale"].toString())));
    return tr("The child's own, made in child mode: %1").arg(parts.join(QStringLiteral("; ")));
}

QString ChronologyText::scaleName(const QString &id)
{
    if (id == u"home")
        return tr("at home");
    if (id == u"school")
        return tr("at school");
    if (id == u"safe")
        return tr("how safe");
    if (id == u"happy")
        return tr("how happy");
    return id;
}

QString ChronologyText::step(const QString &id)
{
    if (id == u"practitioners")
        return tr("between the practitioners");
    if (id == u"line-managers")
        return tr("line managers");
    if (id == u"senior-managers")
        return tr("senior managers");
    if (id == u"safeguarding-partnership")
        return tr("the safeguarding partnership");
    return id;
}

} // namespace hearth
