import QtQuick
import QtQuick.Controls
import FieldLedger

// GNSS fix quality at a glance: a coloured dot with words ("Good fix ±4 m", "No fix").
// `quality` follows PositionFeed.Quality: 0 none, 1 poor, 2 fair, 3 good.
Control {
    id: badge
    property int quality: 0
    property string text

    readonly property color tone: quality >= 3 ? FlTheme.good
                                : quality === 2 ? FlTheme.warn
                                : FlTheme.bad

    implicitHeight: Math.max(32, row.implicitHeight + 8)
    implicitWidth: row.implicitWidth + 16
    background: Rectangle {
        radius: height / 2
        color: Qt.lighter(badge.tone, 1.9)
        border.color: badge.tone
    }
    contentItem: Row {
        id: row
        spacing: 8
        leftPadding: 8
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 14
            height: 14
            radius: 7
            color: badge.tone
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: badge.text
            color: FlTheme.ink
            font.pixelSize: FlTheme.fontSmall
            font.bold: true
        }
    }
}
