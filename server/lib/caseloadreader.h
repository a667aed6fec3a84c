#pragma once

#include "caseloadvalidator.h"
#include "common/expected.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace hearth::server {

// Reads an agency caseload file into validated entries: the JSON document of
// docs/caseload-format.md, or a CSV file of one kind with a header row of member names. Errors
// name the file and line ("caseload.csv:12: \"sex\" must be one of ..."); up to 20 are
// reported at once so a large file can be fixed in one pass.
class CaseloadReader
{
public:
    static constexpr int maxErrors = 20;

    [[nodiscard]] static Expected<QList<CaseloadEntity>, QStringList> readJson(
        QByteArrayView text, const QString &fileName);
    [[nodiscard]] static Expected<QList<CaseloadEntity>, QStringList> readCsv(
        QByteArrayView text, CaseloadKind kind, const QString &fileName);
};

} // namespace hearth::server
