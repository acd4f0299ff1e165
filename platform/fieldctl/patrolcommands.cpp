// 巡河 patrol commands: start, add the track from an NMEA log, report problems, finish.

#include "cli.h"
#include "commands.h"
#include "enumoptions.h"

#include "domain/ids.h"
#include "geo/nmea.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

QString patrolText(const Record &record)
{
    const auto patrol = Patrol::fromJson(record.body);
    if (!patrol)
        return record.meta.id;
    return u"patrol %1: %2 %3, %4 problems, revision %5"_s.arg(
        record.meta.id, patrol->waterBody, patrol->segment,
        QString::number(patrol->problems.size()), QString::number(record.meta.revision));
}

int start(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    Patrol patrol;
    patrol.waterBody = p.value(u"water-body"_s);
    patrol.segment = p.value(u"segment"_s);
    patrol.divisionCode = p.value(u"division"_s);
    patrol.chiefName = p.isSet(u"chief"_s) ? p.value(u"chief"_s) : c.author();
    patrol.serial = p.value(u"serial"_s);
    auto level = enumOption<ChiefLevel>(p.value(u"level"_s), u"--level"_s);
    if (!level)
        return c.fail(level.error());
    patrol.chiefLevel = *level;
    auto started = parseTime(p.value(u"start"_s), store->now());
    if (!started)
        return c.fail(started.error());
    patrol.startMs = *started;
    auto saved = store->createRecord(RecordKind::Patrol, patrol.toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"id"_s, saved->meta.id}, {u"revision"_s, saved->meta.revision}},
            u"started "_s + patrolText(*saved));
    return Ok;
}

int track(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the patrol id"_s);
    QFile log(p.value(u"nmea"_s));
    if (!log.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::NotFound, u"cannot read the NMEA log %1: %2"_s.arg(
                                                         log.fileName(), log.errorString())));
    const geo::NmeaParseResult parsed = geo::parseNmeaLog(log.readAll(), p.value(u"date"_s));
    if (parsed.fixes.isEmpty()) {
        return c.fail(u"no usable position fixes in %1 (%2 problems, first: %3)"_s.arg(
            log.fileName(), QString::number(parsed.problems.size()),
            parsed.problems.isEmpty() ? u"empty log"_s : parsed.problems.first().message));
    }
    Store *store = c.store();
    if (!store)
        return Failed;
    auto appended = store->appendTrack(p.positionalArguments().first(), parsed.fixes, c.author());
    if (!appended)
        return c.fail(appended.error());
    const TrackSummary &s = appended->summary;
    QStringList lines{u"read %1 fixes from %2 (%3 lines skipped)"_s.arg(parsed.fixes.size())
                          .arg(log.fileName())
                          .arg(parsed.problems.size()),
                      u"kept %1, dropped %2"_s.arg(appended->kept).arg(appended->dropped.size())};
    for (const auto &d : appended->dropped)
        lines << u"  dropped %1: %2"_s.arg(formatTime(d.fix.timeMs), d.detail);
    lines << u"track now %1 fixes, %2 km, %3 min moving"_s.arg(s.fixCount)
                 .arg(s.distanceMeters / 1000.0, 0, 'f', 2)
                 .arg(s.movingMs / 60'000);
    c.print({{u"kept"_s, appended->kept},
             {u"dropped"_s, int(appended->dropped.size())},
             {u"fixCount"_s, s.fixCount},
             {u"distanceMeters"_s, s.distanceMeters},
             {u"movingSeconds"_s, s.movingMs / 1000},
             {u"skippedLines"_s, int(parsed.problems.size())}},
            lines.join(u'\n'));
    return Ok;
}

// Where a problem was found: --lat/--lon, else the patrol's fix nearest in time to when it was
// found (the latest fix while recording live; the right one when a whole log was replayed).
Result<Position> problemPosition(Store &store, const QString &patrolId, const QCommandLineParser &p,
                                 qint64 foundAtMs)
{
    auto given = parsePosition(p);
    if (!given)
        return given.error();
    if (*given)
        return **given;
    auto fixes = store.track(patrolId);
    if (!fixes)
        return fixes.error();
    if (fixes->isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"no position: give --lat and --lon, or record the track first"_s);
    }
    const geo::TrackFix &nearest =
        *std::min_element(fixes->cbegin(), fixes->cend(), [&](const auto &a, const auto &b) {
            return std::abs(a.timeMs - foundAtMs) < std::abs(b.timeMs - foundAtMs);
        });
    return Position{nearest.lat, nearest.lon, nearest.altitude, nearest.hAccuracy};
}

int problem(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<Patrol>(c, p, RecordKind::Patrol, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString patrolId = target->record.meta.id;
    const Record *record = &target->record;
    Patrol *patrol = &target->value;

    PatrolProblem problem;
    problem.id = newUuidV7();
    auto category = enumOption<ProblemCategory>(p.value(u"category"_s), u"--category"_s);
    if (!category)
        return c.fail(category.error());
    problem.category = *category;
    problem.description = p.value(u"description"_s);
    problem.address = p.value(u"address"_s);
    auto found = parseTime(p.value(u"time"_s), store->now());
    if (!found)
        return c.fail(found.error());
    problem.foundAtMs = *found;
    auto position = problemPosition(*store, patrolId, p, problem.foundAtMs);
    if (!position)
        return c.fail(position.error());
    problem.location = *position;
    if (p.isSet(u"cleared"_s)) {
        auto amount = parseNumber(p.value(u"cleared"_s), u"amount cleared"_s);
        if (!amount)
            return c.fail(amount.error());
        problem.handling = ProblemHandling::ClearedOnSpot;
        problem.amountCleared = *amount;
        problem.amountUnit = p.value(u"unit"_s);
    } else if (p.isSet(u"referred-to"_s)) {
        problem.handling = ProblemHandling::Referred;
        problem.referredTo = p.value(u"referred-to"_s);
    }
    const QStringList photos = p.values(u"photo"_s);
    auto saved = saveWithEvidence(
        *store, *record, photos.size(),
        [&] {
            return attachPhotos(*store, photos, patrolId, problem.id, problem.location, c.author());
        },
        [&](const QStringList &evidenceIds) {
            problem.evidenceIds = evidenceIds;
            Patrol next = *patrol;
            next.problems << problem;
            return next.toJson();
        },
        c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"problemId"_s, problem.id},
             {u"evidenceIds"_s, QJsonArray::fromStringList(problem.evidenceIds)},
             {u"revision"_s, saved->meta.revision}},
            u"problem %1 added with %2 photos; "_s.arg(problem.id).arg(problem.evidenceIds.size()) +
                patrolText(*saved));
    return Ok;
}

