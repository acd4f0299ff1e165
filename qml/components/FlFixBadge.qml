import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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
        radius: Math.min(height / 2, 16)
        color: Qt.lighter(badge.tone, 1.9)
        border.color: badge.tone
    }
    // A long explanation ("no positioning: ...") wraps inside the badge instead of running off
    // the screen.
    contentItem: RowLayout {
        id: row
        spacing: 8
        Rectangle {
            Layout.leftMargin: 8
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 14
            implicitHeight: 14
            radius: 7
            color: badge.tone
        }
        Label {
            Layout.fillWidth: true
            Layout.rightMargin: 8
            text: badge.text
            color: FlTheme.ink
            font.pixelSize: FlTheme.fontSmall
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
