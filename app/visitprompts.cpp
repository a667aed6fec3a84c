#include "visitprompts.h"

#include "content/contentlibrary.h"

#include <QCoreApplication>

namespace hearth::VisitPrompts {

QList<PromptListModel::Prompt> lived(
    const ContentPack &pack, const Child &child, const QDate &visitDate, const QString &language)
{
    QList<PromptListModel::Prompt> out;
    for (const ContentPack::LivedPrompt &prompt :
        ContentLibrary::promptsFor(pack, child, visitDate)) {
        out.append({ prompt.id, prompt.text.text(language), prompt.hint.text(language),
            prompt.context, {}, prompt.kind });
    }
    return out;
}

QList<PromptListModel::Prompt> neglect(
    const ContentPack &pack, const QMap<QString, NeglectRating> &previous, const QString &language)
{
    QList<PromptListModel::Prompt> out;
    for (const ContentPack::NeglectDomain &domain : pack.neglect) {
        for (const ContentPack::NeglectItem &item : domain.items) {
            const auto found = previous.constFind(item.id);
            out.append({ item.id, item.label.text(language), item.guidance.text(language),
                domain.label.text(language),
                found == previous.cend() ? QString() : enumName(found->level), domain.id });
        }
    }
    return out;
}

QList<PromptListModel::Prompt> men(const ContentPack &pack, const QString &language)
{
    QList<PromptListModel::Prompt> out;
    for (const ContentPack::Labelled &prompt : pack.menPrompts)
        out.append({ prompt.id, prompt.label.text(language), prompt.descriptor.text(language), {},
            {}, {} });
    return out;
}

QList<PromptListModel::Prompt> cooperation(const ContentPack &pack, const QString &language)
{
    QList<PromptListModel::Prompt> out;
    for (const ContentPack::CooperationLevel &level : pack.cooperationLevels)
        out.append({ QString::number(level.level), level.label.text(language),
            level.descriptor.text(language), {}, {}, QString::number(level.level) });
    return out;
}

QList<PromptListModel::Prompt> categories(const ContentPack &pack, const QString &language)
{
    QList<PromptListModel::Prompt> out;
    for (const ContentPack::Labelled &category : pack.concernCategories)
        out.append({ category.id, category.label.text(language), category.descriptor.text(language),
            {}, {}, {} });
    return out;
}

QList<PromptListModel::Prompt> adults(const QList<LinkedAdult> &adults)
{
    QList<PromptListModel::Prompt> out;
    for (const LinkedAdult &linked : adults) {
        QString hint
            = linked.link.relationship.isEmpty() ? linked.link.role : linked.link.relationship;
        if (linked.link.livesWithChild)
            hint += QCoreApplication::translate("VisitPrompts", ", lives with the child");
        out.append({ linked.adult.id, linked.adult.displayName(), hint, linked.link.role,
            linked.link.livesWithChild ? QStringLiteral("lives-here") : QString(), {} });
    }
    return out;
}

QVariantMap questions(const ContentPack &pack, const QString &language)
{
    QVariantMap out;
    for (auto it = pack.questions.cbegin(); it != pack.questions.cend(); ++it)
        out.insert(it.key(), it.value().text(language));
    return out;
}

} // namespace hearth::VisitPrompts
