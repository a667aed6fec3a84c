#include "photoimageprovider.h"

#include "workspace.h"

#include "record/photohash.h"
#include "vault/attachmentstore.h"
#include "visit/visitservices.h"

namespace hearth {

PhotoImageProvider::PhotoImageProvider(Workspace &workspace)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_workspace(&workspace)
{ }

QImage PhotoImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The vault belongs to the GUI thread; Image elements load these synchronously there.
    if (!m_workspace || !m_workspace->services() || !PhotoHash::isHash(id))
        return {};
    auto stored = AttachmentStore(m_workspace->services()->database()).read(id);
    if (!stored || !stored->has_value()) {
        qWarning("Photo %s cannot be shown: %s", qPrintable(id),
            stored ? "not in the vault" : qPrintable(stored.error().detail));
        return {};
    }
    QImage image = QImage::fromData((*stored)->bytes, "JPEG");
    if (size)
        *size = image.size();
    // Image.sourceSize may give one side only (the other 0); a photo is never enlarged.
    const int width = requestedSize.width() > 0 ? requestedSize.width() : image.width();
    const int height = requestedSize.height() > 0 ? requestedSize.height() : image.height();
    if (!image.isNull() && (width < image.width() || height < image.height()))
        image = image.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace hearth
