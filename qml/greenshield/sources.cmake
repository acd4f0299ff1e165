# 绿盾 Green Shield: the clues nearest first, a clue's page with the way there, on-site
# verification with the derived functional zone, and rectification to close-out.
list(APPEND FIELDAPP_SOURCES
    greenshield/cluewords.h greenshield/cluewords.cpp
    greenshield/cluenavigation.h greenshield/cluenavigation.cpp
    greenshield/cluelistmodel.h greenshield/cluelistmodel.cpp
    greenshield/clueproximitymodel.h greenshield/clueproximitymodel.cpp
    greenshield/clueeditor.h greenshield/clueeditor.cpp
    greenshield/protectedarealayer.h greenshield/protectedarealayer.cpp)
list(APPEND FIELDAPP_QML
    greenshield/NavigationArrow.qml
    greenshield/ClueListRow.qml
    greenshield/ClueListPage.qml
    greenshield/ClueFacts.qml
    greenshield/ClueVerificationForm.qml
    greenshield/ClueRectificationSection.qml
    greenshield/CluePage.qml)
