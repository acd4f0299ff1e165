// Catch2 entry point shared by every test executable: a QCoreApplication exists for code
// that needs Qt's event loop or application paths.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
