#include "access.h"

#include "domain/common.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// Crockford base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 12; // 60 random bits

struct RoleInfo
{
    Role role;
    QStringView name;
};
constexpr RoleInfo kRoles[] = {
    {Role::RiverChief, u"river-chief"},
    {Role::Inspector, u"inspector"},
    {Role::GreenShield, u"green-shield"},
    {Role::Office, u"office"},
    {Role::Admin, u"admin"},
};

QString sha256Hex(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomCode()
{
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(kCodeAlphabet[randombytes_uniform(32)]);
    return code;
}

QString displayCode(const QString &code)
{
    return code.mid(0, 4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8);
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return u"fl1_"_s + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals));
}

template <typename T>
Checked<T> denied(int status, const QString &code, const QString &message)
{
    return std::variant<T, AccessDenied>(AccessDenied{status, code, message});
}

template <typename T>
Checked<T> granted(T value)
{
    return std::variant<T, AccessDenied>(std::move(value));
}

User readUser(const sql::Row &row, int first)
{
    User u;
    u.name = row.text(first);
    u.displayName = row.text(first + 1);
    u.role = roleFromName(row.text(first + 2)).value_or(Role::RiverChief);
    u.divisions = row.text(first + 3).split(u',', Qt::SkipEmptyParts);
    u.disabled = row.int64(first + 4) != 0;
    return u;
}

// Runs `body` in a write transaction; commits when it succeeds with an answer, rolls back on a
// refusal or an error.
template <typename T>
Checked<T> inTransaction(LedgerStore &store, const std::function<Checked<T>()> &body)
{
    if (auto r = store.begin(); !r)
        return r.error();
    Checked<T> result = body();
    if (result && std::holds_alternative<T>(*result)) {
        if (auto r = store.commit(); !r)
            return r.error();
    } else {
        store.rollback();
    }
    return result;
}

} // namespace

QString roleName(Role role)
{
    for (const auto &info : kRoles) {
        if (info.role == role)
            return info.name.toString();
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto &info : kRoles) {
        if (info.name == name)
            return info.role;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    QStringList names;
    for (const auto &info : kRoles)
        names << info.name.toString();
    return names;
}

bool isOfficeRole(Role role)
{
    return role == Role::Office || role == Role::Admin;
}

bool roleAllowsKind(Role role, RecordKind kind)
{
    if (isOfficeRole(role) || kind == RecordKind::Evidence || kind == RecordKind::RectificationTask)
        return true;
    switch (role) {
    case Role::RiverChief:
        return kind == RecordKind::Patrol;
    case Role::Inspector:
        return kind == RecordKind::Inspection || kind == RecordKind::ComplaintCase;
    case Role::GreenShield:
        return kind == RecordKind::GreenShieldClue;
    case Role::Office:
    case Role::Admin:
        break;
    }
    return true;
}

QString divisionPrefix(const QString &code)
{
    QString prefix = code;
    while (prefix.size() > 2 && prefix.endsWith(u"00"_s))
        prefix.chop(2);
    return prefix;
}

bool divisionsCover(const QStringList &divisions, const QString &code)
{
    if (code.isEmpty())
        return false;
    for (const QString &division : divisions) {
        if (code.startsWith(divisionPrefix(division)))
            return true;
    }
    return false;
}

PullScope Session::pullScope() const
{
    PullScope scope;
    for (RecordKind kind : allRecordKinds) {
        if (roleAllowsKind(user.role, kind))
            scope.kinds << recordKindName(kind);
    }
    for (const QString &division : user.divisions)
        scope.divisionPrefixes << divisionPrefix(division);
    return scope;
}

Access::Access(LedgerStore &store, Clock clock, int tokenDays)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_tokenDays(tokenDays)
{}

QString Access::normaliseCode(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        code += c;
    }
    return code;
}

Result<void> Access::addUser(const User &user)
{
    static const QRegularExpression namePattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!namePattern.match(user.name).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            u"user name \"%1\": use 1 to 64 letters, digits, '.', '-' or '_'"_s.arg(user.name));
    if (user.divisions.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         u"a user needs at least one division code (GB/T 2260, e.g. 652801)"_s);
    for (const QString &division : user.divisions) {
        if (!isDivisionCode(division))
            return makeError(ErrorCode::InvalidInput,
                             u"\"%1\" is not a GB/T 2260 division code (six digits, e.g. "
                             "652801)"_s.arg(division));
    }
    auto r =
        m_store.sql().run("INSERT INTO users (name, display_name, role, divisions, created_ms)"
                          " VALUES (?1, ?2, ?3, ?4, ?5)",
                          {user.name, user.displayName.isEmpty() ? user.name : user.displayName,
                           roleName(user.role), user.divisions.join(u','), m_clock()});
    if (!r && r.error().code == ErrorCode::Conflict)
        return makeError(ErrorCode::Conflict, u"a user named %1 already exists"_s.arg(user.name));
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<User>> Access::user(const QString &name)
{
    auto rows = m_store.sql().query(
        "SELECT name, display_name, role, divisions, disabled_ms FROM users WHERE name = ?1",
        {name});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<User>{};
    return std::optional<User>(readUser(rows->first(), 0));
}

