#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QString>

namespace hearth::server {

// What the agency stores must be a photograph staff can open. An upload is first walked marker by
// marker (start of image, well-formed segments, exactly one frame header with a pixel size Hearth
// can have written, quantisation and scan data, the end-of-image marker as the last two bytes),
// then decoded in full with libjpeg, where any warning counts as damage: libjpeg would otherwise
// pad a cut-off scan with grey and report success. A file of another kind, a damaged or
// truncated JPEG, or one that still carries an EXIF or XMP block (where a camera puts the place
// and the device) is refused: the tablet re-encodes every photo from its pixels, so an honest
// upload has none of these. No QtGui: the server stays a headless service.
namespace AttachmentJpeg {

struct Frame
{
    int width = 0;
    int height = 0;
};

// The frame's size, or why the bytes are not a JPEG Hearth accepts (words for a problem detail).
[[nodiscard]] Expected<Frame, QString> check(const QByteArray &bytes);

} // namespace AttachmentJpeg
} // namespace hearth::server
