#include "evidencerecorder.h"

#include "domain/ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

EvidenceRecorder::EvidenceRecorder(QObject *parent)
    : QObject(parent)
{}

void EvidenceRecorder::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void EvidenceRecorder::setPosition(PositionFeed *position)
{
    if (m_position == position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
}

void EvidenceRecorder::setCaptureFolder(const QString &folder)
{
    if (m_captureFolder == folder)
        return;
    m_captureFolder = folder;
    Q_EMIT captureFolderChanged();
}

QString EvidenceRecorder::addPhotoFile(const QUrl &file, const QString &recordId,
                                       const QString &itemId, const QString &note)
{
    if (!m_store)
        return fail(tr("The photo was not saved: the record store is not open."));
    QString path;
    if (file.isLocalFile())
        path = file.toLocalFile();
    else if (file.scheme().isEmpty())
        path = file.path();
    else
        return fail(tr("Only a file on this device can be added: %1").arg(file.toString()));

    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return fail(tr("The photo file is gone: %1 was moved or deleted before it could be saved.")
                        .arg(path));
    if (info.isDir() || !info.isReadable())
        return fail(tr("The photo file cannot be read: %1").arg(path));

    if (author().isEmpty())
        return fail(tr("Enter your name in Settings first: every photo records who took it."));

    fl::EvidenceCapture capture;
    capture.sourcePath = path;
    capture.linkedRecordId = recordId;
    capture.linkedItemId = itemId;
    capture.note = note.trimmed();
    const auto fix = m_position ? m_position->currentPosition() : std::nullopt;
    if (fix) {
        capture.position = fix;
        capture.gnssTimeMs = m_position->timestampMs();
    }

    auto saved = m_store->store().addEvidence(capture, author());
    if (!saved)
        return fail(describe(saved.error(), path));
    clearError();
    setNotice(fix ? QString()
                  : tr("The photo was saved without a position: there is no GNSS fix right now."));
    m_store->notifyChanged(fl::RecordKind::Evidence);
    const QString id = saved->meta.id;
    Q_EMIT added(id);
    return id;
}

QString EvidenceRecorder::addPhotoPath(const QString &path, const QString &recordId,
                                       const QString &itemId, const QString &note)
{
    if (path.trimmed().isEmpty())
        return fail(tr("Choose a photo file first."));
    return addPhotoFile(QUrl::fromLocalFile(path.trimmed()), recordId, itemId, note);
}

QString EvidenceRecorder::newCapturePath()
{
    QString folder = m_captureFolder;
    if (folder.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        folder = (data.isEmpty() ? QDir::tempPath() : data) + u"/captures"_s;
    }
    QDir().mkpath(folder);
    return folder + u"/photo-"_s + fl::newUuidV7() + u".jpg"_s;
}

QString EvidenceRecorder::addCapturedPhoto(const QString &path, const QString &recordId,
                                           const QString &itemId, const QString &note)
{
    const QString id = addPhotoFile(QUrl::fromLocalFile(path), recordId, itemId, note);
    if (!id.isEmpty())
        QFile::remove(path); // the store holds its own durable copy now
    return id;
}

QString EvidenceRecorder::addPhotoImage(const QImage &image, const QString &recordId,
                                        const QString &itemId, const QString &note)
{
    if (image.isNull())
        return fail(tr("The camera gave no picture: take the photo again."));
    const QString path = newCapturePath();
    if (!image.save(path, "JPEG", 92)) {
        QFile::remove(path);
        return fail(
            tr("The photo could not be written to %1: the phone's storage may be full.").arg(path));
    }
    return addCapturedPhoto(path, recordId, itemId, note);
}

QString EvidenceRecorder::annotate(const QString &evidenceId, const QString &text)
{
    if (!m_store)
        return fail(tr("The annotation was not saved: the record store is not open."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Write the annotation first."));
    fl::Store &store = m_store->store();
    auto target = store.record(evidenceId);
    if (!target || target->meta.kind != fl::RecordKind::Evidence)
        return fail(tr("The annotation was not saved: that evidence is not on this device."));

    fl::EvidenceCapture capture;
    capture.sourcePath = u"annotation.txt"_s;
    capture.mediaType = u"text/plain"_s;
    capture.linkedRecordId = evidenceId;
    capture.note = trimmed;
    const auto fix = m_position ? m_position->currentPosition() : std::nullopt;
    if (fix) {
        capture.position = fix;
        capture.gnssTimeMs = m_position->timestampMs();
    }
    auto saved = store.addEvidenceBytes(trimmed.toUtf8(), capture, author());
    if (!saved) {
        if (saved.error().code == fl::ErrorCode::StorageFull)
            return fail(tr("The phone's storage is full: the annotation was not saved. Free some "
                           "space and try again."));
        return fail(tr("The annotation was not saved: %1").arg(saved.error().message));
    }
    clearError();
    setNotice({});
    m_store->notifyChanged(fl::RecordKind::Evidence);
    Q_EMIT annotated(evidenceId, saved->meta.id);
    return saved->meta.id;
}

QString EvidenceRecorder::describe(const fl::Error &error, const QString &path)
{
    switch (error.code) {
    case fl::ErrorCode::StorageFull:
        return tr("The phone's storage is full: the photo was not saved and is still at %1. Free "
                  "some space and try again.")
            .arg(path);
    case fl::ErrorCode::NotFound:
        if (!QFileInfo::exists(path))
            return tr("The photo file is gone: %1 was moved or deleted before it could be saved.")
                .arg(path);
        return tr("The photo was not saved: the record it belongs to is not on this device.");
    case fl::ErrorCode::Io:
        return tr("The photo file cannot be read: %1").arg(path);
    case fl::ErrorCode::Conflict:
        return tr("The photo was not saved: %1").arg(error.message);
    default:
        break;
    }
    return tr("The photo was not saved: %1").arg(error.message);
}

QString EvidenceRecorder::fail(const QString &message)
{
    setNotice({});
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return {};
}

void EvidenceRecorder::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

void EvidenceRecorder::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

QString EvidenceRecorder::author() const
{
    return m_store ? m_store->author() : QString();
}
