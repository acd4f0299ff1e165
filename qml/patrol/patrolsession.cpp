#include "patrolsession.h"

#include "domain/ids.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <QDateTime>
#include <QVariantMap>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

template <typename E>
E enumIn(int value, E last)
{
    return value >= 0 && value <= int(last) ? E(value) : last;
}

// The fixes of `batch` the store kept: the batch minus its dropped fixes, matched in filtering
// order (keptBefore tells which of two equal fixes was dropped).
QList<fl::geo::TrackFix> keptFixes(const QList<fl::geo::TrackFix> &batch,
                                   const QList<fl::geo::DroppedFix> &dropped)
{
    QList<fl::geo::TrackFix> kept;
    qsizetype next = 0;
    for (const auto &fix : batch) {
        if (next < dropped.size() && dropped[next].keptBefore == kept.size() &&
            dropped[next].fix == fix) {
            ++next;
            continue;
        }
        kept.append(fix);
    }
    return kept;
}

} // namespace

PatrolSession::PatrolSession(RecordStore *store, PositionFeed *position, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_storeAlive(store)
    , m_position(position)
    , m_problems(new PatrolProblemModel(this))
{
    Q_ASSERT(store);
    m_flushTimer.setInterval(kBatchMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { (void)flush(); });
    m_track = new TrackPath(this);
    connect(this, &PatrolSession::trackAppended, m_track, [this](int first) {
        if (first == 0)
            m_track->setPoints(m_trackPoints);
        else
            m_track->append(m_trackPoints.mid(first));
    });
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &PatrolSession::durationChanged);
    if (m_position)
        connect(m_position, &PositionFeed::fixReceived, this, &PatrolSession::onFix);
    resumeUnfinished();
}

PatrolSession::~PatrolSession()
{
    if (m_storeAlive)
        (void)flush(); // a clean exit keeps the last seconds too
}

qint64 PatrolSession::durationSeconds() const
{
    const qint64 running = m_state == Recording && m_run.isValid() ? m_run.elapsed() : 0;
    return (m_activeMs + running) / 1000;
}

// Today's patrol left open by a crash or a restart comes back paused: the user sees it and
// chooses to go on or finish, and nothing recorded so far is lost.
void PatrolSession::resumeUnfinished()
{
    auto today = m_store->store().todaysPatrol();
    if (!today) {
        setLastError(plainStoreError(today.error()));
        return;
    }
    if (!*today)
        return;
    const fl::Record &record = **today;
    auto patrol = fl::Patrol::fromJson(record.body);
    if (!patrol || patrol->status == fl::PatrolStatus::Finished)
        return;
    auto track = m_store->store().track(record.meta.id);
    auto summary = m_store->store().trackSummary(record.meta.id);
    if (!track || !summary) {
        setLastError(plainStoreError(!track ? track.error() : summary.error()));
        return;
    }
    m_id = record.meta.id;
    m_revision = record.meta.revision;
    m_patrol = *patrol;
    m_resumed = true;
    for (const auto &fix : std::as_const(*track))
        m_trackPoints.append(fix.position());
    if (!track->isEmpty())
        m_lastKept = track->last();
    m_summary = *summary;
    m_activeMs = summary->movingMs; // the best estimate left after a crash
    m_problems->setProblems(m_patrol.problems);
    m_flushTimer.start();
    setState(Paused);
    Q_EMIT trackAppended(0);
    Q_EMIT trackChanged();
    Q_EMIT durationChanged();
}

