#include "officecommands.h"

#include "domain/recordrules.h"
#include "ledger/access.h"
#include "qrtext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fl::office {

namespace {

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm"_s);
}

int failed(const Error &error)
{
    printLine(stderr, u"ledgerd: %1"_s.arg(error.message));
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ||
                   error.code == ErrorCode::Conflict
               ? 1
               : 2;
}

} // namespace

void printLine(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int addUser(ledger::LedgerStore &store, const QCommandLineParser &args)
{
    const auto role = ledger::roleFromName(args.value(u"role"_s));
    if (!role) {
        printLine(stderr,
                  u"ledgerd: --role must be one of %1"_s.arg(ledger::roleNames().join(u", "_s)));
        return 1;
    }
    ledger::User user;
    user.name = args.value(u"name"_s);
    user.displayName = args.value(u"display-name"_s);
    user.role = *role;
    user.divisions = args.value(u"divisions"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &d : user.divisions)
        d = d.trimmed();
    ledger::Access access(store);
    if (auto r = access.addUser(user); !r)
        return failed(r.error());
    printLine(stdout, u"user %1 (%2) added: %3, divisions %4"_s.arg(
                          user.name, user.displayName.isEmpty() ? user.name : user.displayName,
                          ledger::roleName(user.role), user.divisions.join(u", "_s)));
    return 0;
}

int listUsers(ledger::LedgerStore &store)
{
    auto users = ledger::Access(store).users();
    if (!users)
        return failed(users.error());
    for (const auto &u : std::as_const(*users))
        printLine(stdout, u"%1\t%2\t%3\t%4%5"_s.arg(u.name, u.displayName, ledger::roleName(u.role),
                                                    u.divisions.join(u','),
                                                    u.disabled ? u"\tdisabled"_s : QString()));
    return 0;
}

int disableUser(ledger::LedgerStore &store, const QString &name)
{
    auto known = ledger::Access(store).disableUser(name);
    if (!known)
        return failed(known.error());
    if (!*known) {
        printLine(stderr, u"ledgerd: no user named %1"_s.arg(name));
        return 1;
    }
    printLine(stdout, u"user %1 disabled: their devices stop working at once; what they sent "
                      "stays in the ledger"_s.arg(name));
    return 0;
}

int issueEnrolmentCode(ledger::LedgerStore &store, const QCommandLineParser &args)
{
    bool ok = true;
    const int hours = args.isSet(u"valid-hours"_s) ? args.value(u"valid-hours"_s).toInt(&ok)
                                                   : ledger::Access::kDefaultCodeHours;
    if (!ok) {
        printLine(stderr, u"ledgerd: --valid-hours must be a number of hours"_s);
        return 1;
    }
    auto issued = ledger::Access(store).issueCode(args.value(u"user"_s), hours);
    if (!issued)
        return failed(issued.error());
    // The code alone on the first line, so scripts can read it.
    printLine(stdout, issued->code);
    printLine(stdout, u"one-time enrolment code for %1, valid until %2 (Beijing time)"_s.arg(
                          args.value(u"user"_s), beijingTime(issued->expiresMs)));
    if (!args.isSet(u"server"_s))
        return 0;
    QUrlQuery query;
    query.addQueryItem(u"server"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(args.value(u"server"_s))));
    query.addQueryItem(u"code"_s, issued->code);
    const QString qrText = u"fieldledger://enrol?"_s + query.toString(QUrl::FullyEncoded);
    printLine(stdout, qrText);
    auto drawing = qrForTerminal(qrText);
    if (!drawing)
        return failed(drawing.error());
    printLine(stdout, *drawing);
    if (args.isSet(u"svg"_s)) {
        auto svg = qrSvg(qrText);
        QFile file(args.value(u"svg"_s));
        if (!svg || !file.open(QIODevice::WriteOnly) || file.write(*svg) != svg->size()) {
            printLine(stderr, u"ledgerd: cannot write %1"_s.arg(file.fileName()));
            return 2;
        }
        printLine(stdout, u"QR code written to %1"_s.arg(file.fileName()));
    }
    return 0;
}

int listDevices(ledger::LedgerStore &store)
{
    auto devices = ledger::Access(store).devices();
    if (!devices)
        return failed(devices.error());
    for (const auto &d : std::as_const(*devices))
        printLine(stdout,
                  u"%1\t%2\t%3\tenrolled %4%5"_s.arg(
                      d.deviceId, d.userName.isEmpty() ? u"-"_s : d.userName,
                      d.name.isEmpty() ? u"-"_s : d.name, beijingTime(d.enrolledMs),
                      d.revokedMs ? u"\trevoked "_s + beijingTime(d.revokedMs) : QString()));
    return 0;
}

int revokeDevice(ledger::LedgerStore &store, const QString &deviceId)
{
    auto known = ledger::Access(store).revokeDevice(deviceId);
    if (!known)
        return failed(known.error());
    if (!*known) {
        printLine(stderr, u"ledgerd: no device %1"_s.arg(deviceId));
        return 1;
    }
    printLine(stdout, u"device %1 revoked: its tokens no longer work; what it already sent "
                      "stays in the ledger"_s.arg(deviceId));
    return 0;
}

int listConflicts(ledger::LedgerStore &store)
{
    auto conflicts = store.openConflicts();
    if (!conflicts)
        return failed(conflicts.error());
    for (const auto &c : std::as_const(*conflicts))
        printLine(stdout, u"%1\t%2\tkept %3 (change %4)\tother %5 (change %6)\tat seq %7"_s
                              .arg(c.recordId, c.field, QString::fromUtf8(c.keptValue),
                                   c.keptChangeId, QString::fromUtf8(c.otherValue), c.otherChangeId)
                              .arg(c.seq));
    printLine(stdout, u"%1 open conflict(s)"_s.arg(conflicts->size()));
    return 0;
}

int summary(ledger::LedgerStore &store)
{
    auto counts = store.counts();
    auto head = store.head();
    if (!counts || !head)
        return failed(!counts ? counts.error() : head.error());
    printLine(stdout, u"ledger (%1): %2 entries, head seq %3 %4"_s.arg(store.backendName())
                          .arg(counts->entries)
                          .arg(head->seq)
                          .arg(QString::fromLatin1(head->hash.left(16))));
    printLine(stdout, u"%1 records, %2 devices, %3 files, %4 open conflicts"_s.arg(counts->records)
                          .arg(counts->devices)
                          .arg(counts->blobs)
                          .arg(counts->openConflicts));
    QMap<QString, int> byKind;
    QStringList lines;
    auto r = store.forEachRecord([&](const ledger::StoredRecord &rec) {
        ++byKind[rec.kind + (rec.deleted ? u" (deleted)"_s : QString())];
        const auto kind = recordKindFromName(rec.kind);
        const QString title =
            kind ? indexFields(*kind, QJsonDocument::fromJson(rec.body).object()).title : QString();
        lines << u"  %1  %2 v%3  %4  %5"_s.arg(rec.recordId, rec.kind)
                     .arg(rec.revision)
                     .arg(rec.division, title.left(40));
        return true;
    });
    if (!r)
        return failed(r.error());
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        printLine(stdout, u"  %1: %2"_s.arg(it.key()).arg(it.value()));
    printLine(stdout, u"records (id, kind, ledger version, division, title):"_s);
    for (const QString &line : std::as_const(lines))
        printLine(stdout, line);
    return 0;
}

} // namespace fl::office
