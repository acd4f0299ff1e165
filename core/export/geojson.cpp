#include "geojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::exporters {
namespace {

// ---- writing ----

// 1e-7 degree is about 1 cm on the ground; more digits are false precision (RFC 7946 §11.2).
// n / 1e7 is correctly rounded, so the shortest decimal form Qt writes has at most 7 decimals.
double roundCoordinate(double value)
{
    return std::round(value * 1e7) / 1e7;
}

QJsonArray position(double lat, double lon, std::optional<double> altitude)
{
    QJsonArray result{roundCoordinate(lon), roundCoordinate(lat)};
    if (altitude)
        result.append(roundCoordinate(*altitude));
    return result;
}

QJsonArray position(geo::LatLon point)
{
    return position(point.lat, point.lon, std::nullopt);
}

// Twice the signed area in the lon/lat plane (shoelace), positive when counter-clockwise.
// Offsets from the first vertex keep precision for small rings far from (0, 0).
double signedDoubleArea(const geo::Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    const geo::LatLon origin = ring.first();
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const geo::LatLon &a = ring[i];
        const geo::LatLon &b = ring[(i + 1) % ring.size()];
        sum += (a.lon - origin.lon) * (b.lat - origin.lat) -
               (b.lon - origin.lon) * (a.lat - origin.lat);
    }
    return sum;
}

// RFC 7946 wants closed rings, outer counter-clockwise and holes clockwise; callers may hand
// us either orientation (and open rings), so both are fixed here.
QJsonArray ringJson(geo::Ring ring, bool counterClockwise)
{
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    const double area = signedDoubleArea(ring);
    if ((counterClockwise && area < 0) || (!counterClockwise && area > 0))
        std::reverse(ring.begin(), ring.end());
    QJsonArray result;
    for (const geo::LatLon &point : std::as_const(ring))
        result.append(position(point));
    return result;
}

QJsonArray polygonCoordinates(const geo::Polygon &polygon)
{
    QJsonArray rings{ringJson(polygon.outer, true)};
    for (const geo::Ring &hole : polygon.holes)
        rings.append(ringJson(hole, false));
    return rings;
}

QJsonObject geometryObject(const QString &type, const QJsonArray &coordinates)
{
    return QJsonObject{{u"type"_s, type}, {u"coordinates"_s, coordinates}};
}

template <typename... Fs>
struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

QJsonValue geometryJson(const Geometry &geometry)
{
    return std::visit(
        Overloaded{
            [](std::monostate) { return QJsonValue(QJsonValue::Null); },
            [](const PointGeometry &g) {
                return QJsonValue(
                    geometryObject(u"Point"_s, position(g.point.lat, g.point.lon, g.altitude)));
            },
            [](const LineGeometry &g) {
                QJsonArray coordinates;
                for (const geo::TrackFix &fix : g.points)
                    coordinates.append(position(fix.lat, fix.lon, fix.altitude));
                return QJsonValue(geometryObject(u"LineString"_s, coordinates));
            },
            [](const geo::Polygon &g) {
                return QJsonValue(geometryObject(u"Polygon"_s, polygonCoordinates(g)));
            },
            [](const geo::MultiPolygon &g) {
                QJsonArray coordinates;
                for (const geo::Polygon &polygon : g)
                    coordinates.append(polygonCoordinates(polygon));
                return QJsonValue(geometryObject(u"MultiPolygon"_s, coordinates));
            },
        },
        geometry);
}

QJsonObject featureJson(const Feature &feature)
{
    QJsonObject result{{u"type"_s, u"Feature"_s},
                       {u"geometry"_s, geometryJson(feature.geometry)},
                       {u"properties"_s, feature.properties}};
    if (!feature.id.isEmpty())
        result.insert(u"id"_s, feature.id);
    return result;
}

// ---- reading ----

Error invalid(const QString &where, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, where + u": "_s + what);
}

