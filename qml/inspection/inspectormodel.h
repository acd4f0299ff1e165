#pragma once

// The officers doing an inspection (at least two, each with the certificate number they show
// the enterprise), as the screens edit them.

#include "domain/inspection.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class InspectorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The inspectors come from InspectionDraft.inspectors")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { NameRole = Qt::UserRole + 1, CertificateRole };
    Q_ENUM(Roles)

    explicit InspectorModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_inspectors.size()); }

    Q_INVOKABLE void add(const QString &name = {}, const QString &certificateNumber = {});
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool setName(int row, const QString &name);
    Q_INVOKABLE bool setCertificateNumber(int row, const QString &certificateNumber);
    // The names, for picking who signs.
    Q_INVOKABLE [[nodiscard]] QStringList names() const;

    [[nodiscard]] const QList<fl::Inspector> &inspectors() const { return m_inspectors; }
    void setInspectors(const QList<fl::Inspector> &inspectors);

Q_SIGNALS:
    void countChanged();
    void edited();

private:
    QList<fl::Inspector> m_inspectors;
};
