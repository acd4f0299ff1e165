#include "syncwords.h"

using namespace Qt::StringLiterals;

QString SyncWords::stopped(const QString &code, const QString &message)
{
    if (code == u"unreachable"_s) {
        return tr("The ledger could not be reached; your records are safe on this phone and "
                  "will be sent next time");
    }
    if (code == u"server-error"_s || code == u"internal"_s || code == u"unavailable"_s) {
        return tr("The office ledger has a problem and could not take your records now; they "
                  "are safe on this phone and will be sent next time.");
    }
    if (code == u"cancelled"_s) {
        return tr("Sync was stopped. What was not sent stays on this phone for next time.");
    }
    if (code == u"not-enrolled"_s) {
        return tr("This phone is not enrolled yet: enter the code from the office or scan its "
                  "QR code first.");
    }
    if (code == u"token-expired"_s) {
        return tr("This phone's access to the ledger has expired: ask the office for a new code "
                  "and enrol again. Your records are safe on this phone.");
    }
    if (code == u"device-revoked"_s) {
        return tr("Your enrolment was revoked by the office: ask for a new code. Your records "
                  "are safe on this phone.");
    }
    if (code == u"unauthenticated"_s) {
        return tr("The ledger does not recognise this phone: ask the office for a new code and "
                  "enrol again. Your records are safe on this phone.");
    }
    if (code == u"enrolment-code-invalid"_s) {
        return tr("The ledger does not know this enrolment code: check it and type it again, or "
                  "ask the office for a new one.");
    }
    if (code == u"enrolment-code-used"_s) {
        return tr("This enrolment code was already used on another phone: ask the office for a "
                  "new one.");
    }
    if (code == u"enrolment-code-expired"_s) {
        return tr("This enrolment code has expired: ask the office for a new one.");
    }
    if (code == u"device-key-mismatch"_s) {
        return tr("The ledger knows this phone with another key: ask the office to revoke the "
                  "old enrolment of this phone, then enrol again.");
    }
    if (code == u"device-enrolled"_s) {
        return tr("This phone is enrolled for another person: ask the office to revoke that "
                  "enrolment first.");
    }
    if (code == u"forbidden"_s) {
        return tr("Your role does not allow this: ask the office.");
    }
    if (code == u"unsupported-protocol"_s) {
        return tr("The ledger uses another version of the sync protocol: update this app. Your "
                  "records are safe on this phone.");
    }
    if (code == u"not-found"_s || code == u"method-not-allowed"_s) {
        return tr("The server at this address is not a FieldLedger ledger: check the server "
                  "address. Your records are safe on this phone.");
    }
    if (code == u"too-large"_s) {
        return tr("A file or a batch of records was too large for the ledger: tell the office. "
                  "Your records are safe on this phone.");
    }
    if (code == u"hash-mismatch"_s || code == u"offset-mismatch"_s) {
        return tr("A photo or file did not arrive intact at the ledger; it will be sent again "
                  "next time. Your records are safe on this phone.");
    }
    if (code == u"malformed-json"_s || code == u"invalid-request"_s) {
        return tr("The ledger did not understand this phone's request: update this app or tell "
                  "the office. Your records are safe on this phone.");
    }
    if (code.isEmpty()) {
        return tr("Sync stopped because of a problem on this phone: %1. Your records are kept.")
            .arg(message);
    }
    return tr("Sync stopped (%1): %2. Your records are safe on this phone.").arg(code, message);
}

QStringList SyncWords::knownStopCodes()
{
    return {u"unreachable"_s,
            u"server-error"_s,
            u"internal"_s,
            u"unavailable"_s,
            u"cancelled"_s,
            u"not-enrolled"_s,
            u"token-expired"_s,
            u"device-revoked"_s,
            u"unauthenticated"_s,
            u"enrolment-code-invalid"_s,
            u"enrolment-code-used"_s,
            u"enrolment-code-expired"_s,
            u"device-key-mismatch"_s,
            u"device-enrolled"_s,
            u"forbidden"_s,
            u"unsupported-protocol"_s,
            u"not-found"_s,
            u"method-not-allowed"_s,
            u"too-large"_s,
            u"hash-mismatch"_s,
            u"offset-mismatch"_s,
            u"malformed-json"_s,
            u"invalid-request"_s};
}

