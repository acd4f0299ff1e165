// Patrol recording on a real position feed over NMEA replays through Qt's NMEA source, with the
// real store: start, pause, resume, finish, problems, restart, a full disk.

#include "apptest.h"
#include "nmeatestlog.h"
#include "patrolsession.h"
#include "positionfeed.h"
#include "positionsources.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

using apptest::waitFor;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Starts replaying `file` into `feed` and collects every raw fix it delivers.
struct Replay
{
    QList<fl::geo::TrackFix> fixes;

    Replay(PositionFeed &feed, const QString &file, double speed)
    {
        fl::platform::PositionSourceOptions options;
        options.spec = QStringLiteral("nmea:") + file;
        options.replaySpeed = speed;
        auto source = fl::platform::createPositionSource(options, nullptr);
        REQUIRE(source.ok());
        QObject::connect(&feed, &PositionFeed::fixReceived, &feed,
                         [this](const fl::geo::TrackFix &fix) { fixes.append(fix); });
        feed.setSource(*source);
        feed.start();
    }
};

fl::Patrol storedPatrol(fl::Store &store, const QString &id)
{
    auto record = store.record(id);
    REQUIRE(record.ok());
    auto patrol = fl::Patrol::fromJson(record->body);
    REQUIRE(patrol.ok());
    return *patrol;
}

bool startDefault(PatrolSession &session)
{
    return session.start(QStringLiteral("乌鲁木齐河"), QStringLiteral("红雁池段"),
                         QStringLiteral("650102"), int(fl::ChiefLevel::Village), QString());
}

} // namespace

TEST_CASE("A replayed patrol is recorded without its pause and finished with its summary")
{
    apptest::TempStore ts;
    PositionFeed feed;
    PatrolSession session(ts.records.get(), &feed);
    int appended = 0;
    QObject::connect(&session, &PatrolSession::trackAppended, &session, [&](int) { ++appended; });
    CHECK(session.state() == PatrolSession::Idle);

    REQUIRE(startDefault(session));
    CHECK(session.state() == PatrolSession::Recording);
    const QString id = session.patrolId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(session.serial().startsWith(QStringLiteral("XH-650102-")));

    Replay replay(feed, nmeatest::demoLogPath(), 100);
    REQUIRE(waitFor([&] { return replay.fixes.size() >= 200; }, 15000));
    session.pause();
    const qsizetype pausedAt = replay.fixes.size();
    CHECK(session.state() == PatrolSession::Paused);
    CHECK(session.pendingFixes() == 0); // pausing writes what was queued
    const int storedAtPause = session.fixCount() + session.droppedCount();
    CHECK(storedAtPause == pausedAt);
    const qint64 durationAtPause = session.durationSeconds();

    REQUIRE(waitFor([&] { return replay.fixes.size() >= 400; }, 15000));
    CHECK(session.fixCount() + session.droppedCount() == storedAtPause); // nothing while paused
    CHECK(session.durationSeconds() == durationAtPause);
    session.resume();
    const qsizetype resumedAt = replay.fixes.size();
    CHECK(session.state() == PatrolSession::Recording);

    REQUIRE(waitFor([&] { return replay.fixes.size() == 720; }, 15000));
    REQUIRE(session.finish());
    CHECK(session.state() == PatrolSession::Finished);
    CHECK(session.lastError().isEmpty());

    // The store holds exactly the fixes received while recording.
    auto track = ts.store().track(id);
    auto dropped = ts.store().droppedFixes(id);
    REQUIRE(track.ok());
    REQUIRE(dropped.ok());
    const qsizetype recorded = pausedAt + (720 - resumedAt);
    CHECK(track->size() + dropped->size() == recorded);
    QSet<qint64> pausedTimes;
    for (qsizetype i = pausedAt; i < resumedAt; ++i)
        pausedTimes.insert(replay.fixes[i].timeMs);
    for (const auto &fix : std::as_const(*track))
        CHECK_FALSE(pausedTimes.contains(fix.timeMs));
    CHECK(track->first().timeMs == replay.fixes.first().timeMs);
    CHECK(track->last().timeMs == replay.fixes.last().timeMs);

    // The map's points are the kept track, announced as they grew.
    REQUIRE(session.trackPoints().size() == track->size());
    for (qsizetype i = 0; i < track->size(); ++i)
        CHECK(session.trackPoints()[i] == track->at(i).position());
    CHECK(appended > 10);

    // The final revision carries the end, the status and the track summary.
    auto summary = ts.store().trackSummary(id);
    REQUIRE(summary.ok());
    const fl::Patrol stored = storedPatrol(ts.store(), id);
    CHECK(stored.status == fl::PatrolStatus::Finished);
    REQUIRE(stored.endMs.has_value());
    CHECK(*stored.endMs > stored.startMs);
    CHECK(stored.fixCount == summary->fixCount);
    CHECK(stored.droppedFixCount == summary->droppedCount);
    CHECK(stored.distanceMeters == Approx(summary->distanceMeters));
    CHECK(stored.movingSeconds == summary->movingMs / 1000);
    CHECK(session.distanceMeters() == Approx(summary->distanceMeters));
    CHECK(session.movingSeconds() == summary->movingMs / 1000);
    CHECK(summary->distanceMeters > 500);
    auto history = ts.store().history(id);
    REQUIRE(history.ok());
    CHECK(history->size() == 4); // started, paused, resumed, finished

    // 12 minutes of log minus the pause, about 1.3 km: short on both local minimums.
    CHECK_FALSE(session.valid());
    REQUIRE(session.shortfalls().size() == 2);
    CHECK(session.shortfalls()[0].startsWith(QStringLiteral("lasted ")));
    CHECK(session.shortfalls()[0].contains(QStringLiteral("at least 30 min")));
    CHECK(session.shortfalls()[1].contains(QStringLiteral("at least 2 km for village chiefs")));

    // A finished patrol takes no more fixes, and the session is ready for the next one.
    CHECK(session.fixCount() == summary->fixCount);
    session.clear();
    CHECK(session.state() == PatrolSession::Idle);
    CHECK(session.trackPoints().isEmpty());
}

