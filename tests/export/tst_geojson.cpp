#include <catch2/catch.hpp>

#include "catchqt.h"
#include "export/geojson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::exporters;

namespace {

QJsonObject firstFeature(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    REQUIRE(doc.isObject());
    REQUIRE(doc.object().value(u"type"_s).toString() == u"FeatureCollection"_s);
    const QJsonArray features = doc.object().value(u"features"_s).toArray();
    REQUIRE(features.size() >= 1);
    return features.first().toObject();
}

QJsonArray coordinatesOf(const QJsonObject &feature)
{
    return feature.value(u"geometry"_s).toObject().value(u"coordinates"_s).toArray();
}

// Shoelace on GeoJSON [lon, lat] positions: positive for counter-clockwise.
double signedArea(const QJsonArray &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring.at(i).toArray();
        const QJsonArray b = ring.at(i + 1).toArray();
        sum += a.at(0).toDouble() * b.at(1).toDouble() - b.at(0).toDouble() * a.at(1).toDouble();
    }
    return sum / 2;
}

Feature pointFeature(double lat, double lon, std::optional<double> altitude = std::nullopt)
{
    return Feature{{}, PointGeometry{{lat, lon}, altitude}, {}};
}

// A 1 x 1 degree square near Urumqi, listed clockwise (the wrong way for an outer ring).
geo::Ring clockwiseSquare()
{
    return {{43.0, 87.0}, {44.0, 87.0}, {44.0, 88.0}, {43.0, 88.0}, {43.0, 87.0}};
}

// A small counter-clockwise square inside it, open (last point does not repeat the first).
geo::Ring openCounterClockwiseHole()
{
    return {{43.4, 87.4}, {43.4, 87.6}, {43.6, 87.6}, {43.6, 87.4}};
}

} // namespace

TEST_CASE("GeoJSON writes positions as [lon, lat, alt]", "[geojson]")
{
    const QByteArray json = toGeoJson({pointFeature(43.8, 87.6, 850.5)});
    const QJsonObject feature = firstFeature(json);
    CHECK(feature.value(u"type"_s).toString() == u"Feature"_s);
    CHECK(feature.value(u"geometry"_s).toObject().value(u"type"_s).toString() == u"Point"_s);
    const QJsonArray coordinates = coordinatesOf(feature);
    REQUIRE(coordinates.size() == 3);
    CHECK(coordinates.at(0).toDouble() == 87.6);
    CHECK(coordinates.at(1).toDouble() == 43.8);
    CHECK(coordinates.at(2).toDouble() == 850.5);
    CHECK(json.contains("[87.6,43.8,850.5]"));

    SECTION("no altitude means two numbers")
    {
        CHECK(coordinatesOf(firstFeature(toGeoJson({pointFeature(43.8, 87.6)}))).size() == 2);
    }
    SECTION("a line writes altitude only where known")
    {
        LineGeometry line;
        line.points = {geo::TrackFix{1000, 43.8, 87.6, 900.0, 5.0, 1.2},
                       geo::TrackFix{2000, 43.9, 87.7, std::nullopt, {}, {}}};
        const QByteArray lineJson = toGeoJson({Feature{{}, line, {}}});
        CHECK(lineJson.contains("[[87.6,43.8,900],[87.7,43.9]]"));
        CHECK_FALSE(lineJson.contains("1000")); // time, accuracy, speed are not GeoJSON
    }
}

TEST_CASE("GeoJSON rounds coordinates to 7 decimals", "[geojson]")
{
    const QByteArray json = toGeoJson({pointFeature(43.123456789, 87.00000004, 850.123456789)});
    CHECK(json.contains("[87,43.1234568,850.1234568]"));
    CHECK_FALSE(json.contains("43.12345678"));

    SECTION("negative values round symmetrically")
    {
        const QByteArray south = toGeoJson({pointFeature(-33.87654326, -70.12345674)});
        CHECK(south.contains("[-70.1234567,-33.8765433]"));
    }
    SECTION("no exponent or float noise for ordinary values")
    {
        const QByteArray plain = toGeoJson({pointFeature(0.1 + 0.2, 80.00000001)});
        CHECK(plain.contains("[80,0.3]"));
    }
}

