#include <catch2/catch.hpp>

#include "catchqt.h"
#include "export/gpx.h"

#include <QDateTime>
#include <QXmlStreamReader>

#include <limits>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::exporters;

namespace {

qint64 utcMs(int year, int month, int day, int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

geo::TrackFix fix(qint64 timeMs, double lat, double lon, std::optional<double> altitude = {},
                  std::optional<double> hAccuracy = {}, std::optional<double> speed = {})
{
    return geo::TrackFix{timeMs, lat, lon, altitude, hAccuracy, speed};
}

GpxDocument patrolDocument()
{
    GpxDocument doc;
    doc.waypoints = {
        GpxWaypoint{{43.8256123456789, 87.6168987654321},
                    utcMs(2026, 5, 1, 3, 4, 5, 123),
                    u"排污口 #3"_s,
                    u"疑似偷排，颜色发黑"_s},
        GpxWaypoint{{-0.00001, 0.00002}, 0, u"no time"_s, {}},
    };
    GpxTrack patrol;
    patrol.name = u"博斯腾湖 巡查 2026-05-01"_s;
    patrol.description = u"两段：午休暂停"_s;
    patrol.segments = {
        {fix(utcMs(2026, 5, 1, 3, 0, 0, 1), 41.9876543, 86.7654321, 1048.25, 3.5, 1.25),
         fix(utcMs(2026, 5, 1, 3, 0, 1, 999), 41.98766, 86.76544, std::nullopt, 12.0)},
        {fix(utcMs(2026, 5, 1, 6, 30, 0), 41.99, 86.77, -12.5, std::nullopt, 0.0)},
    };
    GpxTrack empty;
    empty.name = u"empty"_s;
    doc.tracks = {patrol, empty};
    return doc;
}

Error parseFailure(const QByteArray &xml)
{
    auto parsed = parseGpx(xml);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

} // namespace

TEST_CASE("GPX header is valid GPX 1.1", "[gpx]")
{
    const QByteArray gpx = toGpx(patrolDocument());
    CHECK(gpx.startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"));

    QXmlStreamReader xml(gpx);
    REQUIRE(xml.readNextStartElement());
    CHECK(xml.name() == u"gpx"_s);
    CHECK(xml.namespaceUri() == u"http://www.topografix.com/GPX/1/1"_s);
    const QXmlStreamAttributes attributes = xml.attributes();
    CHECK(attributes.value(u"version"_s) == u"1.1"_s);
    CHECK(attributes.value(u"creator"_s) == u"FieldLedger"_s);
    CHECK(attributes.value(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s) ==
          u"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd"_s);
    CHECK(gpx.contains(R"(xmlns:fl="https://fieldledger.example/gpx/1")"));

    SECTION("the whole file is well-formed")
    {
        while (!xml.atEnd())
            xml.readNext();
        CHECK_FALSE(xml.hasError());
    }
}

TEST_CASE("GPX times are UTC with milliseconds", "[gpx]")
{
    const QByteArray gpx = toGpx(patrolDocument());
    CHECK(gpx.contains("<time>2026-05-01T03:04:05.123Z</time>"));
    CHECK(gpx.contains("<time>2026-05-01T03:00:00.001Z</time>"));
    CHECK(gpx.contains("<time>2026-05-01T06:30:00.000Z</time>"));

    SECTION("a waypoint without time has no <time>")
    {
        GpxDocument doc;
        doc.waypoints = {GpxWaypoint{{43.8, 87.6}, 0, u"x"_s, {}}};
        CHECK_FALSE(toGpx(doc).contains("<time>"));
    }
}

TEST_CASE("GPX writes track points in schema order with our extensions", "[gpx]")
{
    GpxDocument doc;
    GpxTrack track;
    track.segments = {{fix(utcMs(2026, 5, 1, 3, 4, 5, 123), 43.8, 87.6, 850.5, 4.5, 1.5)}};
    doc.tracks = {track};
    const QByteArray gpx = toGpx(doc);

    const qsizetype ele = gpx.indexOf("<ele>850.5</ele>");
    const qsizetype time = gpx.indexOf("<time>");
    const qsizetype hacc = gpx.indexOf("<fl:hacc>4.5</fl:hacc>");
    const qsizetype speed = gpx.indexOf("<fl:speed>1.5</fl:speed>");
    CHECK(gpx.contains(R"(<trkpt lat="43.8" lon="87.6">)"));
    REQUIRE(ele > 0);
    CHECK(time > ele);
    CHECK(hacc > time);
    CHECK(speed > hacc);
    CHECK(gpx.indexOf("<extensions>") < hacc);

    SECTION("no extensions element when nothing to put in it")
    {
        doc.tracks[0].segments[0][0] = fix(0, 43.8, 87.6);
        const QByteArray bare = toGpx(doc);
        CHECK_FALSE(bare.contains("<extensions"));
        CHECK_FALSE(bare.contains("<ele>"));
        CHECK_FALSE(bare.contains("<time>"));
    }
    SECTION("coordinates never use exponent notation")
    {
        doc.tracks[0].segments[0][0] = fix(0, 0.00001, -0.000002, 1e-6);
        const QByteArray small = toGpx(doc);
        CHECK(small.contains(R"(lat="0.00001" lon="-0.000002")"));
        CHECK(small.contains("<ele>0.000001</ele>"));
        CHECK_FALSE(small.contains("e-"));
    }
    SECTION("a fix with NaN coordinates is left out rather than breaking the file")
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        doc.tracks[0].segments[0].append(fix(0, nan, 87.6));
        doc.tracks[0].segments[0].append(fix(0, 43.9, 87.7, nan));
        auto parsed = parseGpx(toGpx(doc));
        REQUIRE(parsed.ok());
        REQUIRE(parsed->tracks.at(0).segments.at(0).size() == 2);
        CHECK_FALSE(parsed->tracks.at(0).segments.at(0).at(1).altitude.has_value());
    }
}

TEST_CASE("GPX round trip keeps everything", "[gpx]")
{
    const GpxDocument doc = patrolDocument();
    auto parsed = parseGpx(toGpx(doc));
    REQUIRE(parsed.ok());
    CHECK(parsed->creator == u"FieldLedger"_s);

    REQUIRE(parsed->waypoints.size() == 2);
    for (qsizetype i = 0; i < doc.waypoints.size(); ++i) {
        CHECK(parsed->waypoints[i].position == doc.waypoints[i].position);
        CHECK(parsed->waypoints[i].timeMs == doc.waypoints[i].timeMs);
        CHECK(parsed->waypoints[i].name == doc.waypoints[i].name);
        CHECK(parsed->waypoints[i].description == doc.waypoints[i].description);
    }

    REQUIRE(parsed->tracks.size() == 2);
    const GpxTrack &track = parsed->tracks[0];
    CHECK(track.name == u"博斯腾湖 巡查 2026-05-01"_s);
    CHECK(track.description == u"两段：午休暂停"_s);
    REQUIRE(track.segments.size() == 2);
    CHECK(track.segments == doc.tracks[0].segments); // exact doubles, times, extensions
    CHECK(parsed->tracks[1].name == u"empty"_s);
    CHECK(parsed->tracks[1].segments.isEmpty());
}

TEST_CASE("GPX escapes XML special characters and keeps Chinese", "[gpx]")
{
    GpxDocument doc;
    doc.creator = u"FieldLedger <测试> & \"co\""_s;
    const QString tricky = u"<Tom & \"Jerry\"> 's ]]> 阿勒泰 — 喀纳斯"_s;
    doc.waypoints = {GpxWaypoint{{48.7, 87.0}, 0, tricky, u"a\nb\tc"_s}};
    const QByteArray gpx = toGpx(doc);
    CHECK(gpx.contains("&lt;Tom &amp;"));
    CHECK(gpx.contains(u"阿勒泰 — 喀纳斯"_s.toUtf8())); // raw UTF-8, not character references

    auto parsed = parseGpx(gpx);
    REQUIRE(parsed.ok());
    CHECK(parsed->creator == doc.creator);
    CHECK(parsed->waypoints.at(0).name == tricky);
    CHECK(parsed->waypoints.at(0).description == u"a\nb\tc"_s);

    SECTION("control characters, illegal in XML, are dropped")
    {
        doc.waypoints[0].name = u"bell\x07 here"_s;
        auto back = parseGpx(toGpx(doc));
        REQUIRE(back.ok());
        CHECK(back->waypoints.at(0).name == u"bell here"_s);
    }
}

TEST_CASE("GPX reads GPX 1.0 and other tools' files", "[gpx]")
{
    SECTION("GPX 1.0 with speed in trkpt, routes ignored")
    {
        auto parsed = parseGpx(R"(<?xml version="1.0"?>
<gpx version="1.0" creator="OldGPS" xmlns="http://www.topografix.com/GPX/1/0">
  <time>2010-01-01T00:00:00Z</time>
  <wpt lat="43.5" lon="87.5"><ele>900</ele><name>Camp</name><sym>Flag</sym></wpt>
  <rte><name>route</name><rtept lat="1" lon="1"/></rte>
  <trk><name>Old</name><number>1</number>
    <trkseg>
      <trkpt lat="43.5" lon="87.5"><ele>901.5</ele><time>2010-01-01T00:00:01Z</time>
        <course>90</course><speed>2.5</speed></trkpt>
      <trkpt lat="43.6" lon="87.6"/>
    </trkseg>
  </trk>
</gpx>)");
        REQUIRE(parsed.ok());
        CHECK(parsed->creator == u"OldGPS"_s);
        REQUIRE(parsed->waypoints.size() == 1);
        CHECK(parsed->waypoints[0].name == u"Camp"_s);
        CHECK(parsed->waypoints[0].timeMs == 0);
        REQUIRE(parsed->tracks.size() == 1);
        REQUIRE(parsed->tracks[0].segments.size() == 1);
        const auto &points = parsed->tracks[0].segments[0];
        REQUIRE(points.size() == 2);
        CHECK(points[0] == fix(utcMs(2010, 1, 1, 0, 0, 1), 43.5, 87.5, 901.5, {}, 2.5));
        CHECK(points[1] == fix(0, 43.6, 87.6));
    }
    SECTION("GPX 1.1 from another app: foreign extensions skipped, time zones converted")
    {
        auto parsed = parseGpx(R"(<gpx version="1.1" creator="x"
    xmlns="http://www.topografix.com/GPX/1/1"
    xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><name>m</name></metadata>
  <trk><trkseg>
    <trkpt lat="43.5" lon="87.5"><time>2026-05-01T11:04:05.5+08:00</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>120</gpxtpx:hr>
      </gpxtpx:TrackPointExtension></extensions></trkpt>
    <trkpt lat="43.5" lon="87.5"><time>2026-05-01T03:04:06</time></trkpt>
  </trkseg></trk>
</gpx>)");
        REQUIRE(parsed.ok());
        const auto &points = parsed->tracks.at(0).segments.at(0);
        REQUIRE(points.size() == 2);
        CHECK(points[0].timeMs == utcMs(2026, 5, 1, 3, 4, 5, 500));
        CHECK_FALSE(points[0].speed.has_value());
        CHECK(points[1].timeMs == utcMs(2026, 5, 1, 3, 4, 6));
    }
    SECTION("a time without zone is UTC even on a device set to Xinjiang time")
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "XJT-6"); // POSIX form of UTC+6, needs no tzdata
        tzset();
        auto parsed = parseGpx(R"(<gpx><wpt lat="1" lon="2"><time>2026-05-01T03:04:06</time>
            </wpt></gpx>)");
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        REQUIRE(parsed.ok());
        CHECK(parsed->waypoints.at(0).timeMs == utcMs(2026, 5, 1, 3, 4, 6));
    }
    SECTION("no namespace at all")
    {
        auto parsed = parseGpx(R"(<gpx><wpt lat="1" lon="2"/></gpx>)");
        REQUIRE(parsed.ok());
        CHECK(parsed->waypoints.at(0).position == geo::LatLon{1, 2});
    }
}

TEST_CASE("GPX parse errors carry line numbers", "[gpx]")
{
    SECTION("malformed XML")
    {
        const Error error =
            parseFailure("<?xml version=\"1.0\"?>\n<gpx>\n<trk><name>a</trk>\n</gpx>");
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.contains(u"line 3"_s));
    }
    SECTION("truncated file")
    {
        const Error error = parseFailure("<gpx>\n<trk>\n<trkseg>\n<trkpt lat=\"1\" lon=\"2\">");
        CHECK(error.message.contains(u"line 4"_s));
    }
    SECTION("bad latitude")
    {
        const Error error = parseFailure(
            "<gpx>\n<wpt lat=\"1\" lon=\"2\"/>\n\n<wpt lat=\"north\" lon=\"2\"/>\n</gpx>");
        CHECK(error.message.contains(u"line 4"_s));
        CHECK(error.message.contains(u"north"_s));
    }
    SECTION("missing longitude")
    {
        CHECK(parseFailure("<gpx>\n<trk><trkseg><trkpt lat=\"1\"/></trkseg></trk></gpx>")
                  .message.contains(u"line 2"_s));
    }
    SECTION("coordinates out of range")
    {
        const Error error = parseFailure(
            "<gpx>\n<trk>\n<trkseg>\n<trkpt lat=\"91\" lon=\"87\"/></trkseg></trk></gpx>");
        CHECK(error.message.contains(u"line 4"_s));
        CHECK(error.message.contains(u"range"_s));
    }
    SECTION("bad elevation, speed extension and time")
    {
        CHECK(parseFailure("<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\">\n<ele>high</ele>"
                           "</trkpt></trkseg></trk></gpx>")
                  .message.contains(u"line 3"_s));
        CHECK(parseFailure("<gpx xmlns:fl=\"https://fieldledger.example/gpx/1\"><trk><trkseg>"
                           "<trkpt lat=\"1\" lon=\"2\"><extensions>\n\n<fl:speed>fast</fl:speed>"
                           "</extensions></trkpt></trkseg></trk></gpx>")
                  .message.contains(u"line 3"_s));
        const Error time = parseFailure("<gpx>\n<wpt lat=\"1\" lon=\"2\"><time>yesterday</time>"
                                        "</wpt></gpx>");
        CHECK(time.message.contains(u"line 2"_s));
        CHECK(time.message.contains(u"yesterday"_s));
    }
    SECTION("junk after the root element")
    {
        CHECK(parseFailure("<gpx></gpx>\n<gpx></gpx>").message.contains(u"line 2"_s));
    }
    SECTION("not GPX")
    {
        CHECK(parseFailure("").code == ErrorCode::InvalidInput);
        CHECK(parseFailure("<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>")
                  .message.contains(u"kml"_s));
        CHECK(parseFailure("<gpx xmlns=\"http://www.topografix.com/GPX/2/0\"/>").code ==
              ErrorCode::Unsupported);
    }
}
