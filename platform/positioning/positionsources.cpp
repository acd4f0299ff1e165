#include "positionsources.h"

#include "nmeareplaydevice.h"

#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

using namespace Qt::StringLiterals;

namespace fl::platform {

namespace {

// Qt 6.4's NMEA source reports no accuracy from GST; it gives 2 × HDOP × UERE from GGA/GSA
// once a user equivalent range error is set. 2.5 m makes it HDOP × 5 m, the same estimate the
// core's NMEA parser uses when a log has no GST.
constexpr double kUereMeters = 2.5;

// Qt's NMEA source in real-time mode, reading our replay device, exactly as it would read a
// serial GNSS receiver. One thing differs: with an update interval set, Qt's source keeps only
// the newest fix per interval, which at 10x replay would drop nine fixes in ten. A receiver
// already sends at its own rate (the log's), so every fix is passed on as it comes.
class NmeaReplaySource : public QNmeaPositionInfoSource
{
public:
    NmeaReplaySource(NmeaReplayDevice *device, QObject *parent)
        : QNmeaPositionInfoSource(RealTimeMode, parent)
    {
        device->setParent(this);
        setDevice(device);
        setUserEquivalentRangeError(kUereMeters);
        QNmeaPositionInfoSource::setUpdateInterval(0);
    }

    void setUpdateInterval(int) override { QNmeaPositionInfoSource::setUpdateInterval(0); }
};

} // namespace

Result<QGeoPositionInfoSource *> createPositionSource(const PositionSourceOptions &options,
                                                      QObject *parent)
{
    if (options.spec == u"none")
        return static_cast<QGeoPositionInfoSource *>(nullptr);
    if (options.spec.startsWith(u"nmea:")) {
        const QString file = options.spec.mid(5);
        if (file.isEmpty())
            return makeError(ErrorCode::InvalidInput, u"nmea: needs a log file (nmea:FILE)"_s);
        if (!QFileInfo(file).isFile())
            return makeError(ErrorCode::NotFound, u"no NMEA log at %1"_s.arg(file));
        NmeaReplayOptions replay;
        replay.speed = options.replaySpeed;
        replay.fromNow = options.replayFromNow;
        auto device = NmeaReplayDevice::fromFile(file, replay);
        if (!device)
            return device.error();
        return static_cast<QGeoPositionInfoSource *>(new NmeaReplaySource(*device, parent));
    }
    if (options.spec == u"system") {
        if (auto *source = QGeoPositionInfoSource::createDefaultSource(parent))
            return source;
        return static_cast<QGeoPositionInfoSource *>(nullptr); // the feed says "no positioning"
    }
    return makeError(
        ErrorCode::InvalidInput,
        u"unknown position source '%1' (system, nmea:FILE or none)"_s.arg(options.spec));
}

} // namespace fl::platform
