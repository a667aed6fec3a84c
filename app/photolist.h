#pragma once

#include "model/visit.h"
#include "photoimageprovider.h"

#include <QVariantList>

namespace hearth::PhotoList {

// A visit's photographs as the views show them: [{row, hash, source, caption, mark (1-based
// or undefined), width, height}], the source being the vault's image provider.
inline QVariantList forViews(const QList<VisitPhoto> &photos)
{
    QVariantList out;
    for (qsizetype row = 0; row < photos.size(); ++row) {
        const VisitPhoto &photo = photos.at(row);
        out.append(QVariantMap { { QStringLiteral("row"), int(row) },
            { QStringLiteral("hash"), photo.hash },
            { QStringLiteral("source"),
                QStringLiteral("image://%1/%2").arg(PhotoImageProvider::scheme(), photo.hash) },
            { QStringLiteral("caption"), photo.caption },
            { QStringLiteral("mark"), photo.mark ? QVariant(int(*photo.mark)) : QVariant() },
            { QStringLiteral("width"), int(photo.width) },
            { QStringLiteral("height"), int(photo.height) } });
    }
    return out;
}

} // namespace hearth::PhotoList
