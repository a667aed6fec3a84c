#include "contentpack.h"

namespace hearth {

const ContentPack::AgeBand *ContentPack::band(const QString &bandId) const
{
    for (const AgeBand &b : ageBands)
        if (b.id == bandId)
            return &b;
    return nullptr;
}

QList<ContentPack::NeglectItem> ContentPack::neglectItems() const
{
    QList<NeglectItem> out;
    for (const NeglectDomain &domain : neglect)
        out += domain.items;
    return out;
}

QStringList ContentPack::rolePromptsFor(
    PractitionerRole role, const QString &where, const QString &language) const
{
    QStringList out;
    for (const RolePrompt &prompt : rolePrompts) {
        if (prompt.role == role && prompt.where == where)
            out << prompt.text.text(language);
    }
    return out;
}

} // namespace hearth
