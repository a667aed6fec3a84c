#pragma once

// Photographs made by the tests themselves: a JPEG as a phone camera writes it, with an EXIF
// block naming the device and where it was (GPS latitude), so a test can prove Hearth keeps
// none of it.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace hearth::PhotoFixtures {

inline const QByteArray DeviceMake = QByteArrayLiteral("HearthTestCam");

inline QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(0xE8, 0xC8, 0xB0));
    painter.setBrush(QColor(0x6A, 0x3D, 0x7A));
    painter.drawEllipse(QRect(width / 3, height / 3, width / 4, height / 5));
    return image;
}

inline QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    return bytes;
}

inline void be16(QByteArray &out, int value)
{
    out.append(char((value >> 8) & 0xFF));
    out.append(char(value & 0xFF));
}

inline void be32(QByteArray &out, quint32 value)
{
    be16(out, int(value >> 16));
    be16(out, int(value & 0xFFFF));
}

// An EXIF APP1 segment (big-endian TIFF): IFD0 with Make and a GPS IFD with latitude
// N 51° 28' 30.00".
inline QByteArray exifSegment()
{
    QByteArray tiff("MM\x00\x2A", 4);
    be32(tiff, 8);
    const QByteArray make = DeviceMake + '\0';
    const quint32 makeAt = 8 + 2 + 2 * 12 + 4;
    const quint32 gpsAt = makeAt + quint32(make.size());
    be16(tiff, 2);
    be16(tiff, 0x010F); // Make
    be16(tiff, 2);      // ASCII
    be32(tiff, quint32(make.size()));
    be32(tiff, makeAt);
    be16(tiff, 0x8825); // GPSInfo
    be16(tiff, 4);      // LONG
    be32(tiff, 1);
    be32(tiff, gpsAt);
    be32(tiff, 0);
    tiff.append(make);
    const quint32 rationalsAt = gpsAt + 2 + 2 * 12 + 4;
    be16(tiff, 2);
    be16(tiff, 0x0001); // GPSLatitudeRef
    be16(tiff, 2);
    be32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    be16(tiff, 0x0002); // GPSLatitude
    be16(tiff, 5);      // RATIONAL
    be32(tiff, 3);
    be32(tiff, rationalsAt);
    be32(tiff, 0);
    for (const quint32 value : { 51u, 1u, 28u, 1u, 3000u, 100u })
        be32(tiff, value);
    QByteArray segment("\xFF\xE1", 2);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    be16(segment, int(payload.size()) + 2);
    return segment + payload;
}

// A camera-style JPEG: the EXIF segment right after the start-of-image marker.
inline QByteArray jpegWithExif(int width, int height)
{
    const QByteArray plain = encode(picture(width, height), "jpeg");
    return plain.left(2) + exifSegment() + plain.mid(2);
}

} // namespace hearth::PhotoFixtures
