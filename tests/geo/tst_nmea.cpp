#include <catch2/catch.hpp>

#include "geo/nmea.h"

#include <QDateTime>
#include <QTimeZone>

using namespace fl::geo;
using Catch::Matchers::Contains;

namespace {

// "$body*hh" with the correct checksum.
QByteArray sentence(const QByteArray &body)
{
    int sum = 0;
    for (char c : body)
        sum ^= static_cast<unsigned char>(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0');
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::string str(const QString &s)
{
    return s.toStdString();
}

// A CRLF log from a multi-constellation receiver near Urumqi, crossing midnight UTC.
QByteArray urumqiLog()
{
    QList<QByteArray> lines{
        // line 1-4: epoch 23:59:58.00, full set with GST
        sentence("GNGGA,235958.00,4348.0000,N,08736.0000,E,1,12,0.9,850.5,M,-30.2,M,,"),
        sentence("GNRMC,235958.00,A,4348.0000,N,08736.0000,E,10.0,45.0,310524,,,A"),
        sentence("GNGSA,A,3,01,02,03,04,05,06,,,,,,,1.5,0.9,1.2"),
        sentence("GPGST,235958.00,1.2,3.0,2.0,45.0,3.0,4.0,5.0"),
        // line 5: junk; line 6: blank
        "garbage from the serial port",
        "",
        // line 7-8: epoch 23:59:59.50 from BeiDou talkers, no GST: accuracy from HDOP
        sentence("BDGGA,235959.50,4348.0060,N,08736.0120,E,2,10,1.2,851.0,M,-30.2,M,,"),
        sentence("GBRMC,235959.50,A,4348.0060,N,08736.0120,E,0.0,0.0,310524,,,D"),
        // line 9: epoch 00:00:00.00, GGA only and without a checksum: date rolls over
        "$GLGGA,000000.00,4348.0120,S,08736.0240,W,1,09,0.8,852.0,M,-30.2,M,,",
        // line 10-11: epoch 00:00:01.00, no fix
        sentence("GNGGA,000001.00,,,,,0,00,99.9,,M,,M,,"),
        sentence("GNRMC,000001.00,V,,,,,,,010624,,,N"),
        // line 12-13: epoch 00:00:02.00, GGA corrupted, RMC alone gives the position
        "$GNGGA,000002.00,4348.0180,N,08736.0360,E,1,12,0.9,853.0,M,-30.2,M,,*00",
        sentence("GARMC,000002.00,A,4348.0180,N,08736.0360,E,1.0,90.0,010624,,,A"),
    };
    return lines.join("\r\n") + "\r\n";
}

} // namespace

TEST_CASE("the test helper computes real NMEA checksums", "[nmea]")
{
    // A widely quoted example sentence with its published checksum.
    CHECK(sentence("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,") ==
          "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47");
}

TEST_CASE("parseNmeaLog reads a multi-epoch log near Urumqi", "[nmea]")
{
    const NmeaParseResult r = parseNmeaLog(urumqiLog());
    INFO("problems: " << r.problems.size());
    for (const NmeaProblem &p : r.problems)
        UNSCOPED_INFO(p.line << ": " << str(p.message));

    REQUIRE(r.fixes.size() == 4);
    CHECK(r.sentences == 10); // 13 lines less junk, blank and the bad checksum

    SECTION("epoch 1: GGA position and MSL altitude, RMC date and speed, GST accuracy")
    {
        const TrackFix &f = r.fixes[0];
        CHECK(f.timeMs == utcMs(2024, 5, 31, 23, 59, 58));
        CHECK(f.lat == Approx(43.8).margin(1e-12));
        CHECK(f.lon == Approx(87.6).margin(1e-12));
        REQUIRE(f.altitude.has_value());
        CHECK(*f.altitude == Approx(850.5));
        REQUIRE(f.speed.has_value());
        CHECK(*f.speed == Approx(10.0 * 1852.0 / 3600.0));
        REQUIRE(f.hAccuracy.has_value());
        CHECK(*f.hAccuracy == Approx(5.0)); // sqrt(3² + 4²)
    }
    SECTION("epoch 2: fractional seconds, other talkers, HDOP x 5 accuracy")
    {
        const TrackFix &f = r.fixes[1];
        CHECK(f.timeMs == utcMs(2024, 5, 31, 23, 59, 59, 500));
        CHECK(f.lat == Approx(43.8 + 0.006 / 60.0).margin(1e-12));
        CHECK(f.lon == Approx(87.6 + 0.012 / 60.0).margin(1e-12));
        REQUIRE(f.hAccuracy.has_value());
        CHECK(*f.hAccuracy == Approx(6.0));
        CHECK(f.speed == 0.0);
    }
    SECTION("epoch 3: no checksum accepted, date rolls over midnight, hemispheres")
    {
        const TrackFix &f = r.fixes[2];
        CHECK(f.timeMs == utcMs(2024, 6, 1, 0, 0, 0));
        CHECK(f.lat == Approx(-(43.8 + 0.012 / 60.0)).margin(1e-12));
        CHECK(f.lon == Approx(-(87.6 + 0.024 / 60.0)).margin(1e-12));
        CHECK(*f.hAccuracy == Approx(4.0));
        CHECK_FALSE(f.speed.has_value()); // no RMC in this epoch
    }
    SECTION("epoch 5: RMC alone still gives a fix")
    {
        const TrackFix &f = r.fixes[3];
        CHECK(f.timeMs == utcMs(2024, 6, 1, 0, 0, 2));
        CHECK(f.lat == Approx(43.8 + 0.018 / 60.0).margin(1e-12));
        CHECK_FALSE(f.altitude.has_value());
        CHECK_FALSE(f.hAccuracy.has_value());
        CHECK(*f.speed == Approx(1852.0 / 3600.0));
    }
    SECTION("problems name the line and say why")
    {
        REQUIRE(r.problems.size() == 4);
        CHECK(r.problems[0].line == 5);
        CHECK(r.problems[0].message == QStringLiteral("not an NMEA sentence"));
        CHECK(r.problems[1].line == 10);
        CHECK(r.problems[1].message == QStringLiteral("no fix (quality 0)"));
        CHECK(r.problems[2].line == 11);
        CHECK(r.problems[2].message == QStringLiteral("no fix (status V)"));
        CHECK(r.problems[3].line == 12);
        CHECK_THAT(str(r.problems[3].message), Contains("checksum mismatch: expected "));
        CHECK_THAT(str(r.problems[3].message), Contains(", found 00"));
    }
}

TEST_CASE("checksum mismatch reports expected and found", "[nmea]")
{
    QByteArray good = sentence("GPRMC,081836.00,A,4348.0000,N,08736.0000,E,0.0,0.0,150524,,,A");
    const QByteArray expected = good.right(2);
    QByteArray bad = good;
    bad[bad.size() - 1] = bad.endsWith('0') ? '1' : '0';
    const NmeaParseResult r = parseNmeaLog(bad);
    CHECK(r.fixes.isEmpty());
    CHECK(r.sentences == 0);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(str(r.problems[0].message) == "checksum mismatch: expected " + expected.toStdString() +
                                            ", found " + bad.right(2).toStdString());

    SECTION("lower-case hex checksums are fine")
    {
        QByteArray lower = good;
        lower.replace(lower.size() - 2, 2, expected.toLower());
        const NmeaParseResult ok = parseNmeaLog(lower);
        CHECK(ok.problems.isEmpty());
        CHECK(ok.fixes.size() == 1);
    }
    SECTION("a malformed checksum is reported")
    {
        const NmeaParseResult m = parseNmeaLog(good.left(good.size() - 1));
        REQUIRE(m.problems.size() == 1);
        CHECK_THAT(str(m.problems[0].message), Contains("malformed checksum"));
    }
}

TEST_CASE("every talker is read", "[nmea]")
{
    for (const char *talker : {"GP", "GN", "BD", "GB", "GL", "GA"}) {
        const QByteArray log =
            sentence(QByteArray(talker) +
                     "GGA,101500.00,4348.0000,N,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,");
        const NmeaParseResult r = parseNmeaLog(log, u"2024-05-15");
        INFO(talker);
        REQUIRE(r.fixes.size() == 1);
        CHECK(r.fixes[0].timeMs == utcMs(2024, 5, 15, 10, 15, 0));
        CHECK(r.problems.isEmpty());
    }
}

TEST_CASE("fixes before any RMC need a default date", "[nmea]")
{
    const QByteArray log =
        sentence("GPGGA,101500.00,4348.0000,N,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,") + "\n" +
        sentence("GPGGA,101501.00,4348.0010,N,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,") + "\n";

    SECTION("without one they are skipped and reported")
    {
        const NmeaParseResult r = parseNmeaLog(log);
        CHECK(r.fixes.isEmpty());
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].line == 1);
        CHECK_THAT(str(r.problems[0].message), Contains("no date"));
        CHECK(r.sentences == 2);
    }
    SECTION("with one they take it")
    {
        const NmeaParseResult r = parseNmeaLog(log, u"2024-05-15");
        REQUIRE(r.fixes.size() == 2);
        CHECK(r.fixes[1].timeMs == utcMs(2024, 5, 15, 10, 15, 1));
        CHECK(r.problems.isEmpty());
    }
    SECTION("a later RMC date wins over the default")
    {
        const QByteArray withRmc =
            log + sentence("GPRMC,101502.00,A,4348.0020,N,08736.0000,E,0.5,0.0,160524,,,A");
        const NmeaParseResult r = parseNmeaLog(withRmc, u"2024-05-15");
        REQUIRE(r.fixes.size() == 3);
        CHECK(r.fixes[2].timeMs == utcMs(2024, 5, 16, 10, 15, 2));
    }
    SECTION("a bad default date is reported")
    {
        const NmeaParseResult r = parseNmeaLog(log, u"15/05/2024");
        CHECK(r.fixes.isEmpty());
        REQUIRE_FALSE(r.problems.isEmpty());
        CHECK(r.problems[0].line == 0);
    }
}

