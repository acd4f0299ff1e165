// The position feed on NMEA replays through Qt's own QNmeaPositionInfoSource: the code path a
// phone's GNSS takes, fed by our replay device.

#include "apptest.h"
#include "geo/nmea.h"
#include "nmeareplaydevice.h"
#include "nmeatestlog.h"
#include "positionfeed.h"
#include "positionsources.h"

#include <QDateTime>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QTimeZone>

#include <cmath>

using apptest::waitFor;
using fl::platform::createPositionSource;
using fl::platform::PositionSourceOptions;

namespace {

struct Replay
{
    PositionFeed feed;
    QList<fl::geo::TrackFix> fixes;
    QList<qint64> receivedAtMs;

    explicit Replay(const QString &file, double speed, bool fromNow = true)
    {
        PositionSourceOptions options;
        options.spec = QStringLiteral("nmea:") + file;
        options.replaySpeed = speed;
        options.replayFromNow = fromNow;
        auto source = createPositionSource(options, nullptr);
        REQUIRE(source.ok());
        REQUIRE(*source != nullptr);
        REQUIRE(qobject_cast<QNmeaPositionInfoSource *>(*source) != nullptr);
        CHECK(static_cast<QNmeaPositionInfoSource *>(*source)->updateMode() ==
              QNmeaPositionInfoSource::RealTimeMode);
        QObject::connect(&feed, &PositionFeed::fixReceived, &feed,
                         [this](const fl::geo::TrackFix &fix) {
                             fixes.append(fix);
                             receivedAtMs.append(QDateTime::currentMSecsSinceEpoch());
                         });
        feed.setSource(*source);
        feed.start();
    }
};

} // namespace

TEST_CASE("A fast NMEA replay delivers every fix of the log in order with today's times")
{
    const auto parsed = [] {
        QFile file(nmeatest::demoLogPath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        return fl::geo::parseNmeaLog(file.readAll());
    }();
    REQUIRE(parsed.fixes.size() == 720);

    Replay replay(nmeatest::demoLogPath(), 200);
    CHECK(replay.feed.status() == PositionFeed::Starting);
    REQUIRE(waitFor([&] { return replay.fixes.size() == parsed.fixes.size(); }, 15000));

    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (qsizetype i = 0; i < replay.fixes.size(); ++i) {
        const auto &fix = replay.fixes[i];
        INFO("fix " << i);
        // The same positions the core's own parser reads from the log, one second apart.
        CHECK(std::abs(fix.lat - parsed.fixes[i].lat) < 1e-7);
        CHECK(std::abs(fix.lon - parsed.fixes[i].lon) < 1e-7);
        if (i > 0)
            CHECK(fix.timeMs - replay.fixes[i - 1].timeMs == 1000);
        // Never from the future, as on a phone.
        CHECK(fix.timeMs <= replay.receivedAtMs[i] + 50);
        REQUIRE(fix.hAccuracy.has_value());
    }
    // Faster than real time the last fix is "now" and all are today.
    CHECK(std::abs(replay.fixes.last().timeMs - replay.receivedAtMs.last()) < 1500);
    const QDate lastDay =
        QDateTime::fromMSecsSinceEpoch(replay.fixes.last().timeMs, Qt::UTC).date();
    CHECK(lastDay == today);
    CHECK(replay.fixes.last().timeMs - replay.fixes.first().timeMs == 719'000);

    CHECK(replay.feed.status() == PositionFeed::Active);
    CHECK(replay.feed.valid());
    CHECK(replay.feed.quality() == PositionFeed::Good); // HDOP 0.6-0.9 x 5 m
    CHECK(replay.feed.accuracy() <= 5.0);
    CHECK(replay.feed.rejectedJumps() == 0);
    const auto position = replay.feed.currentPosition();
    REQUIRE(position.has_value());
    CHECK(std::abs(position->lat - parsed.fixes.last().lat) < 1e-7);
}

TEST_CASE("At 1x the replay keeps the log's pace and its first fix is now")
{
    const auto log = nmeatest::writeLog(nmeatest::demoEpochs(3));
    REQUIRE(log);
    Replay replay(log->fileName(), 1);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 3; }, 6000));
    CHECK(std::abs(replay.fixes.first().timeMs - replay.receivedAtMs.first()) < 1000);
    const qint64 paced = replay.receivedAtMs[2] - replay.receivedAtMs[0];
    CHECK(paced > 1700);
    CHECK(paced < 3500); // generous: the test machine may be busy
}

TEST_CASE("With the original times kept the replay gives the log's own date")
{
    const auto log = nmeatest::writeLog(nmeatest::demoEpochs(2));
    REQUIRE(log);
    Replay replay(log->fileName(), 100, false);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 2; }));
    CHECK(QDateTime::fromMSecsSinceEpoch(replay.fixes.first().timeMs, Qt::UTC) ==
          QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC));
}