struct Position
{
    geo::LatLon point;
    std::optional<double> altitude;
};

Result<Position> parsePosition(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        return invalid(where, u"a position must be an array of numbers"_s);
    const QJsonArray array = value.toArray();
    if (array.size() < 2)
        return invalid(where, u"a position needs a longitude and a latitude"_s);
    // Elements beyond the altitude are allowed by RFC 7946 and ignored.
    for (qsizetype i = 0; i < std::min<qsizetype>(array.size(), 3); ++i) {
        if (!array.at(i).isDouble())
            return invalid(where, u"element %1 is not a number"_s.arg(i));
    }
    const double lon = array.at(0).toDouble();
    const double lat = array.at(1).toDouble();
    if (!geo::isValidWgs84(lat, lon))
        return invalid(
            where, u"longitude %1, latitude %2 is outside the WGS-84 range"_s.arg(lon).arg(lat));
    Position result{{lat, lon}, std::nullopt};
    if (array.size() >= 3)
        result.altitude = array.at(2).toDouble();
    return result;
}

Result<QList<Position>> parsePositions(const QJsonValue &value, const QString &where,
                                       qsizetype minimum)
{
    if (!value.isArray())
        return invalid(where, u"expected an array of positions"_s);
    const QJsonArray array = value.toArray();
    if (array.size() < minimum)
        return invalid(where,
                       u"needs at least %1 positions, has %2"_s.arg(minimum).arg(array.size()));
    QList<Position> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto parsed = parsePosition(array.at(i), where + u"[%1]"_s.arg(i));
        if (!parsed)
            return parsed.error();
        result.append(*parsed);
    }
    return result;
}

Result<geo::Ring> parseRing(const QJsonValue &value, const QString &where)
{
    auto positions = parsePositions(value, where, 3);
    if (!positions)
        return positions.error();
    geo::Ring ring;
    for (const Position &p : std::as_const(*positions))
        ring.append(p.point);
    // Tolerate open rings from sloppy tools, but a ring needs three distinct corners.
    const qsizetype corners = ring.size() - (ring.first() == ring.last() ? 1 : 0);
    if (corners < 3)
        return invalid(where, u"a linear ring needs at least 3 distinct positions"_s);
    return ring;
}

Result<geo::Polygon> parsePolygon(const QJsonValue &value, const QString &where)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return invalid(where, u"a polygon must be a non-empty array of rings"_s);
    const QJsonArray rings = value.toArray();
    geo::Polygon polygon;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        auto ring = parseRing(rings.at(i), where + u"[%1]"_s.arg(i));
        if (!ring)
            return ring.error();
        if (i == 0)
            polygon.outer = std::move(*ring);
        else
            polygon.holes.append(std::move(*ring));
    }
    return polygon;
}

Result<Geometry> parseMultiPolygon(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        return invalid(where, u"a multipolygon must be an array of polygons"_s);
    const QJsonArray polygons = value.toArray();
    geo::MultiPolygon result;
    for (qsizetype i = 0; i < polygons.size(); ++i) {
        auto polygon = parsePolygon(polygons.at(i), where + u"[%1]"_s.arg(i));
        if (!polygon)
            return polygon.error();
        result.append(std::move(*polygon));
    }
    return Geometry{std::move(result)};
}

Result<Geometry> parseLineString(const QJsonValue &value, const QString &where)
{
    auto positions = parsePositions(value, where, 2);
    if (!positions)
        return positions.error();
    LineGeometry line;
    for (const Position &p : std::as_const(*positions))
        line.points.append(geo::TrackFix{0, p.point.lat, p.point.lon, p.altitude, {}, {}});
    return Geometry{std::move(line)};
}

