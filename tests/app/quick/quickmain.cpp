// Qt Quick Test runner for the components' tst_*.qml files, with the FieldLedger module linked
// in statically.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

QUICK_TEST_MAIN(fieldapp_quick)
