#pragma once

#include "content/contentpack.h"
#include "model/caseloadrepository.h"
#include "model/child.h"
#include "model/visit.h"
#include "promptlistmodel.h"

#include <QDate>
#include <QVariantMap>

namespace hearth {

// Turns the content pack (and the caseload) into the rows each wizard step shows, in the
// practitioner's language. Kept apart from the controller so the choice of prompts (age band,
// disability, previous ratings) can be tested without a vault.
namespace VisitPrompts {

QList<PromptListModel::Prompt> lived(
    const ContentPack &pack, const Child &child, const QDate &visitDate, const QString &language);
// `previous` holds the ratings of the child's last finished visit, shown beside each item so
// drift is visible (DOMAIN s.2).
QList<PromptListModel::Prompt> neglect(
    const ContentPack &pack, const QMap<QString, NeglectRating> &previous, const QString &language);
QList<PromptListModel::Prompt> men(const ContentPack &pack, const QString &language);
QList<PromptListModel::Prompt> cooperation(const ContentPack &pack, const QString &language);
QList<PromptListModel::Prompt> categories(const ContentPack &pack, const QString &language);
QList<PromptListModel::Prompt> adults(const QList<LinkedAdult> &adults);
// The pack's standing questions by id (dayInTheLife, whatItMeans, ...).
QVariantMap questions(const ContentPack &pack, const QString &language);

} // namespace VisitPrompts
} // namespace hearth
