import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Every record on this device, newest first, searchable: the way to find last month's patrol or
// an inspection by the enterprise's name. Loads page by page while scrolling.
Page {
    id: page
    objectName: "recordsPage"
    title: qsTr("All records")

    RecordListModel {
        id: records
        store: FieldApp.store
    }
    RecordFilterModel {
        id: filtered
        sourceModel: records
        text: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        TextField {
            id: search
            objectName: "recordsSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            placeholderText: qsTr("Search by name, place or status")
            font.pixelSize: FlTheme.fontBody
        }
        Label {
            Layout.fillWidth: true
            text: records.complete ? qsTr("%n record(s)", "", filtered.count)
                                   : qsTr("%n record(s) loaded, more while scrolling", "", filtered.count)
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            wrapMode: Text.Wrap
        }
        FlMessage {
            Layout.fillWidth: true
            text: records.error
            level: FlMessage.Level.Error
        }
        ListView {
            id: list
            objectName: "recordsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            reuseItems: true
            ScrollBar.vertical: ScrollBar {}
            // Views fetch more through a proxy only sometimes: ask for the next page at the end.
            onAtYEndChanged: if (atYEnd) records.loadMore()
            delegate: RecordRow {
                required property var model
                width: ListView.view.width
                kindName: model.kindName
                title: model.title
                time: FieldApp.settings.formatTime(model.dateMs)
            }
        }
    }
}
