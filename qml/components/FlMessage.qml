import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// A message in words a field user understands: an error, a warning or plain information.
// Hidden while its text is empty.
Rectangle {
    id: message
    enum Level { Info, Warning, Error, Success }
    property string text
    property int level: FlMessage.Level.Info

    readonly property color tone: level === FlMessage.Level.Error ? FlTheme.bad
                                : level === FlMessage.Level.Warning ? FlTheme.warn
                                : level === FlMessage.Level.Success ? FlTheme.good
                                : FlTheme.accent

    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * FlTheme.spacing
    implicitWidth: label.implicitWidth + 2 * FlTheme.spacing
    radius: FlTheme.radius
    color: Qt.lighter(tone, 1.9)
    border.color: tone
    border.width: 2

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: FlTheme.spacing
        text: message.text
        color: FlTheme.ink
        font.pixelSize: FlTheme.fontBody
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
