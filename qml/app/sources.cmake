# The app singleton, the store as screens see it, language switching, the screenshot tour.
list(APPEND FIELDAPP_SOURCES
    app/fieldapp.h app/fieldapp.cpp
    app/recordstore.h app/recordstore.cpp
    app/translator.h app/translator.cpp
    app/languagewatcher.h app/languagewatcher.cpp
    app/screentour.h app/screentour.cpp)
