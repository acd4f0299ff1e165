#pragma once

// The running 巡河 patrol: start, pause, resume, finish; the track recorded from the position
// feed in small batches (a crash loses a few seconds at most, a full disk loses nothing: the
// fixes wait in memory and are written once there is space); problems found on the way; the
// end-of-patrol assessment against the local rules. On start-up it picks up today's unfinished
// patrol, paused, so a crash or a restart never loses a patrol.

#include "domain/patrol.h"
#include "geo/latlon.h"
#include "patrolproblemmodel.h"
#include "recordstore.h"
#include "trackpath.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class PositionFeed;

class PatrolSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The patrol comes from FieldApp.patrol")
    // The kept track as the map draws it (follows trackPoints()).
    Q_PROPERTY(TrackPath *track READ track CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString patrolId READ patrolId NOTIFY stateChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY stateChanged)
    Q_PROPERTY(QString waterBody READ waterBody NOTIFY stateChanged)
    Q_PROPERTY(QString segment READ segment NOTIFY stateChanged)
    Q_PROPERTY(QString divisionCode READ divisionCode NOTIFY stateChanged)
    Q_PROPERTY(int chiefLevel READ chiefLevel NOTIFY stateChanged)
    Q_PROPERTY(qint64 startMs READ startMs NOTIFY stateChanged)
    // True when the patrol was picked up unfinished at start-up (the page says so).
    Q_PROPERTY(bool resumedAfterRestart READ resumedAfterRestart NOTIFY stateChanged)
    Q_PROPERTY(double distanceMeters READ distanceMeters NOTIFY trackChanged)
    Q_PROPERTY(int fixCount READ fixCount NOTIFY trackChanged)
    Q_PROPERTY(int droppedCount READ droppedCount NOTIFY trackChanged)
    // Fixes received but not yet in the store (normally under 10; more while the disk is full).
    Q_PROPERTY(int pendingFixes READ pendingFixes NOTIFY trackChanged)
    // Wall-clock time recording, pauses excluded (ticks every second while recording).
    Q_PROPERTY(qint64 durationSeconds READ durationSeconds NOTIFY durationChanged)
    // Time covered by the kept track (what the patrol rules judge; gaps over 2 min left out).
    Q_PROPERTY(qint64 movingSeconds READ movingSeconds NOTIFY trackChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY assessmentChanged)
    Q_PROPERTY(QStringList shortfalls READ shortfalls NOTIFY assessmentChanged)
    Q_PROPERTY(PatrolProblemModel *problems READ problems CONSTANT)

