#pragma once

// Test harness for ledgerd: starts a real `ledgerd serve` child on 127.0.0.1 with port 0,
// talks HTTP to it, and provides signing devices built on real device stores.

#include "ledger/sql/connection.h"
#include "pgtestdb.h"
#include "samples.h"
#include "storage/store.h"

#include "catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace fl::test {

inline const QString kAuthor = QStringLiteral("李明");

struct HttpReply
{
    int status = 0; // 0: no answer at all
    QByteArray body;
    QJsonObject json; // empty when the body is not an object
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
    [[nodiscard]] QString errorCode() const
    {
        return json.value(QStringLiteral("error"))[QStringLiteral("code")].toString();
    }
};

// A ledger database for one test: a SQLite file in a temporary folder, or, in the "_pg" runs
// of the tests (FIELDLEDGER_REQUIRE_PG=1), a fresh database on the throwaway PostgreSQL cluster.
class TestLedgerDatabase
{
public:
    TestLedgerDatabase();
    ~TestLedgerDatabase();
    [[nodiscard]] QString db() const { return m_db; } // for --db
    [[nodiscard]] bool isPostgres() const { return m_pg != nullptr; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_db;
};

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
[[nodiscard]] ProgramRun runProgram(const QString &program, const QStringList &args,
                                    int timeoutMs = 60'000);
// `ledgerd ARGS --db DB`.
[[nodiscard]] ProgramRun runLedgerd(const QString &db, QStringList args);

class LedgerdProcess
{
public:
    // Starts `ledgerd serve` on a fresh database (or on `shared`'s, for several servers on one
    // database).
    LedgerdProcess();
    explicit LedgerdProcess(const TestLedgerDatabase &shared);
    ~LedgerdProcess();

    [[nodiscard]] QString db() const { return m_database ? m_database->db() : m_sharedDb; }
    [[nodiscard]] bool isPostgres() const { return db().startsWith(QStringLiteral("postgres")); }
    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    void stop();
    void kill();  // SIGKILL, as a crash would
    void start(); // (again) on the same database, on a new port

    HttpReply get(const QString &path, bool withProtocol = true, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &protocol = QByteArrayLiteral("1"), const QString &token = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &protocol, const QString &token = {});
    HttpReply push(const QJsonObject &request, const QString &token)
    {
        return post(QStringLiteral("/v1/push"), QJsonDocument(request).toJson(), "1", token);
    }
    [[nodiscard]] bool healthy();
    // GET /v1/pull?after=AFTER&limit=LIMIT with `token` (limit 0: left out, the server's
    // default).
    HttpReply pull(const QString &token, qint64 after = 0, int limit = 0);
    // PUT /v1/blobs/SHA256?offset=OFFSET&size=SIZE with `chunk` as the body.
    HttpReply putBlobChunk(const QString &token, const QString &sha256, qint64 offset, qint64 size,
                           const QByteArray &chunk);
    // POST /v1/enrol as this device id with this base64 public key; the answer as it is.
    HttpReply enrol(const QString &code, const QString &deviceId, const QString &publicKey);

    // Office commands against this server's database.
    [[nodiscard]] ProgramRun office(const QStringList &args) { return runLedgerd(db(), args); }
    // Makes the user (once) and answers a fresh enrolment code for it.
    [[nodiscard]] QString enrolmentCode(const QString &user,
                                        const QString &role = QStringLiteral("river-chief"),
                                        const QString &divisions = QStringLiteral("650000"));

private:
    std::unique_ptr<TestLedgerDatabase> m_database;
    QString m_sharedDb;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

// `ledgerd verify --db DB`: exit code and stdout.
struct VerifyRun
{
    int exitCode = -1;
    QString output;
};
[[nodiscard]] VerifyRun runVerify(const QString &db);

// A device: a real store making changes, and an Ed25519 key signing them.
class Device
{
public:
    Device();
    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] QString id() const { return m_store->deviceId(); }
    [[nodiscard]] QString publicKey() const; // base64
    void useNewKey();
    // Enrols with a fresh code for `user` (made with `role` and `divisions` if new).
    // The default user is office staff for all of Xinjiang, who may send every kind.
    void enrol(LedgerdProcess &server, const QString &user = QStringLiteral("office"),
               const QString &role = QStringLiteral("office"),
               const QString &divisions = QStringLiteral("650000"), const QString &asDeviceId = {});
    // POST /v1/enrol with `code` as this device (or as `asDeviceId`) and its key; keeps the
    // token when the answer is 200, and answers the reply either way.
    HttpReply enrolWith(LedgerdProcess &server, const QString &code,
                        const QString &asDeviceId = {});
    [[nodiscard]] QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; } // after POST /v1/token
    // Uploads the files of the evidence among these payloads (one PUT each), as a device does
    // before it pushes.
    void uploadBlobs(LedgerdProcess &server, const QList<QByteArray> &payloads);
    // Uploads their files, then pushes these payloads, signed, with this device's token.
    HttpReply push(LedgerdProcess &server, const QList<QByteArray> &payloads)
    {
        uploadBlobs(server, payloads);
        return server.push(pushRequest(payloads), m_token);
    }

    [[nodiscard]] QList<QByteArray> pendingPayloads();
    [[nodiscard]] QJsonObject sign(const QByteArray &payload) const;
    // A push request for these payloads, each signed with this device's key.
    [[nodiscard]] QJsonObject pushRequest(const QList<QByteArray> &payloads) const;
    // A field day: a patrol, its track, a photo, the finished patrol.
    void recordFieldDay();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QString m_token;
};

// Direct reads and edits of a ledger database (either backend), as someone with database access
// could; both REQUIRE that the statement works. queryNumber answers the first column of the
// first row (0 when there is none), execute the number of rows changed.
[[nodiscard]] qint64 queryNumber(const QString &db, const char *sql,
                                 const ledger::sql::Params &params = {});
qint64 execute(const QString &db, const char *sql, const ledger::sql::Params &params = {});

// A change payload rebuilt from JSON (for hand-made and edited changes).
[[nodiscard]] QByteArray compact(const QJsonObject &object);
[[nodiscard]] QJsonObject parseObject(const QByteArray &bytes);
[[nodiscard]] QString newUuid();
// A JSON number of an answer (seq, revision, size) as an integer; -1 when it is not a number.
[[nodiscard]] inline qint64 number(const QJsonValue &value)
{
    return qint64(value.toDouble(-1));
}

} // namespace fl::test
