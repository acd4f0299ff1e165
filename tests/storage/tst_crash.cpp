// The crash test: a child process saves records and evidence while this test kills it with
// SIGKILL at random moments, many times. After each kill the store must open, pass the full
// integrity check, and hold every save the child acknowledged: once, byte for byte.

#include "crashack.h"
#include "storage/database.h"
#include "storage/store.h"

#include "catchqt.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace fl;
using fl::test::bodyHash;

namespace {

struct Acked
{
    int revision = 0;
    QByteArray hash;
};

struct Acknowledgements
{
    QHash<QString, QHash<int, QByteArray>> revisions; // record id -> revision -> body hash
    QHash<QString, QString> blobs;                    // sha256 -> evidence id
    int lines = 0;
};

// Reads only complete lines: a line cut by the kill was never acknowledged.
void collect(const QByteArray &output, Acknowledgements &acks)
{
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(' ');
        if (f.value(0) == "REC" && f.size() == 4) {
            acks.revisions[QString::fromUtf8(f[1])][f[2].toInt()] = f[3];
            ++acks.lines;
        } else if (f.value(0) == "BLOB" && f.size() == 3) {
            acks.blobs[QString::fromUtf8(f[1])] = QString::fromUtf8(f[2]);
        }
    }
}

// Byte for byte: the bytes stored for each acknowledged revision hash to what the writer saw.
void checkStoredBytes(const QString &folder, const Acknowledgements &acks)
{
    storage::Database db;
    REQUIRE(db.open(folder + u"/store.sqlite"_s, false).ok());
    auto select = db.prepare("SELECT body FROM revisions WHERE record_id = ?1 AND revision = ?2");
    REQUIRE(select.ok());
    for (auto it = acks.revisions.cbegin(); it != acks.revisions.cend(); ++it) {
        for (auto rev = it.value().cbegin(); rev != it.value().cend(); ++rev) {
            select->bind(1, it.key()).bind(2, rev.key());
            auto row = select->step();
            REQUIRE((row.ok() && *row));
            REQUIRE(QCryptographicHash::hash(select->blob(0), QCryptographicHash::Sha256).toHex() ==
                    rev.value());
            select->reset();
        }
    }
}

void checkStore(const QString &folder, const Acknowledgements &acks)
{
    auto opened = Store::open(folder, {.clock = {}, .fullIntegrityCheck = true});
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    Store &store = **opened;
    REQUIRE(store.integrityCheck().ok());

    qint64 expectedChanges = 0;
    for (auto it = acks.revisions.cbegin(); it != acks.revisions.cend(); ++it) {
        auto history = store.history(it.key());
        INFO(it.key().toStdString());
        REQUIRE(history.ok());
        for (auto rev = it.value().cbegin(); rev != it.value().cend(); ++rev) {
            REQUIRE(history->size() >= rev.key());
            const Record &saved = history->at(rev.key() - 1);
            REQUIRE(saved.meta.revision == rev.key());
            REQUIRE(bodyHash(saved.body) == rev.value());
        }
        expectedChanges += history->size();
    }
    // Once: no record revision was queued twice. (Saves that committed just before the kill
    // but were not acknowledged yet may exist too; they are complete, not duplicates.)
    auto pending = store.pendingChanges(1'000'000);
    REQUIRE(pending.ok());
    QSet<QString> revisionKeys;
    for (const auto &entry : *pending) {
        const QJsonObject change = QJsonDocument::fromJson(entry.payload).object();
        const QString key = change.value(u"recordId"_s).toString() + u'#' +
                            QString::number(change.value(u"revision"_s).toInt());
        REQUIRE_FALSE(revisionKeys.contains(key));
        revisionKeys.insert(key);
    }
    REQUIRE(qint64(pending->size()) >= expectedChanges);
    for (auto it = acks.blobs.cbegin(); it != acks.blobs.cend(); ++it)
        REQUIRE(store.verifyBlob(it.key()).ok());
    opened.value().reset();
    checkStoredBytes(folder, acks);
}

} // namespace

TEST_CASE("acknowledged saves survive SIGKILL at random moments, once, byte for byte", "[crash]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"device"_s);
    Acknowledgements acks;
    QRandomGenerator random(20261123);
    constexpr int kRounds = 40;
    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.start(QString::fromUtf8(CRASH_WRITER), {folder, QString::number(round + 1)});
        REQUIRE(child.waitForStarted());
        QThread::msleep(30 + random.bounded(400));
        REQUIRE(child.state() == QProcess::Running); // still writing: it never finishes by itself
        child.kill();                                // SIGKILL
        child.waitForFinished();
        collect(child.readAllStandardOutput(), acks);
        INFO("round " << round << ", child stderr: " << child.readAllStandardError().toStdString());
        checkStore(folder, acks);
    }
    INFO("acknowledged saves: " << acks.lines << ", blobs: " << acks.blobs.size());
    REQUIRE(acks.lines > kRounds); // the child really saved things between kills
    REQUIRE_FALSE(acks.blobs.isEmpty());
}