bool PatrolSession::start(const QString &waterBody, const QString &segment,
                          const QString &divisionCode, int chiefLevel, const QString &serial)
{
    if (m_state == Recording || m_state == Paused) {
        setLastError(tr("A patrol is already running: finish it before starting another."));
        return false;
    }
    if (waterBody.trimmed().isEmpty()) {
        setLastError(tr("Enter the river or lake you are patrolling."));
        return false;
    }
    if (!fl::isDivisionCode(divisionCode.trimmed())) {
        setLastError(tr("The division code must be six digits, for example 650102."));
        return false;
    }
    if (m_store->author().trimmed().isEmpty()) {
        setLastError(tr("Enter your name in Settings first: every patrol is signed with it."));
        return false;
    }
    fl::Patrol patrol;
    patrol.waterBody = waterBody.trimmed();
    patrol.segment = segment.trimmed();
    patrol.divisionCode = divisionCode.trimmed();
    patrol.chiefName = m_store->author();
    patrol.chiefLevel = enumIn(chiefLevel, fl::ChiefLevel::Village);
    patrol.startMs = m_store->store().now();
    patrol.serial = serial.trimmed();
    if (patrol.serial.isEmpty()) {
        patrol.serial = u"XH-%1-%2"_s.arg(
            patrol.divisionCode,
            QDateTime::fromMSecsSinceEpoch(patrol.startMs).toString(u"yyyyMMdd-HHmm"_s));
    }
    auto created =
        m_store->store().createRecord(fl::RecordKind::Patrol, patrol.toJson(), m_store->author());
    if (!created) {
        setLastError(plainStoreError(created.error()));
        return false;
    }
    m_id = created->meta.id;
    m_revision = created->meta.revision;
    m_patrol = patrol;
    m_resumed = false;
    m_summary = {};
    m_lastKept.reset();
    m_queue.clear();
    m_trackPoints.clear();
    m_assessment = {};
    m_activeMs = 0;
    m_run.start();
    m_problems->setProblems({});
    m_flushTimer.start();
    m_clockTimer.start();
    setLastError({});
    m_store->notifyChanged(fl::RecordKind::Patrol);
    setState(Recording);
    Q_EMIT trackAppended(0);
    Q_EMIT trackChanged();
    Q_EMIT durationChanged();
    Q_EMIT assessmentChanged();
    return true;
}

void PatrolSession::pause()
{
    if (m_state != Recording)
        return;
    (void)flush(); // on failure the fixes stay queued and the timer keeps trying
    m_activeMs += m_run.elapsed();
    m_run.invalidate();
    m_clockTimer.stop();
    fl::Patrol paused = m_patrol;
    paused.status = fl::PatrolStatus::Paused;
    (void)saveRevision(paused); // best effort: the pause itself never fails
    setState(Paused);
    Q_EMIT durationChanged();
}

void PatrolSession::resume()
{
    if (m_state != Paused)
        return;
    m_run.start();
    m_clockTimer.start();
    m_flushTimer.start();
    fl::Patrol running = m_patrol;
    running.status = fl::PatrolStatus::InProgress;
    (void)saveRevision(running);
    m_resumed = false;
    setState(Recording);
}

bool PatrolSession::finish()
{
    if (m_state != Recording && m_state != Paused)
        return false;
    if (!flush())
        return false; // lastError says why; the patrol stays open
    auto summary = m_store->store().trackSummary(m_id);
    if (!summary) {
        setLastError(plainStoreError(summary.error()));
        return false;
    }
    applySummary(*summary);
    fl::Patrol finished = m_patrol;
    finished.endMs = std::max(m_store->store().now(), m_patrol.startMs + 1);
    finished.status = fl::PatrolStatus::Finished;
    if (!saveRevision(finished))
        return false;
    if (m_state == Recording) {
        m_activeMs += m_run.elapsed();
        m_run.invalidate();
    }
    m_flushTimer.stop();
    m_clockTimer.stop();
    const fl::PatrolRules rules = m_store->store().patrolRules().value_or(fl::PatrolRules{});
    m_assessment = fl::assessPatrol(m_patrol, rules);
    setState(Finished);
    Q_EMIT durationChanged();
    Q_EMIT assessmentChanged();
    return true;
}

void PatrolSession::clear()
{
    if (m_state != Finished)
        return;
    m_id.clear();
    m_revision = 0;
    m_patrol = {};
    m_summary = {};
    m_lastKept.reset();
    m_trackPoints.clear();
    m_assessment = {};
    m_activeMs = 0;
    m_problems->setProblems({});
    setLastError({});
    setState(Idle);
    Q_EMIT trackAppended(0);
    Q_EMIT trackChanged();
    Q_EMIT durationChanged();
    Q_EMIT assessmentChanged();
}

void PatrolSession::onFix(const fl::geo::TrackFix &fix)
{
    if (m_state != Recording)
        return; // paused: the walk to the car is not patrol
    m_queue.append(fix);
    if (m_queue.size() >= kBatchFixes)
        (void)flush();
    else
        Q_EMIT trackChanged();
}

