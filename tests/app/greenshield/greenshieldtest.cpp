#include "greenshieldtest.h"

#include "apptest.h"
#include "domain/enumnames.h"
#include "export/geojson.h"
#include "positionfeed.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QNmeaPositionInfoSource>

#include <cmath>
#include <numbers>

namespace greenshieldtest {

void importDemoAreas(fl::Store &store)
{
    QFile file(QStringLiteral(GREENSHIELD_DEMO_AREAS));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto features = fl::exporters::parseGeoJson(file.readAll());
    REQUIRE(features.ok());
    QList<fl::ProtectedArea> areas;
    for (const fl::exporters::Feature &f : *features) {
        const QString id = f.properties.value(QStringLiteral("areaId")).toString();
        const auto zone = fl::enumFromName<fl::FunctionalZone>(
            f.properties.value(QStringLiteral("zone")).toString());
        REQUIRE(zone.has_value());
        fl::geo::MultiPolygon shape;
        if (const auto *polygon = std::get_if<fl::geo::Polygon>(&f.geometry))
            shape << *polygon;
        else if (const auto *multi = std::get_if<fl::geo::MultiPolygon>(&f.geometry))
            shape = *multi;
        REQUIRE(!shape.isEmpty());
        auto it = std::find_if(areas.begin(), areas.end(),
                               [&](const fl::ProtectedArea &a) { return a.id == id; });
        if (it == areas.end()) {
            areas << fl::ProtectedArea{id,
                                       f.properties.value(QStringLiteral("areaName")).toString(),
                                       f.properties.value(QStringLiteral("level")).toString(),
                                       {}};
            it = areas.end() - 1;
        }
        it->zones << fl::ProtectedArea::Zone{*zone, shape};
    }
    REQUIRE(areas.size() == 1);
    REQUIRE(areas.first().zones.size() == 3);
    for (const auto &area : areas)
        REQUIRE(store.saveProtectedArea(area).ok());
}

QString addClue(fl::Store &store, const QString &code, std::optional<fl::geo::LatLon> at,
                fl::CloseOutState state)
{
    fl::GreenShieldClue clue;
    clue.clueCode = code;
    clue.countyCode = QStringLiteral("652828");
    clue.protectedAreaId = kAreaId;
    clue.protectedAreaName = QStringLiteral("博斯腾湖湿地示范保护区（合成数据）");
    clue.protectedAreaLevel = QStringLiteral("regional");
    clue.suspectedType = fl::ActivityType::Farming;
    clue.suspectedAreaSquareMeters = 1200;
    clue.description = QStringLiteral("Ponds on the lake shore");
    if (at)
        clue.location = fl::Position{at->lat, at->lon, {}, {}};
    auto saved = store.createRecord(fl::RecordKind::GreenShieldClue, clue.toJson(),
                                    QStringLiteral("office"));
    REQUIRE(saved.ok());
    if (state == fl::CloseOutState::Open)
        return saved->meta.id;
    // Closed out at the office, with evidence, as the ledger would send it.
    fl::EvidenceCapture capture;
    capture.sourcePath = QStringLiteral("closed.jpg");
    capture.mediaType = QStringLiteral("image/jpeg");
    capture.linkedRecordId = saved->meta.id;
    capture.linkedItemId = QStringLiteral("close-out");
    auto evidence = store.addEvidenceBytes(QByteArray("jpeg of ") + code.toUtf8(), capture,
                                           QStringLiteral("office"));
    REQUIRE(evidence.ok());
    clue.rectification.state = state;
    clue.rectification.approvedBy = QStringLiteral("county bureau");
    clue.rectification.closedAtMs = store.now();
    clue.rectification.evidenceIds << evidence->meta.id;
    auto closed = store.updateRecord(saved->meta.id, 1, clue.toJson(), QStringLiteral("office"));
    REQUIRE(closed.ok());
    return saved->meta.id;
}

fl::geo::LatLon offset(fl::geo::LatLon from, double bearingDegrees, double meters)
{
    constexpr double earth = 6371008.8;
    const double b = bearingDegrees * std::numbers::pi / 180;
    const double dLat = meters * std::cos(b) / earth * 180 / std::numbers::pi;
    const double dLon = meters * std::sin(b) /
                        (earth * std::cos(from.lat * std::numbers::pi / 180)) * 180 /
                        std::numbers::pi;
    return {from.lat + dLat, from.lon + dLon};
}

namespace {

QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

QByteArray angle(double degrees, int degreeDigits)
{
    const double a = std::abs(degrees);
    const int whole = int(a);
    const double minutes = (a - whole) * 60;
    return QByteArray::number(whole).rightJustified(degreeDigits, '0') +
           QByteArray::number(minutes, 'f', 5).rightJustified(8, '0');
}

} // namespace

QByteArray nmeaFixes(const QList<fl::geo::LatLon> &fixes)
{
    // Recent fixes, so nothing in the feed finds them old.
    QDateTime time = QDateTime::currentDateTimeUtc().addSecs(-qint64(fixes.size()));
    QByteArray out;
    for (const fl::geo::LatLon &p : fixes) {
        const QByteArray hms = time.toString(QStringLiteral("hhmmss.00")).toLatin1();
        const QByteArray date = time.toString(QStringLiteral("ddMMyy")).toLatin1();
        const QByteArray lat = angle(p.lat, 2) + (p.lat < 0 ? ",S" : ",N");
        const QByteArray lon = angle(p.lon, 3) + (p.lon < 0 ? ",W" : ",E");
        out += sentence("GPRMC," + hms + ",A," + lat + ',' + lon + ",0.0,0.0," + date + ",,,A");
        out += sentence("GPGGA," + hms + ',' + lat + ',' + lon + ",1,09,1.0,1050.0,M,-40.0,M,,");
        time = time.addSecs(1);
    }
    return out;
}

std::unique_ptr<PositionFeed> feedAt(const QList<fl::geo::LatLon> &fixes)
{
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
    auto *buffer = new QBuffer(source);
    buffer->setData(nmeaFixes(fixes));
    buffer->open(QIODevice::ReadOnly);
    source->setDevice(buffer);
    source->setUserEquivalentRangeError(5.0); // HDOP 1.0 → ±10 m (2 × HDOP × UERE)
    auto feed = std::make_unique<PositionFeed>();
    feed->setSource(source);
    feed->start();
    return feed;
}

} // namespace greenshieldtest
