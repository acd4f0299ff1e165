#pragma once

// Helpers shared by the store tests: a fresh store in a temporary folder with a pinned clock.

#include "samples.h"
#include "storage/store.h"

#include "catchqt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace fl::test {

inline const QString kAuthor = QStringLiteral("李明");

struct TempStore
{
    QTemporaryDir dir;
    qint64 clockMs = samples::kNov23_2026_10am_Beijing;
    std::unique_ptr<Store> store;

    explicit TempStore(StoreOptions options = {})
    {
        REQUIRE(dir.isValid());
        auto created = Store::create(path(), withClock(std::move(options)));
        INFO((created ? QString() : created.error().toString()).toStdString());
        REQUIRE(created.ok());
        store = std::move(created).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("device")); }
    StoreOptions withClock(StoreOptions options)
    {
        options.clock = [this] {
            return clockMs;
        };
        return options;
    }
    void reopen(StoreOptions options = {})
    {
        store.reset();
        auto opened = Store::open(path(), withClock(std::move(options)));
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.ok());
        store = std::move(opened).value();
    }
    Store *operator->() { return store.get(); }
};

template <typename T>
T require(Result<T> result)
{
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

// SHA-256 of a file's bytes: "left untouched" means this did not change.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void requireOk(const Result<void> &result)
{
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
}

} // namespace fl::test