bool SyncWords::needsEnrolment(const QString &code)
{
    return code == u"token-expired"_s || code == u"device-revoked"_s ||
           code == u"unauthenticated"_s || code == u"not-enrolled"_s;
}

bool SyncWords::isTransient(const QString &code)
{
    return code == u"unreachable"_s || code == u"server-error"_s || code == u"internal"_s ||
           code == u"unavailable"_s || code == u"hash-mismatch"_s || code == u"offset-mismatch"_s;
}

QString SyncWords::refusalAdvice(const QString &code, const QString &reason)
{
    if (code == u"invalid-record"_s) {
        return tr("The office ledger found a problem in this record: %1. Open the record, "
                  "correct it and sync again.")
            .arg(reason);
    }
    if (code == u"revision-gap"_s) {
        return tr("An earlier change to this record did not reach the ledger, so this one cannot "
                  "follow it (%1). Resolve the earlier problem in this list first, then tap "
                  "Retry.")
            .arg(reason);
    }
    if (code == u"conflict"_s) {
        return tr("Someone else changed this record at the same time (%1). Sync to get their "
                  "version, check the record, then tap Retry.")
            .arg(reason);
    }
    if (code == u"out-of-scope"_s) {
        return tr("Your role or your area does not cover this record, so the office ledger did "
                  "not take it (%1). Check the record's area, or ask the office to extend yours, "
                  "then tap Retry.")
            .arg(reason);
    }
    if (code == u"blob-missing"_s) {
        return tr("The photo or file of this evidence did not reach the ledger: %1. Check that "
                  "the file is still on this phone, then tap Retry.")
            .arg(reason);
    }
    if (code == u"not-found"_s) {
        return tr("The ledger does not have the record this change belongs to yet (%1). Retry "
                  "after the record itself was sent.")
            .arg(reason);
    }
    if (code == u"bad-signature"_s || code == u"device-mismatch"_s) {
        return tr("The ledger could not confirm this change came from this phone (%1). Enrol "
                  "again with a new code from the office, then tap Retry.")
            .arg(reason);
    }
    if (code == u"change-id-conflict"_s) {
        return tr("The ledger already holds a different change under the same number (%1). Do "
                  "not delete anything; tell the office.")
            .arg(reason);
    }
    if (code == u"malformed-change"_s || code == u"unknown-kind"_s) {
        return tr("The ledger could not read this change (%1). Update this app, then tap Retry.")
            .arg(reason);
    }
    return tr("The office ledger did not accept this change: %1. Tap Retry to send it again, or "
              "ask the office.")
        .arg(reason);
}

QStringList SyncWords::knownRefusalCodes()
{
    return {u"invalid-record"_s,   u"revision-gap"_s,    u"conflict"_s,
            u"out-of-scope"_s,     u"blob-missing"_s,    u"not-found"_s,
            u"bad-signature"_s,    u"device-mismatch"_s, u"change-id-conflict"_s,
            u"malformed-change"_s, u"unknown-kind"_s};
}

QString SyncWords::phase(fl::SyncPhase phase)
{
    switch (phase) {
    case fl::SyncPhase::Starting:
        return tr("Connecting to the ledger");
    case fl::SyncPhase::UploadingFiles:
        return tr("Sending photos and files");
    case fl::SyncPhase::Pushing:
        return tr("Sending records");
    case fl::SyncPhase::Pulling:
        return tr("Receiving from the office");
    case fl::SyncPhase::Finished:
        return tr("Finished");
    }
    return {};
}

QString SyncWords::kind(const QString &kindName)
{
    if (kindName == u"patrol"_s)
        return tr("River patrol");
    if (kindName == u"inspection"_s)
        return tr("Inspection");
    if (kindName == u"greenshield_clue"_s)
        return tr("Green Shield clue");
    if (kindName == u"evidence"_s)
        return tr("Evidence");
    if (kindName == u"rectification_task"_s)
        return tr("Rectification task");
    if (kindName == u"complaint_case"_s)
        return tr("Complaint case");
    return kindName;
}

QString SyncWords::role(const QString &role)
{
    if (role == u"river-chief"_s)
        return tr("River chief");
    if (role == u"inspector"_s)
        return tr("Inspector");
    if (role == u"green-shield"_s)
        return tr("Green Shield supervisor");
    if (role == u"office"_s)
        return tr("Office");
    if (role == u"admin"_s)
        return tr("Administrator");
    return role;
}
