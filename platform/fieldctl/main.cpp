// fieldctl: the device CLI over a local FieldLedger store, for scripting, support and tests.

#include "cli.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;
using namespace fl::cli;

namespace {

// Global options may stand anywhere; they are taken out before the command is matched.
struct GlobalOptions
{
    QString store;
    QString author;
    bool json = false;
    bool help = false;
    bool version = false;
};

bool takeValue(QStringList &args, const QString &name, QString *value)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            *value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + u'=')) {
            *value = args[i].mid(name.size() + 1);
            args.remove(i);
            return true;
        }
    }
    return false;
}

GlobalOptions takeGlobalOptions(QStringList &args)
{
    GlobalOptions options;
    takeValue(args, u"--store"_s, &options.store);
    takeValue(args, u"--author"_s, &options.author);
    options.json = args.removeAll(u"--json"_s) > 0;
    options.version = args.removeAll(u"--version"_s) > 0;
    if (options.store.isEmpty())
        options.store = qEnvironmentVariable("FIELDLEDGER_STORE", u"fieldledger-store"_s);
    return options;
}

void printHelp(QTextStream &out)
{
    out << "fieldctl - FieldLedger device command line\n\n"
           "Usage: fieldctl [--store DIR] [--author NAME] [--json] COMMAND [options]\n\n"
           "Global options:\n"
           "  --store DIR     the device store folder (default $FIELDLEDGER_STORE or "
           "./fieldledger-store)\n"
           "  --author NAME   who records the change (default $FIELDLEDGER_AUTHOR or the name "
           "given to init)\n"
           "  --json          machine-readable output, one JSON object per line\n\n"
           "Commands:\n";
    for (const auto &command : commands())
        out << "  " << command.name.leftJustified(22) << command.summary << '\n';
    out << "\nRun 'fieldctl COMMAND --help' for a command's options. docs/cli.md has a worked "
           "example.\n";
}

const Command *match(const QStringList &args, int *words)
{
    for (int n = 2; n >= 1; --n) {
        if (args.size() < n)
            continue;
        const QString name = args.mid(0, n).join(u' ');
        for (const auto &command : commands()) {
            if (command.name == name) {
                *words = n;
                return &command;
            }
        }
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fieldctl"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    registerCommands();

    QStringList args = app.arguments().mid(1);
    const GlobalOptions options = takeGlobalOptions(args);
    Context context({}, options.store, options.author, options.json);
    if (options.version) {
        context.out << "fieldctl 0.1.0\n";
        return Ok;
    }
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s ||
        args.first() == u"help"_s) {
        printHelp(context.out);
        return args.isEmpty() ? Usage : Ok;
    }
    int words = 0;
    const Command *command = match(args, &words);
    if (!command) {
        context.err << "unknown command '" << args.mid(0, 2).join(u' ')
                    << "'; run 'fieldctl --help' for the list\n";
        return Usage;
    }
    context.arguments = args.mid(words);
    return runCommand(*command, context);
}
