#include "packparser.h"

#include "chronology/patternrule.h"

#include <QRegularExpression>

#include <algorithm>

namespace hearth {

// Optional, so packs from before roles still load. Each prompt names a role and a place the app
// knows, and is written in every language of the pack (localText), so no role meets a blank.
void PackParser::rolePrompts(const QJsonObject &root)
{
    const QString key = QStringLiteral("rolePrompts");
    if (!root.contains(key))
        return;
    QSet<QString> seen;
    eachObject(root, key, [&](const QJsonObject &o) {
        ContentPack::RolePrompt prompt;
        prompt.id = uniqueId(o, seen);
        const QString role = r.text(o, QStringLiteral("role"));
        if (const auto known = PractitionerRoles::fromSlug(role))
            prompt.role = *known;
        else if (!role.isEmpty())
            r.problemAt(QStringLiteral("role"),
                QStringLiteral("\"%1\" is not a role (%2)")
                    .arg(role, PractitionerRoles::allSlugsText()));
        prompt.where = r.text(o, QStringLiteral("where"));
        if (!prompt.where.isEmpty() && prompt.where != u"home" && prompt.where != u"visit-start")
            r.problemAt(QStringLiteral("where"),
                QStringLiteral("\"%1\" must be \"home\" or \"visit-start\"").arg(prompt.where));
        prompt.text = localText(o, QStringLiteral("text"), Need::Required);
        m_pack.rolePrompts.append(prompt);
    });
}

// Optional, so an agency pack written before it still loads; every language needs phrases
// once any are given, or a Welsh-speaking child's words would never be noticed.
void PackParser::safety(const QJsonObject &root)
{
    const QString key = QStringLiteral("safety");
    if (!root.contains(key))
        return;
    const QJsonObject safety = r.object(root, key, Need::Required);
    Scope scope(r, key);
    ContentPack::Safety &out = m_pack.safety;
    out.injuryCategories = r.textList(safety, QStringLiteral("injuryCategories"));
    for (const QString &id : std::as_const(out.injuryCategories))
        if (std::none_of(m_pack.concernCategories.cbegin(), m_pack.concernCategories.cend(),
                [&](const ContentPack::Labelled &c) { return c.id == id; }))
            r.problemAt(QStringLiteral("injuryCategories"),
                QStringLiteral("\"%1\" is not a concern category").arg(id));
    out.nonMobileInjury = localText(safety, QStringLiteral("nonMobileInjury"), Need::Required);
    const QJsonObject phrases = r.object(safety, QStringLiteral("hurtPhrases"), Need::Required);
    Scope inner(r, QStringLiteral("hurtPhrases"));
    for (const QString &language : std::as_const(m_pack.languages)) {
        out.hurtPhrases.insert(language, r.textList(phrases, language));
        if (out.hurtPhrases.value(language).isEmpty())
            r.problemAt(language, QStringLiteral("needs at least one phrase"));
    }
}

// The pattern rules (issue 11) are read by the chronology's own reader, which the server shares;
// its problems join the pack's so an agency sees every mistake at once.
void PackParser::patterns(const QJsonObject &root)
{
    QStringList categories;
    for (const ContentPack::Labelled &category : std::as_const(m_pack.concernCategories))
        categories.append(category.id);
    auto rules = PatternRuleReader::read(
        root.value(QStringLiteral("patterns")), m_pack.languages, categories);
    if (!rules) {
        for (const PatternRuleProblem &problem : rules.error())
            r.problem(problem.path, problem.message);
        return;
    }
    m_pack.patterns = std::move(rules.value());
    const QHash<QString, LocalText> labels = PatternRuleReader::categoryLabels(root);
    for (PatternRule &rule : m_pack.patterns)
        rule.labels = labels;
}

void PackParser::concernLog(const QJsonObject &root)
{
    const QString key = QStringLiteral("concernLog");
    if (!root.contains(key))
        return;
    const QJsonObject log = r.object(root, key, Need::Required);
    if (!root.value(key).isObject())
        return;
    Scope scope(r, key);
    labelled(
        log, QStringLiteral("categories"), QStringLiteral("label"), m_pack.concernLogCategories);
    labelled(log, QStringLiteral("sharingBases"), QStringLiteral("label"), m_pack.sharingBases);
}

AgeOffset PackParser::age(const QJsonObject &o, const QString &key)
{
    const QString text = r.text(o, key);
    const auto offset = AgeOffset::parse(text);
    if (!text.isEmpty() && !offset)
        r.problemAt(
            key, QStringLiteral("\"%1\" must be an age such as P10D, P6W, P9M or P2Y6M").arg(text));
    return offset.value_or(AgeOffset {});
}

// Optional: an agency pack without one plans by the agency's dates only. Windows are checked
// on a calendar (from a birth on 1 January 2024) so months and days compare as they will.
void PackParser::contactSchedule(const QJsonObject &root)
{
    const QString key = QStringLiteral("contactSchedule");
    if (!root.contains(key))
        return;
    const QJsonObject schedule = r.object(root, key, Need::Required);
    if (!root.value(key).isObject())
        return;
    Scope scope(r, key);
    ContactSchedule &out = m_pack.contactSchedule;
    out.source = localText(schedule, QStringLiteral("source"), Need::Required);
    out.endsAt = age(schedule, QStringLiteral("endsAt"));
    const QDate birth(2024, 1, 1);
    QSet<QString> seen;
    QDate previous;
    eachObject(schedule, QStringLiteral("contacts"), [&](const QJsonObject &o) {
        ScheduledContact contact;
        contact.id = uniqueId(o, seen);
        contact.label = localText(o, QStringLiteral("label"), Need::Required);
        if (o.contains(QStringLiteral("pregnancyWeek"))) {
            contact.pregnancyWeek
                = r.integer(o, QStringLiteral("pregnancyWeek"), 1, 42, Need::Required);
            if (!out.contacts.isEmpty())
                r.problemAt(QStringLiteral("pregnancyWeek"),
                    QStringLiteral("only the first contact can be antenatal"));
            out.contacts.append(contact);
            return;
        }
        contact.from = age(o, QStringLiteral("from"));
        contact.until = age(o, QStringLiteral("until"));
        const QDate from = contact.from.after(birth);
        if (contact.until.after(birth) < from)
            r.problemAt(QStringLiteral("until"), QStringLiteral("must not be before \"from\""));
        if (previous.isValid() && from <= previous)
            r.problemAt(
                QStringLiteral("from"), QStringLiteral("must be later than the contact before it"));
        previous = from;
        out.contacts.append(contact);
    });
    if (r.ok() && !out.contacts.isEmpty()
        && out.endsAt.after(birth) <= out.contacts.last().until.after(birth))
        r.problemAt(
            QStringLiteral("endsAt"), QStringLiteral("must be after the last contact's \"until\""));
}

} // namespace hearth
