#pragma once

// Evidence: a photo, recording, video or signature file kept content-addressed (SHA-256) and
// never modified after capture. The watermark (time, place, author) is drawn when viewing or
// exporting, never burned into the original bytes.

#include "common.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>

namespace fl {

enum class MediaKind { Photo, Audio, Video, Signature, Document };

struct Evidence
{
    QString sha256; // lower-case hex of the file's bytes; the blob's name in the store
    qint64 sizeBytes = 0;
    QString mediaType; // MIME, e.g. "image/jpeg"
    MediaKind mediaKind = MediaKind::Photo;
    QString originalName;
    qint64 capturedAtMs = 0;          // device clock
    std::optional<qint64> gnssTimeMs; // GNSS time of the fix, when known
    std::optional<Position> position;
    std::optional<double> headingDegrees;
    QString linkedRecordId; // the record it supports
    QString linkedItemId;   // a problem or checklist item inside it, if any
    QString note;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Evidence> fromJson(const QJsonObject &json);
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
};

// The watermark's lines: capture time (UTC+8, Xinjiang offices use Beijing time), position with
// accuracy (or "no position"), author. The app draws them; exports print them.
[[nodiscard]] QStringList watermarkLines(const Evidence &evidence, const QString &author);

// MIME type and media kind guessed from a file name's extension (jpg, png, heic, m4a, mp4, svg,
// pdf, ...); "application/octet-stream"/Document when unknown.
[[nodiscard]] std::pair<QString, MediaKind> guessMediaType(const QString &fileName);

} // namespace fl