TEST_CASE("A patrol meeting lenient local rules is valid")
{
    apptest::TempStore ts;
    REQUIRE(ts.store().setPatrolRules(fl::PatrolRules{0, 0.1, 0}).ok());
    PositionFeed feed;
    PatrolSession session(ts.records.get(), &feed);
    REQUIRE(startDefault(session));
    const auto log = nmeatest::writeLog(nmeatest::demoEpochs(120));
    REQUIRE(log);
    Replay replay(feed, log->fileName(), 100);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 120; }, 10000));
    REQUIRE(session.finish());
    CHECK(session.valid());
    CHECK(session.shortfalls().isEmpty());
}

TEST_CASE("Starting a patrol checks what it needs in plain words")
{
    apptest::TempStore ts;
    PatrolSession session(ts.records.get(), nullptr);
    CHECK_FALSE(session.start(QString(), QString(), QStringLiteral("650102"), 4, QString()));
    CHECK(session.lastError().contains(QStringLiteral("river or lake")));
    CHECK_FALSE(
        session.start(QStringLiteral("博斯腾湖"), QString(), QStringLiteral("6501"), 4, QString()));
    CHECK(session.lastError().contains(QStringLiteral("six digits")));
    CHECK(session.state() == PatrolSession::Idle);
    REQUIRE(startDefault(session));
    CHECK(session.lastError().isEmpty());
    CHECK_FALSE(startDefault(session)); // one patrol at a time
    CHECK(session.lastError().contains(QStringLiteral("already running")));
    CHECK(session.categoryNames().size() == 12);
    CHECK(session.chiefLevelNames().size() == 5);
    CHECK(session.handlingNames().size() == 3);
}

