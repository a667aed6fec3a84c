// hearth-test-supervise: signs one supervision record into a hearth-server store through the
// library call the console's forms use (SupervisionRecords::sign, with the server's key), so
// sync tests can make a supervisor's record without signing in to the console. Its own process:
// a sync test links SQLCipher and must never load Qt's SQLite driver beside it.
//   hearth-test-supervise (--data DIR | --db URL --key FILE) KIND CHILD SUPERVISOR BODY_JSON
// BODY_JSON is the body without format, child and supervisor (added as the console adds them).
// Prints the new record's id, then its signed bytes, each on a line.
#include "database.h"
#include "record/jsonparser.h"
#include "record/recordkind.h"
#include "record/supervisionbody.h"
#include "serverkey.h"
#include "storeoptions.h"
#include "supervisionflags.h"
#include "supervisionrecords.h"

#include <QCoreApplication>

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
    const auto kind = args.size() == 4 ? recordKindFromName(args[0]) : std::nullopt;
    if (!resolved || !kind) {
        std::fprintf(stderr, "usage: hearth-test-supervise STORE KIND CHILD SUPERVISOR BODY\n");
        return 2;
    }
    auto body = JsonParser::parse(args[3].toUtf8());
    auto key = ServerKey::load(resolved->keyPath);
    if (!body || !key) {
        std::fprintf(stderr, "hearth-test-supervise: bad body or key\n");
        return 1;
    }
    body->insert(QStringLiteral("format"), SupervisionBody::Format);
    body->insert(QStringLiteral("child"), args[1]);
    body->insert(QStringLiteral("supervisor"), args[2]);
    const Database database(resolved->store);
    auto signed_ = SupervisionRecords(database).sign(
        *kind, args[1], args[2], SupervisionFlags::builtIn().pack(), *body, *key, Clock::system());
    if (!signed_) {
        std::fprintf(stderr, "hearth-test-supervise: %s\n", qPrintable(signed_.error().message));
        return 1;
    }
    std::printf("%s\n%s\n", qPrintable(signed_->envelope.id), signed_->bytes.constData());
    return 0;
}
