#include <catch2/catch.hpp>

#include "geo/gcj02.h"
#include "geo/geodesic.h"

#include <cmath>

using namespace fl::geo;

namespace {

// Largest coordinate error of wgs -> gcj -> wgs over a grid, in degrees.
double worstRoundTrip(double lat0, double lat1, double lon0, double lon1, double step)
{
    double worst = 0;
    for (double lat = lat0; lat <= lat1; lat += step) {
        for (double lon = lon0; lon <= lon1; lon += step) {
            const LatLon wgs{lat, lon};
            const LatLon back = gcj02ToWgs84(wgs84ToGcj02(wgs));
            worst = std::max({worst, std::abs(back.lat - lat), std::abs(back.lon - lon)});
        }
    }
    return worst;
}

} // namespace

TEST_CASE("isInsideChina uses the published bounding box", "[gcj02]")
{
    CHECK(isInsideChina({43.8, 87.6}));        // Urumqi
    CHECK(isInsideChina({39.47, 75.99}));      // Kashgar
    CHECK(isInsideChina({39.9, 116.4}));       // Beijing
    CHECK_FALSE(isInsideChina({51.5, -0.1}));  // London
    CHECK_FALSE(isInsideChina({43.2, 71.9}));  // west of 72.004 (Kazakhstan)
    CHECK_FALSE(isInsideChina({56.0, 100.0})); // north of 55.8271
    CHECK_FALSE(isInsideChina({0.5, 110.0}));  // south of 0.8293
    CHECK_FALSE(isInsideChina({35.0, 138.0})); // east of 137.8347 (Japan)
    CHECK_FALSE(isInsideChina({NAN, 100.0}));
}

TEST_CASE("wgs84ToGcj02 matches published values", "[gcj02]")
{
    // gcoord's test vector (lon 123, lat 45).
    const LatLon gcj = wgs84ToGcj02({45.0, 123.0});
    CHECK(gcj.lat == Approx(45.00197815).margin(1e-7));
    CHECK(gcj.lon == Approx(123.00607541).margin(1e-7));
}

TEST_CASE("the shift around Beijing is several hundred metres", "[gcj02]")
{
    const LatLon wgs{39.9087, 116.3975}; // Tiananmen
    const LatLon gcj = wgs84ToGcj02(wgs);
    const double shift = distanceMeters(wgs, gcj);
    CHECK(shift > 300.0);
    CHECK(shift < 800.0);
    CHECK(gcj.lat > wgs.lat); // north-east there
    CHECK(gcj.lon > wgs.lon);
}

TEST_CASE("the shift in Xinjiang is non-zero and bounded", "[gcj02]")
{
    for (const LatLon wgs : {LatLon{43.8, 87.6}, LatLon{39.47, 75.99}, LatLon{47.85, 88.14}}) {
        const double shift = distanceMeters(wgs, wgs84ToGcj02(wgs));
        CHECK(shift > 10.0);
        CHECK(shift < 1000.0);
    }
}

TEST_CASE("outside China nothing moves", "[gcj02]")
{
    for (const LatLon p :
         {LatLon{51.5, -0.1}, LatLon{43.2, 71.9}, LatLon{-33.9, 151.2}, LatLon{35.7, 139.7}}) {
        CHECK(wgs84ToGcj02(p) == p);
        CHECK(gcj02ToWgs84(p) == p);
    }
}

TEST_CASE("gcj02ToWgs84 inverts the forward transform", "[gcj02]")
{
    SECTION("published inverse value")
    {
        const LatLon wgs = gcj02ToWgs84({45.0, 123.0});
        CHECK(wgs.lat == Approx(44.99804071).margin(1e-7));
        CHECK(wgs.lon == Approx(122.99395597).margin(1e-7));
    }
    SECTION("forward of the inverse is within 1e-9 degrees")
    {
        const LatLon gcj{43.8, 87.6};
        const LatLon f = wgs84ToGcj02(gcj02ToWgs84(gcj));
        CHECK(std::abs(f.lat - gcj.lat) < 1e-9);
        CHECK(std::abs(f.lon - gcj.lon) < 1e-9);
    }
    SECTION("round trip over Xinjiang")
    {
        CHECK(worstRoundTrip(35.0, 49.0, 74.0, 96.0, 0.25) < 1e-8);
    }
    SECTION("round trip over eastern China")
    {
        CHECK(worstRoundTrip(20.0, 45.0, 105.0, 125.0, 0.25) < 1e-8);
    }
    SECTION("a naive one-step inverse would be much worse")
    {
        // Guards the test itself: subtracting the shift once leaves an error the grid check
        // would catch.
        const LatLon wgs{39.9087, 116.3975};
        const LatLon gcj = wgs84ToGcj02(wgs);
        const LatLon oneStep{2 * gcj.lat - wgs84ToGcj02(gcj).lat,
                             2 * gcj.lon - wgs84ToGcj02(gcj).lon};
        CHECK(std::max(std::abs(oneStep.lat - wgs.lat), std::abs(oneStep.lon - wgs.lon)) > 1e-8);
    }
}
