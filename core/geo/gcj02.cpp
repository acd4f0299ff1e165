#include "gcj02.h"

#include <cmath>
#include <numbers>

namespace fl::geo {

namespace {

// Constants of the widely published GCJ-02 algorithm: the Krasovsky 1940 ellipsoid.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kPi = std::numbers::pi;
constexpr double kInverseToleranceDeg = 1e-9;
constexpr int kInverseMaxIterations = 30; // converges in 2-3: the shift barely varies locally

double transformLat(double x, double y)
{
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return ret;
}

double transformLon(double x, double y)
{
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return ret;
}

// The forward shift in degrees (GCJ-02 minus WGS-84) at a WGS-84 point inside China.
LatLon shift(LatLon wgs)
{
    const double x = wgs.lon - 105.0;
    const double y = wgs.lat - 35.0;
    const double radLat = wgs.lat / 180.0 * kPi;
    const double sinLat = std::sin(radLat);
    const double magic = 1.0 - kEe * sinLat * sinLat;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat =
        (transformLat(x, y) * 180.0) / ((kA * (1.0 - kEe)) / (magic * sqrtMagic) * kPi);
    const double dLon = (transformLon(x, y) * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {dLat, dLon};
}

} // namespace

bool isInsideChina(LatLon p)
{
    return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LatLon wgs84ToGcj02(LatLon wgs)
{
    if (!isInsideChina(wgs)) // also false for NaN, which passes through unchanged
        return wgs;
    const LatLon d = shift(wgs);
    return {wgs.lat + d.lat, wgs.lon + d.lon};
}

// Fixed-point iteration wgs <- wgs - (forward(wgs) - gcj). The shift changes by well under a
// millionth of its size per metre, so each step gains about six digits.
LatLon gcj02ToWgs84(LatLon gcj)
{
    if (!isInsideChina(gcj))
        return gcj;
    LatLon wgs = gcj;
    for (int i = 0; i < kInverseMaxIterations; ++i) {
        const LatLon forward = wgs84ToGcj02(wgs);
        const double errLat = forward.lat - gcj.lat;
        const double errLon = forward.lon - gcj.lon;
        if (std::abs(errLat) < kInverseToleranceDeg && std::abs(errLon) < kInverseToleranceDeg)
            break;
        wgs.lat -= errLat;
        wgs.lon -= errLon;
    }
    return wgs;
}

} // namespace fl::geo
