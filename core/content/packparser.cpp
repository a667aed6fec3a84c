#include "packparser.h"

#include "contentpackreader.h"

#include <QRegularExpression>

namespace hearth {

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

} // namespace hearth
