// Qt Quick Test runner for the components' tst_*.qml files, with the FieldLedger module linked
// in statically.
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

class QuickTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Qt 6.4 does not search qrc:/qt/qml for modules by default (6.5 does).
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(fieldapp_quick, QuickTestSetup)

#include "quickmain.moc"
