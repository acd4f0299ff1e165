#pragma once

// The clues nearest first, for a supervisor choosing where to drive next: clues whose distance
// is unknown (no fix, or no point) come last, in code order; closed-out clues are hidden unless
// showClosedOut.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class ClueProximityModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        bool showClosedOut READ showClosedOut WRITE setShowClosedOut NOTIFY showClosedOutChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ClueProximityModel(QObject *parent = nullptr);

    [[nodiscard]] bool showClosedOut() const { return m_showClosedOut; }
    void setShowClosedOut(bool show);
    [[nodiscard]] int count() const { return rowCount(); }

    // The clue id at proxy row `row` ("" when out of range).
    Q_INVOKABLE [[nodiscard]] QString idAt(int row) const;

Q_SIGNALS:
    void showClosedOutChanged();
    void countChanged();

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    bool m_showClosedOut = false;
};
