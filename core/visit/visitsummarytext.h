#pragma once

#include "content/contentpack.h"
#include "model/visit.h"
#include "visit/visitfield.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hearth {

// The whole visit as readable text, one section per wizard step: what the review shows, what
// "Sign and finish" says will be signed, and what a signed visit shows read-only. Written as
// sentences a manager or a court could read, in the practitioner's language, with the child's
// own words marked as theirs (in quotation marks). QtCore only, so anything that needs the
// text of a visit (the app, tests, a future export) builds it the same way; the app's
// SummaryModel shows it to QML.
class VisitSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(hearth::VisitSummaryText)

public:
    struct Section
    {
        int step = 0; // 1-9
        QString title;
        QString body;
        QStringList quotes; // the lines of body that are the child's own words
    };
    // A piece of the practitioner's free text with where it lives, for the plain-language
    // check of the review.
    struct TextField
    {
        int step = 0;
        VisitField::Id field;
        QString item;
        int row = -1;
        QString text;
    };

    static QList<Section> sections(const Visit &visit, const QString &childName,
        const ContentPack *pack, const QString &language);
    // In the order the wizard asks: by step, and a pack item's answers in the pack's order
    // (ids the pack does not have last) when the pack is given.
    static QList<TextField> freeText(const Visit &visit, const ContentPack *pack = nullptr);
};

} // namespace hearth
