# Records of any kind as lists for the screens, paged from the store, and their text filter.
list(APPEND FIELDAPP_SOURCES
    records/recordlistmodel.h records/recordlistmodel.cpp
    records/recordfiltermodel.h records/recordfiltermodel.cpp)