bool PatrolSession::flush()
{
    if (m_queue.isEmpty() || m_id.isEmpty())
        return true;
    auto appended = m_store->store().appendTrack(m_id, m_queue, m_store->author());
    if (!appended) {
        setLastError(plainStoreError(appended.error()));
        m_trackError = true;
        Q_EMIT trackChanged();
        return false;
    }
    QList<fl::geo::TrackFix> kept = keptFixes(m_queue, appended->dropped);
    if (kept.size() != appended->kept) { // should not happen; the store is the truth
        auto track = m_store->store().track(m_id);
        kept = track ? track->mid(m_summary.fixCount) : QList<fl::geo::TrackFix>{};
    }
    m_queue.clear();
    const int first = int(m_trackPoints.size());
    for (const auto &fix : std::as_const(kept))
        m_trackPoints.append(fix.position());
    if (!kept.isEmpty())
        m_lastKept = kept.last();
    applySummary(appended->summary);
    if (m_trackError) {
        m_trackError = false;
        setLastError({});
    }
    if (!kept.isEmpty())
        Q_EMIT trackAppended(first);
    Q_EMIT trackChanged();
    return true;
}

void PatrolSession::applySummary(const fl::TrackSummary &summary)
{
    m_summary = summary;
    m_patrol.distanceMeters = summary.distanceMeters;
    m_patrol.movingSeconds = summary.movingMs / 1000;
    m_patrol.fixCount = summary.fixCount;
    m_patrol.droppedFixCount = summary.droppedCount;
}

// Every revision carries the track summary as it stands, so the record is never far behind.
bool PatrolSession::saveRevision(const fl::Patrol &patrol)
{
    fl::Patrol next = patrol;
    next.distanceMeters = m_summary.distanceMeters;
    next.movingSeconds = m_summary.movingMs / 1000;
    next.fixCount = m_summary.fixCount;
    next.droppedFixCount = m_summary.droppedCount;
    auto saved = m_store->store().updateRecord(m_id, m_revision, next.toJson(), m_store->author());
    if (!saved) {
        setLastError(plainStoreError(saved.error()));
        return false;
    }
    m_revision = saved->meta.revision;
    m_patrol = next;
    m_store->notifyChanged(fl::RecordKind::Patrol);
    return true;
}

QString PatrolSession::newProblemId() const
{
    return fl::newUuidV7();
}

std::optional<fl::Position> PatrolSession::placeForProblem(bool *fromTrack) const
{
    *fromTrack = false;
    if (m_position) {
        if (auto here = m_position->currentPosition())
            return here;
    }
    if (!m_queue.isEmpty()) { // newer than anything stored
        const auto &fix = m_queue.last();
        *fromTrack = true;
        return fl::Position{fix.lat, fix.lon, fix.altitude, fix.hAccuracy};
    }
    if (m_lastKept) {
        *fromTrack = true;
        return fl::Position{m_lastKept->lat, m_lastKept->lon, m_lastKept->altitude,
                            m_lastKept->hAccuracy};
    }
    return std::nullopt;
}

QVariantMap PatrolSession::problemLocation() const
{
    bool fromTrack = false;
    const auto place = placeForProblem(&fromTrack);
    if (!place)
        return {{u"available"_s, false}};
    return {{u"available"_s, true},
            {u"latitude"_s, place->lat},
            {u"longitude"_s, place->lon},
            {u"accuracy"_s, place->accuracy.value_or(std::numeric_limits<double>::quiet_NaN())},
            {u"fromTrack"_s, fromTrack}};
}

