// import and assign: the agency's caseload data.
#include "admincontext.h"
#include "caseloadreader.h"
#include "caseloadrepository.h"

#include <QFile>
#include <QFileInfo>

namespace hearth::server {

int runImport(const AdminContext &context)
{
    if (context.arguments.size() != 1)
        return context.fail(
            QStringLiteral("usage: import FILE [--kind KIND] [--assign-to PRACTITIONER]"));
    const QString path = context.arguments[0];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray text = file.readAll();
    const QString name = QFileInfo(path).fileName();

    Expected<QList<CaseloadEntity>, QStringList> entities = QList<CaseloadEntity>();
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const auto kind = CaseloadValidator::kindFromName(context.option("kind"));
        if (!kind)
            return context.fail(QStringLiteral(
                "a CSV file holds one kind: give --kind households, children, adults, "
                "links or visitSummaries"));
        entities = CaseloadReader::readCsv(text, *kind, name);
    } else {
        entities = CaseloadReader::readJson(text, name);
    }
    if (!entities) {
        for (const QString &error : entities.error())
            context.err << error << '\n';
        return context.fail(QStringLiteral("nothing imported: fix the errors above"));
    }
    auto summary
        = CaseloadRepository(context.database).import(*entities, context.option("assign-to"), name);
    if (!summary)
        return context.fail(QStringLiteral("%1 (nothing imported)").arg(summary.error()));
    context.out << "imported " << name << ": " << summary->added << " added, " << summary->changed
                << " changed, " << summary->unchanged << " unchanged, " << summary->assigned
                << " assigned\n";
    return 0;
}

int runAssign(const AdminContext &context)
{
    if (context.arguments.size() != 2)
        return context.fail(QStringLiteral("usage: assign CHILD-ID PRACTITIONER-ID"));
    auto assigned
        = CaseloadRepository(context.database).assign(context.arguments[0], context.arguments[1]);
    if (!assigned)
        return context.fail(assigned.error());
    context.out << (*assigned ? "assigned " : "already assigned ") << context.arguments[0] << " to "
                << context.arguments[1] << '\n';
    return 0;
}

} // namespace hearth::server
