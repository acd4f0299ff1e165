#include "trackjson.h"

namespace fl {

namespace {

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QJsonArray trackFixToJson(const geo::TrackFix &fix)
{
    return {fix.timeMs,
            fix.lat,
            fix.lon,
            optionalValue(fix.altitude),
            optionalValue(fix.hAccuracy),
            optionalValue(fix.speed)};
}

geo::TrackFix trackFixFromJson(const QJsonArray &fix)
{
    geo::TrackFix parsed;
    parsed.timeMs = fix.at(0).toInteger();
    parsed.lat = fix.at(1).toDouble();
    parsed.lon = fix.at(2).toDouble();
    parsed.altitude = optionalNumber(fix.at(3));
    parsed.hAccuracy = optionalNumber(fix.at(4));
    parsed.speed = optionalNumber(fix.at(5));
    return parsed;
}

} // namespace fl
