import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Home: the GNSS fix, today's work, what waits to sync, and the way into every kind of work.
FlScrollPage {
    id: home
    objectName: "homePage"
    title: qsTr("FieldLedger")
    signal open(string name)

    function startOfToday() {
        const d = new Date()
        d.setHours(0, 0, 0, 0)
        return d.getTime()
    }

    RecordListModel {
        id: todaysRecords
        store: FieldApp.store
        fromMs: home.startOfToday()
    }
    // Today's work without the photos and signatures that belong to it.
    RecordFilterModel {
        id: today
        sourceModel: todaysRecords
        excludedKind: RecordListModel.Evidence
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: FieldApp.store.author.length > 0 ? qsTr("Hello, %1").arg(FieldApp.store.author)
                                                   : qsTr("Hello")
            font.pixelSize: FlTheme.fontTitle
            color: FlTheme.ink
            elide: Text.ElideRight
        }
        FlFixBadge {
            objectName: "homeFix"
            quality: FieldApp.position.quality
            text: FieldApp.position.summary
        }
    }
    FlMessage {
        Layout.fillWidth: true
        text: FieldApp.position.status === PositionFeed.Active
              && FieldApp.position.quality !== PositionFeed.Poor ? "" : FieldApp.position.message
        level: FieldApp.position.status === PositionFeed.PermissionDenied
               || FieldApp.position.status === PositionFeed.Failed ? FlMessage.Level.Error
                                                                     : FlMessage.Level.Warning
    }
    FlMessage {
        Layout.fillWidth: true
        text: FieldApp.recoveredFromCrash
              ? qsTr("The app was not closed properly last time. The store was checked and nothing was lost.")
              : ""
        level: FlMessage.Level.Info
    }

    HomeSyncCard {
        objectName: "homeSync"
        Layout.fillWidth: true
        pendingRecords: FieldApp.sync.pendingChanges
        pendingSize: FieldApp.settings.formatBytes(FieldApp.sync.pendingBytes)
        lastSync: FieldApp.settings.formatTime(FieldApp.sync.lastSyncMs)
        lastResult: FieldApp.sync.lastResult
        lastSucceeded: FieldApp.sync.lastSucceeded
    }

    FlSection {
        Layout.fillWidth: true
        title: today.count === 0 ? qsTr("Today: nothing recorded yet")
                                 : qsTr("Today: %n record(s)", "", today.count)
        Repeater {
            model: today
            delegate: RecordRow {
                required property var model
                visible: model.index < 5
                Layout.fillWidth: true
                kindName: model.kindName
                title: model.title
                time: FieldApp.settings.formatTime(model.dateMs)
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: FlTheme.spacing
        rowSpacing: FlTheme.spacing
        Repeater {
            model: [
                { name: "patrol", text: qsTr("River patrol"), detail: qsTr("Track, problems, photos") },
                { name: "inspection", text: qsTr("Inspection"), detail: qsTr("Scan the enterprise code") },
                { name: "greenshield", text: qsTr("Green Shield"), detail: qsTr("Verify clues on site") },
                { name: "tasks", text: qsTr("Tasks"), detail: qsTr("Rectification and follow-up") },
                { name: "evidence", text: qsTr("Evidence"), detail: qsTr("Photos and annotations") },
                { name: "records", text: qsTr("All records"), detail: qsTr("Search this device") },
                { name: "sync", text: qsTr("Sync"), detail: qsTr("Send to the office ledger") },
                { name: "settings", text: qsTr("Settings"), detail: qsTr("Language, coordinates") }
            ]
            FlTile {
                required property var modelData
                objectName: "tile-" + modelData.name
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData.text
                detail: modelData.detail
                onClicked: home.open(modelData.name)
            }
        }
    }
}