TEST_CASE("A problem is placed at the current fix and its handling can be updated")
{
    apptest::TempStore ts;
    PositionFeed feed;
    PatrolSession session(ts.records.get(), &feed);
    REQUIRE(startDefault(session));
    const auto log = nmeatest::writeLog(nmeatest::demoEpochs(30));
    REQUIRE(log);
    Replay replay(feed, log->fileName(), 50);
    REQUIRE(waitFor([&] { return replay.fixes.size() == 30; }, 10000));
    const auto here = feed.currentPosition();
    REQUIRE(here.has_value());

    SECTION("a problem cleared on the spot")
    {
        const QString problemId = session.newProblemId();
        const QString id = session.addProblem(int(fl::ProblemCategory::IllegalDumping),
                                              QStringLiteral("河岸建筑垃圾约 1.5 吨"),
                                              int(fl::ProblemHandling::ClearedOnSpot), 1.5,
                                              QStringLiteral("t"), QString(), {}, problemId);
        REQUIRE(id == problemId);
        CHECK(session.lastError().isEmpty());
        // A second tap on Save does not add it twice.
        CHECK(session.addProblem(int(fl::ProblemCategory::IllegalDumping), QString(), 1, 1.5,
                                 QStringLiteral("t"), QString(), {}, problemId) == problemId);

        const fl::Patrol stored = storedPatrol(ts.store(), session.patrolId());
        REQUIRE(stored.problems.size() == 1);
        const fl::PatrolProblem &problem = stored.problems.first();
        CHECK(problem.id == id);
        CHECK(problem.category == fl::ProblemCategory::IllegalDumping);
        CHECK(problem.location.lat == here->lat);
        CHECK(problem.location.lon == here->lon);
        CHECK(problem.location.accuracy == here->accuracy);
        CHECK(problem.handling == fl::ProblemHandling::ClearedOnSpot);
        REQUIRE(problem.amountCleared.has_value());
        CHECK(*problem.amountCleared == 1.5);
        CHECK(problem.amountUnit == QStringLiteral("t"));
        CHECK(problem.foundAtMs > 0);

        PatrolProblemModel *model = session.problems();
        REQUIRE(model->count() == 1);
        const QModelIndex row = model->index(0);
        CHECK(model->data(row, PatrolProblemModel::CategoryNameRole).toString() ==
              QStringLiteral("Illegal dumping"));
        CHECK(model->data(row, PatrolProblemModel::FourDisordersRole).toBool());
        CHECK(model->data(row, PatrolProblemModel::AmountRole).toDouble() == 1.5);
        CHECK(model->data(row, PatrolProblemModel::LatitudeRole).toDouble() == here->lat);
        CHECK(model->roleNames().value(PatrolProblemModel::EvidenceCountRole) == "evidenceCount");
    }
    SECTION("a pending problem later referred")
    {
        const QString id = session.addProblem(
            int(fl::ProblemCategory::SewageOutfall), QStringLiteral("无标识排污口"),
            int(fl::ProblemHandling::Pending), kNaN, QString(), QString(), {});
        REQUIRE_FALSE(id.isEmpty());
        CHECK_FALSE(session.markHandled(id, int(fl::ProblemHandling::Referred), kNaN, QString(),
                                        QString()));
        CHECK(session.lastError().contains(QStringLiteral("referred to")));
        REQUIRE(session.markHandled(id, int(fl::ProblemHandling::Referred), kNaN, QString(),
                                    QStringLiteral("县生态环境局")));
        const fl::Patrol stored = storedPatrol(ts.store(), session.patrolId());
        REQUIRE(stored.problems.size() == 1);
        CHECK(stored.problems.first().handling == fl::ProblemHandling::Referred);
        CHECK(stored.problems.first().referredTo == QStringLiteral("县生态环境局"));
        CHECK(session.problems()->data(session.problems()->index(0),
                                       PatrolProblemModel::HandlingRole) ==
              int(fl::ProblemHandling::Referred));
    }
    SECTION("a problem with a photo taken before it was saved")
    {
        // The problem page links photos to the problem's id before the problem exists.
        const QString problemId = session.newProblemId();
        fl::EvidenceCapture capture;
        capture.linkedRecordId = session.patrolId();
        capture.linkedItemId = problemId;
        capture.mediaType = QStringLiteral("image/png");
        QFile photo(QStringLiteral(FIELDLEDGER_SOURCE_DIR "/assets/demo/garbage-before.png"));
        REQUIRE(photo.open(QIODevice::ReadOnly));
        auto evidence = ts.store().addEvidenceBytes(photo.readAll(), capture, ts.records->author());
        REQUIRE(evidence.ok());
        const QString id =
            session.addProblem(int(fl::ProblemCategory::BankGarbage),
                               QStringLiteral("岸边生活垃圾"), int(fl::ProblemHandling::Pending),
                               kNaN, QString(), QString(), {evidence->meta.id}, problemId);
        REQUIRE(id == problemId);
        const fl::Patrol stored = storedPatrol(ts.store(), session.patrolId());
        REQUIRE(stored.problems.size() == 1);
        CHECK(stored.problems.first().evidenceIds == QStringList{evidence->meta.id});
        CHECK(session.problems()->data(session.problems()->index(0),
                                       PatrolProblemModel::EvidenceCountRole) == 1);
    }
    SECTION("what is missing is said in words, and nothing is stored")
    {
        CHECK(session
                  .addProblem(int(fl::ProblemCategory::Other), QStringLiteral("  "), 0, kNaN,
                              QString(), QString(), {})
                  .isEmpty());
        CHECK(session.lastError().contains(QStringLiteral("needs a description")));
        CHECK(session
                  .addProblem(int(fl::ProblemCategory::BankGarbage), QString(), 1, 2.0, QString(),
                              QString(), {})
                  .isEmpty());
        CHECK(session.lastError().contains(QStringLiteral("unit")));
        CHECK(session
                  .addProblem(int(fl::ProblemCategory::BankGarbage), QString(), 0, kNaN, QString(),
                              QString(), {QStringLiteral("no-such-evidence")})
                  .isEmpty());
        CHECK_FALSE(session.lastError().isEmpty());
        CHECK(storedPatrol(ts.store(), session.patrolId()).problems.isEmpty());
        CHECK(session.problems()->count() == 0);
    }
}

