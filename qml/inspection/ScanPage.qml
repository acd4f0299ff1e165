import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FieldLedger

// Reads the enterprise's code at the gate: the live camera when the device has one, otherwise
// (or when the code is only on a photo) a picture chosen from the files.
Page {
    id: page
    objectName: "scanPage"
    title: qsTr("Scan the enterprise code")

    // The scanner that reads frames and files; the page that opened this one owns it.
    required property CodeScanner scanner
    readonly property bool hasCamera: devices.videoInputs.length > 0
    // A code was read (valid or not); the opener decides what to do with it.
    signal codeRead()

    // Reads a picture file; also used by the end-to-end test instead of the file dialog.
    function scanFile(url) {
        if (page.scanner.scanImageFile(url))
            page.codeRead()
        return page.scanner.hasCode
    }

    Component.onCompleted: page.scanner.reset()

    MediaDevices { id: devices }

    Connections {
        target: page.scanner
        // The scanner stops reading frames once a camera frame gave a credit code.
        function onActiveChanged() {
            if (!page.scanner.active && page.scanner.hasCode)
                page.codeRead()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        // The camera exists only on a device that has one (no failing pipeline otherwise).
        Loader {
            id: cameraView
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: page.hasCamera
            visible: active
            sourceComponent: Item {
                CaptureSession {
                    camera: Camera {
                        active: page.visible && page.scanner.active
                    }
                    videoOutput: viewfinder
                }
                VideoOutput {
                    id: viewfinder
                    objectName: "scanViewfinder"
                    anchors.fill: parent
                    fillMode: VideoOutput.PreserveAspectCrop
                    Component.onCompleted: page.scanner.videoSink = viewfinder.videoSink
                    Component.onDestruction: page.scanner.videoSink = null

                    // Where to hold the code.
                    Rectangle {
                        anchors.centerIn: parent
                        width: Math.min(parent.width, parent.height) * 0.7
                        height: width
                        color: "transparent"
                        border.color: FlTheme.accentInk
                        border.width: 4
                        radius: FlTheme.radius
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.hasCamera
            text: qsTr("Hold the enterprise's QR code inside the frame. It is read automatically.")
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }

        FlMessage {
            objectName: "scanNoCamera"
            Layout.fillWidth: true
            visible: !page.hasCamera
            level: FlMessage.Level.Info
            text: page.hasCamera ? ""
                                 : qsTr("No camera on this device: choose a photo of the code instead.")
        }
        FlMessage {
            objectName: "scanError"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: page.scanner.error
        }
        Item {
            Layout.fillHeight: true
            visible: !page.hasCamera
        }
        Button {
            objectName: "scanChooseFile"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Choose a photo of the code")
            font.pixelSize: FlTheme.fontBody
            onClicked: fileDialog.open()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo of the enterprise's QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: page.scanFile(selectedFile)
    }
}
