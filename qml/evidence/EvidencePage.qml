import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Evidence: every photo and file on this device with its watermark, newest first; tap one to see
// it whole with its metadata and annotations.
Page {
    id: page
    objectName: "evidencePage"
    title: qsTr("Evidence")

    EvidenceModel {
        id: evidence
        store: FieldApp.store
    }

    Component {
        id: viewPage
        EvidenceViewPage {}
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Evidence is never changed. To correct or explain a photo, open it and add an annotation.")
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            wrapMode: Text.Wrap
        }

        FlMessage {
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: evidence.error
        }

        Label {
            objectName: "evidenceEmpty"
            Layout.fillWidth: true
            visible: evidence.count === 0
            text: qsTr("No evidence yet. Photos taken on patrols, inspections and tasks appear here.")
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }

        GridView {
            id: grid
            objectName: "evidenceGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: evidence
            cellWidth: Math.floor(width / 2)
            cellHeight: cellWidth
            ScrollBar.vertical: ScrollBar {}
            delegate: Item {
                id: cell
                required property int index
                required property string id
                required property url fileUrl
                required property string mediaKind
                required property var watermarkLines
                required property var annotations
                required property bool hasFile
                width: grid.cellWidth
                height: grid.cellHeight
                EvidenceThumbnail {
                    objectName: "evidenceThumb-" + cell.index
                    anchors.fill: parent
                    anchors.margins: FlTheme.spacing / 4
                    fileUrl: cell.fileUrl
                    mediaKind: cell.mediaKind
                    watermarkLines: cell.watermarkLines
                    hasFile: cell.hasFile
                    annotationCount: cell.annotations.length
                    Accessible.name: qsTr("Evidence %1").arg(cell.index + 1)
                    onClicked: page.StackView.view.push(viewPage, { evidenceId: cell.id })
                }
            }
        }
    }
}
