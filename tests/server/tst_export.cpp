// `ledgerd export`: the ledger's records as GeoJSON, GPX and CSV, read back with the core's own
// readers: every record once, the patrol with the track the device recorded.

#include "ledgerdharness.h"

#include "export/csv.h"
#include "export/geojson.h"
#include "export/gpx.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

QByteArray exported(LedgerdProcess &server, const QTemporaryDir &dir, const QStringList &args)
{
    const QString out = dir.filePath(u"export"_s);
    QFile::remove(out);
    const ProgramRun run = server.office(QStringList{u"export"_s, u"--out"_s, out} + args);
    INFO((run.out + run.err).toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("ledgerd export writes the ledger's records as GeoJSON, GPX and CSV", "[server][export]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay(); // a patrol with a 30-fix track and a photo, an inspection
    const QList<QByteArray> payloads = device.pendingPayloads();
    REQUIRE(device.push(server, payloads).status == 200);
    QTemporaryDir dir;

    auto features = exporters::parseGeoJson(exported(server, dir, {u"--format"_s, u"geojson"_s}));
    REQUIRE(features.ok());
    QStringList kinds;
    qsizetype trackPoints = 0;
    for (const auto &f : *features) {
        kinds << f.properties[u"kind"_s].toString();
        if (const auto *line = std::get_if<exporters::LineGeometry>(&f.geometry))
            trackPoints = line->points.size();
    }
    CHECK(kinds.count(u"patrol"_s) == 1);
    CHECK(kinds.count(u"inspection"_s) == 1);
    CHECK(kinds.count(u"evidence"_s) == 1);
    CHECK(trackPoints == 30);

    auto gpx = exporters::parseGpx(exported(server, dir, {u"--format"_s, u"gpx"_s}));
    REQUIRE(gpx.ok());
    REQUIRE(gpx->tracks.size() == 1);
    qsizetype fixes = 0;
    for (const auto &segment : gpx->tracks.first().segments)
        fixes += segment.size();
    CHECK(fixes == 30);

    auto csv = exporters::parseCsv(
        exported(server, dir, {u"--format"_s, u"csv"_s, u"--kind"_s, u"inspection"_s}));
    REQUIRE(csv.ok());
    CHECK(csv->size() == 2); // the header and the one inspection

    // A CSV needs a kind, and an unknown format is refused: exit 1 with a message.
    CHECK(server.office({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"x"_s)})
              .exitCode == 1);
    CHECK(server.office({u"export"_s, u"--format"_s, u"kml"_s, u"--out"_s, dir.filePath(u"x"_s)})
              .exitCode == 1);
}
