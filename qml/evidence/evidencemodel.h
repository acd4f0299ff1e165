#pragma once

// The evidence the screens show: all of it (the gallery), one record's or one item's (a strip on
// a form), or a single piece (the full view). Each row carries its watermark lines and the texts
// of its annotations; annotations themselves are not rows.

#include "recordstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class EvidenceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    // Filters: the record (and its item) the evidence supports, or one evidence id; all empty =
    // every piece of evidence.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)
    Q_PROPERTY(QString evidenceId READ evidenceId WRITE setEvidenceId NOTIFY evidenceIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList ids READ ids NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileUrlRole,
        MediaKindRole,
        MediaTypeRole,
        CapturedAtMsRole,
        HasPositionRole,
        LatitudeRole,
        LongitudeRole,
        AccuracyRole,
        AuthorRole,
        NoteRole,
        WatermarkLinesRole,
        AnnotationsRole,
        HasFileRole,
        LinkedRecordIdRole,
        LinkedItemIdRole,
        OriginalNameRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString id;
        QString sha256;
        QString mediaKind;
        QString mediaType;
        QString originalName;
        qint64 capturedAtMs = 0;
        std::optional<fl::Position> position;
        QString author;
        QString note;
        QStringList watermarkLines;
        QStringList annotations;
        bool hasFile = false;
        QString linkedRecordId;
        QString linkedItemId;
    };

    explicit EvidenceModel(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    void setItemId(const QString &id);
    [[nodiscard]] QString evidenceId() const { return m_evidenceId; }
    void setEvidenceId(const QString &id);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const Row &row(int i) const { return m_rows.at(i); }
    // The row's roles by name, for a page that shows one piece.
    Q_INVOKABLE [[nodiscard]] QVariantMap get(int row) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void storeChanged();
    void recordIdChanged();
    void itemIdChanged();
    void evidenceIdChanged();
    void countChanged();
    void errorChanged();

private:
    void setError(const QString &error);
    [[nodiscard]] bool wanted(const Row &row) const;

    QPointer<RecordStore> m_store;
    QMetaObject::Connection m_storeConnection;
    QString m_recordId;
    QString m_itemId;
    QString m_evidenceId;
    QList<Row> m_rows;
    QString m_error;
};
