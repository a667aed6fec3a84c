#include "caseloadreader.h"

#include "csvreader.h"
#include "jsonlocator.h"
#include "record/canonicaljson.h"

namespace hearth::server {

namespace {
QString at(const QString &fileName, qsizetype line, const QString &message)
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
}
} // namespace

Expected<QList<CaseloadEntity>, QStringList> CaseloadReader::readJson(
    QByteArrayView text, const QString &fileName)
{
    auto json = CanonicalJson::parse(text, JsonLimits { 512 * 1024 * 1024, 16 });
    if (!json)
        return unexpected(QStringList { at(
            fileName, JsonLocator::lineOf(text, json.error().offset), json.error().toString()) });
    if (!json->isObject())
        return unexpected(
            QStringList { at(fileName, 1, QStringLiteral("the document must be an object")) });
    const auto lines = JsonLocator::elementLines(text);
    QList<CaseloadEntity> entities;
    QStringList errors;
    for (const JsonMember &member : json->members()) {
        const auto kind = CaseloadValidator::kindFromName(member.key);
        const qsizetype firstLine = lines.value(member.key).value(0, 1);
        if (!kind) {
            errors << at(fileName, firstLine,
                QStringLiteral("unknown member \"%1\"").arg(member.key.left(60)));
            continue;
        }
        if (!member.value.isArray()) {
            errors << at(
                fileName, firstLine, QStringLiteral("\"%1\" must be an array").arg(member.key));
            continue;
        }
        const QList<qsizetype> elementLines = lines.value(member.key);
        for (std::size_t i = 0; i < member.value.items().size() && errors.size() < maxErrors; ++i) {
            const qsizetype line = elementLines.value(qsizetype(i), firstLine);
            auto entity = CaseloadValidator::validate(*kind, member.value.items()[i]);
            if (!entity) {
                errors << at(fileName, line,
                    QStringLiteral("%1[%2]: %3").arg(member.key).arg(i).arg(entity.error()));
                continue;
            }
            entity->line = line;
            entities.append(*entity);
        }
    }
    if (!errors.isEmpty())
        return unexpected(errors);
    return entities;
}

Expected<QList<CaseloadEntity>, QStringList> CaseloadReader::readCsv(
    QByteArrayView text, CaseloadKind kind, const QString &fileName)
{
    auto rows = CsvReader::read(text);
    if (!rows)
        return unexpected(QStringList { at(fileName, rows.error().line, rows.error().message) });
    if (rows->isEmpty())
        return unexpected(QStringList {
            at(fileName, 1, QStringLiteral("the file is empty (a header row is needed)")) });
    const QStringList header = rows->first().cells;
    QList<CaseloadEntity> entities;
    QStringList errors;
    for (qsizetype r = 1; r < rows->size() && errors.size() < maxErrors; ++r) {
        const CsvReader::Row &row = rows->at(r);
        if (row.cells.size() != header.size()) {
            errors << at(fileName, row.line,
                QStringLiteral("%1 cells, but the header has %2")
                    .arg(row.cells.size())
                    .arg(header.size()));
            continue;
        }
        QList<std::pair<QString, QString>> cells;
        for (qsizetype c = 0; c < header.size(); ++c)
            cells.append({ header[c].trimmed(), row.cells[c] });
        auto entity = CaseloadValidator::validate(kind, CaseloadValidator::fromCells(kind, cells));
        if (!entity) {
            errors << at(fileName, row.line, entity.error());
            continue;
        }
        entity->line = row.line;
        entities.append(*entity);
    }
    if (!errors.isEmpty())
        return unexpected(errors);
    return entities;
}

} // namespace hearth::server
