#include "chronology/lifeeventwords.h"
#include "chronology/patternflag.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace hearth {

namespace {
using Kind = ChronologyEntry::Kind;
using Check = PatternRule::Check;
using Entries = QList<const ChronologyEntry *>;

struct Input
{
    const PatternRule &rule;
    const Chronology &chronology;
    const ProfileFacts &facts;
    const QDateTime &now;
    QList<PatternFlag> &out;
};

// Entries of the kinds asked for, oldest first: none dated after now, and none recorded after
// now, so a history judged at an earlier moment sees only what was known then.
Entries oldestFirst(const Input &in, std::initializer_list<Kind> kinds)
{
    Entries out;
    for (auto it = in.chronology.entries.crbegin(); it != in.chronology.entries.crend(); ++it)
        if (std::find(kinds.begin(), kinds.end(), it->kind) != kinds.end()
            && it->date <= in.now.date() && it->recordedAt <= in.now)
            out.append(&*it);
    return out;
}

QString shown(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// `what` fills "{what}" in each language; without it the subject's label from the pack does.
void raise(const Input &in, const Entries &evidence, const QString &subject = {},
    const LocalText &what = {}, qsizetype count = -1)
{
    const LocalText words = what.isEmpty() ? in.rule.label(subject) : what;
    PatternFlag flag;
    flag.ruleId = in.rule.id;
    flag.subject = subject;
    for (const ChronologyEntry *e : evidence) {
        if (!flag.evidence.contains(e->recordId))
            flag.evidence.append(e->recordId);
        if (!flag.from.isValid() || e->date < flag.from)
            flag.from = e->date;
        if (!flag.to.isValid() || e->date > flag.to)
            flag.to = e->date;
    }
    for (auto it = in.rule.says.byLanguage.cbegin(); it != in.rule.says.byLanguage.cend(); ++it) {
        QString text = it.value();
        text.replace(
                QStringLiteral("{count}"), QString::number(count < 0 ? evidence.size() : count))
            .replace(QStringLiteral("{first}"), shown(flag.from))
            .replace(QStringLiteral("{last}"), shown(flag.to))
            .replace(QStringLiteral("{what}"), words.text(it.key()));
        for (auto n = in.rule.numbers.cbegin(); n != in.rule.numbers.cend(); ++n)
            text.replace(QLatin1Char('{') + n.key() + QLatin1Char('}'), QString::number(n.value()));
        flag.says.byLanguage.insert(it.key(), text);
    }
    in.out.append(flag);
}

// The latest run of at least `count` entries that fall within `months` of the run's first.
void latestWithin(const Input &in, const Entries &events, qint64 count, qint64 months,
    const QString &subject = {})
{
    for (qsizetype end = events.size() - 1; end >= count - 1; --end) {
        qsizetype start = end;
        while (
            start > 0 && events.at(start - 1)->date.addMonths(int(months)) >= events.at(end)->date)
            --start;
        if (end - start + 1 >= count)
            return raise(in, events.mid(start, end - start + 1), subject);
    }
}

qint64 ageInMonths(const QDate &birth, const QDate &on)
{
    qint64 months = (on.year() - birth.year()) * 12 + on.month() - birth.month();
    if (on.day() < birth.day())
        --months;
    return months;
}

QDateTime addWorkingDays(QDateTime from, qint64 days)
{
    while (days > 0) {
        from = from.addDays(1);
        if (from.date().dayOfWeek() <= 5)
            --days;
    }
    return from;
}

// Evidence that names a record not in the chronology (profile facts from elsewhere).
struct Proxy
{
    ChronologyEntry entry;
    Proxy(const QString &id, const QDate &date)
    {
        entry.recordId = id;
        entry.date = date;
    }
};

void wasNotBroughtRepeat(const Input &in)
{
    latestWithin(in, oldestFirst(in, { Kind::WasNotBrought }),
        in.rule.number(QStringLiteral("count")), in.rule.number(QStringLiteral("withinMonths")));
}

void wasNotBroughtWithCondition(const Input &in)
{
    const Entries missed = oldestFirst(in, { Kind::WasNotBrought });
    if (!in.facts.conditionOrDisability.isEmpty() && !missed.isEmpty())
        raise(in, missed, {}, in.facts.conditionOrDisability);
}

void notSeenRunning(const Input &in)
{
    const qint64 needed = in.rule.number(QStringLiteral("visits"));
    Entries run, latest;
    for (const ChronologyEntry *visit : oldestFirst(in, { Kind::Visit })) {
        if (!visit->seen.has_value())
            continue;
        if (*visit->seen) {
            run.clear();
            continue;
        }
        run.append(visit);
        if (run.size() >= needed)
            latest = run;
    }
    if (!latest.isEmpty())
        raise(in, latest);
}

void noHealthContact(const Input &in)
{
    if (!in.facts.dateOfBirth)
        return;
    const Entries visits = oldestFirst(in, { Kind::Visit });
    const auto seen = std::find_if(visits.crbegin(), visits.crend(),
        [](const ChronologyEntry *v) { return v->seen.value_or(false); });
    if (seen == visits.crend())
        return;
    const qint64 age = ageInMonths(*in.facts.dateOfBirth, in.now.date());
    for (const PatternRule::AgeLimit &limit : in.rule.ageLimits) {
        if (limit.toMonths && age >= *limit.toMonths)
            continue;
        const qint64 since = (*seen)->date.daysTo(in.now.date());
        if (since > limit.days)
            raise(in, { *seen }, {}, LocalText::plain(QString::number(since)));
        return;
    }
}

void cooperationFalling(const Input &in)
{
    const qint64 visits = in.rule.number(QStringLiteral("visits"));
    const qint64 fall = in.rule.number(QStringLiteral("fall"));
    const Entries levels = oldestFirst(in, { Kind::Cooperation });
    for (qsizetype end = levels.size() - 1; end >= visits - 1; --end) {
        const Entries window = levels.mid(end - visits + 1, visits);
        const bool neverRises = std::is_sorted(window.cbegin(), window.cend(),
            [](const auto *a, const auto *b) { return *a->level > *b->level; });
        if (neverRises && *window.first()->level - *window.last()->level >= fall)
            return raise(in, window);
    }
}

void helpSeekingRepeat(const Input &in)
{
    Entries matching;
    for (const ChronologyEntry *e : oldestFirst(in, { Kind::Cooperation }))
        if (e->level == in.rule.number(QStringLiteral("level")))
            matching.append(e);
    if (matching.size() >= in.rule.number(QStringLiteral("count")))
        raise(in, matching);
}

void cooperativeWhileMissing(const Input &in)
{
    Entries matching;
    for (const ChronologyEntry *e : oldestFirst(in, { Kind::Cooperation })) {
        const qint64 offered = e->offered.value_or(0);
        const qint64 missed = offered - e->kept.value_or(offered);
        if (*e->level >= in.rule.number(QStringLiteral("fromLevel")) && offered > 0
            && missed * 100 > offered * in.rule.number(QStringLiteral("missedPercent")))
            matching.append(e);
    }
    if (!matching.isEmpty())
        raise(in, matching);
}

void injuryNotMobile(const Input &in)
{
    const Entries injuries = oldestFirst(in, { Kind::Injury });
    if (in.facts.notYetMobile.value_or(false) && !injuries.isEmpty()) {
        Entries evidence = injuries;
        const Proxy mobility(in.facts.mobilitySource, injuries.first()->date);
        if (!in.facts.mobilitySource.isEmpty())
            evidence.prepend(&mobility.entry);
        raise(in, evidence);
    }
}

void adversities(const Input &in)
{
    QSet<QString> categories;
    QList<Proxy> proxies;
    for (const ProfileFacts::Adversity &a : in.facts.adversities) {
        if (!in.rule.categories.contains(a.category) || a.date > in.now.date())
            continue;
        categories.insert(a.category);
        proxies.append(Proxy(a.recordId, a.date));
    }
    if (categories.size() < in.rule.number(QStringLiteral("count")))
        return;
    Entries evidence;
    for (const Proxy &p : proxies)
        evidence.append(&p.entry);
    std::stable_sort(evidence.begin(), evidence.end(),
        [](const auto *a, const auto *b) { return a->date < b->date; });
    QStringList ids = categories.values();
    ids.sort();
    LocalText names;
    for (auto it = in.rule.says.byLanguage.cbegin(); it != in.rule.says.byLanguage.cend(); ++it) {
        QStringList words;
        for (const QString &id : std::as_const(ids))
            words.append(in.rule.label(id).text(it.key()));
        names.byLanguage.insert(it.key(), words.join(QStringLiteral(", ")));
    }
    raise(in, evidence, {}, names, ids.size());
}

void repeatedConcern(const Input &in)
{
    QMap<QString, Entries> byCategory;
    for (const ChronologyEntry *e : oldestFirst(in, { Kind::Concern }))
        byCategory[e->category].append(e);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        latestWithin(in, it.value(), in.rule.number(QStringLiteral("count")),
            in.rule.number(QStringLiteral("withinMonths")), it.key());
}

// A typed life event by its type in each language, with the note when there is one; one signed
// as a visit concern (category "life-event", before life events had a kind) by its own words.
LocalText lifeEventWhat(const ChronologyEntry &event)
{
    if (event.category == u"life-event")
        return LocalText::plain(event.text);
    LocalText what = LifeEventWords::type(event.category);
    if (!event.text.isEmpty())
        for (QString &words : what.byLanguage)
            words += QStringLiteral(": ") + event.text;
    return what;
}

void lifeEventAfterConcern(const Input &in)
{
    const Entries concerns = oldestFirst(in, { Kind::Concern });
    const Entries events = oldestFirst(in, { Kind::LifeEvent });
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        const QDate since
            = (*event)->date.addMonths(-int(in.rule.number(QStringLiteral("withinMonths"))));
        Entries before;
        for (const ChronologyEntry *c : concerns)
            if (c->date >= since && c->date < (*event)->date)
                before.append(c);
        if (before.size() >= in.rule.number(QStringLiteral("concerns"))) {
            before.append(*event);
            return raise(in, before, {}, lifeEventWhat(**event));
        }
    }
}

void newAdultNotSeen(const Input &in)
{
    for (const ProfileFacts::NewAdult &adult : in.facts.newAdults) {
        if (adult.seenOrSpokenTo || adult.firstKnown > in.now.date())
            continue;
        const Proxy first(adult.recordId, adult.firstKnown);
        raise(in, { &first.entry }, adult.adultId.isEmpty() ? adult.name : adult.adultId,
            LocalText::plain(adult.name));
    }
}

void missingRepeat(const Input &in)
{
    if (!in.facts.dateOfBirth
        || ageInMonths(*in.facts.dateOfBirth, in.now.date())
            < in.rule.number(QStringLiteral("fromMonths")))
        return;
    QList<Proxy> proxies;
    for (const ProfileFacts::MissingEpisode &episode : in.facts.missingEpisodes)
        if (episode.returned <= in.now)
            proxies.append(Proxy(episode.recordId, episode.returned.date()));
    Entries episodes;
    for (const Proxy &p : proxies)
        episodes.append(&p.entry);
    std::stable_sort(episodes.begin(), episodes.end(),
        [](const auto *a, const auto *b) { return a->date < b->date; });
    const qint64 days = in.rule.number(QStringLiteral("withinDays"));
    const qint64 count = in.rule.number(QStringLiteral("count"));
    for (qsizetype end = episodes.size() - 1; end >= count - 1; --end) {
        qsizetype start = end;
        while (start > 0 && episodes.at(start - 1)->date.daysTo(episodes.at(end)->date) <= days)
            --start;
        if (end - start + 1 >= count)
            return raise(in, episodes.mid(start, end - start + 1));
    }
}

void returnInterviewLate(const Input &in)
{
    const qint64 hours = in.rule.number(QStringLiteral("withinHours"));
    for (const ProfileFacts::MissingEpisode &episode : in.facts.missingEpisodes) {
        const QDateTime due = episode.returned.addSecs(hours * 3600);
        const bool late = episode.returnInterview ? *episode.returnInterview > due : in.now > due;
        const Proxy p(episode.recordId, episode.returned.date());
        if (late && episode.returned <= in.now)
            raise(in, { &p.entry });
    }
}

void significantNotShared(const Input &in)
{
    const qint64 days = in.rule.number(QStringLiteral("workingDays"));
    for (const ProfileFacts::SignificantConcern &concern : in.facts.significantConcerns) {
        const QDateTime due = addWorkingDays(concern.recorded, days);
        const bool late = concern.shared ? *concern.shared > due : in.now > due;
        const Proxy p(concern.recordId, concern.recorded.date());
        if (late && concern.recorded <= in.now)
            raise(in, { &p.entry });
    }
}

void evaluateRule(const Input &in)
{
    static const QMap<Check, std::function<void(const Input &)>> checks {
        { Check::WasNotBroughtRepeat, wasNotBroughtRepeat },
        { Check::WasNotBroughtWithCondition, wasNotBroughtWithCondition },
        { Check::NotSeenRunning, notSeenRunning },
        { Check::NoHealthContact, noHealthContact },
        { Check::CooperationFalling, cooperationFalling },
        { Check::HelpSeekingRepeat, helpSeekingRepeat },
        { Check::CooperativeWhileMissing, cooperativeWhileMissing },
        { Check::InjuryNotMobile, injuryNotMobile },
        { Check::Adversities, adversities },
        { Check::RepeatedConcern, repeatedConcern },
        { Check::LifeEventAfterConcern, lifeEventAfterConcern },
        { Check::NewAdultNotSeen, newAdultNotSeen },
        { Check::MissingRepeat, missingRepeat },
        { Check::ReturnInterviewLate, returnInterviewLate },
        { Check::SignificantNotShared, significantNotShared },
    };
    checks.value(in.rule.check)(in);
}

// An acknowledgement covers a flag when it is for the same rule and subject and names every
// record the flag now rests on; one more record of evidence and the flag asks again. Two flags of
// one rule can rest on the same record (two new adults first named at one visit), so without
// the subject acknowledging one would silence the other; an acknowledgement signed before
// subjects were recorded therefore covers only a flag without one.
void markAcknowledged(QList<PatternFlag> &flags, const Chronology &chronology, const QDateTime &now)
{
    for (PatternFlag &flag : flags) {
        for (const ChronologyEntry &e : chronology.entries) {
            if (e.kind != Kind::FlagAcknowledgement || e.category != flag.ruleId
                || e.subject != flag.subject || e.recordedAt > now)
                continue;
            const bool covers = std::all_of(flag.evidence.cbegin(), flag.evidence.cend(),
                [&e](const QString &id) { return e.evidence.contains(id); });
            if (covers) {
                flag.acknowledged = true;
                flag.acknowledgement = e.recordId;
                break; // entries are newest first: the latest acknowledgement
            }
        }
    }
}

// A supervisor review covers a flag in the same way: it names the rule, and every record the
// flag now rests on was in front of the supervisor.
void markReviewed(QList<PatternFlag> &flags, const Chronology &chronology, const QDateTime &now)
{
    for (PatternFlag &flag : flags) {
        for (const ChronologyEntry &e : chronology.entries) {
            if (e.kind != Kind::SupervisorReview || !e.rules.contains(flag.ruleId)
                || e.recordedAt > now)
                continue;
            const bool covers = std::all_of(flag.evidence.cbegin(), flag.evidence.cend(),
                [&e](const QString &id) { return e.evidence.contains(id); });
            if (covers) {
                flag.reviewed = true;
                flag.review = e.recordId;
                break;
            }
        }
    }
}
} // namespace

QList<PatternFlag> PatternEvaluator::evaluate(const QList<PatternRule> &rules,
    const Chronology &chronology, const ProfileFacts &facts, const QDateTime &now)
{
    QList<PatternFlag> flags;
    for (const PatternRule &rule : rules)
        evaluateRule({ rule, chronology, facts, now, flags });
    markAcknowledged(flags, chronology, now);
    markReviewed(flags, chronology, now);
    return flags;
}

} // namespace hearth