int finish(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<Patrol>(c, p, RecordKind::Patrol, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString patrolId = target->record.meta.id;
    const Record *record = &target->record;
    Patrol *patrol = &target->value;
    auto summary = store->trackSummary(patrolId);
    if (!summary)
        return c.fail(summary.error());
    // Without --end the patrol ends at its last fix (a replayed log), else now.
    const qint64 defaultEnd = summary->lastTimeMs ? summary->lastTimeMs : store->now();
    auto ended =
        p.isSet(u"end"_s) ? parseTime(p.value(u"end"_s), store->now()) : Result<qint64>(defaultEnd);
    if (!ended)
        return c.fail(ended.error());
    patrol->endMs = *ended;
    patrol->status = PatrolStatus::Finished;
    auto saved = store->updateRecord(patrolId, record->meta.revision, patrol->toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    auto rules = store->patrolRules();
    if (!rules)
        return c.fail(rules.error());
    const Patrol finished = Patrol::fromJson(saved->body).value();
    const PatrolAssessment assessment = assessPatrol(finished, *rules);
    QStringList lines{
        u"finished "_s + patrolText(*saved),
        u"%1 km in %2 min; %3"_s.arg(finished.distanceMeters / 1000.0, 0, 'f', 2)
            .arg((finished.endMs.value_or(finished.startMs) - finished.startMs) / 60'000)
            .arg(assessment.valid ? u"meets the local patrol rules"_s
                                  : u"does NOT meet the local patrol rules:"_s)};
    for (const auto &shortfall : assessment.shortfalls)
        lines << u"  - "_s + shortfall;
    c.print({{u"id"_s, patrolId},
             {u"revision"_s, saved->meta.revision},
             {u"distanceMeters"_s, finished.distanceMeters},
             {u"valid"_s, assessment.valid},
             {u"shortfalls"_s, QJsonArray::fromStringList(assessment.shortfalls)}},
            lines.join(u'\n'));
    return Ok;
}

} // namespace

void registerPatrolCommands()
{
    auto &table = commands();
    table << Command{
        u"patrol start"_s, u"Start a river/lake patrol (巡河)"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"water-body"_s, u"River or lake."_s, u"name"_s});
            p.addOption({u"segment"_s, u"Segment of it."_s, u"name"_s});
            p.addOption({u"division"_s, u"GB/T 2260 division code, e.g. 650102."_s, u"code"_s});
            p.addOption({u"chief"_s, u"The river chief (default: the author)."_s, u"name"_s});
            p.addOption({u"level"_s, u"Chief level: "_s + enumNames<ChiefLevel>().join(u", "_s),
                         u"level"_s, u"village"_s});
            p.addOption({u"serial"_s, u"Patrol number."_s, u"text"_s});
            p.addOption({u"start"_s, u"Start time (ISO 8601 or now)."_s, u"time"_s, u"now"_s});
        },
        start};
    table << Command{u"patrol track"_s, u"Append the GNSS track from an NMEA 0183 log"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"patrol"_s, u"Patrol id."_s);
                         p.addOption({u"nmea"_s, u"NMEA log file."_s, u"file"_s});
                         p.addOption({u"date"_s,
                                      u"UTC date for fixes before the first RMC (yyyy-MM-dd)."_s,
                                      u"date"_s});
                     },
                     track};
    table << Command{
        u"patrol problem"_s, u"Report a problem found on the patrol, with photos"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"patrol"_s, u"Patrol id."_s);
            p.addOption({u"category"_s, enumNames<ProblemCategory>().join(u", "_s), u"category"_s});
            p.addOption({u"description"_s, u"What was found."_s, u"text"_s});
            p.addOption({u"address"_s, u"Where, in words."_s, u"text"_s});
            p.addOption({u"time"_s,
                         u"When found (default now). Without --lat/--lon, the track's fix at "
                         "that time is where."_s,
                         u"time"_s, u"now"_s});
            addPositionOptions(p);
            p.addOption({u"photo"_s, u"Photo file (repeat for several)."_s, u"file"_s});
            p.addOption({u"cleared"_s, u"Cleared on the spot (立查立清): amount."_s, u"amount"_s});
            p.addOption({u"unit"_s, u"Unit of the amount cleared (t, m3, ...)."_s, u"unit"_s});
            p.addOption({u"referred-to"_s, u"Handed to this unit."_s, u"unit"_s});
        },
        problem};
    table << Command{u"patrol finish"_s, u"Finish a patrol and check it against local rules"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"patrol"_s, u"Patrol id."_s);
                         p.addOption({u"end"_s, u"End time (default: the last fix)."_s, u"time"_s});
                     },
                     finish};
}

} // namespace fl::cli