public:
    enum State { Idle, Recording, Paused, Finished };
    Q_ENUM(State)

    // A batch of fixes goes to the store after this many fixes or this long, whichever first.
    static constexpr int kBatchFixes = 10;
    static constexpr int kBatchMs = 5000;

    PatrolSession(RecordStore *store, PositionFeed *position, QObject *parent = nullptr);
    ~PatrolSession() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString patrolId() const { return m_id; }
    [[nodiscard]] QString serial() const { return m_patrol.serial; }
    [[nodiscard]] QString waterBody() const { return m_patrol.waterBody; }
    [[nodiscard]] QString segment() const { return m_patrol.segment; }
    [[nodiscard]] QString divisionCode() const { return m_patrol.divisionCode; }
    [[nodiscard]] int chiefLevel() const { return int(m_patrol.chiefLevel); }
    [[nodiscard]] qint64 startMs() const { return m_patrol.startMs; }
    [[nodiscard]] bool resumedAfterRestart() const { return m_resumed; }
    [[nodiscard]] double distanceMeters() const { return m_summary.distanceMeters; }
    [[nodiscard]] int fixCount() const { return m_summary.fixCount; }
    [[nodiscard]] int droppedCount() const { return m_summary.droppedCount; }
    [[nodiscard]] int pendingFixes() const { return int(m_queue.size()); }
    [[nodiscard]] qint64 durationSeconds() const;
    [[nodiscard]] qint64 movingSeconds() const { return m_summary.movingMs / 1000; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] bool valid() const { return m_assessment.valid; }
    [[nodiscard]] QStringList shortfalls() const { return m_assessment.shortfalls; }
    [[nodiscard]] PatrolProblemModel *problems() const { return m_problems; }
    [[nodiscard]] const fl::Patrol &patrol() const { return m_patrol; }

    // The kept (store-filtered) track so far, for the map's TrackPath.
    [[nodiscard]] const QList<fl::geo::LatLon> &trackPoints() const { return m_trackPoints; }
    [[nodiscard]] TrackPath *track() const { return m_track; }

    // Starts a new patrol (only when Idle or Finished). `chiefLevel` is an fl::ChiefLevel;
    // an empty serial gets one like "XH-650102-20261123-0930". False with lastError on failure.
    Q_INVOKABLE bool start(const QString &waterBody, const QString &segment,
                           const QString &divisionCode, int chiefLevel, const QString &serial);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    // Writes the last fixes and the final revision (end time, track summary, Finished) and
    // assesses the patrol. False with lastError when it could not be saved (nothing is lost:
    // the patrol stays open and finish can be tried again).
    Q_INVOKABLE bool finish();
    // After the summary: back to Idle for the next patrol.
    Q_INVOKABLE void clear();
    // Writes queued fixes now; false (lastError says why) when they are still waiting.
    Q_INVOKABLE bool flush();

    // A fresh id for a problem about to be reported, so its photos can be linked before it is
    // saved (EvidenceStrip itemId); pass it back to addProblem.
    Q_INVOKABLE QString newProblemId() const;
    // Adds a problem (category: fl::ProblemCategory, handling: fl::ProblemHandling) placed at
    // the current fix, or at the last kept track point when there is none, as a new revision of
    // the patrol. Returns the problem's id, or "" with lastError saying why.
    Q_INVOKABLE QString addProblem(int category, const QString &description, int handling,
                                   double amount, const QString &unit, const QString &referredTo,
                                   const QStringList &evidenceIds, const QString &problemId = {});
    Q_INVOKABLE bool markHandled(const QString &problemId, int handling, double amount,
                                 const QString &unit, const QString &referredTo);
    // Where a problem reported now would be placed: {available, latitude, longitude, accuracy
    // (NaN unknown), fromTrack (true: the last track point, no current fix)}.
    Q_INVOKABLE QVariantMap problemLocation() const;

    Q_INVOKABLE QStringList categoryNames() const;   // index = fl::ProblemCategory
    Q_INVOKABLE QStringList chiefLevelNames() const; // index = fl::ChiefLevel
    Q_INVOKABLE QStringList handlingNames() const;   // index = fl::ProblemHandling

Q_SIGNALS:
    void stateChanged();
    void trackChanged();
    void durationChanged();
    void lastErrorChanged();
    void assessmentChanged();
    // trackPoints() grew from this index on; firstNewIndex == 0 after a reset (new patrol).
    void trackAppended(int firstNewIndex);

private:
    void onFix(const fl::geo::TrackFix &fix);
    void resumeUnfinished();
    [[nodiscard]] bool saveRevision(const fl::Patrol &patrol);
    void setState(State state);
    void setLastError(const QString &error);
    [[nodiscard]] QString plainStoreError(const fl::Error &error) const;
    void applySummary(const fl::TrackSummary &summary);
    [[nodiscard]] std::optional<fl::Position> placeForProblem(bool *fromTrack) const;

    RecordStore *m_store = nullptr;
    QPointer<RecordStore> m_storeAlive; // FieldApp may delete the store before the session
    PositionFeed *m_position = nullptr;
    PatrolProblemModel *m_problems = nullptr;
    State m_state = Idle;
    QString m_id;
    int m_revision = 0;
    fl::Patrol m_patrol;
    bool m_resumed = false;
    fl::TrackSummary m_summary;
    std::optional<fl::geo::TrackFix> m_lastKept;
    QList<fl::geo::TrackFix> m_queue;
    QList<fl::geo::LatLon> m_trackPoints;
    TrackPath *m_track = nullptr;
    QString m_lastError;
    bool m_trackError = false; // m_lastError is about the queued fixes (cleared once written)
    fl::PatrolAssessment m_assessment;
    qint64 m_activeMs = 0; // recording time before the current run (pauses excluded)
    QElapsedTimer m_run;   // the current run, while recording
    QTimer m_flushTimer;
    QTimer m_clockTimer;
};
