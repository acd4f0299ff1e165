#pragma once

// The current GNSS fix for the screens, from any QGeoPositionInfoSource (the phone's GNSS, or
// Qt's NMEA source replaying a log). It grades the fix for the user (good / fair / poor / none),
// says in plain words why there is none (permission refused, no positioning, no fix yet, signal
// lost), and ignores a fix that jumps impossibly far from the last one until it is confirmed.
// Patrol recording takes every raw fix from fixReceived and filters it in the store.

#include "domain/common.h"
#include "geo/latlon.h"

#include <QElapsedTimer>
#include <QGeoPositionInfo>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QGeoPositionInfoSource;

class PositionFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The position comes from FieldApp.position")
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    Q_PROPERTY(double accuracy READ accuracy NOTIFY changed)
    Q_PROPERTY(double altitude READ altitude NOTIFY changed)
    Q_PROPERTY(qint64 timestampMs READ timestampMs NOTIFY changed)
    Q_PROPERTY(Quality quality READ quality NOTIFY changed)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // A few words for a badge: "Good fix ±4 m", "Poor fix ±45 m", "No fix".
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(int rejectedJumps READ rejectedJumps NOTIFY changed)

public:
    enum Quality { NoFix = 0, Poor = 1, Fair = 2, Good = 3 };
    Q_ENUM(Quality)
    enum Status { Starting, Active, NoFixYet, PermissionDenied, Unavailable, Failed };
    Q_ENUM(Status)

    // Accuracy grades: better than 10 m is good, up to 30 m fair, worse is poor (the store's
    // track filter drops fixes worse than 50 m).
    static constexpr double kGoodMeters = 10;
    static constexpr double kFairMeters = 30;
    // A fix older than this is no longer current (signal lost under trees or in a canyon).
    static constexpr int kStaleMs = 15'000;
    // Faster than this from the last fix is a jump, not movement (~250 km/h).
    static constexpr double kMaxSpeedMps = 70;
    // A jump is believed after this many fixes agree with it.
    static constexpr int kConfirmJumpAfter = 3;

    explicit PositionFeed(QObject *parent = nullptr);
    ~PositionFeed() override;

    // Takes ownership; nullptr means the device has no positioning (the feed says so).
    void setSource(QGeoPositionInfoSource *source);
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    [[nodiscard]] bool valid() const { return m_current.has_value() && !m_stale; }
    [[nodiscard]] double latitude() const;
    [[nodiscard]] double longitude() const;
    [[nodiscard]] double accuracy() const;
    [[nodiscard]] double altitude() const;
    [[nodiscard]] qint64 timestampMs() const;
    [[nodiscard]] Quality quality() const;
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int rejectedJumps() const { return m_rejectedJumps; }

    // The current fix as the domain stores it; empty without a usable fix.
    [[nodiscard]] std::optional<fl::Position> currentPosition() const;

Q_SIGNALS:
    void changed();
    // Every fix the source delivers, unfiltered (the store's track filter keeps the evidence
    // of dropped fixes).
    void fixReceived(const fl::geo::TrackFix &fix);

private:
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onSourceError(int error);
    void onStale();
    [[nodiscard]] bool isJump(const fl::geo::TrackFix &fix);
    void setStatus(Status status);

    std::unique_ptr<QGeoPositionInfoSource> m_source;
    std::optional<fl::geo::TrackFix> m_current;
    QList<fl::geo::TrackFix> m_jumpCandidates; // fixes far from m_current that agree
    bool m_stale = false;
    Status m_status = Starting;
    int m_rejectedJumps = 0;
    QTimer m_staleTimer;
};
