import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One piece of evidence whole: the photo with its watermark, when and where it was taken and by
// whom, what it supports, and its annotations. It cannot be edited; annotations are added as new
// records that point at it.
FlScrollPage {
    id: page
    objectName: "evidenceViewPage"
    title: qsTr("Evidence")
    property string evidenceId

    EvidenceModel {
        id: one
        store: FieldApp.store
        evidenceId: page.evidenceId
    }

    EvidenceRecorder {
        id: recorder
        store: FieldApp.store
        position: FieldApp.position
    }

    FlMessage {
        Layout.fillWidth: true
        visible: one.count === 0
        level: FlMessage.Level.Warning
        text: one.count === 0 ? qsTr("This evidence is not on this device.") : ""
    }

    Repeater {
        model: one
        delegate: ColumnLayout {
            id: shown
            required property url fileUrl
            required property string mediaKind
            required property string mediaType
            required property string originalName
            required property var capturedAtMs
            required property bool hasPosition
            required property real latitude
            required property real longitude
            required property real accuracy
            required property string author
            required property string note
            required property var watermarkLines
            required property var annotations
            required property bool hasFile
            required property string linkedRecordId

            Layout.fillWidth: true
            spacing: FlTheme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: shown.hasFile && shown.mediaKind === "photo"
                                        ? Math.max(200, width * 0.75) : FlTheme.touch * 2
                color: FlTheme.ink
                Image {
                    id: photo
                    anchors.fill: parent
                    visible: shown.hasFile && shown.mediaKind === "photo"
                    source: visible ? shown.fileUrl : ""
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    autoTransform: true
                    sourceSize.width: 1600
                }
                Label {
                    anchors.fill: parent
                    anchors.margins: FlTheme.spacing
                    visible: !photo.visible
                    text: shown.hasFile ? shown.originalName
                                        : qsTr("The file is not on this device; its record is.")
                    color: FlTheme.paper
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                WatermarkOverlay {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    lines: shown.watermarkLines
                }
            }

            // Positioners, not layouts: wrapped lines get their real height at once.
            Column {
                Layout.fillWidth: true
                spacing: FlTheme.spacing / 2
                Label {
                    width: parent.width
                    text: qsTr("Captured")
                    font.pixelSize: FlTheme.fontSmall
                    font.bold: true
                    color: FlTheme.accent
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: FieldApp.settings.formatTime(Number(shown.capturedAtMs), true)
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: shown.hasPosition
                          ? FieldApp.settings.formatPosition(shown.latitude, shown.longitude)
                            + (isNaN(shown.accuracy) ? "" : "  " + FieldApp.settings.formatAccuracy(shown.accuracy))
                          : qsTr("No position: there was no GNSS fix when this was taken.")
                    color: shown.hasPosition ? FlTheme.ink : FlTheme.warn
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: qsTr("By %1").arg(shown.author)
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    visible: shown.note.length > 0
                    text: shown.note
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: shown.linkedRecordId.length > 0
                          ? qsTr("Supports record %1").arg(shown.linkedRecordId)
                          : qsTr("Not attached to a record")
                    color: FlTheme.muted
                    font.pixelSize: FlTheme.fontSmall
                    wrapMode: Text.WrapAnywhere
                }
            }

            Column {
                Layout.fillWidth: true
                spacing: FlTheme.spacing / 2
                Label {
                    width: parent.width
                    text: qsTr("Annotations")
                    font.pixelSize: FlTheme.fontSmall
                    font.bold: true
                    color: FlTheme.accent
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    visible: shown.annotations.length === 0
                    text: qsTr("No annotations yet.")
                    color: FlTheme.muted
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: shown.annotations
                    Label {
                        required property string modelData
                        objectName: "evidenceAnnotationText"
                        width: parent.width
                        text: "• " + modelData
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    FlSection {
        Layout.fillWidth: true
        visible: one.count > 0
        title: qsTr("Add annotation")
        TextArea {
            id: annotation
            objectName: "evidenceAnnotation"
            Layout.fillWidth: true
            Layout.minimumHeight: FlTheme.touch * 1.5
            placeholderText: qsTr("What should readers of this evidence know?")
            wrapMode: TextEdit.Wrap
            font.pixelSize: FlTheme.fontBody
        }
        Button {
            objectName: "evidenceAnnotate"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            enabled: annotation.text.trim().length > 0
            text: qsTr("Add annotation")
            onClicked: {
                if (recorder.annotate(page.evidenceId, annotation.text).length > 0)
                    annotation.text = ""
            }
        }
        FlMessage {
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: recorder.error
        }
    }
}
