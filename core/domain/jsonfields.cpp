#include "jsonfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::json {

QString joinPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + u'.' + key;
}

QString indexPath(const QString &base, qsizetype index)
{
    return base + u'[' + QString::number(index) + u']';
}

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putTexts(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

void putNonZero(QJsonObject &object, const QString &key, qint64 value)
{
    if (value != 0)
        object.insert(key, QJsonValue(value));
}

void putNonZero(QJsonObject &object, const QString &key, double value)
{
    if (value != 0)
        object.insert(key, value);
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, QJsonValue(*value));
}

void putObject(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putArray(QJsonObject &object, const QString &key, const QJsonArray &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject positionToJson(const Position &position)
{
    QJsonObject object{{u"lat"_s, position.lat}, {u"lon"_s, position.lon}};
    putOptional(object, u"altitude"_s, position.altitude);
    putOptional(object, u"accuracy"_s, position.accuracy);
    return object;
}

QJsonArray polygonToJson(const geo::Polygon &polygon)
{
    const auto ringToJson = [](const geo::Ring &ring) {
        return arrayOf(ring, [](const geo::LatLon &p) { return QJsonArray{p.lon, p.lat}; });
    };
    QJsonArray rings{ringToJson(polygon.outer)};
    for (const geo::Ring &hole : polygon.holes)
        rings.append(ringToJson(hole));
    return rings;
}

bool isFiniteNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble());
}

Reader::Reader(QJsonObject object, std::optional<Error> *error, QString path)
    : m_object(std::move(object))
    , m_error(error)
    , m_path(std::move(path))
{}

void Reader::fail(const QString &path, const QString &message)
{
    if (!m_error->has_value())
        *m_error = makeError(ErrorCode::InvalidInput, path + u": "_s + message);
}

QJsonValue Reader::get(const QString &key, Need need)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && need == Need::Required)
        fail(pathOf(key), u"required but missing"_s);
    return value;
}

QString Reader::text(const QString &key)
{
    const QJsonValue value = get(key, Need::Optional);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(pathOf(key), u"expected text"_s);
        return {};
    }
    return value.toString();
}

QStringList Reader::texts(const QString &key)
{
    QStringList out;
    const QJsonArray values = array(key);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            fail(indexPath(pathOf(key), i), u"expected text"_s);
            return {};
        }
        out.append(values.at(i).toString());
    }
    return out;
}

qint64 Reader::integer(const QString &key, Need need)
{
    const QJsonValue value = get(key, need);
    if (value.isUndefined())
        return 0;
    const qint64 whole = value.toInteger();
    if (!isFiniteNumber(value) || double(whole) != value.toDouble()) {
        fail(pathOf(key), u"expected a whole number"_s);
        return 0;
    }
    return whole;
}

std::optional<qint64> Reader::optionalInteger(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return integer(key, Need::Required);
}

double Reader::number(const QString &key, Need need)
{
    const QJsonValue value = get(key, need);
    if (value.isUndefined())
        return 0;
    if (!isFiniteNumber(value)) {
        fail(pathOf(key), u"expected a number"_s);
        return 0;
    }
    return value.toDouble();
}

std::optional<double> Reader::optionalNumber(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return number(key, Need::Required);
}

bool Reader::boolean(const QString &key, Need need, bool fallback)
{
    const QJsonValue value = get(key, need);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(pathOf(key), u"expected true or false"_s);
        return fallback;
    }
    return value.toBool();
}

std::optional<Reader> Reader::object(const QString &key, Need need)
{
    const QJsonValue value = get(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        fail(pathOf(key), u"expected an object"_s);
        return std::nullopt;
    }
    return Reader(value.toObject(), m_error, pathOf(key));
}

QJsonArray Reader::array(const QString &key)
{
    const QJsonValue value = get(key, Need::Optional);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(pathOf(key), u"expected a list"_s);
        return {};
    }
    return value.toArray();
}

std::optional<Position> Reader::optionalPosition(const QString &key)
{
    auto in = object(key, Need::Optional);
    if (!in)
        return std::nullopt;
    Position position;
    position.lat = in->number(u"lat"_s, Need::Required);
    position.lon = in->number(u"lon"_s, Need::Required);
    position.altitude = in->optionalNumber(u"altitude"_s);
    position.accuracy = in->optionalNumber(u"accuracy"_s);
    return position;
}

Position Reader::position(const QString &key)
{
    if (!m_object.contains(key)) {
        fail(pathOf(key), u"required but missing"_s);
        return {};
    }
    return optionalPosition(key).value_or(Position{});
}

std::optional<geo::Polygon> Reader::optionalPolygon(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonArray rings = array(key);
    geo::Polygon polygon;
    for (qsizetype r = 0; r < rings.size() && !failed(); ++r) {
        const QString ringPath = indexPath(pathOf(key), r);
        if (!rings.at(r).isArray()) {
            fail(ringPath, u"expected a list of [longitude, latitude] points"_s);
            break;
        }
        geo::Ring ring;
        const QJsonArray points = rings.at(r).toArray();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray pair = points.at(i).toArray();
            if (!points.at(i).isArray() || pair.size() != 2 || !isFiniteNumber(pair.at(0)) ||
                !isFiniteNumber(pair.at(1))) {
                fail(indexPath(ringPath, i), u"expected [longitude, latitude]"_s);
                return std::nullopt;
            }
            ring.append(geo::LatLon{pair.at(1).toDouble(), pair.at(0).toDouble()});
        }
        if (r == 0)
            polygon.outer = ring;
        else
            polygon.holes.append(ring);
    }
    if (failed())
        return std::nullopt;
    return polygon;
}

} // namespace fl::json
