# The app's own map (Qt 6.4 on Debian has no Qt Location): a Web Mercator MapView with vector
# layers (GeoJSON, a live track, model points), an optional MBTiles basemap, and MapPane (the
# map with touch handling and controls) for pages.
list(APPEND FIELDAPP_SOURCES
    map/mapprojection.h
    map/mapdraw.h map/mapdraw.cpp
    map/maplayer.h map/maplayer.cpp
    map/mapview.h map/mapview.cpp
    map/trackpath.h map/trackpath.cpp
    map/geojsonlayer.h map/geojsonlayer.cpp
    map/tracklayer.h map/tracklayer.cpp
    map/pointlayer.h map/pointlayer.cpp
    map/mbtileslayer.h map/mbtileslayer.cpp)
list(APPEND FIELDAPP_QML
    map/MapPane.qml
    map/MapPaneButton.qml
    map/MapPaneScaleBar.qml)
list(APPEND FIELDAPP_LIBS PkgConfig::SQLITE3)
