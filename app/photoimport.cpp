#include "photoimport.h"

#include "record/photohash.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

namespace hearth {

namespace {
// High enough that bruising and its colour read clearly, low enough for a 2048-pixel photo
// to stay near 1 MB in the vault and on the wire.
constexpr int JpegQuality = 88;
} // namespace

Expected<PhotoImport::Photo, QString> PhotoImport::fromBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return unexpected(tr("That file is empty, so there is no photo in it."));
    if (bytes.size() > MaxSourceBytes)
        return unexpected(tr("That file is too large to be a photo (more than 40 MB)."));
    // libjpeg decodes a JPEG cut short with only a warning, painting grey where the rest was;
    // that must not become evidence. The last scan (the main image's, after any thumbnail)
    // must be followed by the end-of-image marker.
    if (bytes.startsWith("\xFF\xD8")
        && bytes.lastIndexOf("\xFF\xD9") < bytes.lastIndexOf("\xFF\xDA"))
        return unexpected(
            tr("That photo could not be read: the file may be cut short or damaged."));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // EXIF orientation is applied to the pixels, since the tag itself is not kept.
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return unexpected(tr("That file is not a photo Hearth can read (JPEG or PNG)."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxSourcePixels)
        return unexpected(tr("That photo has too many pixels to open on this device."));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return unexpected(
            tr("That photo could not be read: the file may be cut short or damaged."));
    return fromImage(image);
}

Expected<PhotoImport::Photo, QString> PhotoImport::fromImage(const QImage &source)
{
    if (source.isNull())
        return unexpected(tr("No photo was taken."));
    QImage scaled = source;
    if (source.width() > PhotoHash::MaxSide || source.height() > PhotoHash::MaxSide)
        scaled = source.scaled(
            PhotoHash::MaxSide, PhotoHash::MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled = scaled.convertToFormat(QImage::Format_RGB32);
    // A new image over the same pixels: QImage carries text keys read from the source (JPEG
    // comments, PNG text chunks) and the JPEG writer would write them back out.
    const QImage pixels = QImage(scaled.constBits(), scaled.width(), scaled.height(),
        scaled.bytesPerLine(), QImage::Format_RGB32)
                              .copy();
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(JpegQuality);
    if (!writer.write(pixels) || !PhotoHash::looksLikeJpeg(jpeg))
        return unexpected(tr("Hearth could not prepare that photo for keeping."));
    if (jpeg.size() > PhotoHash::MaxBytes)
        return unexpected(tr("That photo is too detailed to keep (more than 4 MB as JPEG)."));
    return Photo { jpeg, pixels.width(), pixels.height() };
}

Expected<PhotoImport::Photo, QString> PhotoImport::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return unexpected(tr("That file could not be found."));
    if (info.size() > MaxSourceBytes)
        return unexpected(tr("That file is too large to be a photo (more than 40 MB)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(tr("That file could not be opened."));
    return fromBytes(file.read(MaxSourceBytes + 1));
}

} // namespace hearth
