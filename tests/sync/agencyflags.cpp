// hearth-test-agencyflags: the pattern flags the agency's console judges for one child, from the
// records a hearth-server store holds, through the console's own calls (ConsoleChildRecords,
// SupervisionFlags) and printed with the JSON the tablet's `hearthctl chronology --json` uses.
// Its own process: a sync test links SQLCipher and must never load Qt's SQLite driver beside it.
//   hearth-test-agencyflags (--data DIR | --db URL --key FILE) CHILD AT
// AT is the judging time (ISO 8601), as the console's injected clock would give it.
#include "chronology/chronologyjson.h"
#include "consolevisit.h"
#include "database.h"
#include "storeoptions.h"
#include "supervisionflags.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace hearth;
using namespace hearth::server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    StoreOptions options;
    options.addTo(parser);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    auto resolved = options.resolve(parser);
    const QDateTime at
        = args.size() == 2 ? QDateTime::fromString(args[1], Qt::ISODateWithMs) : QDateTime();
    if (!resolved || !at.isValid()) {
        std::fprintf(stderr, "usage: hearth-test-agencyflags STORE CHILD AT\n");
        return 2;
    }
    const Database database(resolved->store);
    auto child = findConsoleChild(database, args[0]);
    auto records = ConsoleChildRecords::forChild(database, args[0]);
    if (!child || !child->has_value() || !records) {
        std::fprintf(
            stderr, "hearth-test-agencyflags: no child %s in the store\n", qPrintable(args[0]));
        return 1;
    }
    const ChildFlags judged
        = SupervisionFlags::builtIn().evaluate(args[0], (*child)->payload, *records, at.toUTC());
    QJsonArray flags;
    for (const PatternFlag &flag : judged.flags)
        flags.append(ChronologyJson::flag(flag, QStringLiteral("en")));
    const QJsonObject out { { QStringLiteral("flags"), flags } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
