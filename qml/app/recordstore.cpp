#include "recordstore.h"

RecordStore::RecordStore(std::unique_ptr<fl::Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    if (auto author = m_store->setting(QStringLiteral("author")))
        m_author = *author;
}

RecordStore::~RecordStore() = default;

fl::Result<std::unique_ptr<fl::Store>> RecordStore::openOrCreate(const QString &folder,
                                                                 fl::StoreOptions options)
{
    auto opened = fl::Store::open(folder, options);
    if (opened || opened.error().code != fl::ErrorCode::NotFound)
        return opened; // opened, or there but unusable: never replace a store with a new one
    return fl::Store::create(folder, std::move(options));
}

void RecordStore::setAuthor(const QString &author)
{
    const QString trimmed = author.trimmed();
    if (trimmed == m_author)
        return;
    if (!m_store->setSetting(QStringLiteral("author"), trimmed))
        return;
    m_author = trimmed;
    Q_EMIT authorChanged();
}

void RecordStore::notifyChanged(fl::RecordKind kind)
{
    Q_EMIT recordsChanged(static_cast<int>(kind));
}

void RecordStore::notifyAllChanged()
{
    Q_EMIT recordsChanged(-1);
}
