import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The map as pages use it: a MapView that follows a finger (drag to pan, pinch or wheel to
// zoom, tap a point), big zoom buttons for gloved hands, "centre on me", and a scale bar.
// Layers go inside it like inside a MapView:
//     MapPane { GeoJsonLayer { source: ":/geo/xinjiang-rivers.geojson" } }
// The controls follow the layout direction; the map itself is never mirrored.
Item {
    id: pane

    property alias map: view
    default property alias layers: view.layers
    property alias centerLatitude: view.centerLatitude
    property alias centerLongitude: view.centerLongitude
    property alias zoom: view.zoom
    property alias positionLatitude: view.positionLatitude
    property alias positionLongitude: view.positionLongitude
    property alias positionAccuracy: view.positionAccuracy
    property alias positionValid: view.positionValid
    // Zoom used by "centre on me" when the map is further out than this.
    property real followZoom: 16
    property bool showControls: true

    // A tap on the map that no layer used (e.g. to place something there).
    signal tapped(real latitude, real longitude)

    implicitWidth: 400
    implicitHeight: 400
    clip: true

    MapView {
        id: view
        objectName: "mapView"
        anchors.fill: parent
    }

    DragHandler {
        id: drag
        target: null
        property point last: Qt.point(0, 0)
        onActiveChanged: last = Qt.point(0, 0)
        onTranslationChanged: {
            view.pan(translation.x - last.x, translation.y - last.y);
            last = Qt.point(translation.x, translation.y);
        }
    }

    PinchHandler {
        id: pinch
        target: null
        // The scale at the previous step; NaN until the gesture's first step, so a scale that
        // resets when a gesture starts (Qt 6.4) or carries over (6.5) never makes a jump.
        property real last: NaN
        onActiveChanged: last = NaN
        onScaleChanged: {
            if (!active || !(scale > 0))
                return;
            if (!isNaN(last))
                view.zoomAt(scale / last, centroid.position.x, centroid.position.y);
            last = scale;
        }
    }

    WheelHandler {
        target: null
        onWheel: event => view.zoomAt(Math.pow(2, event.angleDelta.y / 240), point.position.x, point.position.y)
    }

    TapHandler {
        onTapped: eventPoint => {
            const p = eventPoint.position;
            if (!view.tapAt(p.x, p.y)) {
                const c = view.toCoordinate(p.x, p.y);
                pane.tapped(c.latitude, c.longitude);
            }
        }
    }

    ColumnLayout {
        visible: pane.showControls
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        MapPaneButton {
            objectName: "mapZoomIn"
            text: "+"
            Accessible.name: qsTr("Zoom in")
            enabled: view.zoom < view.maximumZoom
            onClicked: view.zoomAt(2, view.width / 2, view.height / 2)
        }
        MapPaneButton {
            objectName: "mapZoomOut"
            text: "\u2212"
            Accessible.name: qsTr("Zoom out")
            enabled: view.zoom > view.minimumZoom
            onClicked: view.zoomAt(0.5, view.width / 2, view.height / 2)
        }
        MapPaneButton {
            objectName: "mapCentreOnMe"
            text: "\u25CE"
            Accessible.name: qsTr("Centre the map on my position")
            enabled: view.positionValid
            onClicked: view.centerOn(view.positionLatitude, view.positionLongitude, Math.max(view.zoom, pane.followZoom))
        }
    }

    MapPaneScaleBar {
        objectName: "mapScaleBar"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: FlTheme.margin
        metersPerPixel: view.metersPerPixel
    }
}
