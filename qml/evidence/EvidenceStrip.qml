import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The evidence of one record item on a form: its photos in a row, and "Add photo" (camera where
// there is one, a file otherwise). An empty `itemId` shows all of the record's evidence; the
// record must be saved first (evidence points at it). Evidence cannot be removed or changed
// here: it is a record.
ColumnLayout {
    id: strip
    property RecordStore store
    property PositionFeed position
    property string recordId
    property string itemId
    property bool cameraAllowed: true
    readonly property var evidenceIds: evidence.ids
    readonly property int count: evidence.count

    signal added(string evidenceId)
    signal opened(string evidenceId)

    spacing: FlTheme.spacing / 2

    EvidenceModel {
        id: evidence
        // No record yet (an unsaved form): nothing to show, not every piece of evidence.
        store: strip.recordId.length > 0 ? strip.store : null
        recordId: strip.recordId
        itemId: strip.itemId
    }

    ListView {
        id: thumbnails
        objectName: "evidenceStripList"
        Layout.fillWidth: true
        Layout.preferredHeight: evidence.count > 0 ? 120 : 0
        visible: evidence.count > 0
        orientation: ListView.Horizontal
        spacing: FlTheme.spacing / 2
        clip: true
        model: evidence
        delegate: EvidenceThumbnail {
            required property int index
            required property string id
            required property var annotations
            required fileUrl
            required mediaKind
            required watermarkLines
            required hasFile
            width: 120
            height: 120
            annotationCount: annotations.length
            showWatermark: false
            Accessible.name: qsTr("Photo %1").arg(index + 1)
            onClicked: strip.opened(id)
        }
    }

    Label {
        Layout.fillWidth: true
        visible: evidence.count === 0
        text: qsTr("No photos yet.")
        color: FlTheme.muted
        font.pixelSize: FlTheme.fontSmall
        wrapMode: Text.Wrap
    }

    EvidenceCaptureButton {
        id: capture
        objectName: "evidenceAddPhoto"
        Layout.fillWidth: true
        store: strip.store
        position: strip.position
        recordId: strip.recordId
        itemId: strip.itemId
        cameraAllowed: strip.cameraAllowed
        enabled: strip.store !== null && strip.recordId.length > 0
        onAdded: id => strip.added(id)
    }

    FlMessage {
        Layout.fillWidth: true
        level: capture.error.length > 0 ? FlMessage.Level.Error : FlMessage.Level.Warning
        text: capture.error.length > 0 ? capture.error : capture.notice
    }
}
