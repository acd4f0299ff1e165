import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import FieldLedger

// The way to a clue for someone in a moving car: a big arrow pointing at it, the distance under
// it. The arrow turns by the bearing minus the device heading (north-up when the heading is
// unknown, 0), so it points at the clue on the ground. Geographic, so it never mirrors.
Item {
    id: arrow
    property real bearingDegrees: NaN
    property real headingDegrees: 0
    property string distanceText
    // A small arrow for list rows: no labels.
    property bool compact: false

    readonly property bool known: isFinite(bearingDegrees)
    readonly property real arrowRotation: {
        if (!known)
            return 0
        const heading = isFinite(headingDegrees) ? headingDegrees : 0
        return (((bearingDegrees - heading) % 360) + 360) % 360
    }

    implicitWidth: compact ? 40 : 240
    implicitHeight: compact ? 40 : column.implicitHeight

    Accessible.role: Accessible.Indicator
    Accessible.name: known ? qsTr("Clue direction %1°, distance %2")
                             .arg(Math.round(bearingDegrees)).arg(distanceText)
                           : qsTr("Direction to the clue unknown")

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: arrow.compact ? 0 : FlTheme.spacing / 2

        Item {
            id: dial
            Layout.alignment: Qt.AlignHCenter
            readonly property real size: arrow.compact ? Math.min(arrow.width, arrow.height)
                                                       : Math.min(arrow.width, 200)
            Layout.preferredWidth: size
            Layout.preferredHeight: size

            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: FlTheme.surface
                border.color: arrow.known ? FlTheme.accent : FlTheme.line
                border.width: arrow.compact ? 2 : 4
            }
            // North mark, so a north-up arrow reads like a map.
            Label {
                visible: !arrow.compact
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.top
                anchors.topMargin: 4
                text: qsTr("N")
                font.pixelSize: FlTheme.fontSmall
                font.bold: true
                color: FlTheme.muted
            }
            Item {
                id: needle
                objectName: "navigationNeedle"
                anchors.fill: parent
                anchors.margins: parent.width * 0.12
                visible: arrow.known
                rotation: arrow.arrowRotation
                Behavior on rotation {
                    enabled: !arrow.compact
                    RotationAnimation { duration: 250; direction: RotationAnimation.Shortest }
                }
                Shape {
                    anchors.fill: parent
                    ShapePath {
                        strokeColor: FlTheme.ink
                        strokeWidth: arrow.compact ? 1 : 3
                        fillColor: FlTheme.accent
                        joinStyle: ShapePath.RoundJoin
                        startX: needle.width / 2; startY: 0
                        PathLine { x: needle.width * 0.85; y: needle.height * 0.9 }
                        PathLine { x: needle.width / 2; y: needle.height * 0.68 }
                        PathLine { x: needle.width * 0.15; y: needle.height * 0.9 }
                        PathLine { x: needle.width / 2; y: 0 }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: !arrow.known
                text: "?"
                font.pixelSize: arrow.compact ? FlTheme.fontBody : FlTheme.fontHuge * 2
                font.bold: true
                color: FlTheme.muted
            }
        }
        Label {
            objectName: "navigationDistance"
            Layout.fillWidth: true
            visible: !arrow.compact
            text: arrow.known ? arrow.distanceText : qsTr("Waiting for a position fix")
            font.pixelSize: arrow.known ? FlTheme.fontHuge : FlTheme.fontBody
            font.bold: arrow.known
            color: FlTheme.ink
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
