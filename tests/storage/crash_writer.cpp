// Child process of the crash test: saves records, edits and evidence as fast as it can and
// prints one acknowledgement line after each save returns, until it is killed with SIGKILL.
//   crash_writer STORE_FOLDER SEED
// Lines: "REC <id> <revision> <sha256 of the canonical body>" and "BLOB <sha256> <evidence id>".

#include "crashack.h"
#include "samples.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fl;
using fl::test::bodyHash;

namespace {

void acknowledge(const QByteArray &line)
{
    // One write(2) per line: the parent sees whole lines or nothing, with no stdio buffer to lose.
    const QByteArray withNewline = line + '\n';
    if (::write(STDOUT_FILENO, withNewline.constData(), size_t(withNewline.size())) < 0)
        ::_exit(3);
}

void ackRecord(const Record &record)
{
    acknowledge("REC " + record.meta.id.toUtf8() + ' ' + QByteArray::number(record.meta.revision) +
                ' ' + bodyHash(record.body));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));

    auto opened =
        QFile::exists(folder + u"/store.sqlite"_s) ? Store::open(folder) : Store::create(folder);
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().toString()));
        return 1;
    }
    Store &store = **opened;
    const QString author = u"crash-writer"_s;
    QList<Record> editable;
    for (int i = 0;; ++i) {
        const int action = random.bounded(10);
        if (action < 5 || editable.isEmpty()) {
            auto r = store.createRecord(RecordKind::ComplaintCase,
                                        samples::complaint(store.now() - i).toJson(), author);
            if (!r)
                return 1;
            ackRecord(*r);
            editable << *r;
        } else if (action < 8) {
            Record &target = editable[random.bounded(int(editable.size()))];
            QJsonObject body = target.body;
            body.insert(u"investigationFindings"_s, u"第%1次核查记录"_s.arg(i));
            auto r = store.updateRecord(target.meta.id, target.meta.revision, body, author);
            if (!r)
                return 1;
            ackRecord(*r);
            target = *r;
        } else {
            QByteArray photo(10'000 + random.bounded(150'000), Qt::Uninitialized);
            for (auto &byte : photo)
                byte = char(random.bounded(256));
            EvidenceCapture capture;
            capture.sourcePath = u"photo-%1.jpg"_s.arg(i);
            capture.linkedRecordId = editable.first().meta.id;
            auto r = store.addEvidenceBytes(photo, capture, author);
            if (!r)
                return 1;
            ackRecord(*r);
            acknowledge("BLOB " + r->body.value(u"sha256"_s).toString().toUtf8() + ' ' +
                        r->meta.id.toUtf8());
        }
    }
}
