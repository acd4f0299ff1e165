#include <catch2/catch.hpp>

#include "geo/polygon.h"

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace fl::geo;

namespace {

constexpr double kR = 6371008.8;

// Axis-aligned box as an open ring, counter-clockwise.
Ring box(double lat0, double lon0, double lat1, double lon1)
{
    return {{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}};
}

Ring closed(Ring r)
{
    r.append(r.constFirst());
    return r;
}

Ring reversed(Ring r)
{
    std::reverse(r.begin(), r.end());
    return r;
}

// A nature reserve's buffer zone around Urumqi with its core zone cut out.
Polygon bufferZone()
{
    return {box(43.0, 87.0, 44.0, 88.0), {box(43.25, 87.25, 43.75, 87.75)}};
}

} // namespace

TEST_CASE("contains: simple polygons", "[polygon]")
{
    const Polygon square{box(43.0, 87.0, 44.0, 88.0), {}};
    CHECK(contains(square, {43.5, 87.5}));
    CHECK_FALSE(contains(square, {42.9, 87.5}));
    CHECK_FALSE(contains(square, {43.5, 88.1}));
    CHECK_FALSE(contains(square, {45.0, 90.0}));

    SECTION("closed and open rings, either orientation, agree")
    {
        for (const Ring &ring : {square.outer, closed(square.outer), reversed(square.outer),
                                 reversed(closed(square.outer))}) {
            const Polygon p{ring, {}};
            CHECK(contains(p, {43.5, 87.5}));
            CHECK_FALSE(contains(p, {42.5, 87.5}));
        }
    }
    SECTION("a concave L shape")
    {
        const Polygon l{{{0, 0}, {0, 2}, {1, 2}, {1, 1}, {2, 1}, {2, 0}}, {}};
        CHECK(contains(l, {0.5, 0.5}));
        CHECK(contains(l, {0.5, 1.5}));
        CHECK(contains(l, {1.5, 0.5}));
        CHECK_FALSE(contains(l, {1.5, 1.5})); // the notch
    }
    SECTION("a ray through a vertex is counted once")
    {
        const Polygon diamond{{{0, 1}, {1, 2}, {2, 1}, {1, 0}}, {}};
        CHECK(contains(diamond, {1.0, 0.5})); // ray at the latitude of vertices (1,2) and (1,0)
        CHECK_FALSE(contains(diamond, {1.0, -0.5}));
        CHECK_FALSE(contains(diamond, {1.0, 2.5}));
    }
    SECTION("degenerate polygons contain nothing")
    {
        CHECK_FALSE(contains(Polygon{}, {0, 0}));
        CHECK_FALSE(contains(Polygon{{{0, 0}, {1, 1}}, {}}, {0.5, 0.5 + 1e-3}));
    }
    SECTION("invalid points are outside")
    {
        CHECK_FALSE(contains(square, {NAN, 87.5}));
    }
}

TEST_CASE("contains: points on an edge or vertex count as inside", "[polygon]")
{
    const Polygon square{box(43.0, 87.0, 44.0, 88.0), {}};
    CHECK(contains(square, {43.0, 87.5})); // bottom edge: the ray test alone says outside
    CHECK(contains(square, {44.0, 87.5})); // top edge
    CHECK(contains(square, {43.5, 87.0})); // left edge
    CHECK(contains(square, {43.5, 88.0})); // right edge
    CHECK(contains(square, {44.0, 88.0})); // corner
    CHECK(contains(square, {43.0, 87.0})); // corner
    SECTION("a diagonal edge, with rounding")
    {
        const Polygon triangle{{{0, 0}, {0, 1}, {1, 0}}, {}};
        CHECK(contains(triangle, {0.3, 0.7})); // on the hypotenuse, not exactly representable
        CHECK(contains(triangle, {0.3 + 5e-10, 0.7}));      // within the 1e-9° tolerance
        CHECK_FALSE(contains(triangle, {0.3 + 1e-7, 0.7})); // 1 cm outside is outside
    }
}