Result<QList<User>> Access::users()
{
    auto rows = m_store.sql().query(
        "SELECT name, display_name, role, divisions, disabled_ms FROM users ORDER BY name");
    if (!rows)
        return rows.error();
    QList<User> list;
    for (const auto &row : std::as_const(*rows))
        list << readUser(row, 0);
    return list;
}

Result<IssuedCode> Access::issueCode(const QString &userName, int validHours)
{
    auto found = user(userName);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, u"no user named %1"_s.arg(userName));
    if ((*found)->disabled)
        return makeError(ErrorCode::InvalidInput, u"user %1 is disabled"_s.arg(userName));
    if (validHours < 1 || validHours > 24 * 30)
        return makeError(ErrorCode::InvalidInput,
                         u"an enrolment code may be valid for 1 to 720 hours"_s);
    const QString code = randomCode();
    const qint64 now = m_clock();
    IssuedCode issued{displayCode(code), now + validHours * kHourMs};
    auto r = m_store.sql().run(
        "INSERT INTO enrolment_codes (code_hash, user_name, created_ms, expires_ms)"
        " VALUES (?1, ?2, ?3, ?4)",
        {sha256Hex(code), userName, now, issued.expiresMs});
    if (!r)
        return r.error();
    return issued;
}

Result<IssuedToken> Access::issueToken(const QString &deviceId, const User &user)
{
    const qint64 now = m_clock();
    IssuedToken issued{randomToken(), now + m_tokenDays * kDayMs, deviceId, user};
    auto r = m_store.sql().run("INSERT INTO tokens (token_hash, device_id, issued_ms, expires_ms)"
                               " VALUES (?1, ?2, ?3, ?4)",
                               {sha256Hex(issued.token), deviceId, now, issued.expiresMs});
    if (!r)
        return r.error();
    return issued;
}

Checked<IssuedToken> Access::enrol(const QString &typedCode, const QString &deviceId,
                                   const QByteArray &publicKey, const QString &deviceName)
{
    const QString name = deviceName.isNull() ? u""_s : deviceName; // NULL is not a name
    return inTransaction<IssuedToken>(m_store, [&]() -> Checked<IssuedToken> {
        const qint64 now = m_clock();
        auto codes = m_store.sql().query(
            "SELECT c.expires_ms, c.used_ms, c.device_id, u.name, u.display_name, u.role,"
            " u.divisions, u.disabled_ms FROM enrolment_codes c JOIN users u"
            " ON u.name = c.user_name WHERE c.code_hash = ?1",
            {sha256Hex(normaliseCode(typedCode))});
        if (!codes)
            return codes.error();
        if (codes->isEmpty())
            return denied<IssuedToken>(
                403, u"enrolment-code-invalid"_s,
                u"this enrolment code is not known: check it with the office"_s);
        const sql::Row &code = codes->first();
        const User owner = readUser(code, 3);
        const bool usedByOther = code.int64(1) != 0 && code.text(2) != deviceId;
        if (usedByOther)
            return denied<IssuedToken>(403, u"enrolment-code-used"_s,
                                       u"this enrolment code was already used by another device"_s);
        if (code.int64(0) < now) // also for a repeat: an old code never renews access
            return denied<IssuedToken>(
                403, u"enrolment-code-expired"_s,
                u"this enrolment code has expired: ask the office for a new one"_s);
        if (owner.disabled)
            return denied<IssuedToken>(401, u"device-revoked"_s,
                                       u"the user %1 is disabled"_s.arg(owner.name));

        auto device = m_store.sql().query(
            "SELECT public_key, revoked_ms, user_name FROM devices WHERE device_id = ?1",
            {deviceId});
        if (!device)
            return device.error();
        if (!device->isEmpty()) {
            if (device->first().int64(1) != 0)
                return denied<IssuedToken>(
                    401, u"device-revoked"_s,
                    u"this device was revoked; a new installation can enrol"_s);
            if (device->first().blob(0) != publicKey)
                return denied<IssuedToken>(409, u"device-key-mismatch"_s,
                                           u"this device id is enrolled with another key"_s);
            // A device's changes stay its user's: another person enrols a new installation.
            if (!device->first().text(2).isEmpty() && device->first().text(2) != owner.name)
                return denied<IssuedToken>(
                    409, u"device-enrolled"_s,
                    u"this device is enrolled for %1; revoke it and enrol a new installation"_s.arg(
                        device->first().text(2)));
            if (auto r = m_store.sql().run(
                    "UPDATE devices SET user_name = ?2, name = ?3 WHERE device_id = ?1",
                    {deviceId, owner.name, name});
                !r)
                return r.error();
        } else if (auto r = m_store.sql().run(
                       "INSERT INTO devices (device_id, public_key, first_seen_ms, user_name, name)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)",
                       {deviceId, publicKey, now, owner.name, name});
                   !r) {
            return r.error();
        }
        // A repeated enrol (its answer was lost on the way) may use the code again.
        if (auto r = m_store.sql().run(
                "UPDATE enrolment_codes SET used_ms = ?2, device_id = ?3 WHERE code_hash = ?1",
                {sha256Hex(normaliseCode(typedCode)), now, deviceId});
            !r)
            return r.error();
        auto token = issueToken(deviceId, owner);
        if (!token)
            return token.error();
        return granted(*token);
    });
}

