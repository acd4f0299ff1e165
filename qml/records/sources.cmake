# Records of any kind as lists for the screens, paged from the store, with a text filter; the
# All records screen.
list(APPEND FIELDAPP_SOURCES
    records/recordlistmodel.h records/recordlistmodel.cpp
    records/recordfiltermodel.h records/recordfiltermodel.cpp)
list(APPEND FIELDAPP_QML records/RecordsPage.qml records/RecordRow.qml)
