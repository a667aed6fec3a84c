// VisitController, continued: photographs of step 8. The bytes go straight from PhotoImport
// into the vault's attachment table; the visit holds only what identifies them (the hash)
// and what the practitioner says about them.

#include "visitcontroller.h"

#include "photoimport.h"
#include "photolist.h"

#include "record/photohash.h"
#include "vault/attachmentstore.h"
#include "visit/visitservices.h"

#include <QUrl>

namespace hearth {

QVariantList VisitController::photos() const
{
    return PhotoList::forViews(m_document.visit().photos);
}

bool VisitController::addPhotoFromFile(const QUrl &file)
{
    if (!file.isLocalFile()) {
        setWriteError(tr("That photo was not added: choose a file on this device."));
        return false;
    }
    auto photo = PhotoImport::fromFile(file.toLocalFile());
    if (!photo) {
        setWriteError(tr("That photo was not added. %1").arg(photo.error()));
        return false;
    }
    return addPhoto(photo->jpeg, photo->width, photo->height);
}

bool VisitController::addPhotoImage(const QImage &image)
{
    auto photo = PhotoImport::fromImage(image);
    if (!photo) {
        setWriteError(tr("That photo was not added. %1").arg(photo.error()));
        return false;
    }
    return addPhoto(photo->jpeg, photo->width, photo->height);
}

bool VisitController::addPhoto(const QByteArray &jpeg, int width, int height)
{
    if (!m_services)
        return false;
    const QString hash = PhotoHash::of(jpeg);
    for (const VisitPhoto &photo : m_document.visit().photos) {
        if (photo.hash == hash) {
            setWriteError(tr("That photo is already in this visit."));
            return false;
        }
    }
    auto stored
        = AttachmentStore(m_services->database()).put(jpeg, width, height, m_services->nowUtc());
    if (!stored) {
        setWriteError(tr("That photo was not added: Hearth could not store it. %1")
                          .arg(stored.error().message));
        return false;
    }
    VisitPhoto photo;
    photo.hash = stored.value();
    photo.bytes = jpeg.size();
    photo.mediaType = PhotoHash::mediaType();
    photo.width = width;
    photo.height = height;
    photo.takenUtc = m_services->nowUtc();
    if (auto added = m_document.edit([&](Visit &visit) { visit.photos.append(photo); }); !added) {
        (void)AttachmentStore(m_services->database()).removeUnsigned(hash, visitId());
        refused(added.error());
        return false;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(VisitField::Photos);
    // The draft names the photo at once, so the vault never holds one no draft refers to.
    flush();
    return true;
}

bool VisitController::removePhoto(int row)
{
    const QList<VisitPhoto> &photos = m_document.visit().photos;
    if (!m_services || row < 0 || row >= photos.size())
        return false;
    const QString hash = photos.at(row).hash;
    if (auto removed = m_document.removeRow(VisitField::Photos, row); !removed) {
        refused(removed.error());
        return false;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(VisitField::Photos);
    if (!flush())
        return true; // the draft still names it until saved; the bytes stay with it
    if (auto gone = AttachmentStore(m_services->database()).removeUnsigned(hash, visitId()); !gone)
        qWarning(
            "Visit: a removed photo is still in the vault: %s", qPrintable(gone.error().detail));
    return true;
}

} // namespace hearth