TEST_CASE("contains: holes", "[polygon]")
{
    const Polygon zone = bufferZone();
    CHECK(contains(zone, {43.1, 87.1}));       // in the ring between outer and hole
    CHECK_FALSE(contains(zone, {43.5, 87.5})); // in the hole
    CHECK(contains(zone, {43.25, 87.5}));      // on the hole's edge: the polygon's border
    CHECK_FALSE(contains(zone, {42.0, 87.5})); // outside everything

    SECTION("two holes")
    {
        Polygon p{box(0, 0, 10, 10), {box(1, 1, 2, 2), box(5, 5, 6, 6)}};
        CHECK_FALSE(contains(p, {1.5, 1.5}));
        CHECK_FALSE(contains(p, {5.5, 5.5}));
        CHECK(contains(p, {3.5, 3.5}));
    }
}

TEST_CASE("contains: multipolygons", "[polygon]")
{
    const MultiPolygon reserve{bufferZone(), {box(45.0, 85.0, 45.5, 85.5), {}}};
    CHECK(contains(reserve, {43.1, 87.1}));
    CHECK(contains(reserve, {45.2, 85.2}));
    CHECK_FALSE(contains(reserve, {43.5, 87.5}));
    CHECK_FALSE(contains(reserve, {44.5, 86.0}));
    CHECK_FALSE(contains(MultiPolygon{}, {43.1, 87.1}));
}

TEST_CASE("areaSquareMeters", "[polygon]")
{
    SECTION("a 1 x 1 degree box on the equator")
    {
        // Great-circle edges on the sphere: 12,364.03 km² (independently computed with the
        // Van Oosterom–Strackee triangle formula). The WGS-84 ellipsoid gives 12,308 km²; the
        // sphere is 0.45 % high at the equator.
        const double a = areaSquareMeters({box(0, 0, 1, 1), {}});
        CHECK(a == Approx(12'364.03e6).epsilon(1e-6));
        CHECK(a == Approx(12'308e6).epsilon(0.01));
    }
    SECTION("an octant of the sphere is an eighth of its surface")
    {
        const double a = areaSquareMeters({{{0, 0}, {0, 90}, {90, 0}}, {}});
        CHECK(a == Approx(4.0 * std::numbers::pi * kR * kR / 8.0).epsilon(1e-9));
    }
    SECTION("orientation and closure do not matter")
    {
        const Ring r = box(43.0, 87.0, 44.0, 88.0);
        const double a = areaSquareMeters({r, {}});
        CHECK(a == Approx(8'968.570e6).epsilon(1e-6));
        CHECK(areaSquareMeters({reversed(r), {}}) == Approx(a).epsilon(1e-12));
        CHECK(areaSquareMeters({closed(r), {}}) == Approx(a).epsilon(1e-12));
    }
    SECTION("holes are subtracted")
    {
        CHECK(areaSquareMeters(bufferZone()) == Approx(6'726.388e6).epsilon(1e-6));
    }
    SECTION("a small field plot is measured to the square metre")
    {
        // 100 m x 100 m near Urumqi, built from the sphere's own metres.
        const double dLat = 100.0 / kR * 180.0 / std::numbers::pi;
        const double dLon = dLat / std::cos(43.8 * std::numbers::pi / 180.0);
        const double a = areaSquareMeters({box(43.8, 87.6, 43.8 + dLat, 87.6 + dLon), {}});
        CHECK(a == Approx(10'000.0).margin(1.0));
    }
    SECTION("degenerate polygons have no area")
    {
        CHECK(areaSquareMeters({}) == 0.0);
        CHECK(areaSquareMeters({{{0, 0}, {1, 1}}, {}}) == 0.0);
    }
}

TEST_CASE("centroid", "[polygon]")
{
    const LatLon c = centroid(bufferZone());
    CHECK(c.lat == Approx(43.5));
    CHECK(c.lon == Approx(87.5));
    SECTION("a closing point is not counted twice")
    {
        const LatLon cc = centroid({closed({{0, 0}, {0, 3}, {3, 0}}), {}});
        CHECK(cc.lat == Approx(1.0));
        CHECK(cc.lon == Approx(1.0));
    }
    SECTION("an empty polygon has no valid centre")
    {
        CHECK_FALSE(isValidWgs84(centroid(Polygon{})));
    }
}
