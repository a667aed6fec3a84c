#include "promptlistmodel.h"

namespace hearth {

PromptListModel::PromptListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int PromptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prompts.size());
}

QVariant PromptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prompt &prompt = m_prompts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return prompt.text;
    case IdRole:
        return prompt.id;
    case HintRole:
        return prompt.hint;
    case GroupRole:
        return prompt.group;
    case PreviousRole:
        return prompt.previous;
    case KindRole:
        return prompt.kind;
    case FirstInGroupRole:
        return index.row() == 0 || m_prompts.at(index.row() - 1).group != prompt.group;
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptListModel::roleNames() const
{
    return { { IdRole, "promptId" }, { TextRole, "label" }, { HintRole, "hint" },
        { GroupRole, "group" }, { PreviousRole, "previous" }, { KindRole, "kind" },
        { FirstInGroupRole, "firstInGroup" } };
}

void PromptListModel::setPrompts(QList<Prompt> prompts)
{
    const bool countChanges = prompts.size() != m_prompts.size();
    beginResetModel();
    m_prompts = std::move(prompts);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace hearth
