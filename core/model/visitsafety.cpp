#include "visitsafety.h"

#include "language/textfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace hearth::VisitSafety {

namespace {
bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Words padded with spaces, so a phrase only matches whole words.
QString words(const QString &text)
{
    return QLatin1Char(' ') + TextFold::searchKey(text) + QLatin1Char(' ');
}

bool hasNextStep(const Visit &visit)
{
    return std::any_of(visit.concerns.nextSteps.cbegin(), visit.concerns.nextSteps.cend(),
        [](const NextStep &s) { return !blank(s.what); });
}
} // namespace

bool nonMobileInjury(const Visit &visit, const VisitRequirements::Safety &safety)
{
    if (!safety.babyNotYetMobile)
        return false;
    if (!visit.bodyMap.marks.isEmpty())
        return true;
    return std::any_of(visit.concerns.concerns.cbegin(), visit.concerns.concerns.cend(),
        [&](const CategoryConcern &c) { return safety.injuryCategories.contains(c.category); });
}

QStringList hurtQuotes(const Visit &visit, const VisitRequirements::Safety &safety)
{
    QStringList phrases;
    for (const QString &phrase : safety.hurtPhrases)
        if (!TextFold::searchKey(phrase).isEmpty())
            phrases.append(words(phrase));
    QStringList quotes;
    for (const LivedAnswer &answer : visit.lived.answers) {
        const QString said = words(answer.childsWords);
        if (std::any_of(phrases.cbegin(), phrases.cend(),
                [&](const QString &phrase) { return said.contains(phrase); }))
            quotes.append(answer.childsWords);
    }
    return quotes;
}

QList<MissingItem> missing(const Visit &visit, const VisitRequirements::Safety &safety)
{
    QList<MissingItem> out;
    const ImmediateSafety &immediate = visit.concerns.immediate;
    if (nonMobileInjury(visit, safety)) {
        if (immediate.present != true)
            out.append({ 8, QStringLiteral("concerns.immediate"),
                QCoreApplication::translate("Visit",
                    "An injury was recorded for a baby who is not yet mobile: record the "
                    "immediate safety concern and what you did under local procedure.") });
        if (!hasNextStep(visit))
            out.append({ 8, QStringLiteral("concerns.nextSteps"),
                QCoreApplication::translate("Visit",
                    "Record the next step for the injury to a baby who is not yet mobile.") });
    }
    const QStringList quotes = hurtQuotes(visit, safety);
    const bool acted
        = (immediate.present == true && !blank(immediate.action)) || hasNextStep(visit);
    if (!quotes.isEmpty() && !acted)
        out.append({ 8, QStringLiteral("concerns.childsWords"),
            QCoreApplication::translate("Visit",
                "The child's words describe being hurt (\u201c%1\u201d): record what you did, "
                "as an immediate safety action or a next step.")
                .arg(quotes.first()) });
    return out;
}

} // namespace hearth::VisitSafety
