#include "qrdecode.h"

#include <ZXing/ReadBarcode.h>

#include <exception>

using namespace Qt::StringLiterals;

namespace fl::codes {

Result<QStringList> decodeBarcodes(const LuminanceImage &image)
{
    const int stride = image.stride > 0 ? image.stride : image.width;
    if (!image.data || image.width <= 0 || image.height <= 0 || stride < image.width)
        return makeError(ErrorCode::InvalidInput, u"the picture is empty"_s);
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                stride);
    QStringList texts;
    try {
        for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
            if (result.isValid())
                texts << QString::fromStdString(result.text());
        }
    } catch (const std::exception &e) {
        // ZXing throws only on bugs or absurd input; say so instead of crashing the screen.
        return makeError(ErrorCode::Internal,
                         u"the code reader failed: %1"_s.arg(QString::fromUtf8(e.what())));
    }
    if (texts.isEmpty())
        return makeError(ErrorCode::NotFound, u"no QR code found in the picture"_s);
    return texts;
}

Result<QString> decodeBarcode(const LuminanceImage &image)
{
    auto texts = decodeBarcodes(image);
    if (!texts)
        return texts.error();
    return texts->first();
}

} // namespace fl::codes
