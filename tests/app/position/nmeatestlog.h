#pragma once

// NMEA logs for tests, cut from the demo patrol and changed where a test needs it (a fix that
// jumps), with the checksums made right again so only the content is odd.

#include "nmeareplaydevice.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QTemporaryFile>

#include <cmath>
#include <memory>

namespace nmeatest {

inline QString demoLogPath(const char *name = "patrol-short.nmea")
{
    return QStringLiteral(FIELDLEDGER_SOURCE_DIR "/assets/demo/") + QLatin1String(name);
}

// The demo log's epochs (GGA, RMC, GST each), `count` of them from the start.
inline QList<QList<QByteArray>> demoEpochs(int count)
{
    QFile file(demoLogPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QList<QByteArray>> epochs;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.mid(3, 3) == "GGA") {
            if (epochs.size() == count)
                break;
            epochs.append(QList<QByteArray>());
        }
        if (!epochs.isEmpty())
            epochs.last().append(line);
    }
    return epochs;
}

// `sentence` with field `index` replaced and the checksum recomputed.
inline QByteArray withField(const QByteArray &sentence, int index, const QByteArray &value)
{
    QList<QByteArray> fields = sentence.left(sentence.lastIndexOf('*')).split(',');
    fields[index] = value;
    const QByteArray body = fields.join(',');
    return body + '*' + fl::platform::NmeaReplayDevice::checksum(QByteArrayView(body).sliced(1));
}

// Moves one epoch's position 0.5° north (about 55 km: a jump no patrol can make in a second).
inline void makeJump(QList<QByteArray> &epoch)
{
    for (QByteArray &sentence : epoch) {
        const QByteArray type = sentence.mid(3, 3);
        const int latField = type == "GGA" ? 2 : type == "RMC" ? 3 : -1;
        if (latField < 0)
            continue;
        const QByteArray lat = sentence.split(',').at(latField);
        const double minutes = lat.mid(2).toDouble() + 30.0;
        const QByteArray moved =
            QByteArray::number(lat.left(2).toInt() + int(minutes / 60)).rightJustified(2, '0') +
            QByteArray::number(std::fmod(minutes, 60.0), 'f', 4).rightJustified(7, '0');
        sentence = withField(sentence, latField, moved);
    }
}

inline std::unique_ptr<QTemporaryFile> writeLog(const QList<QList<QByteArray>> &epochs)
{
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/fieldledger-XXXXXX.nmea"));
    if (!file->open())
        return nullptr;
    for (const auto &epoch : epochs) {
        for (const auto &sentence : epoch)
            file->write(sentence + "\r\n");
    }
    file->flush();
    return file;
}

} // namespace nmeatest