TEST_CASE("The replay device rewrites times and dates across midnight with valid checksums")
{
    // Two epochs a second apart, just before midnight in the log; replayed at a pinned "now".
    const QByteArray log =
        "$GNGGA,235959.00,4349.8126,N,08735.7601,E,1,14,0.8,812.0,M,-42.3,M,,*53\n"
        "$GNRMC,235959.00,A,4349.8126,N,08735.7601,E,2.33,8.0,231126,,,A*70\n"
        "$GNGSV,3,1,12*66\n"
        "$GNGGA,000000.00,4349.8133,N,08735.7603,E,1,14,0.8,812.0,M,-42.3,M,,*54\n"
        "$GNRMC,000000.00,A,4349.8133,N,08735.7603,E,2.34,8.1,241126,,,A*76\n";
    fl::platform::NmeaReplayOptions options;
    options.speed = 1000;
    const qint64 pinned =
        QDateTime(QDate(2027, 3, 6), QTime(0, 0, 0, 200), Qt::UTC).toMSecsSinceEpoch();
    options.clock = [pinned] {
        return pinned;
    };
    fl::platform::NmeaReplayDevice device(log, options);
    REQUIRE(device.epochCount() == 2);
    REQUIRE(device.open(QIODevice::ReadOnly));
    REQUIRE(waitFor([&] { return device.finished(); }));
    QList<QByteArray> lines;
    while (device.canReadLine())
        lines.append(device.readLine().trimmed());
    CHECK(device.atEnd());
    REQUIRE(lines.size() == 5);
    for (const QByteArray &line : lines) {
        INFO(line.toStdString());
        const qsizetype star = line.lastIndexOf('*');
        REQUIRE(star > 0);
        CHECK(line.mid(star + 1) ==
              fl::platform::NmeaReplayDevice::checksum(QByteArrayView(line).sliced(1, star - 1)));
    }
    // At 1000x over one second the first fix is "now" minus 0.999 s: the day before.
    CHECK(lines[0].split(',')[1] == "235959.20");
    CHECK(lines[1].split(',')[9] == "050327");
    CHECK(lines[2] == "$GNGSV,3,1,12*66"); // untimed sentences pass unchanged
    CHECK(lines[3].split(',')[1] == "000000.20");
    CHECK(lines[4].split(',')[9] == "060327");
    // And the core parser reads the rewritten log as two fixes one second apart.
    const auto parsed = fl::geo::parseNmeaLog(lines.join('\n'));
    REQUIRE(parsed.fixes.size() == 2);
    CHECK(parsed.fixes[1].timeMs - parsed.fixes[0].timeMs == 1000);
    CHECK(parsed.problems.isEmpty());
}

TEST_CASE("After the last fix of the log the feed says the signal is lost", "[slow]")
{
    const auto log = nmeatest::writeLog(nmeatest::demoEpochs(4));
    REQUIRE(log);
    Replay replay(log->fileName(), 50);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 4; }));
    CHECK(replay.feed.status() == PositionFeed::Active);
    REQUIRE(waitFor([&] { return replay.feed.status() == PositionFeed::NoFixYet; },
                    PositionFeed::kStaleMs + 3000));
    CHECK_FALSE(replay.feed.valid());
    CHECK(replay.feed.quality() == PositionFeed::NoFix);
    CHECK(replay.feed.message().contains(QStringLiteral("Signal lost")));
    CHECK(replay.fixes.size() == 4);
}

TEST_CASE("A fix that jumps 55 km in a second is held back by the feed")
{
    auto epochs = nmeatest::demoEpochs(12);
    REQUIRE(epochs.size() == 12);
    nmeatest::makeJump(epochs[6]);
    const auto log = nmeatest::writeLog(epochs);
    REQUIRE(log);
    Replay replay(log->fileName(), 100);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 12; }));
    CHECK(std::abs(replay.fixes[6].lat - replay.fixes[5].lat - 0.5) < 0.001); // really jumped
    CHECK(replay.feed.rejectedJumps() == 1);
    CHECK(replay.feed.status() == PositionFeed::Active);
    CHECK(std::abs(replay.feed.latitude() - replay.fixes.last().lat) < 1e-9);
}

TEST_CASE("Position sources that cannot be made say why in plain words")
{
    SECTION("a missing log")
    {
        PositionSourceOptions options;
        options.spec = QStringLiteral("nmea:/nonexistent/patrol.nmea");
        auto source = createPositionSource(options, nullptr);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().code == fl::ErrorCode::NotFound);
        CHECK(source.error().message == QStringLiteral("no NMEA log at /nonexistent/patrol.nmea"));
    }
    SECTION("a file with no NMEA in it")
    {
        QTemporaryFile file;
        REQUIRE(file.open());
        file.write("this is not a GNSS log\n");
        file.flush();
        PositionSourceOptions options;
        options.spec = QStringLiteral("nmea:") + file.fileName();
        auto source = createPositionSource(options, nullptr);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().message.contains(QStringLiteral("has no timed sentences")));
    }
    SECTION("an unknown kind of source")
    {
        PositionSourceOptions options;
        options.spec = QStringLiteral("gps");
        auto source = createPositionSource(options, nullptr);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().code == fl::ErrorCode::InvalidInput);
    }
}

TEST_CASE("No positioning makes the feed say so")
{
    PositionSourceOptions options;
    options.spec = QStringLiteral("none");
    auto source = createPositionSource(options, nullptr);
    REQUIRE(source.ok());
    CHECK(*source == nullptr);
    PositionFeed feed;
    feed.setSource(*source);
    feed.start();
    CHECK(feed.status() == PositionFeed::Unavailable);
    CHECK_FALSE(feed.valid());
    CHECK(feed.message().contains(QStringLiteral("no positioning")));
    CHECK_FALSE(feed.currentPosition().has_value());
}
