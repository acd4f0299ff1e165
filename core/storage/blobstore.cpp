#include "blobstore.h"

#include "domain/ids.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fl::storage {

namespace {

constexpr qint64 kChunk = 1 << 20;

Error writeError(const QString &what)
{
    if (errno == ENOSPC || errno == EDQUOT) {
        return makeError(ErrorCode::StorageFull,
                         u"the device storage is full; the file was not saved (%1)"_s.arg(what));
    }
    return makeError(ErrorCode::Io,
                     u"cannot write %1: %2"_s.arg(what, QString::fromLocal8Bit(strerror(errno))));
}

// fsync of a directory makes a rename inside it durable.
bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

// Streams bytes into a temporary file while hashing them.
class BlobStore::Writer
{
public:
    explicit Writer(const QString &tempPath)
        : m_file(tempPath)
        , m_hash(QCryptographicHash::Sha256)
    {}
    ~Writer()
    {
        if (m_file.exists())
            m_file.remove(); // only still there when the import failed
    }

    Result<void> open()
    {
        errno = 0;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return writeError(m_file.fileName());
        return {};
    }
    Result<void> write(QByteArrayView data)
    {
        errno = 0;
        if (m_file.write(data.data(), data.size()) != data.size())
            return writeError(m_file.fileName());
        m_hash.addData(data);
        m_size += data.size();
        return {};
    }
    Result<void> finish()
    {
        errno = 0;
        if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
            return writeError(m_file.fileName());
        m_file.close();
        return {};
    }

    QFile &file() { return m_file; }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 size() const { return m_size; }

private:
    QFile m_file;
    QCryptographicHash m_hash;
    qint64 m_size = 0;
};

BlobStore::BlobStore(QString root)
    : m_root(std::move(root))
{}

Result<void> BlobStore::prepare()
{
    QDir dir(m_root);
    if (!dir.mkpath(u"tmp"_s))
        return makeError(ErrorCode::Io, u"cannot create the evidence folder %1"_s.arg(m_root));
    QDir tmp(dir.filePath(u"tmp"_s));
    for (const QString &name : tmp.entryList(QDir::Files))
        tmp.remove(name); // half-written imports from a crash: never acknowledged, safe to drop
    return {};
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<StoredBlob> BlobStore::importFile(const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.exists()) {
        return makeError(
            ErrorCode::NotFound,
            u"the file %1 does not exist (was it moved or deleted?)"_s.arg(sourcePath));
    }
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot read the file %1: %2"_s.arg(sourcePath, source.errorString()));
    }
    if (source.size() == 0)
        return makeError(ErrorCode::InvalidInput, u"the file %1 is empty"_s.arg(sourcePath));

    Writer writer(m_root + u"/tmp/"_s + newUuidV7() + u".part"_s);
    if (auto r = writer.open(); !r)
        return r.error();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFile::NoError) {
            return makeError(ErrorCode::Io,
                             u"reading %1 failed: %2"_s.arg(sourcePath, source.errorString()));
        }
        if (auto r = writer.write(chunk); !r)
            return r.error();
    }
    return commit(writer);
}

Result<StoredBlob> BlobStore::importBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"refusing to store an empty file"_s);
    Writer writer(m_root + u"/tmp/"_s + newUuidV7() + u".part"_s);
    if (auto r = writer.open(); !r)
        return r.error();
    if (auto r = writer.write(bytes); !r)
        return r.error();
    return commit(writer);
}

Result<StoredBlob> BlobStore::commit(Writer &writer)
{
    if (auto r = writer.finish(); !r)
        return r.error();
    StoredBlob blob{writer.sha256(), writer.size(), false};
    const QString target = pathFor(blob.sha256);
    const QString folder = QFileInfo(target).absolutePath();
    if (QFileInfo::exists(target)) {
        // Same content stored before: keep that file (never overwrite evidence), but only after
        // checking it still is that content, and that its folder entry is durable.
        if (auto r = verify(blob.sha256); !r)
            return r.error();
        if (!syncDirectory(folder))
            return writeError(folder);
        blob.alreadyPresent = true;
        return blob;
    }
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(folder));
    errno = 0;
    if (::rename(QFile::encodeName(writer.file().fileName()).constData(),
                 QFile::encodeName(target).constData()) != 0) {
        return writeError(target);
    }
    // Read-only from now on: evidence is never modified after capture.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!syncDirectory(folder) || !syncDirectory(m_root))
        return writeError(folder);
    return blob;
}

Result<void> BlobStore::verify(const QString &sha256) const
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, u"evidence file %1 is missing"_s.arg(sha256));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorCode::Io, u"cannot read evidence file %1"_s.arg(sha256));
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        return makeError(ErrorCode::StorageCorrupt,
                         u"evidence file %1 no longer matches its fingerprint"_s.arg(sha256));
    }
    return {};
}

void BlobStore::discard(const QString &sha256)
{
    QFile::remove(pathFor(sha256));
}

QStringList BlobStore::storedHashes() const
{
    QStringList hashes;
    QDir root(m_root);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() != 2)
            continue; // tmp/
        for (const QString &name : QDir(root.filePath(sub)).entryList(QDir::Files)) {
            if (isSha256(name))
                hashes << name;
        }
    }
    return hashes;
}

bool BlobStore::isSha256(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace fl::storage
