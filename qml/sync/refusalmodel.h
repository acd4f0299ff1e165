#pragma once

// The changes the ledger refused, waiting for the user (Store::refusals): which record, the
// ledger's code and reason, and what a field user should do about it. Retry sends a change
// again on the next sync (Store::clearRefusal).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class RecordStore;

class RefusalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The refusals come from FieldApp.sync.refusals")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ChangeIdRole = Qt::UserRole + 1,
        RecordIdRole,
        TitleRole,     // the record's one-line title ("塔里木河 阿拉尔段"), or its kind
        KindRole,      // wire name: "patrol", ...
        KindLabelRole, // "River patrol"
        OperationRole, // "put", "delete", "track"
        CodeRole,      // the ledger's code: "invalid-record", ...
        ReasonRole,    // the ledger's words
        AdviceRole,    // what the field user should do, in plain words
        RefusedMsRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString changeId;
        QString recordId;
        QString title;
        QString kind;
        QString operation;
        QString code;
        QString reason;
        qint64 refusedMs = 0;
    };

    explicit RefusalModel(RecordStore *store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    Q_INVOKABLE void reload();
    // Sends the change again on the next sync; false (and `error`) when the store failed.
    Q_INVOKABLE bool retry(const QString &changeId);

Q_SIGNALS:
    void countChanged();
    void errorChanged();
    // A refusal was cleared: the change waits to be sent again.
    void retried(const QString &changeId);

private:
    void setError(const QString &error);

    RecordStore *m_store;
    QList<Row> m_rows;
    QString m_error;
};
