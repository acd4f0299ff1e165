#include "positionsources.h"

#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace fl::platform {

Result<QGeoPositionInfoSource *> createPositionSource(const PositionSourceOptions &options,
                                                      QObject *parent)
{
    if (options.spec == u"none")
        return static_cast<QGeoPositionInfoSource *>(nullptr);
    if (options.spec.startsWith(u"nmea:")) {
        const QString file = options.spec.mid(5);
        if (!QFileInfo(file).isFile())
            return makeError(ErrorCode::NotFound, u"no NMEA log at %1"_s.arg(file));
        QVariantMap parameters{{u"nmea.source"_s, QFileInfo(file).absoluteFilePath()}};
        if (auto *source = QGeoPositionInfoSource::createSource(u"nmea"_s, parameters, parent))
            return source;
        return makeError(ErrorCode::Unsupported, u"Qt's NMEA position plugin is not installed"_s);
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
