#pragma once

// Shared by the inspection tests: the demo enterprise's code and its directory entry.

#include "domain/inspection.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFile>
#include <QImage>
#include <QString>

namespace inspectiontest {

inline QString demoText(const QString &name)
{
    QFile file(QStringLiteral(FIELDLEDGER_DEMO_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

inline fl::Enterprise demoEnterprise()
{
    return fl::Enterprise{QStringLiteral("91650109MA7DEK2133"),
                          QStringLiteral("乌鲁木齐示范建材有限公司（演示数据）"),
                          QStringLiteral("建材制造"),
                          QStringLiteral("王建国"),
                          QStringLiteral("米东区化工园区8号"),
                          QStringLiteral("0991-0000000")};
}

// The code as an office printer would print it: 6 pixels per module, a white quiet zone.
inline QImage qrImage(const QString &text, int scale = 6)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0);
    writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 1, 1);
    const int quiet = 4 * scale;
    QImage image(matrix.width() * scale + 2 * quiet, matrix.height() * scale + 2 * quiet,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.height() * scale; ++y) {
        for (int x = 0; x < matrix.width() * scale; ++x) {
            if (matrix.get(x / scale, y / scale))
                image.setPixel(quiet + x, quiet + y, qRgb(0, 0, 0));
        }
    }
    return image;
}

} // namespace inspectiontest
