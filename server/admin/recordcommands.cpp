// export and verify-store: getting records out exactly as received, and auditing them.
#include "admincontext.h"
#include "recordrepository.h"
#include "storeverifier.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace hearth::server {

int runExport(const AdminContext &context)
{
    const QString device = context.option("device");
    const RecordRepository records(context.database);
    if (context.isSet("out")) {
        // All or nothing: a failed export never leaves a truncated file that looks complete.
        QSaveFile file(context.option("out"));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        qint64 count = 0;
        auto walked = records.forEach(device, [&](const StoredRecord &record) {
            file.write(record.envelope);
            file.write("\n", 1);
            ++count;
            return true;
        });
        if (!walked)
            return context.fail(walked.error().message);
        if (!file.commit())
            return context.fail(
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err << "exported " << count << " records to " << file.fileName() << Qt::endl;
        return 0;
    }
    context.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(QStringLiteral("cannot write to standard output"));
    auto walked = records.forEach(device, [&](const StoredRecord &record) {
        out.write(record.envelope);
        out.write("\n", 1);
        return true;
    });
    out.flush();
    if (!walked)
        return context.fail(walked.error().message);
    return 0;
}

int runVerifyStore(const AdminContext &context)
{
    auto summary = StoreVerifier::verify(context.database);
    if (!summary)
        return context.fail(QStringLiteral("verification failed: %1").arg(summary.error()));
    context.out << "ok: " << summary->records << " records from " << summary->devices
                << " devices verified (signatures, chains, heads)\n";
    return 0;
}

} // namespace hearth::server
