import QtQuick
import QtQuick.Controls
import FieldLedger

// "Add photo": opens the camera (or the file picker where there is no camera) over the current
// screen and stores the photo as evidence of `recordId` / `itemId`, geotagged from `position`.
Button {
    id: button
    property RecordStore store
    property PositionFeed position
    property string recordId
    property string itemId
    property string note
    property bool cameraAllowed: true
    // The last problem or notice, for the owner to show.
    readonly property string error: recorder.error
    readonly property string notice: recorder.notice

    signal added(string evidenceId)

    implicitHeight: FlTheme.touch
    text: qsTr("Add photo")
    font.pixelSize: FlTheme.fontBody
    onClicked: capturePopup.open()

    EvidenceRecorder {
        id: recorder
        store: button.store
        position: button.position
    }

    Popup {
        id: capturePopup
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape
        background: Rectangle { color: FlTheme.paper }
        contentItem: Loader {
            active: capturePopup.visible
            sourceComponent: CameraCapturePage {
                recorder: recorder
                recordId: button.recordId
                itemId: button.itemId
                note: button.note
                cameraAllowed: button.cameraAllowed
                onDone: id => {
                    capturePopup.close()
                    button.added(id)
                }
                onCancelled: capturePopup.close()
            }
        }
    }
}
