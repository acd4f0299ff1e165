#pragma once

// Shared by the app's tests: a fresh store in a temporary folder behind a RecordStore, and
// waiting on Qt's event loop for a condition.

#include "catchqt.h"
#include "recordstore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace apptest {

// A new device store in its own temporary folder, removed afterwards.
struct TempStore
{
    TempStore();
    QTemporaryDir dir;
    std::unique_ptr<RecordStore> records;
    [[nodiscard]] fl::Store &store() { return records->store(); }
};

// Runs the event loop until `done` is true or `timeoutMs` passes; returns `done()`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000);

} // namespace apptest
