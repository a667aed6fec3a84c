#include "contentpackreader.h"

#include "chronology/patternrule.h"
#include "model/jsonreader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hearth {

namespace {
using Need = JsonReader::Need;
using Scope = JsonReader::Scope;

// Reads the pack with one JsonReader so every problem carries its path.
class PackParser
{
public:
    explicit PackParser(ContentPack &pack)
        : m_pack(pack)
    { }

    void parse(const QJsonObject &root);
    const QList<JsonProblem> &problems() const { return r.problems(); }

private:
    LocalText localText(const QJsonObject &o, const QString &key, Need need);
    QString uniqueId(const QJsonObject &o, QSet<QString> &seen);
    // Calls read(object) for each element of the list `key`, inside its path.
    template<typename Read> void eachObject(const QJsonObject &o, const QString &key, Read read);
    void ageBands(const QJsonObject &root);
    void livedExperience(const QJsonObject &root);
    void neglect(const QJsonObject &root);
    void cooperation(const QJsonObject &root);
    void contactSchedule(const QJsonObject &root);
    void safety(const QJsonObject &root);
    void patterns(const QJsonObject &root);
    void concernLog(const QJsonObject &root);
    void rolePrompts(const QJsonObject &root);
    AgeOffset age(const QJsonObject &o, const QString &key);
    void labelled(const QJsonObject &root, const QString &key, const QString &textKey,
        QList<ContentPack::Labelled> &out);

    ContentPack &m_pack;
    JsonReader r;
};

LocalText PackParser::localText(const QJsonObject &o, const QString &key, Need need)
{
    LocalText out;
    r.object(o, key, need);
    if (!o.value(key).isObject())
        return out;
    const QJsonObject text = o.value(key).toObject();
    Scope scope(r, key);
    // Every declared language is present; once the English is written (always, for required
    // text) every translation must be written too, so no practitioner meets a blank prompt.
    const bool needText
        = need == Need::Required || !text.value(QStringLiteral("en")).toString().isEmpty();
    for (const QString &language : std::as_const(m_pack.languages)) {
        if (!text.contains(language)) {
            r.problemAt(language,
                needText ? QStringLiteral("is missing")
                         : QStringLiteral("is missing (use \"\" when there is no text)"));
            continue;
        }
        out.byLanguage.insert(
            language, r.text(text, language, needText ? Need::Required : Need::Optional));
    }
    return out;
}

QString PackParser::uniqueId(const QJsonObject &o, QSet<QString> &seen)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QString id = r.text(o, QStringLiteral("id"));
    if (id.isEmpty())
        return id;
    if (!shape.match(id).hasMatch())
        r.problemAt(QStringLiteral("id"),
            QStringLiteral("\"%1\" must be lower-case letters, digits, '.' and '-'").arg(id));
    else if (seen.contains(id))
        r.problemAt(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(id));
    seen.insert(id);
    return id;
}

template<typename Read>
void PackParser::eachObject(const QJsonObject &o, const QString &key, Read read)
{
    const QJsonArray items = r.array(o, key, Need::Required);
    if (o.value(key).isArray() && items.isEmpty())
        r.problemAt(key, QStringLiteral("must not be empty"));
    Scope list(r, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.objectAt(items, i);
            continue;
        }
        Scope element(r, i);
        read(items.at(i).toObject());
    }
}

void PackParser::parse(const QJsonObject &root)
{
    const auto format = r.integer(root, QStringLiteral("format"), 1, 1000, Need::Required);
    if (format && *format != ContentPackReader::SupportedFormat) {
        r.problemAt(QStringLiteral("format"),
            QStringLiteral("format %1 is not one this Hearth understands (it reads format %2)")
                .arg(*format)
                .arg(ContentPackReader::SupportedFormat));
        return;
    }
    QSet<QString> none;
    m_pack.id = uniqueId(root, none);
    m_pack.version = r.text(root, QStringLiteral("version"));
    static const QRegularExpression version(QStringLiteral("^\\d+(\\.\\d+){0,3}$"));
    if (!m_pack.version.isEmpty() && !version.match(m_pack.version).hasMatch())
        r.problemAt(QStringLiteral("version"),
            QStringLiteral("\"%1\" must be numbers separated by dots, like 1.2.0")
                .arg(m_pack.version));
    m_pack.languages = r.textList(root, QStringLiteral("languages"));
    if (!m_pack.languages.contains(QStringLiteral("en"))) {
        r.problemAt(QStringLiteral("languages"), QStringLiteral("must include \"en\""));
        m_pack.languages.prepend(QStringLiteral("en"));
    }
    m_pack.title = localText(root, QStringLiteral("title"), Need::Required);
    m_pack.notes = localText(root, QStringLiteral("notes"), Need::Optional);
    ageBands(root);
    const QJsonObject questions = r.object(root, QStringLiteral("questions"), Need::Required);
    {
        Scope scope(r, QStringLiteral("questions"));
        for (const QString &key : questions.keys()) {
            const bool required
                = key == QLatin1String("dayInTheLife") || key == QLatin1String("whatItMeans");
            m_pack.questions.insert(
                key, localText(questions, key, required ? Need::Required : Need::Optional));
        }
        for (const char *key : { "dayInTheLife", "whatItMeans" })
            if (root.value(QStringLiteral("questions")).isObject()
                && !questions.contains(QLatin1String(key)))
                r.problemAt(QLatin1String(key), QStringLiteral("is missing"));
    }
    livedExperience(root);
    neglect(root);
    cooperation(root);
    labelled(root, QStringLiteral("concernCategories"), QStringLiteral("label"),
        m_pack.concernCategories);
    labelled(root, QStringLiteral("menPrompts"), QStringLiteral("text"), m_pack.menPrompts);
    contactSchedule(root);
    safety(root);
    patterns(root);
    concernLog(root);
    rolePrompts(root);
}

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

