#pragma once

// The device's record store as the screens see it: the app's one fl::Store, its author, and a
// signal after every change (a save on a screen or a pulled sync page), so each model reloads
// from the same place instead of polling.

#include "storage/store.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class RecordStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The store comes from FieldApp.store")
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY authorChanged)
    Q_PROPERTY(QString folder READ folder CONSTANT)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)

public:
    explicit RecordStore(std::unique_ptr<fl::Store> store, QObject *parent = nullptr);
    ~RecordStore() override;

    // Opens the store folder, or makes a new one there when none exists.
    [[nodiscard]] static fl::Result<std::unique_ptr<fl::Store>>
    openOrCreate(const QString &folder, fl::StoreOptions options = {});

    [[nodiscard]] fl::Store &store() { return *m_store; }
    [[nodiscard]] QString folder() const { return m_store->folder(); }
    [[nodiscard]] QString deviceId() const { return m_store->deviceId(); }

    // The name records are signed with ("author" setting of the store).
    [[nodiscard]] QString author() const { return m_author; }
    void setAuthor(const QString &author);

    // Every write through the app, and every applied pull, ends here so models reload.
    void notifyChanged(fl::RecordKind kind);
    void notifyAllChanged();

Q_SIGNALS:
    // `kind` is an fl::RecordKind as int, or -1 when any kind may have changed.
    void recordsChanged(int kind);
    void authorChanged();

private:
    std::unique_ptr<fl::Store> m_store;
    QString m_author;
};
