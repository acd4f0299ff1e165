# Inspection (扫码入企, one combined inspection, the signed on-site record 现场检查笔录).
list(APPEND FIELDAPP_SOURCES
    inspection/codescanner.h inspection/codescanner.cpp
    inspection/checklistmodel.h inspection/checklistmodel.cpp
    inspection/inspectormodel.h inspection/inspectormodel.cpp
    inspection/signaturepad.h inspection/signaturepad.cpp
    inspection/inspectiondraft.h inspection/inspectiondraft.cpp
    inspection/inspectionrecordtext.cpp)
list(APPEND FIELDAPP_RESOURCES inspection/checklists.json)
list(APPEND FIELDAPP_LIBS fieldcore_qrdecode)
list(APPEND FIELDAPP_QML
    inspection/InspectionPage.qml
    inspection/InspectionEnterpriseCard.qml
    inspection/InspectionForm.qml
    inspection/InspectionInspectors.qml
    inspection/ScanPage.qml
    inspection/ChecklistPage.qml
    inspection/SignaturePage.qml
    inspection/RecordPreviewPage.qml
    inspection/InspectionTextArea.qml)
