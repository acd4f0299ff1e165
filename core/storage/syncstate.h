#pragma once

// What the store keeps for sync besides the outbox (docs/sync-protocol.md): the enrolment with
// the ledger, and the ledger's record states a pull brings, applied without entering the outbox.

#include "domain/record.h"
#include "geo/trackfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace fl {

// What enrolment gave this device ("POST /v1/enrol"); kept in the store's settings.
struct Enrolment
{
    QString server; // the ledger's URL, e.g. https://ledger.example.org
    QString token;  // sent as "Authorization: Bearer TOKEN"
    qint64 tokenExpiresMs = 0;
    QString userName;
    QString role; // river-chief, inspector, green-shield, office, admin
    QStringList divisions;
    qint64 enrolledMs = 0;
};

// One record's current state in the ledger, as a pull page carries it.
struct RemoteRecord
{
    QString id;
    RecordKind kind = RecordKind::Patrol;
    int revision = 0; // the ledger's version number
    bool deleted = false;
    QJsonObject body;
    QJsonArray conflicts; // the ledger's open conflicts, kept as pulled
    // From the newest change of the record on the page; empty = keep what the store has.
    QString author;
    QString hlc;
    QString deviceId;
};

// A dropped fix as a pulled "track" change carries it (time, reason and detail only).
struct RemoteDroppedFix
{
    qint64 timeMs = 0;
    QString reason;
    QString detail;
};

// Fixes another device appended to a patrol: a pulled "track" change.
struct RemoteTrack
{
    QString patrolId;
    int firstSeq = 0;
    QList<geo::TrackFix> fixes;
    QList<RemoteDroppedFix> dropped;
};

// One page of GET /v1/pull, parsed.
struct PulledPage
{
    QList<RemoteRecord> records;
    QList<RemoteTrack> tracks;
    qint64 next = 0; // the cursor after this page
};

struct PullApplied
{
    int applied = 0;       // records that took the ledger's state
    int unchanged = 0;     // already held in the ledger's state (e.g. this device's own)
    int keptLocal = 0;     // left as they are: this device has unacknowledged changes for them
    int ignored = 0;       // older than what the store has, or of another kind: left as they are
    int withConflicts = 0; // applied records the ledger has open conflicts for
    int fixesAdded = 0;    // track fixes of other devices' patrols
};

// A record the ledger merged with conflicting edits (pull carries them until the office
// resolves them).
struct RecordConflicts
{
    QString recordId;
    RecordKind kind = RecordKind::Patrol;
    QJsonArray conflicts; // [{"field": "status", "values": [...], ...}]
};

// An evidence file the ledger needs before it accepts a pending evidence record.
struct PendingBlob
{
    QString sha256;
    qint64 size = 0;
    QStringList recordIds; // the pending evidence records that use it
};

} // namespace fl
