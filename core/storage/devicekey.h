#pragma once

// The device's Ed25519 signing key (libsodium). Every outbox change is signed with it before it
// is pushed, so the ledger can prove which device sent what.
//
// The secret key lives in the store folder as `device.key` (owner-only, written durably). This
// is a stand-in for the platform keystore: the app keeps it in the Android Keystore or the iOS
// Keychain instead, behind the same two operations (public key, sign).

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace fl::storage {

// Initialises libsodium once per process (thread-safe); every user of the key calls it first.
[[nodiscard]] Result<void> initSodium();

class DeviceKey
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    DeviceKey(DeviceKey &&other) noexcept;
    DeviceKey &operator=(DeviceKey &&other) noexcept;
    DeviceKey(const DeviceKey &) = delete;
    DeviceKey &operator=(const DeviceKey &) = delete;
    ~DeviceKey();

    // Makes a new key pair and writes it to `path` durably (temp file, fsync, rename, fsync of
    // the folder), readable by the owner only. Fails if `path` exists: a key is never replaced.
    [[nodiscard]] static Result<DeviceKey> create(const QString &path);
    // Reads the key at `path`. A missing file is NotFound; a file of the wrong size or whose
    // halves do not belong together is StorageCorrupt (never silently regenerated).
    [[nodiscard]] static Result<DeviceKey> load(const QString &path);

    [[nodiscard]] QByteArray publicKey() const; // 32 bytes
    // The detached Ed25519 signature (64 bytes) of exactly these bytes.
    [[nodiscard]] QByteArray sign(QByteArrayView payload) const;

private:
    DeviceKey() = default;

    std::array<unsigned char, kSecretKeyBytes> m_secret{}; // seed ‖ public key, as libsodium
};

} // namespace fl::storage
