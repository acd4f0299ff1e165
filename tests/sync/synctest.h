#pragma once

// Helpers shared by the sync client tests: fast retry options, and changes and photos to sync.

#include "../storage/storetest.h"
#include "sync/syncclient.h"

#include <QDateTime>

namespace fl::test {

inline SyncOptions fastOptions()
{
    SyncOptions options;
    options.batchChanges = 7;
    options.initialBackoffMs = 1;
    options.maxBackoffMs = 5;
    options.maxAttempts = 4;
    options.requestTimeoutMs = 10'000;
    // The stores' clock is pinned to 2026-11-23; tokens are issued against the real clock.
    options.renewWithinMs = 0;
    return options;
}

// `count` patrols, each one outbox change; returns their record ids. (`Stores` is TempStore or
// anything else with operator-> to a Store.)
template <typename Stores>
QStringList makeChanges(Stores &store, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const Record patrol = require(store->createRecord(
            RecordKind::Patrol, samples::patrol(store->now() - 60'000 - i).toJson(), kAuthor));
        ids << patrol.meta.id;
    }
    return ids;
}

// A photo of `size` pseudo-random bytes attached to `recordId`.
template <typename Stores>
Record addPhoto(Stores &store, const QString &recordId, qint64 size, int seed = 1)
{
    QByteArray photo(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u;
    for (auto &byte : photo) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    EvidenceCapture capture;
    capture.sourcePath = QStringLiteral("IMG_%1.jpg").arg(seed);
    capture.linkedRecordId = recordId;
    capture.capturedAtMs = store->now() - 30'000;
    return require(store->addEvidenceBytes(photo, capture, kAuthor));
}

} // namespace fl::test
