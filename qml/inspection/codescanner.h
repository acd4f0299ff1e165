#pragma once

// Reads an enterprise's code for 扫码入企: from a photo file, from live camera frames, or typed
// by hand. It says in words what it read (the raw text), the credit code in it, whether the
// code passes its check and, if not, exactly what is wrong with it.

#include "codes/uscc.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

class QImage;
class QVideoFrame;

class CodeScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int framesPerSecond READ framesPerSecond WRITE setFramesPerSecond NOTIFY
                   framesPerSecondChanged)
    Q_PROPERTY(QString text READ text NOTIFY resultChanged)
    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    Q_PROPERTY(bool hasCode READ hasCode NOTIFY resultChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY resultChanged)
    Q_PROPERTY(QStringList findings READ findings NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)

public:
    explicit CodeScanner(QObject *parent = nullptr);
    ~CodeScanner() override;

    [[nodiscard]] QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    // Whether camera frames are read (a page stops it once a code was read).
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] int framesPerSecond() const { return m_framesPerSecond; }
    void setFramesPerSecond(int framesPerSecond);

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString code() const { return m_check.normalized; }
    [[nodiscard]] bool hasCode() const { return !m_check.normalized.isEmpty(); }
    [[nodiscard]] bool valid() const { return hasCode() && m_check.valid(); }
    [[nodiscard]] QStringList findings() const { return m_findings; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const fl::codes::UsccCheck &check() const { return m_check; }

    // Reads the enterprise code in a photo (or screenshot) of it. True when a credit code was
    // read, even one failing its check (`valid` and `findings` say so); false with `error` in
    // words when the file is missing, is no readable picture, holds no code, or the code holds
    // no credit code.
    Q_INVOKABLE bool scanImageFile(const QUrl &file);
    // Checks a code typed by hand; false when it fails its check (the findings say why).
    Q_INVOKABLE bool checkTyped(const QString &typed);
    // The raw text of the first code in a picture file, for codes that are not enterprise codes
    // (the sync screen's enrolment codes); "" with `error` set when none is read.
    Q_INVOKABLE QString decodeImageFile(const QUrl &file);
    // Forgets the last result, so the camera reads again.
    Q_INVOKABLE void reset();

    // One camera frame or picture; public for the page's tests.
    bool scanImage(const QImage &image);
    [[nodiscard]] static fl::Result<QString> decodeImage(const QImage &image);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void framesPerSecondChanged();
    void resultChanged();
    // A code was read (from a file, a frame or typed); `valid` and `findings` say if it passes.
    void scanned();

private:
    void onFrame(const QVideoFrame &frame);
    [[nodiscard]] fl::Result<QImage> loadImage(const QUrl &file);
    bool acceptPayload(const QString &payload);
    void fail(const QString &error);
    void setCheck(const QString &text, const fl::codes::UsccCheck &check);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    int m_framesPerSecond = 4;
    QElapsedTimer m_sinceFrame;
    QString m_text;
    fl::codes::UsccCheck m_check;
    QStringList m_findings;
    QString m_error;
};
