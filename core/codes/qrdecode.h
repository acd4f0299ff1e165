#pragma once

// Reads QR codes (and the other barcodes ZXing knows) from a grey picture: the enterprise's
// code photographed at the gate (扫码入企) or an enrolment code shown by the office. Only an
// 8-bit luminance buffer goes in, so the core stays free of QtGui; screens convert their
// images and camera frames first.

#include "result.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace fl::codes {

// A picture as rows of 8-bit luminance (0 black .. 255 white). `stride` is the bytes from one
// row to the next (>= width; 0 means width).
struct LuminanceImage
{
    const std::uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;
};

// Every code found in the picture, in the order ZXing reports them (tries harder and rotated
// pictures). Errors with plain messages: InvalidInput "the picture is empty" for a missing or
// zero-sized buffer, NotFound "no QR code found in the picture" when nothing decodes.
[[nodiscard]] Result<QStringList> decodeBarcodes(const LuminanceImage &image);

// The first code's text (see decodeBarcodes).
[[nodiscard]] Result<QString> decodeBarcode(const LuminanceImage &image);

} // namespace fl::codes
