#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The content pack's prompts for one wizard step, already in the practitioner's language:
// lived-experience prompts for the child's age band, neglect items with the rating from the
// previous visit beside them, questions about men in the household, co-operation levels and
// concern categories. The pack is data, so QML gets rows, never the pack itself.
class PromptListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by the visit controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Prompt
    {
        QString id;
        QString text;
        QString hint;
        QString group;    // neglect domain, young person's context, ...
        QString previous; // the earlier visit's answer, e.g. "some-concern"; empty if none
        // "observe" / "ask" for lived experience, the level number for co-operation, the
        // area (domain) id for a neglect item
        QString kind;
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TextRole,
        HintRole,
        GroupRole,
        PreviousRole,
        KindRole,
        FirstInGroupRole // the first row of its group, where a group heading goes
    };
    Q_ENUM(Role)

    explicit PromptListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_prompts.size()); }
    void setPrompts(QList<Prompt> prompts);
    const QList<Prompt> &prompts() const { return m_prompts; }

Q_SIGNALS:
    void countChanged();

private:
    QList<Prompt> m_prompts;
};

} // namespace hearth
