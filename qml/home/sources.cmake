list(APPEND FIELDAPP_QML home/HomePage.qml home/HomeSyncCard.qml)
