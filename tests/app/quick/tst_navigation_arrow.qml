import QtQuick
import QtTest
import FieldLedger

// NavigationArrow points at the clue on the ground: its needle turns by the bearing minus the
// device heading, north-up when the heading is 0, and hides when the direction is unknown.
TestCase {
    id: test
    name: "NavigationArrow"
    when: windowShown
    visible: true // so the arrow's parts report their own visibility
    width: 432
    height: 500

    Component {
        id: arrowComponent
        NavigationArrow {}
    }

    function makeArrow(properties) {
        const arrow = createTemporaryObject(arrowComponent, test, properties)
        verify(arrow !== null)
        return arrow
    }

    function needleOf(arrow) {
        const needle = findChild(arrow, "navigationNeedle")
        verify(needle !== null)
        return needle
    }

    function test_rotation_data() {
        return [
            { tag: "north, north-up", bearing: 0, heading: 0, rotation: 0 },
            { tag: "east, north-up", bearing: 90, heading: 0, rotation: 90 },
            { tag: "south-west, north-up", bearing: 225, heading: 0, rotation: 225 },
            { tag: "east while heading east", bearing: 90, heading: 90, rotation: 0 },
            { tag: "north while heading east", bearing: 0, heading: 90, rotation: 270 },
            { tag: "across north", bearing: 10, heading: 350, rotation: 20 },
            { tag: "back across north", bearing: 350, heading: 10, rotation: 340 }
        ]
    }

    function test_rotation(data) {
        const arrow = makeArrow({ bearingDegrees: data.bearing, headingDegrees: data.heading,
                                  distanceText: "1.25 km" })
        compare(arrow.arrowRotation, data.rotation)
        const needle = needleOf(arrow)
        verify(needle.visible)
        tryCompare(needle, "rotation", data.rotation)
    }

    function test_follows_changes() {
        const arrow = makeArrow({ bearingDegrees: 45, compact: true })
        const needle = needleOf(arrow)
        compare(needle.rotation, 45)
        arrow.headingDegrees = 30
        compare(needle.rotation, 15)
        arrow.bearingDegrees = 300
        compare(needle.rotation, 270)
    }

    function test_unknown_heading_is_north_up() {
        const arrow = makeArrow({ bearingDegrees: 120, headingDegrees: NaN, compact: true })
        compare(arrow.arrowRotation, 120)
    }

    function test_unknown_direction() {
        const arrow = makeArrow({ distanceText: "" })
        verify(!arrow.known)
        verify(!needleOf(arrow).visible)
        const distance = findChild(arrow, "navigationDistance")
        verify(distance.text.length > 0)
    }

    function test_distance_text_is_big() {
        const arrow = makeArrow({ bearingDegrees: 10, distanceText: "850 m" })
        const distance = findChild(arrow, "navigationDistance")
        compare(distance.text, "850 m")
        verify(distance.font.pixelSize >= FlTheme.fontHuge)
        verify(arrow.implicitWidth >= 200)
    }
}
