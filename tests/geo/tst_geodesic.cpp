#include <catch2/catch.hpp>

#include "geo/geodesic.h"

#include <chrono>
#include <cmath>

using namespace fl::geo;

namespace {

double dms(double d, double m, double s)
{
    return d + m / 60.0 + s / 3600.0;
}

const LatLon kUrumqi{43.8256, 87.6168};
const LatLon kKashgar{39.4704, 75.9898};

} // namespace

TEST_CASE("distanceMeters matches Vincenty's published example", "[geodesic]")
{
    // Flinders Peak to Buninyong, Vincenty (1975) / Geoscience Australia: 54,972.271 m.
    const LatLon flinders{-dms(37, 57, 3.72030), dms(144, 25, 29.52440)};
    const LatLon buninyong{-dms(37, 39, 10.15610), dms(143, 55, 35.38390)};
    CHECK(distanceMeters(flinders, buninyong) == Approx(54972.271).margin(0.001));
    CHECK(distanceMeters(buninyong, flinders) == Approx(54972.271).margin(0.001));
    // Published forward azimuth 306°52'05.37".
    CHECK(initialBearingDegrees(flinders, buninyong) ==
          Approx(dms(306, 52, 5.37)).margin(1.0 / 3600.0));
}

TEST_CASE("distanceMeters on the equator and a meridian", "[geodesic]")
{
    SECTION("one degree of longitude on the equator is a * pi / 180")
    {
        CHECK(distanceMeters({0, 0}, {0, 1}) == Approx(111319.4908).margin(0.001));
    }
    SECTION("one degree of latitude from the equator")
    {
        CHECK(distanceMeters({0, 0}, {1, 0}) == Approx(110574.389).margin(0.01));
    }
    SECTION("across the antimeridian takes the short way")
    {
        CHECK(distanceMeters({0, 179.5}, {0, -179.5}) == Approx(111319.4908).margin(0.001));
    }
}

TEST_CASE("distanceMeters Urumqi to Kashgar is plausible", "[geodesic]")
{
    const double d = distanceMeters(kUrumqi, kKashgar);
    // The spherical (haversine) estimate is 1,079.3 km; the ellipsoid differs by well under 0.5 %.
    CHECK(d == Approx(1079308.0).epsilon(0.005));
    CHECK(d != Approx(1079308.0).epsilon(1e-6)); // really ellipsoidal, not the sphere
    CHECK(distanceMeters(kKashgar, kUrumqi) == Approx(d).margin(1e-6));
}

TEST_CASE("distanceMeters of a point to itself is zero", "[geodesic]")
{
    CHECK(distanceMeters(kUrumqi, kUrumqi) == 0.0);
    CHECK(distanceMeters({90, 0}, {90, 120}) == Approx(0.0).margin(1e-6));
    CHECK(distanceMeters({0, 0}, {0, 0}) == 0.0);
}

TEST_CASE("distanceMeters of antipodal points terminates with half a meridian", "[geodesic]")
{
    const auto start = std::chrono::steady_clock::now();
    SECTION("exactly antipodal on the equator")
    {
        CHECK(distanceMeters({0, 0}, {0, 180}) == Approx(20003931.46).margin(1.0));
    }
    SECTION("exactly antipodal off the equator")
    {
        CHECK(distanceMeters({43.8, 87.6}, {-43.8, -92.4}) == Approx(20003931.46).margin(1.0));
    }
    SECTION("nearly antipodal, where Vincenty does not converge")
    {
        const double d = distanceMeters({0, 0}, {0.5, 179.7});
        CHECK(std::isfinite(d));
        CHECK(d > 19.9e6);
        CHECK(d < 20.0039e6);
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("distanceMeters of invalid coordinates is NaN", "[geodesic]")
{
    CHECK(std::isnan(distanceMeters({NAN, 0}, {0, 0})));
    CHECK(std::isnan(distanceMeters({0, 0}, {91, 0})));
    CHECK(std::isnan(initialBearingDegrees({0, 0}, {0, 200})));
}

TEST_CASE("initialBearingDegrees", "[geodesic]")
{
    SECTION("due north is 0")
    {
        CHECK(initialBearingDegrees(kUrumqi, {44.0, kUrumqi.lon}) == Approx(0.0).margin(1e-9));
    }
    SECTION("due south is 180")
    {
        CHECK(initialBearingDegrees(kUrumqi, {43.0, kUrumqi.lon}) == Approx(180.0).margin(1e-9));
    }
    SECTION("due east on the equator is 90, and near 90 for a short hop at Urumqi")
    {
        CHECK(initialBearingDegrees({0, 0}, {0, 1}) == Approx(90.0).margin(1e-9));
        CHECK(initialBearingDegrees(kUrumqi, {kUrumqi.lat, kUrumqi.lon + 0.01}) ==
              Approx(90.0).margin(0.01));
    }
    SECTION("due west is 270, never negative")
    {
        const double b = initialBearingDegrees({0, 0}, {0, -1});
        CHECK(b == Approx(270.0).margin(1e-9));
    }
    SECTION("result is within [0, 360)")
    {
        for (double lon = -3.0; lon <= 3.0; lon += 0.5) {
            for (double lat = -3.0; lat <= 3.0; lat += 0.5) {
                const double b = initialBearingDegrees({0, 0}, {lat, lon});
                CHECK(b >= 0.0);
                CHECK(b < 360.0);
            }
        }
    }
    SECTION("Urumqi to Kashgar heads south-west")
    {
        const double b = initialBearingDegrees(kUrumqi, kKashgar);
        CHECK(b > 225.0);
        CHECK(b < 270.0);
    }
}

TEST_CASE("trackLengthMeters sums consecutive legs", "[geodesic]")
{
    QList<TrackFix> fixes;
    CHECK(trackLengthMeters(fixes) == 0.0);
    fixes.append({0, 0, 0, {}, {}, {}});
    CHECK(trackLengthMeters(fixes) == 0.0);
    fixes.append({1000, 0, 1, {}, {}, {}});
    fixes.append({2000, 0, 2, {}, {}, {}});
    fixes.append({3000, 0, 1, {}, {}, {}}); // back again: length counts the return leg
    CHECK(trackLengthMeters(fixes) == Approx(3 * 111319.4908).margin(0.01));
}
