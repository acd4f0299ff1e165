#include <catch2/catch.hpp>

#include "catchqt.h"
#include "codes/qrdecode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QString>

#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fl::codes;

namespace {

// A picture as a phone would take it, simplified: the code drawn `scale` pixels per module
// with a white quiet zone, placed at (left, top) on a white page of the given size.
struct Page
{
    int width = 0;
    int height = 0;
    int stride = 0;
    std::vector<std::uint8_t> pixels;

    [[nodiscard]] LuminanceImage view() const { return {pixels.data(), width, height, stride}; }
};

Page blankPage(int width, int height, int stride, std::uint8_t grey = 255)
{
    return Page{width, height, stride, std::vector<std::uint8_t>(size_t(stride) * height, grey)};
}

Page pageWithCode(const QString &text, ZXing::BarcodeFormat format, int scale, int stridePadding)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(0);
    writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 1, 1);
    const int margin = 4 * scale;
    const int width = matrix.width() * scale + 2 * margin + 17;
    const int height = matrix.height() * scale + 2 * margin + 9;
    Page page = blankPage(width, height, width + stridePadding);
    for (int y = 0; y < matrix.height() * scale; ++y) {
        for (int x = 0; x < matrix.width() * scale; ++x) {
            if (matrix.get(x / scale, y / scale))
                page.pixels[size_t(margin + y) * page.stride + margin + x] = 0;
        }
    }
    return page;
}

} // namespace

TEST_CASE("A QR code written by ZXing is read back from a luminance picture")
{
    const QString text =
        u"https://qr.scjg.example.cn/enterprise?entname=demo&uscc=91650109MA7DEK2133&src=gate"_s;
    SECTION("rows exactly as wide as the picture")
    {
        const Page page = pageWithCode(text, ZXing::BarcodeFormat::QRCode, 4, 0);
        const auto decoded = decodeBarcode(page.view());
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == text);
    }
    SECTION("padded rows (a stride wider than the picture)")
    {
        const Page page = pageWithCode(text, ZXing::BarcodeFormat::QRCode, 3, 13);
        const auto decoded = decodeBarcodes(page.view());
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == QStringList{text});
    }
    SECTION("Chinese text survives as UTF-8")
    {
        const QString chinese = u"统一社会信用代码 91110000600037341L"_s;
        const Page page = pageWithCode(chinese, ZXing::BarcodeFormat::QRCode, 4, 0);
        const auto decoded = decodeBarcode(page.view());
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == chinese);
    }
}

TEST_CASE("A picture without a code gives a plain error")
{
    SECTION("a blank white page")
    {
        const Page page = blankPage(320, 240, 320);
        const auto decoded = decodeBarcode(page.view());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == fl::ErrorCode::NotFound);
        CHECK(decoded.error().message == u"no QR code found in the picture"_s);
    }
    SECTION("no picture at all")
    {
        const auto decoded = decodeBarcode(LuminanceImage{});
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == fl::ErrorCode::InvalidInput);
        CHECK(decoded.error().message == u"the picture is empty"_s);
    }
    SECTION("a stride narrower than a row is refused, not read out of bounds")
    {
        const Page page = blankPage(100, 10, 100);
        const auto decoded = decodeBarcode(LuminanceImage{page.pixels.data(), 100, 10, 50});
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == fl::ErrorCode::InvalidInput);
    }
}
