#include "geodesic.h"

#include <cmath>
#include <numbers>

namespace fl::geo {

namespace {

constexpr double kA = 6378137.0;           // WGS-84 semi-major axis, metres
constexpr double kF = 1.0 / 298.257223563; // WGS-84 flattening
constexpr double kB = kA * (1.0 - kF);     // semi-minor axis
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr int kMaxIterations = 200;    // converges in < 10 except near antipodes
constexpr double kConvergence = 1e-12; // radians of lambda, ~0.006 mm

// Radius of the sphere whose half great circle equals the WGS-84 half meridian (20,003.93 km).
// The fallback only runs for nearly antipodal points, whose geodesic runs close to a meridian,
// so this radius is much closer there than the mean radius (which would overshoot by 11 km).
constexpr double kRectifyingRadius = 6367449.146;

struct Inverse
{
    double distance = 0;
    double bearingRad = 0;
};

double normalizeLonDiffRad(double d)
{
    d = std::remainder(d, 2.0 * std::numbers::pi);
    return d;
}

Inverse spherical(LatLon a, LatLon b)
{
    const double phi1 = a.lat * kDegToRad;
    const double phi2 = b.lat * kDegToRad;
    const double dLambda = normalizeLonDiffRad((b.lon - a.lon) * kDegToRad);
    const double sinDPhi = std::sin((phi2 - phi1) / 2.0);
    const double sinDLambda = std::sin(dLambda / 2.0);
    const double h = sinDPhi * sinDPhi + std::cos(phi1) * std::cos(phi2) * sinDLambda * sinDLambda;
    const double central = 2.0 * std::atan2(std::sqrt(h), std::sqrt(std::max(0.0, 1.0 - h)));
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x =
        std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    return {kRectifyingRadius * central, std::atan2(y, x)};
}

// Vincenty (1975) inverse. Returns the spherical estimate when lambda does not converge, which
// happens only for nearly antipodal points.
Inverse vincenty(LatLon a, LatLon b)
{
    const double L = normalizeLonDiffRad((b.lon - a.lon) * kDegToRad);
    const double tanU1 = (1.0 - kF) * std::tan(a.lat * kDegToRad);
    const double tanU2 = (1.0 - kF) * std::tan(b.lat * kDegToRad);
    const double cosU1 = 1.0 / std::sqrt(1.0 + tanU1 * tanU1);
    const double cosU2 = 1.0 / std::sqrt(1.0 + tanU2 * tanU2);
    const double sinU1 = tanU1 * cosU1;
    const double sinU2 = tanU2 * cosU2;

    double lambda = L;
    double sinLambda = 0, cosLambda = 0, sinSigma = 0, cosSigma = 0, sigma = 0;
    double cosSqAlpha = 0, cos2SigmaM = 0;
    bool converged = false;
    for (int i = 0; i < kMaxIterations; ++i) {
        sinLambda = std::sin(lambda);
        cosLambda = std::cos(lambda);
        const double t1 = cosU2 * sinLambda;
        const double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
        const double sinSqSigma = t1 * t1 + t2 * t2;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        if (sinSqSigma < 1e-24) {
            if (cosSigma > 0)
                return {};          // coincident points
            return spherical(a, b); // exactly antipodal: the azimuth is undefined
        }
        sinSigma = std::sqrt(sinSqSigma);
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        cosSqAlpha = 1.0 - sinAlpha * sinAlpha;
        // On the equator cosSqAlpha is 0 and cos2SigmaM is irrelevant.
        cos2SigmaM = cosSqAlpha != 0.0 ? cosSigma - 2.0 * sinU1 * sinU2 / cosSqAlpha : 0.0;
        const double C = kF / 16.0 * cosSqAlpha * (4.0 + kF * (4.0 - 3.0 * cosSqAlpha));
        const double previous = lambda;
        lambda = L + (1.0 - C) * kF * sinAlpha *
                         (sigma +
                          C * sinSigma *
                              (cos2SigmaM + C * cosSigma * (-1.0 + 2.0 * cos2SigmaM * cos2SigmaM)));
        if (!std::isfinite(lambda) || std::abs(lambda) > std::numbers::pi)
            break; // diverging: nearly antipodal
        if (std::abs(lambda - previous) < kConvergence) {
            converged = true;
            break;
        }
    }
    if (!converged)
        return spherical(a, b);

    const double uSq = cosSqAlpha * (kA * kA - kB * kB) / (kB * kB);
    const double A = 1.0 + uSq / 16384.0 * (4096.0 + uSq * (-768.0 + uSq * (320.0 - 175.0 * uSq)));
    const double B = uSq / 1024.0 * (256.0 + uSq * (-128.0 + uSq * (74.0 - 47.0 * uSq)));
    const double c2 = cos2SigmaM * cos2SigmaM;
    const double deltaSigma =
        B * sinSigma *
        (cos2SigmaM +
         B / 4.0 *
             (cosSigma * (-1.0 + 2.0 * c2) -
              B / 6.0 * cos2SigmaM * (-3.0 + 4.0 * sinSigma * sinSigma) * (-3.0 + 4.0 * c2)));
    const double distance = kB * A * (sigma - deltaSigma);
    const double bearing = std::atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    return {distance, bearing};
}

} // namespace

double distanceMeters(LatLon a, LatLon b)
{
    if (!isValidWgs84(a) || !isValidWgs84(b))
        return std::nan("");
    return vincenty(a, b).distance;
}

double initialBearingDegrees(LatLon a, LatLon b)
{
    if (!isValidWgs84(a) || !isValidWgs84(b))
        return std::nan("");
    double deg = vincenty(a, b).bearingRad * kRadToDeg;
    deg = std::fmod(deg + 360.0, 360.0);
    return deg >= 360.0 ? 0.0 : deg; // fmod can round -tiny + 360 up to exactly 360
}

double trackLengthMeters(const QList<TrackFix> &fixes)
{
    double total = 0;
    for (qsizetype i = 1; i < fixes.size(); ++i)
        total += distanceMeters(fixes[i - 1].position(), fixes[i].position());
    return total;
}

} // namespace fl::geo
