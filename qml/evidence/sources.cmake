# Evidence: photos geotagged from the current fix, the gallery with the watermark, annotations
# (evidence is never edited, only annotated).
list(APPEND FIELDAPP_SOURCES
    evidence/evidencerecorder.h evidence/evidencerecorder.cpp
    evidence/evidencemodel.h evidence/evidencemodel.cpp)
list(APPEND FIELDAPP_QML
    evidence/WatermarkOverlay.qml
    evidence/EvidenceThumbnail.qml
    evidence/EvidenceCaptureButton.qml
    evidence/EvidenceStrip.qml
    evidence/CameraCapturePage.qml
    evidence/EvidencePage.qml
    evidence/EvidenceViewPage.qml)
