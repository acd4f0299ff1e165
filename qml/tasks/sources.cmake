# Tasks: rectification tasks (整改任务) assigned to me and their follow-up checks (回头看).
list(APPEND FIELDAPP_SOURCES
    tasks/tasklistmodel.h tasks/tasklistmodel.cpp
    tasks/taskfiltermodel.h tasks/taskfiltermodel.cpp
    tasks/taskeditor.h tasks/taskeditor.cpp)
list(APPEND FIELDAPP_QML
    tasks/TaskStatusChip.qml
    tasks/TasksPage.qml
    tasks/TaskPage.qml)
