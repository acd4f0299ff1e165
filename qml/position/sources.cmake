# The current GNSS fix for the screens, graded and explained.
list(APPEND FIELDAPP_SOURCES position/positionfeed.h position/positionfeed.cpp)
