#include "codescanner.h"

#include "codes/qrdecode.h"
#include "codes/qrpayload.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QVideoFrame>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace {

QString localPath(const QUrl &file)
{
    if (file.isLocalFile())
        return file.toLocalFile();
    if (file.scheme() == u"qrc"_s)
        return u":"_s + file.path();
    return file.toString(); // a plain path passed as a URL
}

} // namespace

CodeScanner::CodeScanner(QObject *parent)
    : QObject(parent)
{}

CodeScanner::~CodeScanner() = default;

void CodeScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &CodeScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void CodeScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void CodeScanner::setFramesPerSecond(int framesPerSecond)
{
    framesPerSecond = std::clamp(framesPerSecond, 1, 30);
    if (m_framesPerSecond == framesPerSecond)
        return;
    m_framesPerSecond = framesPerSecond;
    Q_EMIT framesPerSecondChanged();
}

void CodeScanner::onFrame(const QVideoFrame &frame)
{
    // Decoding takes tens of milliseconds: a few frames a second find a code just as fast and
    // leave the GUI thread free for the viewfinder.
    if (!m_active || !frame.isValid())
        return;
    if (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < 1000 / m_framesPerSecond)
        return;
    m_sinceFrame.start();
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    auto payload = decodeImage(image);
    if (!payload)
        return; // no code in this frame yet: keep looking, no error flicker
    if (payload.value() == m_text && hasCode())
        return;
    if (acceptPayload(payload.value()))
        setActive(false);
}

fl::Result<QString> CodeScanner::decodeImage(const QImage &image)
{
    if (image.isNull())
        return fl::makeError(fl::ErrorCode::InvalidInput, u"the picture is empty"_s);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return fl::codes::decodeBarcode(fl::codes::LuminanceImage{
        grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine())});
}

fl::Result<QImage> CodeScanner::loadImage(const QUrl &file)
{
    const QString path = localPath(file);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        return fl::makeError(
            fl::ErrorCode::NotFound,
            tr("The picture %1 does not exist (any more).").arg(QFileInfo(path).fileName()));
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos are stored sideways with a rotation tag
    QImage image = reader.read();
    if (image.isNull()) {
        return fl::makeError(fl::ErrorCode::InvalidInput,
                             tr("The file %1 cannot be read as a picture: it is not an image or "
                                "it is damaged.")
                                 .arg(QFileInfo(path).fileName()));
    }
    return image;
}

bool CodeScanner::scanImageFile(const QUrl &file)
{
    auto image = loadImage(file);
    if (!image) {
        fail(image.error().message);
        return false;
    }
    return scanImage(image.value());
}

bool CodeScanner::scanImage(const QImage &image)
{
    auto payload = decodeImage(image);
    if (!payload) {
        fail(payload.error().code == fl::ErrorCode::NotFound
                 ? tr("No QR code found in the picture. Take the photo closer, straight on and "
                      "without glare.")
                 : tr("The picture cannot be read."));
        return false;
    }
    return acceptPayload(payload.value());
}

QString CodeScanner::decodeImageFile(const QUrl &file)
{
    auto image = loadImage(file);
    if (!image) {
        fail(image.error().message);
        return {};
    }
    auto payload = decodeImage(image.value());
    if (!payload) {
        fail(tr("No QR code found in the picture. Take the photo closer, straight on and "
                "without glare."));
        return {};
    }
    m_error.clear();
    Q_EMIT resultChanged();
    return payload.value();
}

bool CodeScanner::acceptPayload(const QString &payload)
{
    auto parsed = fl::codes::parseEnterpriseQrPayload(payload);
    if (!parsed) {
        m_text = payload;
        m_check = {};
        m_findings.clear();
        m_error = tr("A code was read, but it holds no enterprise credit code: %1").arg(payload);
        Q_EMIT resultChanged();
        return false;
    }
    setCheck(payload, parsed->check);
    Q_EMIT scanned();
    return true;
}

bool CodeScanner::checkTyped(const QString &typed)
{
    if (typed.trimmed().isEmpty()) {
        fail(tr("Type the enterprise's 18-character credit code."));
        return false;
    }
    setCheck(typed, fl::codes::validateUscc(typed));
    Q_EMIT scanned();
    return valid();
}

void CodeScanner::setCheck(const QString &text, const fl::codes::UsccCheck &check)
{
    m_text = text;
    m_check = check;
    m_findings.clear();
    for (const fl::codes::CodeFinding &finding : check.findings)
        m_findings << finding.message;
    m_error.clear();
    Q_EMIT resultChanged();
}

void CodeScanner::fail(const QString &error)
{
    m_text.clear();
    m_check = {};
    m_findings.clear();
    m_error = error;
    Q_EMIT resultChanged();
}

void CodeScanner::reset()
{
    m_text.clear();
    m_check = {};
    m_findings.clear();
    m_error.clear();
    m_sinceFrame.invalidate();
    Q_EMIT resultChanged();
    setActive(true);
}
