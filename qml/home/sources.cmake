list(APPEND FIELDAPP_QML home/HomePage.qml home/HomeRecordRow.qml home/HomeSyncCard.qml)