TEST_CASE("Without any fix a problem cannot be placed and the user is told why")
{
    apptest::TempStore ts;
    PositionFeed feed;
    feed.setSource(nullptr);
    PatrolSession session(ts.records.get(), &feed);
    REQUIRE(startDefault(session));
    CHECK_FALSE(session.problemLocation().value(QStringLiteral("available")).toBool());
    CHECK(session
              .addProblem(int(fl::ProblemCategory::IllegalMining), QStringLiteral("采砂"), 0, kNaN,
                          QString(), QString(), {})
              .isEmpty());
    CHECK(session.lastError().contains(QStringLiteral("No position yet")));
}

TEST_CASE("A restart picks up today's unfinished patrol, paused, with its track and problems")
{
    apptest::TempStore ts;
    QString id;
    QList<fl::geo::LatLon> points;
    {
        PositionFeed feed;
        PatrolSession session(ts.records.get(), &feed);
        REQUIRE(startDefault(session));
        id = session.patrolId();
        const auto log = nmeatest::writeLog(nmeatest::demoEpochs(25));
        REQUIRE(log);
        Replay replay(feed, log->fileName(), 50);
        REQUIRE(waitFor([&] { return replay.fixes.size() == 25; }, 10000));
        REQUIRE_FALSE(session
                          .addProblem(int(fl::ProblemCategory::FloatingDebris),
                                      QStringLiteral("漂浮物"), 0, kNaN, QString(), QString(), {})
                          .isEmpty());
        CHECK(session.pendingFixes() > 0); // the last few fixes are still in memory...
        points = session.trackPoints();
        // ...and the app goes away without pausing (destroying the session writes them).
    }
    auto summary = ts.store().trackSummary(id);
    REQUIRE(summary.ok());
    CHECK(summary->fixCount + summary->droppedCount == 25);

    PositionFeed feed;
    PatrolSession session(ts.records.get(), &feed);
    CHECK(session.state() == PatrolSession::Paused);
    CHECK(session.resumedAfterRestart());
    CHECK(session.patrolId() == id);
    CHECK(session.waterBody() == QStringLiteral("乌鲁木齐河"));
    CHECK(session.fixCount() == summary->fixCount);
    CHECK(session.trackPoints().size() == summary->fixCount);
    CHECK(session.trackPoints().mid(0, points.size()) == points);
    CHECK(session.problems()->count() == 1);
    CHECK(session.distanceMeters() == Approx(summary->distanceMeters));
    // The location of a problem now falls back to the track's end: there is no fix yet.
    CHECK(session.problemLocation().value(QStringLiteral("fromTrack")).toBool());

    session.resume();
    CHECK(session.state() == PatrolSession::Recording);
    REQUIRE(session.finish());
    CHECK(storedPatrol(ts.store(), id).problems.size() == 1);

    PatrolSession afterFinish(ts.records.get(), nullptr);
    CHECK(afterFinish.state() == PatrolSession::Idle); // a finished patrol stays finished
}

