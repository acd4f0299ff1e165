# Translations: Simplified Chinese (the default), English and Uyghur. Source strings are English;
# lrelease compiles the .ts files at build time into :/i18n/fieldledger_<lang>.qm, which the
# Translator loads. `cmake --build build --target update_translations` refreshes the .ts files
# from the sources with lupdate.
set(fieldapp_ts_files
    ${CMAKE_CURRENT_SOURCE_DIR}/i18n/fieldledger_zh_CN.ts
    ${CMAKE_CURRENT_SOURCE_DIR}/i18n/fieldledger_en.ts
    ${CMAKE_CURRENT_SOURCE_DIR}/i18n/fieldledger_ug.ts)
qt_add_translations(fieldapp
    TS_FILES ${fieldapp_ts_files}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
