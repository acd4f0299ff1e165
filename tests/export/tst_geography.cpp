// The real geography shipped for the map (assets/geo, made by scripts/make-geography.py) reads
// with the core's GeoJSON reader, and the demo's places lie where they should on it.

#include "export/geojson.h"
#include "geo/polygon.h"

#include "catchqt.h"

#include <QFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace fl;

namespace {

QList<exporters::Feature> readAsset(const QString &name)
{
    QFile file(QStringLiteral(GEO_ASSETS) + u'/' + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto features = exporters::parseGeoJson(file.readAll());
    INFO((features ? QString() : features.error().toString()).toStdString());
    REQUIRE(features.ok());
    return *features;
}

} // namespace

TEST_CASE("the Xinjiang border holds the demo's places and not its neighbours'", "[geography]")
{
    const auto border = readAsset(u"xinjiang-border.geojson"_s);
    REQUIRE(border.size() == 1);
    const auto *region = std::get_if<geo::MultiPolygon>(&border.first().geometry);
    REQUIRE(region);
    CHECK(geo::contains(*region, {43.82, 87.62}));       // Urumqi, the demo patrol
    CHECK(geo::contains(*region, {41.945, 86.79}));      // the demo clue by Bosten Lake
    CHECK(geo::contains(*region, {39.47, 75.99}));       // Kashgar
    CHECK_FALSE(geo::contains(*region, {36.06, 103.8})); // Lanzhou, Gansu
    CHECK_FALSE(geo::contains(*region, {43.24, 76.89})); // Almaty, Kazakhstan
}

TEST_CASE("rivers and lake shores read as lines, Bosten Lake's shore near the demo clue",
          "[geography]")
{
    const auto rivers = readAsset(u"xinjiang-rivers.geojson"_s);
    CHECK(rivers.size() > 300);
    const auto lakes = readAsset(u"xinjiang-lakes.geojson"_s);
    double nearest = 1e9;
    for (const auto &f : lakes) {
        const auto *line = std::get_if<exporters::LineGeometry>(&f.geometry);
        REQUIRE(line);
        for (const auto &p : line->points)
            nearest = std::min(nearest, std::hypot(p.lat - 41.945, p.lon - 86.79));
    }
    CHECK(nearest < 0.05); // degrees: the clue is a few km from the shore
}