TEST_CASE("two-digit years", "[nmea]")
{
    auto yearOf = [](const char *date) {
        const QByteArray log = sentence(
            QByteArray("GPRMC,120000.00,A,4348.0000,N,08736.0000,E,0.0,0.0,") + date + ",,,A");
        const NmeaParseResult r = parseNmeaLog(log);
        return r.fixes.isEmpty()
                   ? 0
                   : QDateTime::fromMSecsSinceEpoch(r.fixes[0].timeMs, QTimeZone::utc())
                         .date()
                         .year();
    };
    CHECK(yearOf("150880") == 1980);
    CHECK(yearOf("311299") == 1999);
    CHECK(yearOf("010100") == 2000);
    CHECK(yearOf("150524") == 2024);
    CHECK(yearOf("010179") == 2079);
    CHECK(yearOf("320524") == 0); // no such day: reported, no fix
}

TEST_CASE("LF logs, stray whitespace and unknown sentences", "[nmea]")
{
    const QByteArray log =
        "\n\n" + sentence("GPGSV,3,1,12,01,40,083,46,02,17,308,41,12,07,344,39,14,22,228,45") +
        "\n  " + sentence("GPRMC,010203.4,A,4348.0000,N,08736.0000,E,0.0,0.0,150524,,,A") + "  \n" +
        sentence("PGRME,15.0,M,45.0,M,25.0,M") + "\n\n";
    const NmeaParseResult r = parseNmeaLog(log);
    CHECK(r.problems.isEmpty());
    CHECK(r.sentences == 3);
    REQUIRE(r.fixes.size() == 1);
    CHECK(r.fixes[0].timeMs == utcMs(2024, 5, 15, 1, 2, 3, 400));
}

