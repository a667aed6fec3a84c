#include "attachmentjpeg.h"

#include "record/photohash.h"

#include <csetjmp>
#include <cstdio>
#include <optional>
#include <vector>

#include <jpeglib.h>

namespace hearth::server::AttachmentJpeg {

namespace {
constexpr unsigned char SOI = 0xD8;
constexpr unsigned char EOI = 0xD9;
constexpr unsigned char SOS = 0xDA;
constexpr unsigned char DQT = 0xDB;
constexpr unsigned char APP1 = 0xE1;

unsigned byteAt(const QByteArray &bytes, qsizetype at)
{
    return static_cast<unsigned char>(bytes.at(at));
}

// Start-of-frame markers that carry a frame header: C0-CF except DHT (C4), JPG (C8), DAC (CC).
bool isFrame(unsigned marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// After a scan header, entropy-coded data runs to the next marker that is not a stuffed zero
// (FF 00) or a restart marker (FF D0-D7); returns where that marker's FF is, or -1.
qsizetype skipScan(const QByteArray &bytes, qsizetype at)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = at; i + 1 < size; ++i) {
        if (byteAt(bytes, i) != 0xFF)
            continue;
        const unsigned next = byteAt(bytes, i + 1);
        if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7))
            continue;
        return i;
    }
    return -1;
}
Expected<Frame, QString> walk(const QByteArray &bytes);

struct DecodeError
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void failDecode(j_common_ptr info)
{
    auto *error = reinterpret_cast<DecodeError *>(info->err);
    (*info->err->format_message)(info, error->message);
    std::longjmp(error->jump, 1);
}

// libjpeg reports corrupt or missing data as warnings (level -1) and carries on.
void warnDecode(j_common_ptr info, int level)
{
    if (level < 0)
        failDecode(info);
}

// Only plain C objects live between setjmp and longjmp, so the jump skips no destructor.
bool decodes(const unsigned char *data, unsigned long size, unsigned char *row, char *why)
{
    jpeg_decompress_struct info {};
    DecodeError error {};
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = failDecode;
    error.manager.emit_message = warnDecode;
    if (setjmp(error.jump)) {
        std::snprintf(why, JMSG_LENGTH_MAX, "%s", error.message);
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, size);
    jpeg_read_header(&info, TRUE);
    jpeg_start_decompress(&info);
    while (info.output_scanline < info.output_height) {
        JSAMPROW rows[1] = { row };
        jpeg_read_scanlines(&info, rows, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return true;
}
} // namespace

Expected<Frame, QString> check(const QByteArray &bytes)
{
    auto frame = walk(bytes);
    if (!frame)
        return frame;
    std::vector<unsigned char> row(std::size_t(frame->width) * 3);
    char why[JMSG_LENGTH_MAX] = {};
    if (!decodes(reinterpret_cast<const unsigned char *>(bytes.constData()),
            static_cast<unsigned long>(bytes.size()), row.data(), why))
        return unexpected(
            QStringLiteral("the JPEG does not decode: %1").arg(QString::fromUtf8(why)));
    return frame;
}

namespace {
Expected<Frame, QString> walk(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    if (size < 4 || byteAt(bytes, 0) != 0xFF || byteAt(bytes, 1) != SOI)
        return unexpected(
            QStringLiteral("the bytes do not start with a JPEG start-of-image marker"));
    std::optional<Frame> frame;
    bool quantised = false;
    bool scanned = false;
    qsizetype at = 2;
    while (true) {
        if (at + 1 >= size || byteAt(bytes, at) != 0xFF)
            return unexpected(QStringLiteral("no JPEG marker at byte %1").arg(at));
        const unsigned marker = byteAt(bytes, at + 1);
        if (marker == EOI) {
            if (at + 2 != size)
                return unexpected(
                    QStringLiteral("%1 bytes follow the end-of-image marker").arg(size - at - 2));
            break;
        }
        if (marker == SOI || marker == 0x00 || marker == 0xFF || (marker >= 0xD0 && marker <= 0xD7))
            return unexpected(QStringLiteral("an unexpected JPEG marker at byte %1").arg(at));
        if (at + 3 >= size)
            return unexpected(QStringLiteral("the bytes end inside a JPEG segment header"));
        const qsizetype length = qsizetype(byteAt(bytes, at + 2) << 8 | byteAt(bytes, at + 3));
        const qsizetype payload = at + 4;
        if (length < 2 || at + 2 + length > size)
            return unexpected(
                QStringLiteral("a JPEG segment at byte %1 runs past the end").arg(at));
        if (marker == APP1)
            return unexpected(
                QStringLiteral("the JPEG carries an EXIF or XMP block (where a camera "
                               "records the place and the device); Hearth strips "
                               "them before a photo is signed"));
        if (isFrame(marker)) {
            if (frame)
                return unexpected(QStringLiteral("the JPEG has more than one frame header"));
            if (length < 8)
                return unexpected(QStringLiteral("the JPEG frame header is too short"));
            Frame found;
            found.height = int(byteAt(bytes, payload + 1) << 8 | byteAt(bytes, payload + 2));
            found.width = int(byteAt(bytes, payload + 3) << 8 | byteAt(bytes, payload + 4));
            const unsigned components = byteAt(bytes, payload + 5);
            if (found.width < 1 || found.height < 1 || found.width > PhotoHash::MaxSide
                || found.height > PhotoHash::MaxSide)
                return unexpected(
                    QStringLiteral("the JPEG is %1 x %2 pixels; Hearth writes 1 to %3 on a side")
                        .arg(found.width)
                        .arg(found.height)
                        .arg(PhotoHash::MaxSide));
            if ((components != 1 && components != 3) || length != 8 + 3 * qsizetype(components))
                return unexpected(QStringLiteral("the JPEG frame header is malformed"));
            frame = found;
        }
        if (marker == DQT)
            quantised = true;
        at += 2 + length;
        if (marker == SOS) {
            if (!frame || !quantised)
                return unexpected(
                    QStringLiteral("a JPEG scan comes before its frame or quantisation tables"));
            scanned = true;
            at = skipScan(bytes, at);
            if (at < 0)
                return unexpected(QStringLiteral("the JPEG scan data has no end"));
        }
    }
    if (!scanned)
        return unexpected(QStringLiteral("the JPEG has no image data"));
    return *frame;
}
} // namespace

} // namespace hearth::server::AttachmentJpeg
