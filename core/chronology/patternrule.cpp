#include "chronology/patternrule.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hearth {

namespace {
using Check = PatternRule::Check;

struct Threshold
{
    const char16_t *name;
    qint64 min;
    qint64 max;
};

struct CheckSpec
{
    Check check;
    const char16_t *name;
    QList<Threshold> thresholds;
};

const QList<CheckSpec> &specs()
{
    static const QList<CheckSpec> all {
        { Check::WasNotBroughtRepeat, u"was-not-brought-repeat",
            { { u"count", 2, 50 }, { u"withinMonths", 1, 60 } } },
        { Check::WasNotBroughtWithCondition, u"was-not-brought-with-condition", {} },
        { Check::NotSeenRunning, u"not-seen-running", { { u"visits", 2, 20 } } },
        { Check::NoHealthContact, u"no-health-contact", {} },
        { Check::CooperationFalling, u"co-operation-falling",
            { { u"visits", 2, 20 }, { u"fall", 1, 4 } } },
        { Check::HelpSeekingRepeat, u"help-seeking-repeat",
            { { u"level", 1, 5 }, { u"count", 2, 50 } } },
        { Check::CooperativeWhileMissing, u"co-operative-while-missing",
            { { u"fromLevel", 1, 5 }, { u"missedPercent", 1, 100 } } },
        { Check::InjuryNotMobile, u"injury-not-mobile", {} },
        { Check::Adversities, u"adversities", { { u"count", 1, 50 } } },
        { Check::RepeatedConcern, u"repeated-concern",
            { { u"count", 2, 50 }, { u"withinMonths", 1, 60 } } },
        { Check::LifeEventAfterConcern, u"life-event-after-concern",
            { { u"concerns", 1, 50 }, { u"withinMonths", 1, 60 } } },
        { Check::NewAdultNotSeen, u"new-adult-not-seen", {} },
        { Check::MissingRepeat, u"missing-repeat",
            { { u"count", 2, 50 }, { u"withinDays", 1, 730 }, { u"fromMonths", 0, 300 } } },
        { Check::ReturnInterviewLate, u"return-interview-late", { { u"withinHours", 1, 720 } } },
        { Check::SignificantNotShared, u"significant-not-shared", { { u"workingDays", 1, 20 } } },
    };
    return all;
}

class Reader
{
public:
    Reader(const QStringList &languages, const QStringList &categories)
        : m_languages(languages)
        , m_categories(categories)
    { }

    QList<PatternRule> rules(const QJsonArray &list);
    QList<PatternRuleProblem> problems;

private:
    void problem(const QString &path, const QString &message)
    {
        problems.append({ path, message });
    }
    std::optional<qint64> whole(const QJsonObject &o, const QString &key, const QString &path,
        qint64 min, qint64 max, bool nullable = false);
    void rule(const QJsonObject &o, const QString &path, PatternRule &out);