Result<Geometry> parseGeometry(const QJsonValue &value, const QString &where)
{
    if (value.isNull() || value.isUndefined())
        return Geometry{};
    if (!value.isObject())
        return invalid(where, u"a geometry must be an object or null"_s);
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    const QJsonValue coordinates = object.value(u"coordinates"_s);
    const QString at = where + u".coordinates"_s;
    if (type == u"Point"_s) {
        auto p = parsePosition(coordinates, at);
        if (!p)
            return p.error();
        return Geometry{PointGeometry{p->point, p->altitude}};
    }
    if (type == u"LineString"_s)
        return parseLineString(coordinates, at);
    if (type == u"Polygon"_s) {
        auto polygon = parsePolygon(coordinates, at);
        if (!polygon)
            return polygon.error();
        return Geometry{std::move(*polygon)};
    }
    if (type == u"MultiPolygon"_s)
        return parseMultiPolygon(coordinates, at);
    return makeError(ErrorCode::Unsupported,
                     where + u": geometry type \"%1\" is not supported "
                             "(Point, LineString, Polygon, MultiPolygon are)"_s.arg(type));
}

// RFC 7946 allows a string or a number as id; we keep it as text either way.
QString idText(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

Result<Feature> parseFeature(const QJsonValue &value, qsizetype index)
{
    const QString where = u"feature %1"_s.arg(index);
    if (!value.isObject() || value.toObject().value(u"type"_s).toString() != u"Feature"_s)
        return invalid(where, u"not a Feature object"_s);
    const QJsonObject object = value.toObject();
    Feature feature;
    feature.id = idText(object.value(u"id"_s));
    const QJsonValue properties = object.value(u"properties"_s);
    if (properties.isObject())
        feature.properties = properties.toObject();
    else if (!properties.isNull() && !properties.isUndefined())
        return invalid(where, u"properties must be an object or null"_s);
    auto geometry = parseGeometry(object.value(u"geometry"_s), where + u": geometry"_s);
    if (!geometry)
        return geometry.error();
    feature.geometry = std::move(*geometry);
    return feature;
}

Result<QList<Feature>> parseFeatureCollection(const QJsonObject &object)
{
    const QJsonValue features = object.value(u"features"_s);
    if (!features.isArray())
        return invalid(u"FeatureCollection"_s, u"\"features\" must be an array"_s);
    const QJsonArray array = features.toArray();
    QList<Feature> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto feature = parseFeature(array.at(i), i);
        if (!feature)
            return feature.error();
        result.append(std::move(*feature));
    }
    return result;
}

// Line and column help whoever has to fix a hand-edited file.
Error jsonSyntaxError(QByteArrayView json, const QJsonParseError &error)
{
    const QByteArrayView before = json.first(std::min<qsizetype>(error.offset, json.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return makeError(ErrorCode::InvalidInput,
                     u"malformed JSON at line %1, column %2: %3"_s.arg(line).arg(column).arg(
                         error.errorString()));
}

} // namespace

QByteArray toGeoJson(const QList<Feature> &features)
{
    QJsonArray array;
    for (const Feature &feature : features)
        array.append(featureJson(feature));
    const QJsonObject collection{{u"type"_s, u"FeatureCollection"_s}, {u"features"_s, array}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

Result<QList<Feature>> parseGeoJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return jsonSyntaxError(json, error);
    if (!document.isObject())
        return makeError(ErrorCode::InvalidInput, u"GeoJSON must be a JSON object"_s);
    const QJsonObject object = document.object();
    const QString type = object.value(u"type"_s).toString();
    if (type.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"not GeoJSON: no \"type\" member"_s);
    if (type == u"FeatureCollection"_s)
        return parseFeatureCollection(object);
    if (type == u"Feature"_s) {
        auto feature = parseFeature(object, 0);
        if (!feature)
            return feature.error();
        return QList<Feature>{std::move(*feature)};
    }
    // Anything else is read as a bare geometry; unknown types are reported there.
    auto geometry = parseGeometry(object, u"feature 0: geometry"_s);
    if (!geometry)
        return geometry.error();
    return QList<Feature>{Feature{{}, std::move(*geometry), {}}};
}

} // namespace fl::exporters
