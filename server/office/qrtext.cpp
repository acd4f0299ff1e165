#include "qrtext.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

using namespace Qt::StringLiterals;

namespace fl::office {

namespace {

constexpr int kQuietZone = 2; // modules of white around the code, as scanners expect

Result<ZXing::BitMatrix> encode(const QString &text)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        // Size 1: ZXing makes the matrix one pixel per module.
        return writer.encode(text.toStdString(), 1, 1);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::InvalidInput,
                         u"cannot make a QR code: %1"_s.arg(QString::fromUtf8(e.what())));
    }
}

bool dark(const ZXing::BitMatrix &m, int x, int y)
{
    return x >= 0 && y >= 0 && x < m.width() && y < m.height() && m.get(x, y);
}

} // namespace

Result<QString> qrForTerminal(const QString &text)
{
    auto matrix = encode(text);
    if (!matrix)
        return matrix.error();
    const ZXing::BitMatrix &m = *matrix;
    QString out;
    // Two rows per line: upper half block, lower half block, full block or space. Light on
    // dark terminals would invert the code, so dark modules are drawn as spaces on a light
    // background of full blocks.
    for (int y = -kQuietZone; y < m.height() + kQuietZone; y += 2) {
        for (int x = -kQuietZone; x < m.width() + kQuietZone; ++x) {
            const bool top = !dark(m, x, y);
            const bool bottom = y + 1 < m.height() + kQuietZone && !dark(m, x, y + 1);
            out += top && bottom ? u'█' : top ? u'▀' : bottom ? u'▄' : u' ';
        }
        out += u'\n';
    }
    return out;
}

Result<QByteArray> qrSvg(const QString &text)
{
    auto matrix = encode(text);
    if (!matrix)
        return matrix.error();
    const ZXing::BitMatrix &m = *matrix;
    const int size = m.width() + 2 * kQuietZone;
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                     QByteArray::number(size) + ' ' + QByteArray::number(size) +
                     "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" "
                     "fill=\"#fff\"/>\n<path fill=\"#000\" d=\"";
    for (int y = 0; y < m.height(); ++y) {
        for (int x = 0; x < m.width(); ++x) {
            if (m.get(x, y))
                svg += 'M' + QByteArray::number(x + kQuietZone) + ' ' +
                       QByteArray::number(y + kQuietZone) + "h1v1h-1z";
        }
    }
    svg += "\"/>\n</svg>\n";
    return svg;
}

} // namespace fl::office
