#pragma once

#include <QByteArray>
#include <QString>

namespace hearth {

// How a photograph is bound into a signed record: by the BLAKE2b-256 hash of its stored JPEG
// bytes (crypto_generichash, 32 bytes, lower-case hex). The signature covers the body and the
// body carries the hash, so the signature covers the image; a changed byte changes the hash.
// The limits are shared by the tablet (which makes the JPEG) and the agency server (which
// refuses anything else).
namespace PhotoHash {

constexpr qsizetype HashBytes = 32;
constexpr int MaxSide = 2048; // pixels on the longest side, after scaling
// A 2048-pixel JPEG at the quality the tablet writes is well under 2 MiB; the margin is for
// busy scenes, not for other formats.
constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

QString mediaType(); // "image/jpeg": the only one stored

QString of(const QByteArray &bytes);
// 64 lower-case hex digits.
bool isHash(const QString &text);
// The JPEG start-of-image marker, and the end-of-image marker as the last two bytes: a
// truncated upload or a file of another kind fails.
bool looksLikeJpeg(const QByteArray &bytes);

} // namespace PhotoHash
} // namespace hearth
