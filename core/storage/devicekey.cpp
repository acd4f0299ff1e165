#include "devicekey.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fl::storage {

static_assert(DeviceKey::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(DeviceKey::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(DeviceKey::kSignatureBytes == crypto_sign_BYTES);

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const unsigned char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= size_t(written);
    }
    return true;
}

Result<void> writeKeyFile(const QString &path, const unsigned char *secret, size_t size)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    ::unlink(temp.constData()); // left over from a crash while creating: it was never used
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         u"cannot write the device key %1: %2"_s.arg(path, systemError()));
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, secret, size) && ::fsync(fd) == 0;
    const QString why = systemError();
    ::close(fd);
    if (!written) {
        ::unlink(temp.constData());
        return makeError(ErrorCode::Io, u"cannot write the device key %1: %2"_s.arg(path, why));
    }
    // link() instead of rename(): it fails if a key appeared meanwhile, so none is ever replaced.
    if (::link(temp.constData(), target.constData()) != 0) {
        const QString linkWhy = systemError();
        ::unlink(temp.constData());
        return makeError(ErrorCode::Io,
                         u"cannot put the device key in place at %1: %2"_s.arg(path, linkWhy));
    }
    ::unlink(temp.constData());
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return makeError(ErrorCode::Io,
                         u"cannot sync the folder of %1: %2"_s.arg(path, systemError()));
    const bool synced = ::fsync(folder) == 0;
    ::close(folder);
    if (!synced)
        return makeError(ErrorCode::Io,
                         u"cannot sync the folder of %1: %2"_s.arg(path, systemError()));
    return {};
}

} // namespace

Result<void> initSodium()
{
    static const int status = sodium_init(); // a function-local static: initialised once, safely
    if (status < 0)
        return makeError(ErrorCode::Internal, u"the cryptography library could not start"_s);
    return {};
}

DeviceKey::DeviceKey(DeviceKey &&other) noexcept
    : m_secret(other.m_secret)
{
    sodium_memzero(other.m_secret.data(), other.m_secret.size());
}

DeviceKey &DeviceKey::operator=(DeviceKey &&other) noexcept
{
    if (this != &other) {
        m_secret = other.m_secret;
        sodium_memzero(other.m_secret.data(), other.m_secret.size());
    }
    return *this;
}

DeviceKey::~DeviceKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

Result<DeviceKey> DeviceKey::create(const QString &path)
{
    if (auto r = initSodium(); !r)
        return r.error();
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::Conflict,
                         u"a device key already exists at %1; it is never replaced"_s.arg(path));
    }
    DeviceKey key;
    std::array<unsigned char, kPublicKeyBytes> publicKey{};
    crypto_sign_keypair(publicKey.data(), key.m_secret.data());
    if (auto r = writeKeyFile(path, key.m_secret.data(), key.m_secret.size()); !r)
        return r.error();
    return key;
}

Result<DeviceKey> DeviceKey::load(const QString &path)
{
    if (auto r = initSodium(); !r)
        return r.error();
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, u"the device key %1 is missing"_s.arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         u"cannot read the device key %1: %2"_s.arg(path, file.errorString()));
    }
    QByteArray bytes = file.read(kSecretKeyBytes + 1);
    const auto wipe = qScopeGuard([&bytes] { sodium_memzero(bytes.data(), size_t(bytes.size())); });
    if (bytes.size() != kSecretKeyBytes) {
        return makeError(ErrorCode::StorageCorrupt,
                         u"the device key %1 is damaged (%2 bytes, expected %3); it was left "
                         "untouched: restore it from a backup or ask the office to re-enrol this "
                         "device"_s.arg(path)
                             .arg(bytes.size())
                             .arg(kSecretKeyBytes));
    }
    DeviceKey key;
    std::memcpy(key.m_secret.data(), bytes.constData(), kSecretKeyBytes);
    // The file holds seed ‖ public key: re-deriving the pair from the seed catches a flipped bit.
    std::array<unsigned char, kPublicKeyBytes> derivedPublic{};
    std::array<unsigned char, kSecretKeyBytes> derivedSecret{};
    crypto_sign_seed_keypair(derivedPublic.data(), derivedSecret.data(), key.m_secret.data());
    const bool matches =
        sodium_memcmp(derivedSecret.data(), key.m_secret.data(), kSecretKeyBytes) == 0;
    sodium_memzero(derivedSecret.data(), derivedSecret.size());
    if (!matches) {
        return makeError(ErrorCode::StorageCorrupt,
                         u"the device key %1 is damaged (its public half does not match its "
                         "secret half); it was left untouched: restore it from a backup or ask "
                         "the office to re-enrol this device"_s.arg(path));
    }
    return key;
}

QByteArray DeviceKey::publicKey() const
{
    std::array<unsigned char, kPublicKeyBytes> publicKey{};
    crypto_sign_ed25519_sk_to_pk(publicKey.data(), m_secret.data());
    return QByteArray(reinterpret_cast<const char *>(publicKey.data()), kPublicKeyBytes);
}

QByteArray DeviceKey::sign(QByteArrayView payload) const
{
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(payload.data()),
                         static_cast<unsigned long long>(payload.size()), m_secret.data());
    return signature;
}

} // namespace fl::storage
