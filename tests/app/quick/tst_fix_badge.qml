import QtQuick
import QtTest
import FieldLedger

// FlFixBadge keeps a long explanation inside its width (it wraps), so a screen without
// positioning does not run off the edge.
Item {
    width: 300
    height: 200

    FlFixBadge {
        id: badge
        width: 240
        quality: 0
        text: "This device has no positioning: records are saved without a position"
    }

    TestCase {
        name: "FixBadge"
        when: windowShown

        function test_long_text_wraps_inside() {
            waitForRendering(badge)
            const label = badge.contentItem.children[1]
            verify(label.text.length > 0)
            verify(label.x + label.width <= badge.width, "label ends inside the badge")
            verify(label.lineCount > 1, "the long text wraps")
            verify(badge.height > 32, "the badge grows to hold it")
        }

        function test_short_text_stays_one_line() {
            badge.text = "Good fix ±4 m"
            waitForRendering(badge)
            compare(badge.contentItem.children[1].lineCount, 1)
        }
    }
}
