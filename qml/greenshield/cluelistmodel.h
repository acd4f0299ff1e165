#pragma once

// The Green Shield clues on this device (they come from the office through sync), with the
// distance and bearing from the supervisor's current fix. Distances are recomputed when the fix
// has moved more than kRecomputeMeters, not on every fix, so a long list does not churn while
// the car idles.

#include "cluenavigation.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class LanguageWatcher;

class ClueListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(PositionFeed *position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RevisionRole,
        ClueCodeRole,
        ProtectedAreaNameRole,
        SuspectedTypeRole,     // in words
        OutcomeRole,           // stable name: "pending", "confirmed", ...
        OutcomeTextRole,       // in words
        CloseOutStateRole,     // stable name: "open", ..., "closed_out"
        CloseOutStateTextRole, // in words
        ClosedOutRole,         // bool
        LatitudeRole,          // NaN when the clue has no point
        LongitudeRole,
        DistanceMetersRole, // NaN without a fix or without a clue point
        BearingDegreesRole, // from me to the clue, clockwise from north; NaN likewise
        DistanceTextRole,   // "1.25 km", empty when unknown
        BearingTextRole,    // "45° NE", empty when unknown
    };
    Q_ENUM(Role)

    // The fix must move this far before distances are recomputed.
    static constexpr double kRecomputeMeters = 20;

    explicit ClueListModel(QObject *parent = nullptr);
    ~ClueListModel() override;

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    void setPosition(PositionFeed *position);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Reads every clue from the store again (also done on each change of clue records).
    Q_INVOKABLE void reload();
    // The row of clue `id`, or -1.
    Q_INVOKABLE [[nodiscard]] int indexOf(const QString &id) const;
    // How many times distances were recomputed for a moved fix (tests and diagnostics).
    [[nodiscard]] int recomputeCount() const { return m_recomputes; }

Q_SIGNALS:
    void storeChanged();
    void positionChanged();
    void countChanged();
    void errorChanged();

private:
    struct Row
    {
        QString id;
        int revision = 0;
        fl::GreenShieldClue clue;
        std::optional<fl::geo::LatLon> point;
        greenshield::Direction direction;
    };

    void onFix();
    void recomputeDirections();
    void setError(const QString &error);

    QPointer<RecordStore> m_store;
    QPointer<PositionFeed> m_position;
    QList<Row> m_rows;
    QString m_error;
    // The fix the current distances were measured from; empty without a fix.
    std::optional<fl::geo::LatLon> m_origin;
    int m_recomputes = 0;
    LanguageWatcher *m_language = nullptr;
};
