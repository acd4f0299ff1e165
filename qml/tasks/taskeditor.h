#pragma once

// One rectification task on its page: load it, move it on (in progress, submitted for close-out
// with measures and evidence), and record follow-up checks (回头看). Each change is saved as the
// task's next revision against the revision the user saw, so an office change made meanwhile is
// never overwritten: the user is told to reload instead.

#include "positionfeed.h"
#include "recordstore.h"

#include "domain/rectification.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class TaskEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    // Passed on to the evidence the task page captures.
    Q_PROPERTY(PositionFeed *position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(QString taskId READ taskId NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(int revision READ revision NOTIFY loadedChanged)
    Q_PROPERTY(QString taskNumber READ taskNumber NOTIFY loadedChanged)
    Q_PROPERTY(QString title READ title NOTIFY loadedChanged)
    Q_PROPERTY(QString description READ description NOTIFY loadedChanged)
    Q_PROPERTY(int status READ status NOTIFY loadedChanged)
    Q_PROPERTY(QString statusName READ statusName NOTIFY loadedChanged)
    Q_PROPERTY(QString deadline READ deadline NOTIFY loadedChanged)
    Q_PROPERTY(bool overdue READ overdue NOTIFY loadedChanged)
    Q_PROPERTY(QString responsibleUnit READ responsibleUnit NOTIFY loadedChanged)
    Q_PROPERTY(QString responsiblePerson READ responsiblePerson NOTIFY loadedChanged)
    Q_PROPERTY(QString assignee READ assignee NOTIFY loadedChanged)
    Q_PROPERTY(QString measures READ measures NOTIFY loadedChanged)
    Q_PROPERTY(QStringList evidenceIds READ evidenceIds NOTIFY loadedChanged)
    // Each follow-up: checkedAtMs, checkedBy, passed, notes, evidenceIds.
    Q_PROPERTY(QVariantList followUps READ followUps NOTIFY loadedChanged)
    // A follow-up check is for a task that was closed out at least once.
    Q_PROPERTY(bool canFollowUp READ canFollowUp NOTIFY loadedChanged)
    Q_PROPERTY(QString error READ error NOTIFY messageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit TaskEditor(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    void setPosition(PositionFeed *position);

    [[nodiscard]] QString taskId() const { return m_taskId; }
    [[nodiscard]] bool loaded() const { return m_revision > 0; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString taskNumber() const { return m_task.taskNumber; }
    [[nodiscard]] QString title() const { return m_task.title; }
    [[nodiscard]] QString description() const { return m_task.description; }
    [[nodiscard]] int status() const { return int(m_task.status); }
    [[nodiscard]] QString statusName() const;
    [[nodiscard]] QString deadline() const { return m_task.deadline; }
    [[nodiscard]] bool overdue() const;
    [[nodiscard]] QString responsibleUnit() const { return m_task.responsibleUnit; }
    [[nodiscard]] QString responsiblePerson() const { return m_task.responsiblePerson; }
    [[nodiscard]] QString assignee() const { return m_task.assignee; }
    [[nodiscard]] QString measures() const { return m_task.measures; }
    [[nodiscard]] QStringList evidenceIds() const { return m_task.evidenceIds; }
    [[nodiscard]] QVariantList followUps() const;
    [[nodiscard]] bool canFollowUp() const { return loaded() && m_task.closedAtMs != 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString message() const { return m_message; }

    // Reads the task's current revision; false (with `error`) when it is not on this device.
    Q_INVOKABLE bool load(const QString &taskId);
    Q_INVOKABLE bool reload() { return load(m_taskId); }
    // Work has started on the task.
    Q_INVOKABLE bool startWork();
    // The rectification is done: measures taken and evidence of it, for the office to close out.
    Q_INVOKABLE bool submit(const QString &measures, const QStringList &evidenceIds);
    // Records a follow-up check (回头看) now by the device's user; a failed one reopens the task.
    Q_INVOKABLE bool addFollowUp(bool passed, const QString &notes, const QStringList &evidenceIds);

Q_SIGNALS:
    void storeChanged();
    void positionChanged();
    void loadedChanged();
    void messageChanged();
    void saved();

private:
    bool save(const fl::RectificationTask &next, const QString &success);
    bool fail(const QString &error);
    void setMessages(const QString &error, const QString &message);

    QPointer<RecordStore> m_store;
    QPointer<PositionFeed> m_position;
    QString m_taskId;
    int m_revision = 0;
    fl::RectificationTask m_task;
    QString m_error;
    QString m_message;
};
