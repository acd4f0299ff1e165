# Sync: enrolment, sync now with progress, refused changes with advice, automatic sync.
list(APPEND FIELDAPP_SOURCES
    sync/syncwords.h sync/syncwords.cpp
    sync/refusalmodel.h sync/refusalmodel.cpp
    sync/synccontroller.h sync/synccontroller.cpp)
list(APPEND FIELDAPP_QML sync/SyncPage.qml sync/SyncEnrolForm.qml sync/SyncRefusalRow.qml)
list(APPEND FIELDAPP_LIBS Qt6::Network)
