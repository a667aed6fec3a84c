#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace hearth {

// Turns what the camera or a chosen file gave into the only form Hearth keeps: the pixels,
// upright, scaled so the longest side is at most PhotoHash::MaxSide, written afresh as JPEG.
// Writing from pixels is what strips EXIF (GPS position, device, owner) and every other
// metadata block: nothing of the source's bytes survives. It works in memory only; nothing
// is written to disk here or by Qt's image readers.
class PhotoImport
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImport)

public:
    struct Photo
    {
        QByteArray jpeg;
        int width = 0;
        int height = 0;
    };

    // The largest source accepted: bigger than any tablet camera's JPEG, small enough that a
    // mistaken choice (a video, a disk image) is refused before it is read into memory.
    static constexpr qint64 MaxSourceBytes = 40 * 1024 * 1024;
    // Decoding a source larger than this many pixels would need more memory than a tablet
    // can spare (a 100-megapixel image is 400 MB as pixels).
    static constexpr qint64 MaxSourcePixels = 50'000'000;

    // Each refusal is a sentence for the practitioner; nothing is stored after one.
    [[nodiscard]] static Expected<Photo, QString> fromBytes(const QByteArray &bytes);
    [[nodiscard]] static Expected<Photo, QString> fromImage(const QImage &image);
    // Reads a file the practitioner chose (a local path), refusing one that is too large
    // before reading it.
    [[nodiscard]] static Expected<Photo, QString> fromFile(const QString &path);
};

} // namespace hearth
