#pragma once

#include "model/jsonreader.h"

#include <QList>
#include <QString>

namespace hearth {

// Why a content pack was refused: the file, and every problem with its JSON path. A refused
// pack is not loaded at all, so the practitioner keeps the packs that were already there.
struct ContentError
{
    QString file;
    QList<JsonProblem> problems;

    // "agency.json: $.neglect[0].items[2].label.cy: is missing" (first problem, and a count
    // of the others), for the agency's administrator and the log.
    QString message() const
    {
        if (problems.isEmpty())
            return file + QStringLiteral(": refused");
        QString text = file + QStringLiteral(": ") + problems.first().toString();
        if (problems.size() > 1)
            text += QStringLiteral(" (and %1 more)").arg(problems.size() - 1);
        return text;
    }
};

} // namespace hearth