void PackParser::ageBands(const QJsonObject &root)
{
    QSet<QString> seen;
    eachObject(root, QStringLiteral("ageBands"), [&](const QJsonObject &o) {
        ContentPack::AgeBand band;
        band.id = uniqueId(o, seen);
        band.label = localText(o, QStringLiteral("label"), Need::Required);
        band.unborn = r.boolean(o, QStringLiteral("unborn"));
        if (!band.unborn) {
            band.fromMonths
                = r.integer(o, QStringLiteral("fromMonths"), 0, 2400, Need::Required).value_or(0);
            band.toMonths = r.integer(o, QStringLiteral("toMonths"), 1, 2400, Need::Optional);
            if (band.toMonths && *band.toMonths <= band.fromMonths)
                r.problemAt(QStringLiteral("toMonths"), QStringLiteral("must be after fromMonths"));
        }
        m_pack.ageBands.append(band);
    });
    if (!r.ok())
        return;
    QList<ContentPack::AgeBand> born;
    qsizetype unborn = 0;
    for (const ContentPack::AgeBand &band : std::as_const(m_pack.ageBands))
        band.unborn ? void(++unborn) : born.append(band);
    const QString where = r.pathOf(QStringLiteral("ageBands"));
    if (unborn != 1)
        r.problem(where, QStringLiteral("needs exactly one band with \"unborn\": true"));
    std::sort(born.begin(), born.end(),
        [](const auto &a, const auto &b) { return a.fromMonths < b.fromMonths; });
    qint64 expected = 0;
    for (qsizetype i = 0; i < born.size(); ++i) {
        if (born[i].fromMonths != expected) {
            r.problem(where,
                QStringLiteral("band \"%1\" starts at %2 months, but the bands before it end at "
                               "%3: every age needs exactly one band")
                    .arg(born[i].id)
                    .arg(born[i].fromMonths)
                    .arg(expected));
            return;
        }
        if (!born[i].toMonths && i + 1 < born.size()) {
            r.problem(where, QStringLiteral("only the oldest band may leave toMonths null"));
            return;
        }
        expected = born[i].toMonths.value_or(0);
    }
    if (born.isEmpty() || born.last().toMonths)
        r.problem(where,
            QStringLiteral("the oldest band must have toMonths null, so every age "
                           "has a band"));
}

void PackParser::livedExperience(const QJsonObject &root)
{
    static const QStringList kinds { QStringLiteral("observe"), QStringLiteral("ask") };
    static const QStringList conditions { QStringLiteral("disability") };
    QSet<QString> seen;
    eachObject(root, QStringLiteral("livedExperience"), [&](const QJsonObject &o) {
        ContentPack::LivedPrompt prompt;
        prompt.id = uniqueId(o, seen);
        prompt.bands = r.textList(o, QStringLiteral("bands"));
        if (prompt.bands.isEmpty())
            r.problemAt(QStringLiteral("bands"), QStringLiteral("must name at least one age band"));
        for (const QString &band : std::as_const(prompt.bands))
            if (!m_pack.band(band))
                r.problemAt(QStringLiteral("bands"),
                    QStringLiteral("\"%1\" is not an age band of this pack").arg(band));
        prompt.kind = r.choice(o, QStringLiteral("kind"), kinds);
        prompt.context = r.nullableText(o, QStringLiteral("context")).value_or(QString());
        prompt.when = r.choice(o, QStringLiteral("when"), conditions, Need::Optional);
        prompt.text = localText(o, QStringLiteral("text"), Need::Required);
        prompt.hint = localText(o, QStringLiteral("hint"), Need::Optional);
        m_pack.livedExperience.append(prompt);
    });
    if (!r.ok())
        return;
    for (const ContentPack::AgeBand &band : std::as_const(m_pack.ageBands)) {
        const bool covered = std::any_of(m_pack.livedExperience.cbegin(),
            m_pack.livedExperience.cend(), [&](const ContentPack::LivedPrompt &p) {
                return p.when.isEmpty() && p.bands.contains(band.id);
            });
        if (!covered)
            r.problem(r.pathOf(QStringLiteral("livedExperience")),
                QStringLiteral("no prompt for age band \"%1\"").arg(band.id));
    }
}

