pragma Singleton
import QtQuick

// Sizes and colours shared by every screen: big touch targets for gloved hands, high contrast
// for reading in full sun.
QtObject {
    readonly property int touch: 56         // minimum height of anything tapped
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int fontBody: 17
    readonly property int fontSmall: 14
    readonly property int fontTitle: 22
    readonly property int fontHuge: 34

    readonly property color ink: "#111418"
    readonly property color muted: "#4a5560"
    readonly property color paper: "#ffffff"
    readonly property color surface: "#f1f4f6"
    readonly property color line: "#c9d1d8"
    readonly property color accent: "#0b5cad"     // water blue
    readonly property color accentInk: "#ffffff"
    readonly property color good: "#1c7c34"
    readonly property color warn: "#9a5b00"
    readonly property color bad: "#b3261e"
}
