import QtQuick
import QtTest
import FieldLedger

// The watermark over a photo: every line shown, white on a dark band, readable on a white
// photo, nothing shown without lines, long lines kept inside the band.
Item {
    id: root
    width: 400
    height: 300

    Rectangle {
        id: photo
        anchors.fill: parent
        color: "white" // the worst case: a sunlit snowfield
        WatermarkOverlay {
            id: overlay
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            lines: ["2026-11-23 10:00:05 (UTC+8)", "43.825600°N 87.616800°E ±9 m",
                    "author: 阿依古丽"]
        }
    }

    TestCase {
        name: "WatermarkOverlay"
        when: windowShown

        function luminance(c) {
            return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b
        }

        function init() {
            overlay.lines = ["2026-11-23 10:00:05 (UTC+8)", "43.825600°N 87.616800°E ±9 m",
                             "author: 阿依古丽"]
        }

        function test_every_line_is_shown_in_white() {
            compare(overlay.lineCount, 3)
            for (let i = 0; i < 3; ++i) {
                const line = findChild(overlay, "watermarkLine-" + i)
                verify(line, "line " + i)
                compare(line.text, overlay.lines[i])
                verify(line.visible)
                compare(luminance(line.color), 1.0)
            }
            verify(overlay.visible)
            verify(overlay.height > 3 * 10)
        }

        function test_the_band_is_dark_over_a_white_photo() {
            verify(luminance(overlay.color) < 0.1)
            verify(overlay.color.a > 0.6)
            waitForRendering(photo)
            const image = grabImage(photo)
            // Left edge of the band, inside its padding: no text there, only the band.
            const y = Math.round(overlay.y + 2)
            const pixel = image.pixel(2, y)
            verify(luminance(pixel) < 0.35, "band pixel " + pixel)
            // Above the band the photo is untouched.
            verify(luminance(image.pixel(2, 2)) > 0.95)
        }

        function test_more_lines_make_a_taller_band() {
            const three = overlay.height
            overlay.lines = ["one", "two", "three", "four"]
            verify(overlay.height > three, "four lines are taller than three")
            overlay.lines = ["one"]
            verify(overlay.height < three, "one line is lower than three")
        }

        function test_no_lines_shows_nothing() {
            overlay.lines = []
            compare(overlay.lineCount, 0)
            verify(!overlay.visible)
            compare(overlay.implicitHeight, 0)
        }

        function test_a_long_line_stays_inside_the_band() {
            overlay.lines = ["a very long place name ".repeat(20)]
            const line = findChild(overlay, "watermarkLine-0")
            verify(line)
            verify(line.width <= overlay.width)
            verify(line.truncated)
        }
    }
}
