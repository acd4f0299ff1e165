import QtQuick
import QtQuick.Controls
import FieldLedger

// One piece of evidence as a tile: the photo cropped to fill, its watermark over it, or words
// for what is not a photo or has no file on this device (pulled from another device).
AbstractButton {
    id: thumb
    property url fileUrl
    property string mediaKind: "photo"
    property var watermarkLines: []
    property bool hasFile: true
    property int annotationCount: 0
    property bool showWatermark: true

    implicitWidth: 160
    implicitHeight: 160
    padding: 0

    background: Rectangle {
        color: FlTheme.surface
        border.color: thumb.visualFocus ? FlTheme.accent : FlTheme.line
        border.width: thumb.visualFocus ? 3 : 1
        radius: FlTheme.radius / 2
    }
    contentItem: Item {
        clip: true
        Image {
            id: image
            anchors.fill: parent
            visible: thumb.hasFile && thumb.mediaKind === "photo"
            source: visible ? thumb.fileUrl : ""
            sourceSize.width: 512
            sourceSize.height: 512
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            autoTransform: true
        }
        Label {
            anchors.fill: parent
            anchors.margins: FlTheme.spacing / 2
            visible: !image.visible || image.status === Image.Error
            text: !thumb.hasFile ? qsTr("The file is not on this device")
                                 : thumb.mediaKind === "photo" ? qsTr("The photo cannot be shown")
                                 : thumb.mediaKind === "audio" ? qsTr("Sound recording")
                                 : thumb.mediaKind === "video" ? qsTr("Video")
                                 : thumb.mediaKind === "signature" ? qsTr("Signature")
                                 : qsTr("Document")
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Rectangle {
            visible: thumb.annotationCount > 0
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: 4
            width: Math.max(height, countLabel.implicitWidth + 10)
            height: countLabel.implicitHeight + 4
            radius: height / 2
            color: FlTheme.accent
            Label {
                id: countLabel
                anchors.centerIn: parent
                text: thumb.annotationCount
                color: FlTheme.accentInk
                font.pixelSize: FlTheme.fontSmall
                font.bold: true
            }
        }
        WatermarkOverlay {
            visible: thumb.showWatermark && lineCount > 0
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            lines: thumb.watermarkLines
            fontSize: 11
        }
    }
}
