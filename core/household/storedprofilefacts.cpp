#include "storedprofilefacts.h"

#include "household/profilefold.h"
#include "household/profilestore.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace hearth {

namespace {
// The profile after each of the child's records in signing order: what was known when, so a
// fact can name the record that first said it rather than the latest one that repeated it.
QList<ChildProfile> steps(const QString &childId, QList<Envelope> records, QDate asOf)
{
    std::sort(records.begin(), records.end(), [](const Envelope &a, const Envelope &b) {
        return std::tie(a.created, a.id) < std::tie(b.created, b.id);
    });
    QList<ChildProfile> out;
    QList<Envelope> prefix;
    for (Envelope &record : records) {
        if (QDate::fromString(record.created.left(10), Qt::ISODate) > asOf)
            break;
        prefix.append(std::move(record));
        out.append(ProfileFold::fold(childId, prefix, asOf));
    }
    return out;
}

// The record from which `holds` has been true of every later profile without a break.
QString firstOfRun(
    const QList<ChildProfile> &profiles, const std::function<bool(const ChildProfile &)> &holds)
{
    QString since;
    for (auto it = profiles.crbegin(); it != profiles.crend() && holds(*it); ++it)
        since = it->recordIds.constLast();
    return since;
}

// A flag's text is built in every language at once, so these words cannot come from the app's
// translations (one language at a time); the practitioner's own words stay as written.
QString conditionWord(const QString &kind, const QString &language)
{
    static const QHash<QString, std::pair<QString, QString>> words {
        { QStringLiteral("asthma"), { QStringLiteral("asthma"), QStringLiteral("y fogfa") } },
        { QStringLiteral("epilepsy"), { QStringLiteral("epilepsy"), QStringLiteral("epilepsi") } },
        { QStringLiteral("diabetes"),
            { QStringLiteral("diabetes"), QStringLiteral("clefyd y siwgr") } },
        { QStringLiteral("special-educational-needs"),
            { QStringLiteral("special educational needs"),
                QStringLiteral("anghenion addysgol arbennig") } },
    };
    const auto it = words.constFind(kind);
    if (it == words.constEnd())
        return kind;
    return language == u"cy" ? it->second : it->first;
}

LocalText conditionWords(const HealthContext &health)
{
    LocalText out;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("cy") }) {
        QStringList words;
        if (!health.disability.trimmed().isEmpty())
            words.append(health.disability.trimmed());
        if (health.specialNeeds)
            words.append(conditionWord(QStringLiteral("special-educational-needs"), language));
        for (const LongTermCondition &c : health.conditions)
            words.append(c.kind == u"other" ? c.detail.trimmed() : conditionWord(c.kind, language));
        words.removeAll(QString());
        out.byLanguage.insert(language, words.join(QStringLiteral(", ")));
    }
    return out;
}

const ProfileAdult *adultIn(const ChildProfile &profile, const QString &id)
{
    for (const ProfileAdult &adult : profile.adults)
        if (adult.id == id)
            return &adult;
    return nullptr;
}
} // namespace

StoredProfileFacts::StoredProfileFacts(const QList<Envelope> &profileRecords, QDate asOf)
    : m_asOf(asOf)
{
    for (const Envelope &record : profileRecords)
        if (record.kind == RecordKind::ProfileChange)
            m_byChild[record.body[u"child"].toString()].append(record);
}

QString StoredProfileFacts::adversityCategory(const QString &riskKind)
{
    // Substance misuse counts once whether it is alcohol or drugs: the profile does not say
    // which, and the adversity rule counts each category once.
    static const QHash<QString, QString> categories {
        { QStringLiteral("mental-health"), QStringLiteral("parental-mental-health") },
        { QStringLiteral("domestic-abuse"), QStringLiteral("domestic-abuse") },
        { QStringLiteral("substance-misuse"), QStringLiteral("drug-misuse") },
        { QStringLiteral("offending"), QStringLiteral("criminal-record") },
        { QStringLiteral("own-care-history"), QStringLiteral("parental-adverse-childhood") },
    };
    return categories.value(riskKind);
}

void StoredProfileFacts::fill(const QString &childId, ProfileFacts &facts) const
{
    const QList<ChildProfile> profiles = steps(childId, m_byChild.value(childId), m_asOf);
    if (profiles.isEmpty())
        return;
    const ChildProfile &now = profiles.constLast();

    // The profile corrects the caseload: a condition recorded here is named with its record;
    // none recorded here leaves what the caseload says.
    if (now.hasConditionOrDisability()) {
        facts.conditionOrDisability = conditionWords(now.health);
        facts.conditionSource = firstOfRun(
            profiles, [](const ChildProfile &p) { return p.hasConditionOrDisability(); });
    }
    if (!now.health.mobility.isEmpty()) {
        facts.notYetMobile = now.notYetMobile();
        facts.mobilitySource = firstOfRun(profiles,
            [&](const ChildProfile &p) { return p.health.mobility == now.health.mobility; });
    }

    for (const ProfileAdult &adult : now.adults) {
        for (const AdultRisk &risk : adult.risks) {
            const QString category = adversityCategory(risk.kind);
            if (category.isEmpty())
                continue;
            const QString since = firstOfRun(profiles, [&](const ChildProfile &p) {
                const ProfileAdult *then = adultIn(p, adult.id);
                return then && then->risks.contains(risk);
            });
            facts.adversities.append(
                { category, adult.id, since, risk.date.isValid() ? risk.date : adult.knownFrom });
        }
    }

    // Adults first named after the household was first recorded are new to it; an adult the
    // visits already found new is the same person when the id or the name matches.
    QDate householdKnown;
    for (const ChildProfile &p : profiles)
        if (!p.adults.isEmpty()) {
            householdKnown = p.adults.constFirst().knownFrom;
            break;
        }
    for (const ProfileAdult &adult : now.adults) {
        auto same = std::find_if(
            facts.newAdults.begin(), facts.newAdults.end(), [&](const ProfileFacts::NewAdult &n) {
                return n.adultId == adult.id
                    || n.name.compare(adult.name.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (same != facts.newAdults.end()) {
            same->seenOrSpokenTo = same->seenOrSpokenTo || adult.seenOn.isValid();
            continue;
        }
        if (adult.knownFrom <= householdKnown)
            continue;
        const QString first = firstOfRun(
            profiles, [&](const ChildProfile &p) { return adultIn(p, adult.id) != nullptr; });
        facts.newAdults.append(
            { adult.id, adult.name, adult.knownFrom, first, adult.seenOn.isValid() });
    }
}

} // namespace hearth
