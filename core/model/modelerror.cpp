#include "modelerror.h"

namespace hearth {

ModelError ModelError::invalid(QList<JsonProblem> problems)
{
    ModelError error;
    error.code = Code::Invalid;
    error.message = problems.isEmpty()
        ? QStringLiteral("The data was refused.")
        : QStringLiteral("The data was refused: %1 problem(s), the first is %2")
              .arg(problems.size())
              .arg(problems.first().toString());
    error.problems = std::move(problems);
    return error;
}

ModelError ModelError::notFound(const QString &what)
{
    ModelError error;
    error.code = Code::NotFound;
    error.message = QStringLiteral("Not found: ") + what;
    return error;
}

ModelError ModelError::notAllowed(const QString &why)
{
    ModelError error;
    error.code = Code::NotAllowed;
    error.message = why;
    return error;
}

ModelError ModelError::storage(const VaultError &vaultError)
{
    ModelError error;
    error.code = Code::Storage;
    error.message = vaultError.message;
    error.vault = vaultError;
    return error;
}

QString ModelError::toString() const
{
    QStringList lines { message };
    for (const JsonProblem &problem : problems)
        lines.append(QStringLiteral("  ") + problem.toString());
    if (code == Code::Storage && !vault.detail.isEmpty())
        lines.append(QStringLiteral("  ") + vault.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace hearth