    QStringList m_languages;
    QStringList m_categories;
    QSet<QString> m_ids;
};

std::optional<qint64> Reader::whole(const QJsonObject &o, const QString &key, const QString &path,
    qint64 min, qint64 max, bool nullable)
{
    const QJsonValue value = o.value(key);
    if (nullable && value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min)
        || number > double(max)) {
        problem(path + QLatin1Char('.') + key,
            QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

void Reader::rule(const QJsonObject &o, const QString &path, PatternRule &out)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    out.id = o.value(QStringLiteral("id")).toString();
    if (!shape.match(out.id).hasMatch())
        problem(path + QStringLiteral(".id"),
            QStringLiteral("must be lower-case letters, digits, dots and hyphens"));
    else if (m_ids.contains(out.id))
        problem(path + QStringLiteral(".id"), QStringLiteral("is used by another rule"));
    m_ids.insert(out.id);

    const QString checkName = o.value(QStringLiteral("check")).toString();
    const CheckSpec *spec = nullptr;
    QStringList known;
    for (const CheckSpec &s : specs()) {
        known.append(QString::fromUtf16(s.name));
        if (checkName == QStringView(s.name))
            spec = &s;
    }
    if (!spec) {
        problem(path + QStringLiteral(".check"),
            QStringLiteral("must be one of: ") + known.join(QStringLiteral(", ")));
        return;
    }
    out.check = spec->check;
    QSet<QString> allowed { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("says") };
    for (const Threshold &t : spec->thresholds) {
        const QString key = QString::fromUtf16(t.name);
        allowed.insert(key);
        if (auto value = whole(o, key, path, t.min, t.max))
            out.numbers.insert(key, *value);
    }
    if (out.check == Check::Adversities) {
        allowed.insert(QStringLiteral("categories"));
        const QJsonArray list = o.value(QStringLiteral("categories")).toArray();
        if (list.isEmpty())
            problem(path + QStringLiteral(".categories"),
                QStringLiteral("must list the concern categories that count"));
        for (const QJsonValue &c : list) {
            if (!m_categories.contains(c.toString()))
                problem(path + QStringLiteral(".categories"),
                    QStringLiteral("\"%1\" is not a concern category of this pack")
                        .arg(c.toString()));
            out.categories.append(c.toString());
        }
    }
    if (out.check == Check::NoHealthContact) {
        allowed.insert(QStringLiteral("ageLimits"));
        const QJsonArray list = o.value(QStringLiteral("ageLimits")).toArray();
        const QString listPath = path + QStringLiteral(".ageLimits");
        qint64 previous = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject limit = list.at(i).toObject();
            const QString at = listPath + QStringLiteral("[%1]").arg(i);
            const bool last = i == list.size() - 1;
            const auto to = whole(limit, QStringLiteral("toMonths"), at, previous + 1, 300, last);
            const auto days = whole(limit, QStringLiteral("days"), at, 1, 3650);
            if (to)
                previous = *to;
            out.ageLimits.append({ to, days.value_or(0) });
        }
        if (list.isEmpty() || out.ageLimits.constLast().toMonths)
            problem(listPath,
                QStringLiteral("must end with a limit whose toMonths is null (every older age)"));
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            problem(path + QLatin1Char('.') + it.key(),
                QStringLiteral("is not a setting of the check \"%1\"").arg(checkName));

    const QJsonObject says = o.value(QStringLiteral("says")).toObject();
    for (const QString &language : m_languages) {
        const QString text = says.value(language).toString().trimmed();
        if (text.isEmpty())
            problem(path + QStringLiteral(".says.") + language, QStringLiteral("is missing"));
        out.says.byLanguage.insert(language, text);
    }
}

QList<PatternRule> Reader::rules(const QJsonArray &list)
{
    QList<PatternRule> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.patterns.rules[%1]").arg(i);
        if (!list.at(i).isObject()) {
            problem(path, QStringLiteral("must be an object"));
            continue;
        }
        PatternRule rule;
        this->rule(list.at(i).toObject(), path, rule);
        out.append(rule);
    }
    return out;
}
} // namespace

LocalText PatternRule::label(const QString &named) const
{
    if (const auto it = labels.constFind(named); it != labels.constEnd())
        return it.value();
    if (named == u"immediate-safety") {
        LocalText words;
        words.byLanguage.insert(QStringLiteral("en"), QStringLiteral("Immediate safety"));
        words.byLanguage.insert(QStringLiteral("cy"), QStringLiteral("Diogelwch uniongyrchol"));
        return words;
    }
    return LocalText::plain(named);
}

QString PatternRule::checkName(Check check)
{
    for (const CheckSpec &s : specs())
        if (s.check == check)
            return QString::fromUtf16(s.name);
    return {};
}

Expected<QList<PatternRule>, QList<PatternRuleProblem>> PatternRuleReader::read(
    const QJsonValue &patterns, const QStringList &languages, const QStringList &categories)
{
    if (patterns.isUndefined())
        return QList<PatternRule>();
    const QJsonObject object = patterns.toObject();
    if (!patterns.isObject() || !object.value(QStringLiteral("rules")).isArray()
        || object.size() != 1)
        return unexpected(QList<PatternRuleProblem> { { QStringLiteral("$.patterns"),
            QStringLiteral("must be an object with one member, \"rules\" (a list)") } });
    Reader reader(languages, categories);
    QList<PatternRule> rules = reader.rules(object.value(QStringLiteral("rules")).toArray());
    if (!reader.problems.isEmpty())
        return unexpected(reader.problems);
    return rules;
}

QHash<QString, LocalText> PatternRuleReader::categoryLabels(const QJsonObject &pack)
{
    QHash<QString, LocalText> out;
    const QJsonArray lists[] { pack.value(QStringLiteral("concernCategories")).toArray(),
        pack.value(QStringLiteral("concernLog"))
            .toObject()
            .value(QStringLiteral("categories"))
            .toArray() };
    for (const QJsonArray &list : lists) {
        for (const QJsonValue &item : list) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            if (id.isEmpty() || out.contains(id))
                continue;
            const QJsonObject label = item.toObject().value(QStringLiteral("label")).toObject();
            LocalText words;
            for (auto it = label.constBegin(); it != label.constEnd(); ++it)
                words.byLanguage.insert(it.key(), it.value().toString());
            out.insert(id, words);
        }
    }
    return out;
}

} // namespace hearth