Checked<Session> Access::authenticate(const QString &token)
{
    auto rows = m_store.sql().query(
        "SELECT t.expires_ms, t.revoked_ms, d.revoked_ms, d.device_id, d.public_key,"
        " u.name, u.display_name, u.role, u.divisions, u.disabled_ms"
        " FROM tokens t JOIN devices d ON d.device_id = t.device_id"
        " JOIN users u ON u.name = d.user_name WHERE t.token_hash = ?1",
        {sha256Hex(token)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return denied<Session>(401, u"unauthenticated"_s,
                               u"the token is not known to this ledger: enrol the device"_s);
    const sql::Row &row = rows->first();
    Session session{row.text(3), row.blob(4), readUser(row, 5), row.int64(0)};
    if (row.int64(2) != 0)
        return denied<Session>(401, u"device-revoked"_s,
                               u"this device was revoked by the office"_s);
    if (session.user.disabled)
        return denied<Session>(401, u"device-revoked"_s,
                               u"the user %1 is disabled"_s.arg(session.user.name));
    if (row.int64(1) != 0)
        return denied<Session>(401, u"unauthenticated"_s,
                               u"this token was replaced by a newer one"_s);
    if (session.tokenExpiresMs <= m_clock())
        return denied<Session>(401, u"token-expired"_s,
                               u"the device's token has expired: enrol again with a new code"_s);
    return granted(session);
}

Checked<IssuedToken> Access::renew(const QString &token)
{
    return inTransaction<IssuedToken>(m_store, [&]() -> Checked<IssuedToken> {
        auto session = authenticate(token);
        if (!session)
            return session.error();
        if (auto *no = std::get_if<AccessDenied>(&*session))
            return denied<IssuedToken>(no->status, no->code, no->message);
        const Session &s = std::get<Session>(*session);
        // The old token ends an hour from now, not at once: if this answer is lost on the way,
        // the device can still ask again.
        const qint64 graceEnd = m_clock() + kHourMs;
        if (auto r = m_store.sql().run(
                "UPDATE tokens SET expires_ms = ?2 WHERE token_hash = ?1 AND expires_ms > ?2",
                {sha256Hex(token), graceEnd});
            !r)
            return r.error();
        auto issued = issueToken(s.deviceId, s.user);
        if (!issued)
            return issued.error();
        return granted(*issued);
    });
}

Result<bool> Access::disableUser(const QString &name)
{
    auto known = user(name);
    if (!known)
        return known.error();
    if (!*known)
        return false;
    auto changed = m_store.sql().run(
        "UPDATE users SET disabled_ms = ?2 WHERE name = ?1 AND disabled_ms = 0", {name, m_clock()});
    if (!changed)
        return changed.error();
    return true;
}

Result<bool> Access::revokeDevice(const QString &deviceId)
{
    const qint64 now = m_clock();
    if (auto r = m_store.begin(); !r)
        return r.error();
    auto changed = m_store.sql().run(
        "UPDATE devices SET revoked_ms = ?2 WHERE device_id = ?1 AND revoked_ms = 0",
        {deviceId, now});
    if (changed)
        changed = m_store.sql().run(
            "UPDATE tokens SET revoked_ms = ?2 WHERE device_id = ?1 AND revoked_ms = 0",
            {deviceId, now});
    auto known = m_store.sql().query("SELECT 1 FROM devices WHERE device_id = ?1", {deviceId});
    if (!changed || !known) {
        m_store.rollback();
        return !changed ? changed.error() : known.error();
    }
    if (auto r = m_store.commit(); !r)
        return r.error();
    return !known->isEmpty();
}

Result<QList<DeviceInfo>> Access::devices()
{
    auto rows = m_store.sql().query("SELECT device_id, name, user_name, first_seen_ms, revoked_ms"
                                    " FROM devices ORDER BY first_seen_ms, device_id");
    if (!rows)
        return rows.error();
    QList<DeviceInfo> list;
    for (const auto &row : std::as_const(*rows))
        list << DeviceInfo{row.text(0), row.text(1), row.text(2), row.int64(3), row.int64(4)};
    return list;
}

} // namespace fl::ledger
