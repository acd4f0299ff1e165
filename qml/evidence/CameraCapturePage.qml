import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FieldLedger

// Takes a photo with the device's camera, or, where there is none (the desktop), lets the user
// choose a photo file. The photo goes into the store through `recorder`; the page says `done`
// with the new evidence id, or keeps showing the problem so the user can try again.
Page {
    id: page
    objectName: "cameraCapturePage"
    title: qsTr("Add a photo")

    property EvidenceRecorder recorder
    property string recordId
    property string itemId
    property string note
    // Tests and the desktop may turn the camera off even where one exists.
    property bool cameraAllowed: true
    readonly property bool hasCamera: cameraAllowed && devices.videoInputs.length > 0
    property string problem

    signal done(string evidenceId)
    signal cancelled()

    function addFile(url) {
        const id = page.recorder.addPhotoFile(url, page.recordId, page.itemId, page.note)
        page.problem = id.length > 0 ? "" : page.recorder.error
        if (id.length > 0)
            page.done(id)
    }

    function addPath(path) {
        const id = page.recorder.addPhotoPath(path, page.recordId, page.itemId, page.note)
        page.problem = id.length > 0 ? "" : page.recorder.error
        if (id.length > 0)
            page.done(id)
    }

    function addCapture(path) {
        const id = page.recorder.addCapturedPhoto(path, page.recordId, page.itemId, page.note)
        page.problem = id.length > 0 ? "" : page.recorder.error
        if (id.length > 0)
            page.done(id)
    }

    MediaDevices { id: devices }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo file")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.heic *.webp)"), qsTr("All files (*)")]
        onAccepted: page.addFile(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        Loader {
            id: cameraLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: page.hasCamera
            visible: active
            sourceComponent: Item {
                CaptureSession {
                    camera: Camera { active: true }
                    imageCapture: ImageCapture {
                        id: imageCapture
                        onImageSaved: (requestId, path) => page.addCapture(path)
                        onErrorOccurred: (requestId, error, message) => {
                            page.problem = qsTr("The camera could not take the photo: %1").arg(message)
                        }
                    }
                    videoOutput: viewfinder
                }
                VideoOutput {
                    id: viewfinder
                    anchors.fill: parent
                    fillMode: VideoOutput.PreserveAspectFit
                }
                Button {
                    objectName: "cameraShutter"
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: FlTheme.margin
                    width: FlTheme.touch * 1.5
                    height: FlTheme.touch * 1.5
                    enabled: imageCapture.readyForCapture
                    text: qsTr("Take photo")
                    font.pixelSize: FlTheme.fontSmall
                    Accessible.name: qsTr("Take photo")
                    onClicked: imageCapture.captureToFile(page.recorder.newCapturePath())
                }
            }
        }

        Label {
            objectName: "cameraMissing"
            Layout.fillWidth: true
            visible: !page.hasCamera
            text: qsTr("No camera on this device: choose a photo file.")
            font.pixelSize: FlTheme.fontTitle
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }

        FlMessage {
            objectName: "cameraProblem"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: page.problem
        }

        Button {
            objectName: "evidenceChooseFile"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Choose a photo file")
            onClicked: fileDialog.open()
        }

        // The desktop and the end-to-end test name the file directly.
        FlField {
            id: pathField
            Layout.fillWidth: true
            visible: !page.hasCamera
            label: qsTr("Or type the photo file's path")
            input.objectName: "evidenceFilePath"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        }
        Button {
            objectName: "evidenceAddFile"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            visible: !page.hasCamera
            enabled: pathField.text.trim().length > 0
            text: qsTr("Add this file")
            onClicked: page.addPath(pathField.text.trim())
        }

        Item {
            Layout.fillHeight: true
            visible: !page.hasCamera
        }

        Button {
            objectName: "cameraCancel"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            flat: true
            text: qsTr("Cancel")
            onClicked: page.cancelled()
        }
    }
}
