# Components shared by several features (prefix Fl): each reads only its own properties.
set_source_files_properties(components/FlTheme.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
list(APPEND FIELDAPP_QML
    components/FlTheme.qml
    components/FlTile.qml
    components/FlSection.qml
    components/FlStat.qml
    components/FlMessage.qml
    components/FlFixBadge.qml
    components/FlField.qml
    components/FlScrollPage.qml)
