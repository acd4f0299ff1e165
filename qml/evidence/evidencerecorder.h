#pragma once

// Takes photos (and other files) into the store as evidence, geotagged from the current fix, and
// annotates evidence. Evidence is never edited: an annotation is a new text record linked to it.
// Every failure leaves the user's file where it was and says why in plain words.

#include "positionfeed.h"
#include "recordstore.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class EvidenceRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(PositionFeed *position READ position WRITE setPosition NOTIFY positionChanged)
    // Why the last call failed, in plain words; empty after a success.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Something the user should know about the last saved evidence (e.g. it has no position).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // Where camera captures wait until the store holds them.
    Q_PROPERTY(
        QString captureFolder READ captureFolder WRITE setCaptureFolder NOTIFY captureFolderChanged)

public:
    explicit EvidenceRecorder(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    void setPosition(PositionFeed *position);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString captureFolder() const { return m_captureFolder; }
    void setCaptureFolder(const QString &folder);

    // Copies the file into the store as evidence of `recordId` (and its item `itemId`), with the
    // current fix. Returns the evidence record's id, or "" with `error` set.
    Q_INVOKABLE QString addPhotoFile(const QUrl &file, const QString &recordId,
                                     const QString &itemId, const QString &note);
    // The same for a local file path as typed.
    Q_INVOKABLE QString addPhotoPath(const QString &path, const QString &recordId,
                                     const QString &itemId, const QString &note);
    // A file path for the camera to write the next capture to (inside captureFolder).
    Q_INVOKABLE QString newCapturePath();
    // Adds a capture the camera wrote to `path`; the file is removed only once the store holds
    // it, so a failed save keeps the photo for another try.
    Q_INVOKABLE QString addCapturedPhoto(const QString &path, const QString &recordId,
                                         const QString &itemId, const QString &note);
    // An image in memory (a camera frame): written as JPEG to captureFolder, then as above.
    Q_INVOKABLE QString addPhotoImage(const QImage &image, const QString &recordId,
                                      const QString &itemId, const QString &note);
    // Adds `text` as a new evidence record (text/plain) linked to the evidence `evidenceId`,
    // which stays exactly as it was. Returns the annotation's id, or "" with `error` set.
    Q_INVOKABLE QString annotate(const QString &evidenceId, const QString &text);

    // Plain words for a store error while saving evidence from `path`.
    [[nodiscard]] static QString describe(const fl::Error &error, const QString &path);

Q_SIGNALS:
    void storeChanged();
    void positionChanged();
    void errorChanged();
    void noticeChanged();
    void captureFolderChanged();
    void added(const QString &evidenceId);
    void annotated(const QString &evidenceId, const QString &annotationId);

private:
    QString fail(const QString &message);
    void setNotice(const QString &notice);
    void clearError();
    [[nodiscard]] QString author() const;

    QPointer<RecordStore> m_store;
    QPointer<PositionFeed> m_position;
    QString m_error;
    QString m_notice;
    QString m_captureFolder;
};
