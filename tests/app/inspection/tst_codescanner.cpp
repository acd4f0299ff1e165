#include "apptest.h"
#include "codescanner.h"
#include "inspectiontest.h"

#include <QImage>
#include <QRandomGenerator>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using namespace Qt::StringLiterals;
using inspectiontest::demoText;
using inspectiontest::qrImage;

namespace {

QUrl savePng(const QTemporaryDir &dir, const QString &name, const QImage &image)
{
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "PNG"));
    return QUrl::fromLocalFile(path);
}

} // namespace

TEST_CASE("CodeScanner reads the enterprise code in a photo of its QR code")
{
    QTemporaryDir dir;
    const QString payload = demoText(u"enterprise-qr.txt"_s);
    REQUIRE(payload.contains(u"91650109MA7DEK2133"_s));
    CodeScanner scanner;
    int scanned = 0;
    QObject::connect(&scanner, &CodeScanner::scanned, [&] { ++scanned; });

    SECTION("a PNG of the gate's code")
    {
        REQUIRE(scanner.scanImageFile(savePng(dir, u"gate-code.png"_s, qrImage(payload))));
        CHECK(scanned == 1);
        CHECK(scanner.text() == payload);
        CHECK(scanner.code() == u"91650109MA7DEK2133"_s);
        CHECK(scanner.valid());
        CHECK(scanner.findings().isEmpty());
        CHECK(scanner.error().isEmpty());
    }
    SECTION("a photo taken sideways, small and grey")
    {
        QImage photo = qrImage(payload, 3).transformed(QTransform().rotate(90));
        photo = photo.convertToFormat(QImage::Format_Grayscale8);
        REQUIRE(scanner.scanImageFile(savePng(dir, u"sideways.png"_s, photo)));
        CHECK(scanner.code() == u"91650109MA7DEK2133"_s);
        CHECK(scanner.valid());
    }
    SECTION("the raw text for other codes (enrolment)")
    {
        const QString enrolment = u"fieldledger://enrol?server=https://ledger.example&token=x1"_s;
        CHECK(scanner.decodeImageFile(savePng(dir, u"enrol.png"_s, qrImage(enrolment))) ==
              enrolment);
        CHECK(scanner.error().isEmpty());
    }
}

TEST_CASE("CodeScanner explains pictures it cannot read")
{
    QTemporaryDir dir;
    CodeScanner scanner;
    int scanned = 0;
    QObject::connect(&scanner, &CodeScanner::scanned, [&] { ++scanned; });

    SECTION("noise holds no code")
    {
        QImage noise(400, 300, QImage::Format_Grayscale8);
        QRandomGenerator random(42);
        for (int y = 0; y < noise.height(); ++y) {
            uchar *row = noise.scanLine(y);
            for (int x = 0; x < noise.width(); ++x)
                row[x] = uchar(random.bounded(256));
        }
        CHECK_FALSE(scanner.scanImageFile(savePng(dir, u"noise.png"_s, noise)));
        CHECK(scanner.error().startsWith(u"No QR code found in the picture."_s));
        CHECK_FALSE(scanner.valid());
        CHECK(scanner.code().isEmpty());
        CHECK(scanned == 0);
        CHECK(scanner.decodeImageFile(QUrl::fromLocalFile(dir.filePath(u"noise.png"_s))).isEmpty());
        CHECK(scanner.error().startsWith(u"No QR code found in the picture."_s));
    }
    SECTION("a missing file")
    {
        CHECK_FALSE(scanner.scanImageFile(QUrl::fromLocalFile(dir.filePath(u"gone.png"_s))));
        CHECK(scanner.error() == u"The picture gone.png does not exist (any more)."_s);
        CHECK(scanned == 0);
    }
    SECTION("a file that is no picture")
    {
        QFile text(dir.filePath(u"notes.png"_s));
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("not a picture at all");
        text.close();
        CHECK_FALSE(scanner.scanImageFile(QUrl::fromLocalFile(text.fileName())));
        CHECK(scanner.error().startsWith(u"The file notes.png cannot be read as a picture"_s));
    }
    SECTION("a code without a credit code in it")
    {
        CHECK_FALSE(scanner.scanImageFile(
            savePng(dir, u"menu.png"_s, qrImage(u"https://example.cn/menu"_s))));
        CHECK(scanner.error().startsWith(u"A code was read, but it holds no enterprise credit "
                                         "code"_s));
        CHECK(scanner.text() == u"https://example.cn/menu"_s);
    }
}

TEST_CASE("CodeScanner reports a code that fails its check")
{
    QTemporaryDir dir;
    const QString payload = demoText(u"enterprise-qr-bad.txt"_s);
    REQUIRE(payload == u"91650109MA7DEK2130"_s);
    CodeScanner scanner;
    int scanned = 0;
    QObject::connect(&scanner, &CodeScanner::scanned, [&] { ++scanned; });

    SECTION("scanned from a picture")
    {
        // Read (true), but not valid: the user must see what is wrong, not "no code".
        REQUIRE(scanner.scanImageFile(savePng(dir, u"bad.png"_s, qrImage(payload))));
        CHECK(scanned == 1);
    }
    SECTION("typed by hand, in lower case with spaces")
    {
        CHECK_FALSE(scanner.checkTyped(u" 91650109ma7dek2130 "_s));
        CHECK(scanned == 1);
    }
    CHECK(scanner.code() == u"91650109MA7DEK2130"_s);
    CHECK_FALSE(scanner.valid());
    CHECK(scanner.findings().contains(u"wrong check character: expected 3, found 0"_s));
    CHECK(scanner.error().isEmpty());
}

TEST_CASE("CodeScanner reads a typed code that passes")
{
    CodeScanner scanner;
    CHECK(scanner.checkTyped(u"91650109MA7DEK2133"_s));
    CHECK(scanner.valid());
    CHECK_FALSE(scanner.checkTyped(u""_s));
    CHECK(scanner.error() == u"Type the enterprise's 18-character credit code."_s);
}

TEST_CASE("CodeScanner reads camera frames from its video sink, a few per second")
{
    const QImage code =
        qrImage(demoText(u"enterprise-qr.txt"_s), 4).convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(code.size(), QVideoFrameFormat::Format_BGRA8888));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < code.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), code.constScanLine(y),
                    size_t(code.width()) * 4);
    frame.unmap();

    QVideoSink sink;
    CodeScanner scanner;
    scanner.setVideoSink(&sink);
    int scanned = 0;
    QObject::connect(&scanner, &CodeScanner::scanned, [&] { ++scanned; });
    sink.setVideoFrame(frame);
    REQUIRE(scanned == 1);
    CHECK(scanner.code() == u"91650109MA7DEK2133"_s);
    // Once read, the camera stops reading until the page asks again.
    CHECK_FALSE(scanner.active());
    sink.setVideoFrame(frame);
    CHECK(scanned == 1);
    scanner.reset();
    CHECK(scanner.code().isEmpty());
    CHECK(scanner.active());
}