void PackParser::neglect(const QJsonObject &root)
{
    QSet<QString> domains, items;
    eachObject(root, QStringLiteral("neglect"), [&](const QJsonObject &o) {
        ContentPack::NeglectDomain domain;
        domain.id = uniqueId(o, domains);
        domain.label = localText(o, QStringLiteral("label"), Need::Required);
        eachObject(o, QStringLiteral("items"), [&](const QJsonObject &item) {
            domain.items.append(
                { uniqueId(item, items), localText(item, QStringLiteral("label"), Need::Required),
                    localText(item, QStringLiteral("guidance"), Need::Optional) });
        });
        m_pack.neglect.append(domain);
    });
}

void PackParser::cooperation(const QJsonObject &root)
{
    const QJsonObject scale = r.object(root, QStringLiteral("cooperation"), Need::Required);
    if (!root.value(QStringLiteral("cooperation")).isObject())
        return;
    Scope scope(r, QStringLiteral("cooperation"));
    m_pack.cooperationGuidance = localText(scale, QStringLiteral("guidance"), Need::Optional);
    QSet<qint64> levels;
    eachObject(scale, QStringLiteral("levels"), [&](const QJsonObject &o) {
        ContentPack::CooperationLevel level;
        level.level = r.integer(o, QStringLiteral("level"), 1, 5, Need::Required).value_or(0);
        if (level.level && levels.contains(level.level))
            r.problemAt(QStringLiteral("level"),
                QStringLiteral("level %1 is given twice").arg(level.level));
        levels.insert(level.level);
        level.label = localText(o, QStringLiteral("label"), Need::Required);
        level.descriptor = localText(o, QStringLiteral("descriptor"), Need::Required);
        m_pack.cooperationLevels.append(level);
    });
    if (r.ok() && levels.size() != 5)
        r.problemAt(QStringLiteral("levels"),
            QStringLiteral("must give each of the five levels 1 to 5 once"));
    std::sort(m_pack.cooperationLevels.begin(), m_pack.cooperationLevels.end(),
        [](const auto &a, const auto &b) { return a.level < b.level; });
    labelled(scale, QStringLiteral("flags"), QStringLiteral("label"), m_pack.cooperationFlags);
    for (const char *flag : { "disguised-compliance", "selective-hostility" }) {
        const bool found
            = std::any_of(m_pack.cooperationFlags.cbegin(), m_pack.cooperationFlags.cend(),
                [&](const auto &f) { return f.id == QLatin1String(flag); });
        if (!found && scale.value(QStringLiteral("flags")).isArray())
            r.problemAt(QStringLiteral("flags"),
                QStringLiteral("needs the flag \"%1\"").arg(QLatin1String(flag)));
    }
}

void PackParser::labelled(const QJsonObject &root, const QString &key, const QString &textKey,
    QList<ContentPack::Labelled> &out)
{
    QSet<QString> seen;
    eachObject(root, key, [&](const QJsonObject &o) {
        ContentPack::Labelled entry;
        entry.id = uniqueId(o, seen);
        entry.label = localText(o, textKey, Need::Required);
        entry.descriptor = localText(o, QStringLiteral("descriptor"), Need::Optional);
        out.append(entry);
    });
}
} // namespace

Expected<ContentPack, ContentError> ContentPackReader::read(
    const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(ContentError { fileName,
            { { QStringLiteral("$"),
                QStringLiteral("not valid JSON at byte %1: %2")
                    .arg(error.offset)
                    .arg(error.errorString()) } } });
    if (!document.isObject())
        return unexpected(ContentError {
            fileName, { { QStringLiteral("$"), QStringLiteral("must be a JSON object") } } });
    ContentPack pack;
    PackParser parser(pack);
    parser.parse(document.object());
    if (!parser.problems().isEmpty())
        return unexpected(ContentError { fileName, parser.problems() });
    pack.digest = QCryptographicHash::hash(
        document.toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return pack;
}

} // namespace hearth
