#pragma once

// Evidence files, content-addressed: a file's name is the SHA-256 of its bytes, so the same
// photo attached twice is stored once, and any later change to a file is detectable. Files are
// written to a temporary name, fsync'ed, then renamed into place: a blob either exists whole or
// not at all, even after a power cut.

#include "result.h"

#include <QString>
#include <QStringList>

namespace fl::storage {

struct StoredBlob
{
    QString sha256;
    qint64 size = 0;
    bool alreadyPresent = false; // the same bytes were stored before
};

class BlobStore
{
public:
    explicit BlobStore(QString root);

    [[nodiscard]] Result<void> prepare(); // creates folders, removes leftover temporary files
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool contains(const QString &sha256) const;

    [[nodiscard]] Result<StoredBlob> importFile(const QString &sourcePath);
    [[nodiscard]] Result<StoredBlob> importBytes(const QByteArray &bytes);

    // Removes a file whose record was never written (the save failed after the import).
    void discard(const QString &sha256);
    [[nodiscard]] QStringList storedHashes() const;

    // Re-hashes a stored blob: NotFound if missing, StorageCorrupt if its bytes changed.
    [[nodiscard]] Result<void> verify(const QString &sha256) const;

    [[nodiscard]] static bool isSha256(QStringView text);

private:
    class Writer;
    [[nodiscard]] Result<StoredBlob> commit(Writer &writer);

    QString m_root;
};

} // namespace fl::storage