TEST_CASE("GeoJSON polygons follow the right-hand rule", "[geojson]")
{
    geo::Polygon polygon{clockwiseSquare(), {openCounterClockwiseHole()}};
    const QJsonArray rings = coordinatesOf(firstFeature(toGeoJson({Feature{{}, polygon, {}}})));
    REQUIRE(rings.size() == 2);
    const QJsonArray outer = rings.at(0).toArray();
    const QJsonArray hole = rings.at(1).toArray();

    SECTION("outer ring given clockwise is written counter-clockwise")
    {
        CHECK(signedArea(outer) == Approx(1.0));
    }
    SECTION("hole given counter-clockwise is written clockwise")
    {
        CHECK(signedArea(hole) == Approx(-0.04));
    }
    SECTION("an open ring is closed")
    {
        REQUIRE(hole.size() == 5);
        CHECK(hole.first() == hole.last());
        CHECK(outer.size() == 5);
    }
    SECTION("rings already the right way are kept as given")
    {
        geo::Ring ccw = clockwiseSquare();
        std::reverse(ccw.begin(), ccw.end());
        const QJsonArray kept =
            coordinatesOf(firstFeature(toGeoJson({Feature{{}, geo::Polygon{ccw, {}}, {}}})))
                .at(0)
                .toArray();
        CHECK(kept.at(1).toArray() == QJsonArray{88.0, 43.0});
    }
    SECTION("each polygon of a multipolygon is fixed")
    {
        const geo::MultiPolygon multi{polygon, geo::Polygon{clockwiseSquare(), {}}};
        const QJsonArray polygons =
            coordinatesOf(firstFeature(toGeoJson({Feature{{}, multi, {}}})));
        REQUIRE(polygons.size() == 2);
        CHECK(signedArea(polygons.at(0).toArray().at(0).toArray()) > 0);
        CHECK(signedArea(polygons.at(0).toArray().at(1).toArray()) < 0);
        CHECK(signedArea(polygons.at(1).toArray().at(0).toArray()) > 0);
    }
}

TEST_CASE("GeoJSON feature id, properties and null geometry", "[geojson]")
{
    const QJsonObject properties{
        {u"名称"_s, u"天山 生态保护红线"_s}, {u"级别"_s, 1}, {u"note"_s, u"引号\"与换行\n"_s}};
    Feature feature{u"zone-7"_s, std::monostate{}, properties};
    const QByteArray json = toGeoJson({feature, pointFeature(43.8, 87.6)});

    SECTION("Chinese text is written as UTF-8, not mangled")
    {
        CHECK(json.contains(u"\"天山 生态保护红线\""_s.toUtf8()));
    }
    SECTION("null geometry is written as null")
    {
        CHECK(json.contains("\"geometry\":null"));
    }
    SECTION("id only when set")
    {
        CHECK(json.count("\"id\"") == 1);
        CHECK(firstFeature(json).value(u"id"_s).toString() == u"zone-7"_s);
    }
    SECTION("round trip keeps all of it")
    {
        auto parsed = parseGeoJson(json);
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 2);
        const Feature &back = parsed->at(0);
        CHECK(back.id == u"zone-7"_s);
        CHECK(std::holds_alternative<std::monostate>(back.geometry));
        CHECK(back.properties == properties);
        CHECK(back.properties.value(u"名称"_s).toString() == u"天山 生态保护红线"_s);
        CHECK(parsed->at(1).id.isEmpty());
        CHECK(parsed->at(1).properties.isEmpty());
    }
    SECTION("an empty collection")
    {
        CHECK(toGeoJson({}) == QByteArray(R"({"features":[],"type":"FeatureCollection"})"));
        auto parsed = parseGeoJson(toGeoJson({}));
        REQUIRE(parsed.ok());
        CHECK(parsed->isEmpty());
    }
}

TEST_CASE("GeoJSON round trips every geometry type", "[geojson]")
{
    LineGeometry line;
    line.points = {geo::TrackFix{0, 43.8000001, 87.6000001, 900.25, {}, {}},
                   geo::TrackFix{0, 43.81, 87.61, std::nullopt, {}, {}}};
    geo::Polygon polygon{clockwiseSquare(), {openCounterClockwiseHole()}};
    const QList<Feature> features{
        Feature{u"p"_s, PointGeometry{{43.8, 87.6}, 850.0}, {}},
        Feature{u"l"_s, line, {}},
        Feature{u"a"_s, polygon, {}},
        Feature{u"m"_s, geo::MultiPolygon{polygon, polygon}, {}},
    };
    auto parsed = parseGeoJson(toGeoJson(features));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 4);

    const auto *point = std::get_if<PointGeometry>(&parsed->at(0).geometry);
    REQUIRE(point);
    CHECK(point->point == geo::LatLon{43.8, 87.6});
    CHECK(point->altitude == 850.0);

    const auto *backLine = std::get_if<LineGeometry>(&parsed->at(1).geometry);
    REQUIRE(backLine);
    CHECK(backLine->points == line.points);

    const auto *backPolygon = std::get_if<geo::Polygon>(&parsed->at(2).geometry);
    REQUIRE(backPolygon);
    REQUIRE(backPolygon->holes.size() == 1);
    CHECK(backPolygon->outer.size() == 5);
    CHECK(backPolygon->outer.first() == backPolygon->outer.last());
    // Same corners as given, now counter-clockwise: the second vertex is the square's east side.
    CHECK(backPolygon->outer.at(1) == geo::LatLon{43.0, 88.0});
    CHECK(backPolygon->holes.at(0).size() == 5);

    const auto *multi = std::get_if<geo::MultiPolygon>(&parsed->at(3).geometry);
    REQUIRE(multi);
    CHECK(multi->size() == 2);
    CHECK(multi->at(1).outer == backPolygon->outer);
}

