# Settings: the user's choices and the shared display formats; the Settings screen.
list(APPEND FIELDAPP_SOURCES settings/appsettings.h settings/appsettings.cpp)
list(APPEND FIELDAPP_QML settings/SettingsPage.qml)