TEST_CASE("sentences with too few fields or bad values are reported", "[nmea]")
{
    SECTION("short GGA")
    {
        const NmeaParseResult r = parseNmeaLog(sentence("GPGGA,101500.00,4348.0000,N"));
        REQUIRE(r.problems.size() == 1);
        CHECK_THAT(str(r.problems[0].message), Contains("GGA has 3 fields, expected at least 11"));
    }
    SECTION("bad time")
    {
        const NmeaParseResult r = parseNmeaLog(
            sentence("GPGGA,256100.00,4348.0000,N,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,"),
            u"2024-05-15");
        CHECK(r.fixes.isEmpty());
        REQUIRE(r.problems.size() == 1);
        CHECK_THAT(str(r.problems[0].message), Contains("bad UTC time"));
    }
    SECTION("minutes out of range")
    {
        const NmeaParseResult r = parseNmeaLog(
            sentence("GPGGA,101500.00,4375.0000,N,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,"),
            u"2024-05-15");
        CHECK(r.fixes.isEmpty());
        REQUIRE(r.problems.size() == 1);
        CHECK_THAT(str(r.problems[0].message), Contains("no valid position"));
    }
    SECTION("missing hemisphere")
    {
        const NmeaParseResult r = parseNmeaLog(
            sentence("GPGGA,101500.00,4348.0000,,08736.0000,E,1,08,1.0,850.0,M,-30.0,M,,"),
            u"2024-05-15");
        CHECK(r.fixes.isEmpty());
        CHECK(r.problems.size() == 1);
    }
}

TEST_CASE("GSA HDOP is a fallback when GGA has none", "[nmea]")
{
    const QByteArray log =
        sentence("GNGGA,101500.00,4348.0000,N,08736.0000,E,1,08,,850.0,M,-30.0,M,,") + "\n" +
        sentence("GNGSA,A,3,01,02,03,04,,,,,,,,,2.0,1.6,1.2") + "\n";
    const NmeaParseResult r = parseNmeaLog(log, u"2024-05-15");
    REQUIRE(r.fixes.size() == 1);
    REQUIRE(r.fixes[0].hAccuracy.has_value());
    CHECK(*r.fixes[0].hAccuracy == Approx(8.0));
}

TEST_CASE("an empty log gives nothing", "[nmea]")
{
    const NmeaParseResult r = parseNmeaLog({});
    CHECK(r.fixes.isEmpty());
    CHECK(r.problems.isEmpty());
    CHECK(r.sentences == 0);
}