TEST_CASE("A full store keeps the fixes in memory and writes them all once there is space")
{
    QTemporaryDir dir;
    fl::StoreOptions options;
    options.maxDatabaseBytes = 1024 * 1024;
    auto created = fl::Store::create(dir.path() + QStringLiteral("/store"), options);
    REQUIRE(created.ok());
    RecordStore records(std::move(*created));
    records.setAuthor(QStringLiteral("阿依古丽"));
    PositionFeed feed;
    PatrolSession session(&records, &feed);
    REQUIRE(startDefault(session));

    // Fill the database up to its quota with settings that can be emptied again later.
    QStringList ballast;
    for (int chunk : {65536, 4096, 256}) {
        for (int i = 0; i < 200; ++i) {
            const QString key = QStringLiteral("ballast-%1-%2").arg(chunk).arg(i);
            if (!records.store().setSetting(key, QString(chunk, u'x')))
                break;
            ballast.append(key);
        }
    }
    REQUIRE(ballast.size() > 5);

    Replay replay(feed, nmeatest::demoLogPath(), 100);
    REQUIRE(waitFor([&] { return !session.lastError().isEmpty(); }, 15000));
    CHECK(session.lastError().contains(QStringLiteral("storage is full")));
    CHECK(session.lastError().contains(QStringLiteral("waiting in memory")));
    REQUIRE(waitFor([&] { return replay.fixes.size() >= 300; }, 15000));
    CHECK(session.pendingFixes() > 20); // kept, not thrown away
    CHECK_FALSE(session.finish());      // cannot be finished while its track is unsaved
    CHECK(session.state() == PatrolSession::Recording);

    // Space comes back (the user synced and deleted old files).
    for (const QString &key : std::as_const(ballast)) {
        const auto freed = records.store().setSetting(key, QStringLiteral("-"));
        INFO(key.toStdString() << ": " << (freed ? "" : freed.error().toString().toStdString()));
        REQUIRE(freed.ok());
    }
    REQUIRE(waitFor([&] { return replay.fixes.size() == 720; }, 15000));
    REQUIRE(session.finish());
    CHECK(session.lastError().isEmpty());
    CHECK(session.pendingFixes() == 0);
    auto summary = records.store().trackSummary(session.patrolId());
    REQUIRE(summary.ok());
    CHECK(summary->fixCount + summary->droppedCount == 720); // every fix written, none lost
}
