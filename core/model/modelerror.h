#pragma once

#include "model/jsonreader.h"
#include "vault/vaulterror.h"

#include <QList>
#include <QString>

namespace hearth {

// Why a caseload or draft operation did not happen. Invalid input carries every problem
// found (with its JSON path) so an agency can fix a download in one go; storage failures
// carry the vault's own error, whose message is already written for a practitioner.
struct ModelError
{
    enum class Code
    {
        Invalid,    // input refused: see problems
        NotFound,   // no entry with that id
        NotAllowed, // e.g. changing a completed visit, discarding a completed visit
        Incomplete, // a visit cannot be finished yet: see problems (plain words)
        Storage,    // the vault failed: see vault
    };

    Code code = Code::Invalid;
    QString message; // one line, plain language
    QList<JsonProblem> problems;
    VaultError vault;

    static ModelError invalid(QList<JsonProblem> problems);
    static ModelError notFound(const QString &what);
    static ModelError notAllowed(const QString &why);
    static ModelError storage(const VaultError &error);
    // All problems, one per line, for logs, hearthctl and test failure output.
    QString toString() const;
};

} // namespace hearth