QString PatrolSession::addProblem(int category, const QString &description, int handling,
                                  double amount, const QString &unit, const QString &referredTo,
                                  const QStringList &evidenceIds, const QString &problemId)
{
    if (m_state != Recording && m_state != Paused) {
        setLastError(tr("Start a patrol first: problems are reported on a patrol."));
        return {};
    }
    for (const auto &existing : std::as_const(m_patrol.problems)) {
        if (!problemId.isEmpty() && existing.id == problemId)
            return problemId; // saved already (a second tap on Save)
    }
    fl::PatrolProblem problem;
    problem.id = problemId.isEmpty() ? fl::newUuidV7() : problemId;
    problem.category = enumIn(category, fl::ProblemCategory::Other);
    problem.description = description.trimmed();
    problem.handling = enumIn(handling, fl::ProblemHandling::Referred);
    problem.evidenceIds = evidenceIds;
    if (problem.category == fl::ProblemCategory::Other && problem.description.isEmpty()) {
        setLastError(tr("Describe the problem: \"Other problem\" needs a description."));
        return {};
    }
    if (problem.handling == fl::ProblemHandling::ClearedOnSpot && std::isfinite(amount) &&
        amount > 0) {
        if (unit.trimmed().isEmpty()) {
            setLastError(tr("Give the unit of the amount cleared, for example t or m³."));
            return {};
        }
        problem.amountCleared = amount;
        problem.amountUnit = unit.trimmed();
    }
    if (problem.handling == fl::ProblemHandling::Referred) {
        if (referredTo.trimmed().isEmpty()) {
            setLastError(tr("Say which unit the problem was referred to."));
            return {};
        }
        problem.referredTo = referredTo.trimmed();
    }
    bool fromTrack = false;
    const auto place = placeForProblem(&fromTrack);
    if (!place) {
        setLastError(tr("No position yet, so the problem cannot be placed. Stay under open sky "
                        "until there is a fix and save again: nothing you entered is lost."));
        return {};
    }
    problem.location = *place;
    problem.foundAtMs = m_store->store().now();
    fl::Patrol next = m_patrol;
    next.problems.append(problem);
    if (!saveRevision(next))
        return {};
    m_problems->setProblems(m_patrol.problems);
    setLastError({});
    return problem.id;
}

bool PatrolSession::markHandled(const QString &problemId, int handling, double amount,
                                const QString &unit, const QString &referredTo)
{
    if (m_id.isEmpty())
        return false;
    fl::Patrol next = m_patrol;
    for (auto &problem : next.problems) {
        if (problem.id != problemId)
            continue;
        problem.handling = enumIn(handling, fl::ProblemHandling::Referred);
        problem.amountCleared.reset();
        problem.amountUnit.clear();
        problem.referredTo.clear();
        if (problem.handling == fl::ProblemHandling::ClearedOnSpot && std::isfinite(amount) &&
            amount > 0) {
            if (unit.trimmed().isEmpty()) {
                setLastError(tr("Give the unit of the amount cleared, for example t or m³."));
                return false;
            }
            problem.amountCleared = amount;
            problem.amountUnit = unit.trimmed();
        }
        if (problem.handling == fl::ProblemHandling::Referred) {
            if (referredTo.trimmed().isEmpty()) {
                setLastError(tr("Say which unit the problem was referred to."));
                return false;
            }
            problem.referredTo = referredTo.trimmed();
        }
        if (!saveRevision(next))
            return false;
        m_problems->setProblems(m_patrol.problems);
        setLastError({});
        return true;
    }
    setLastError(tr("That problem is not on this patrol."));
    return false;
}

QStringList PatrolSession::categoryNames() const
{
    QStringList names;
    for (int i = 0; i <= int(fl::ProblemCategory::Other); ++i)
        names.append(PatrolProblemModel::categoryName(fl::ProblemCategory(i)));
    return names;
}

QStringList PatrolSession::chiefLevelNames() const
{
    QStringList names;
    for (int i = 0; i <= int(fl::ChiefLevel::Village); ++i)
        names.append(PatrolProblemModel::chiefLevelName(fl::ChiefLevel(i)));
    return names;
}

QStringList PatrolSession::handlingNames() const
{
    QStringList names;
    for (int i = 0; i <= int(fl::ProblemHandling::Referred); ++i)
        names.append(PatrolProblemModel::handlingName(fl::ProblemHandling(i)));
    return names;
}

QString PatrolSession::plainStoreError(const fl::Error &error) const
{
    if (error.code == fl::ErrorCode::StorageFull) {
        if (!m_queue.isEmpty()) {
            return tr("The phone's storage is full: %n position fixes are waiting in memory and "
                      "are saved as soon as there is space. Sync, or delete old files, to free "
                      "some space.",
                      "", int(m_queue.size()));
        }
        return tr("The phone's storage is full, so this could not be saved. Nothing you entered "
                  "is lost: free some space and try again.");
    }
    return tr("This could not be saved: %1").arg(error.message);
}

void PatrolSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void PatrolSession::setLastError(const QString &error)
{
    if (!error.isEmpty())
        m_trackError = false;
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}