TEST_CASE("GeoJSON reads a single Feature or a bare geometry", "[geojson]")
{
    SECTION("Feature with a numeric id and null properties")
    {
        auto parsed = parseGeoJson(R"({"type":"Feature","id":42,"properties":null,
            "geometry":{"type":"Point","coordinates":[87.6,43.8]}})");
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 1);
        CHECK(parsed->at(0).id == u"42"_s);
        CHECK(std::get<PointGeometry>(parsed->at(0).geometry).point == geo::LatLon{43.8, 87.6});
        CHECK_FALSE(std::get<PointGeometry>(parsed->at(0).geometry).altitude.has_value());
    }
    SECTION("bare Polygon, open ring, extra position elements ignored")
    {
        auto parsed = parseGeoJson(R"({"type":"Polygon",
            "coordinates":[[[87,43,1,99],[88,43,1,99],[88,44,1,99]]]})");
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 1);
        const auto &polygon = std::get<geo::Polygon>(parsed->at(0).geometry);
        CHECK(polygon.outer.size() == 3);
        CHECK(polygon.outer.at(2) == geo::LatLon{44, 88});
    }
    SECTION("a UTF-8 file with Chinese names")
    {
        auto parsed = parseGeoJson(
            u"{\"type\":\"Feature\",\"properties\":{\"名称\":\"博格达\"},\"geometry\":null}"_s
                .toUtf8());
        REQUIRE(parsed.ok());
        CHECK(parsed->at(0).properties.value(u"名称"_s).toString() == u"博格达"_s);
    }
}

TEST_CASE("GeoJSON parse errors say what and where", "[geojson]")
{
    const auto failure = [](const char *json) {
        auto parsed = parseGeoJson(QByteArrayView(json));
        REQUIRE_FALSE(parsed.ok());
        return parsed.error();
    };

    SECTION("malformed JSON names the line")
    {
        const Error error = failure("{\"type\":\"FeatureCollection\",\n\"features\":[,]}");
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.contains(u"malformed JSON at line 2"_s));
    }
    SECTION("empty input")
    {
        CHECK(failure("").code == ErrorCode::InvalidInput);
    }
    SECTION("top level not an object")
    {
        CHECK(failure("[1,2]").message.contains(u"object"_s));
    }
    SECTION("no type")
    {
        CHECK(failure(R"({"features":[]})").message.contains(u"type"_s));
    }
    SECTION("unsupported geometry type names the feature index")
    {
        const Error error = failure(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[87,43]}},
            {"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection",
             "geometries":[]}}]})");
        CHECK(error.code == ErrorCode::Unsupported);
        CHECK(error.message.contains(u"feature 1"_s));
        CHECK(error.message.contains(u"GeometryCollection"_s));
    }
    SECTION("unsupported bare geometry")
    {
        const Error error = failure(R"({"type":"MultiPoint","coordinates":[[87,43]]})");
        CHECK(error.code == ErrorCode::Unsupported);
        CHECK(error.message.contains(u"feature 0"_s));
    }
    SECTION("latitude out of range names the feature and the position")
    {
        const Error error = failure(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":null},
            {"type":"Feature","properties":{},"geometry":null},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString",
             "coordinates":[[87,43],[87.5,95]]}}]})");
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.startsWith(u"feature 2: geometry.coordinates[1]"_s));
        CHECK(error.message.contains(u"95"_s));
    }
    SECTION("longitude out of range inside a polygon hole")
    {
        const Error error = failure(R"({"type":"Feature","properties":{},"geometry":{
            "type":"Polygon","coordinates":[[[87,43],[88,43],[88,44],[87,43]],
            [[87.1,43.1],[181,43.2],[87.2,43.2],[87.1,43.1]]]}})");
        CHECK(error.message.startsWith(u"feature 0: geometry.coordinates[1][1]"_s));
    }
    SECTION("coordinates that are not numbers")
    {
        const Error error = failure(R"({"type":"Point","coordinates":["87.6",43.8]})");
        CHECK(error.message.contains(u"not a number"_s));
        CHECK(failure(R"({"type":"Point","coordinates":[87.6]})").code == ErrorCode::InvalidInput);
        CHECK(failure(R"({"type":"Point"})").code == ErrorCode::InvalidInput);
    }
    SECTION("degenerate shapes")
    {
        CHECK(failure(R"({"type":"LineString","coordinates":[[87,43]]})")
                  .message.contains(u"at least 2"_s));
        CHECK(failure(R"({"type":"Polygon","coordinates":[[[87,43],[88,43],[87,43]]]})")
                  .message.contains(u"3 distinct"_s));
        CHECK(failure(R"({"type":"Polygon","coordinates":[]})").code == ErrorCode::InvalidInput);
    }
    SECTION("structural mistakes")
    {
        CHECK(failure(R"({"type":"FeatureCollection","features":{}})")
                  .message.contains(u"features"_s));
        CHECK(failure(R"({"type":"FeatureCollection","features":[{"type":"Point"}]})")
                  .message.contains(u"feature 0"_s));
        CHECK(failure(R"({"type":"Feature","properties":[1],"geometry":null})")
                  .message.contains(u"properties"_s));
        CHECK(failure(R"({"type":"Feature","properties":{},"geometry":"Point"})")
                  .message.contains(u"geometry"_s));
    }
}
