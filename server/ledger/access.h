#pragma once

// Who may do what (docs/sync-protocol.md, "Users, roles and scope" and "POST /v1/enrol"):
// users with a role and GB/T 2260 divisions, one-time enrolment codes, device tokens that
// expire and can be revoked. Codes and tokens are kept only as SHA-256 hashes.

#include "domain/record.h"
#include "ledgerstore.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace fl::ledger {

enum class Role {
    RiverChief,  // 河长
    Inspector,   // 执法人员
    GreenShield, // 绿盾 supervisor
    Office,      // 办公室
    Admin,       // 管理员
};
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);
[[nodiscard]] QStringList roleNames();
[[nodiscard]] bool roleAllowsKind(Role role, RecordKind kind);
[[nodiscard]] bool isOfficeRole(Role role);

// "650000" -> "65", "652800" -> "6528", "652801" -> "652801".
[[nodiscard]] QString divisionPrefix(const QString &code);
[[nodiscard]] bool divisionsCover(const QStringList &divisions, const QString &code);

struct User
{
    QString name; // login-like id: letters, digits, '.', '-', '_'
    QString displayName;
    Role role = Role::RiverChief;
    QStringList divisions;
    bool disabled = false;
};

// Who is calling: the device behind a valid token and its user.
struct Session
{
    QString deviceId;
    QByteArray publicKey;
    User user;
    qint64 tokenExpiresMs = 0;
    [[nodiscard]] PullScope pullScope() const;
};

struct IssuedCode
{
    QString code; // "K7QX-M2PA-9RTD"
    qint64 expiresMs = 0;
};

struct IssuedToken
{
    QString token;
    qint64 expiresMs = 0;
    QString deviceId;
    User user;
};

// A refusal the HTTP layer turns into its status and code.
struct AccessDenied
{
    int status = 401;
    QString code;
    QString message;
};

template <typename T>
using Checked = Result<std::variant<T, AccessDenied>>;

struct DeviceInfo
{
    QString deviceId;
    QString name;
    QString userName;
    qint64 enrolledMs = 0;
    qint64 revokedMs = 0;
};

class Access
{
public:
    using Clock = std::function<qint64()>; // UTC milliseconds
    static constexpr int kDefaultTokenDays = 30;
    static constexpr int kDefaultCodeHours = 72;

    explicit Access(LedgerStore &store, Clock clock = {}, int tokenDays = kDefaultTokenDays);

    [[nodiscard]] Result<void> addUser(const User &user);
    [[nodiscard]] Result<QList<User>> users();
    [[nodiscard]] Result<IssuedCode> issueCode(const QString &userName,
                                               int validHours = kDefaultCodeHours);
    [[nodiscard]] Checked<IssuedToken> enrol(const QString &code, const QString &deviceId,
                                             const QByteArray &publicKey,
                                             const QString &deviceName);
    [[nodiscard]] Checked<Session> authenticate(const QString &token);
    [[nodiscard]] Checked<IssuedToken> renew(const QString &token);
    // A user who left: every device of theirs stops working at once. False: no such user.
    [[nodiscard]] Result<bool> disableUser(const QString &name);
    // Ends every token of the device; false when there is no such device.
    [[nodiscard]] Result<bool> revokeDevice(const QString &deviceId);
    [[nodiscard]] Result<QList<DeviceInfo>> devices();

    // The code as typed or scanned: case, spaces and hyphens do not matter.
    [[nodiscard]] static QString normaliseCode(const QString &typed);

private:
    [[nodiscard]] Result<IssuedToken> issueToken(const QString &deviceId, const User &user);
    [[nodiscard]] Result<std::optional<User>> user(const QString &name);

    LedgerStore &m_store;
    Clock m_clock;
    int m_tokenDays;
};

} // namespace fl::ledger
