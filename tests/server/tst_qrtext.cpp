// The enrolment QR codes ledgerd prints (terminal and SVG) scan back to their text: drawn into a
// bitmap exactly as a screen or printer shows them, then read with ZXing as a phone would.

#include "office/qrtext.h"

#include "catchqt.h"

#include <ZXing/ReadBarcode.h>

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kScale = 6; // pixels per module

struct Bitmap
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels; // 0 black, 255 white

    Bitmap(int modulesWide, int modulesHigh)
        : width(modulesWide * kScale)
        , height(modulesHigh * kScale)
        , pixels(size_t(width) * size_t(height), 255)
    {}
    void module(int x, int y, bool dark)
    {
        for (int dy = 0; dy < kScale; ++dy) {
            for (int dx = 0; dx < kScale; ++dx)
                pixels[size_t((y * kScale + dy) * width + x * kScale + dx)] = dark ? 0 : 255;
        }
    }
    std::string read() const
    {
        const ZXing::ImageView view(pixels.data(), width, height, ZXing::ImageFormat::Lum);
        const ZXing::Result result = ZXing::ReadBarcode(view);
        if (!result.isValid())
            return "<unreadable>";
        const auto text = result.text(); // the enrolment links are ASCII
        return std::string(text.begin(), text.end());
    }
};

// Each character is two modules stacked: full block both light, upper half the top one light,
// lower half the bottom one light, space both dark.
Bitmap fromTerminal(const QString &drawing)
{
    const QStringList lines = drawing.split(u'\n', Qt::SkipEmptyParts);
    Bitmap bitmap(int(lines.first().size()) + 4, int(lines.size()) * 2 + 4);
    for (int row = 0; row < lines.size(); ++row) {
        for (int col = 0; col < lines[row].size(); ++col) {
            const QChar c = lines[row][col];
            bitmap.module(col + 2, 2 * row + 2, !(c == u'█' || c == u'▀'));
            bitmap.module(col + 2, 2 * row + 3, !(c == u'█' || c == u'▄'));
        }
    }
    return bitmap;
}

Bitmap fromSvg(const QByteArray &svg)
{
    const auto size =
        QRegularExpression(u"viewBox=\"0 0 (\\d+) (\\d+)\""_s).match(QString::fromUtf8(svg));
    REQUIRE(size.hasMatch());
    Bitmap bitmap(size.captured(1).toInt(), size.captured(2).toInt());
    const QRegularExpression square(u"M(\\d+) (\\d+)h1v1h-1z"_s);
    for (const auto &m : square.globalMatch(QString::fromUtf8(svg)))
        bitmap.module(m.captured(1).toInt(), m.captured(2).toInt(), true);
    return bitmap;
}

} // namespace

TEST_CASE("an enrolment QR code scans back from the terminal drawing and from the SVG", "[qr]")
{
    const QString text =
        u"fieldledger://enrol?server=https%3A%2F%2Fledger.example.cn%3A8443&code=K7QX-M2PA-9RTD"_s;
    auto drawing = fl::office::qrForTerminal(text);
    REQUIRE(drawing.ok());
    CHECK(fromTerminal(*drawing).read() == text.toStdString());
    auto svg = fl::office::qrSvg(text);
    REQUIRE(svg.ok());
    CHECK(fromSvg(*svg).read() == text.toStdString());
    // And a different text gives a different code (the test reads what is drawn).
    auto other = fl::office::qrSvg(u"fieldledger://enrol?code=AAAA-BBBB-CCCC"_s);
    REQUIRE(other.ok());
    CHECK(fromSvg(*other).read() == "fieldledger://enrol?code=AAAA-BBBB-CCCC");
}
