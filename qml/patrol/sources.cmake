# 巡河 patrol: the running patrol (track recording, problems, assessment) and its pages.
list(APPEND FIELDAPP_SOURCES
    patrol/patrolsession.h patrol/patrolsession.cpp
    patrol/patrolproblemmodel.h patrol/patrolproblemmodel.cpp)
list(APPEND FIELDAPP_QML
    patrol/PatrolPage.qml
    patrol/PatrolProblemPage.qml
    patrol/PatrolSummaryPage.qml
    patrol/PatrolProblemDelegate.qml)
