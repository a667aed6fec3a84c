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

} // namespace hearth
