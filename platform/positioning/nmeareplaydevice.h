#pragma once

// A recorded NMEA log played back as if a GNSS receiver were sending it: a read-only sequential
// QIODevice for Qt's QNmeaPositionInfoSource (RealTimeMode) that releases the log's epochs at
// the log's own pace times a speed factor, optionally with their times rewritten to today.

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QList>
#include <QTimer>

#include <functional>

namespace fl::platform {

struct NmeaReplayOptions
{
    double speed = 1.0; // 1 = the log's own pace, 10 = ten times faster
    // Rewrite each sentence's UTC time (and RMC/ZDA date, checksum recomputed) so the replayed
    // patrol happens now: at 1x the first fix is "now" when the replay starts. Faster than 1x
    // the log's time runs ahead of the clock, so the times are shifted further back to keep
    // every fix at or before the moment it is released (the last fix is "now"): a fix is never
    // from the future, as on a phone, and the gaps between fixes stay the log's own.
    bool fromNow = true;
    std::function<qint64()> clock; // UTC ms; empty = the system clock
};

class NmeaReplayDevice : public QIODevice
{
    Q_OBJECT

public:
    // Reads the whole log now; an unreadable or empty file is an error in plain words.
    [[nodiscard]] static Result<NmeaReplayDevice *>
    fromFile(const QString &path, const NmeaReplayOptions &options, QObject *parent = nullptr);
    NmeaReplayDevice(const QByteArray &log, const NmeaReplayOptions &options,
                     QObject *parent = nullptr);
    ~NmeaReplayDevice() override;

    [[nodiscard]] int epochCount() const { return int(m_epochs.size()); }
    [[nodiscard]] int releasedEpochs() const { return m_next; }
    // Every epoch has been released (the receiver has nothing more to say).
    [[nodiscard]] bool finished() const { return m_next >= m_epochs.size(); }

    // The replay clock starts when the device is opened (QNmeaPositionInfoSource opens it in
    // startUpdates), so nothing is released before anyone listens.
    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool canReadLine() const override;
    [[nodiscard]] bool atEnd() const override;

    // The two hex digits of an NMEA checksum: XOR of the bytes between '$' and '*'.
    [[nodiscard]] static QByteArray checksum(QByteArrayView body);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Epoch
    {
        qint64 logMs = 0; // absolute UTC time in the log (date known or assumed)
        QList<QByteArray> sentences;
    };

    void parse(const QByteArray &log);
    void releaseDue();
    void scheduleNext();
    [[nodiscard]] QByteArray rewrite(const QByteArray &sentence) const;
    [[nodiscard]] qint64 now() const;

    NmeaReplayOptions m_options;
    QList<Epoch> m_epochs;
    qsizetype m_next = 0;
    qint64 m_shiftMs = 0; // added to every log time when rewriting
    QByteArray m_buffer;  // released, not yet read
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace fl::platform
