#include "visitsigning.h"

#include "model/visitvalidator.h"
#include "visit/visitbody.h"
#include "visit/visitservices.h"
#include "visit/wizardstepstore.h"

namespace hearth::VisitSigning {

Expected<QString, QString> signAndFinish(
    VisitServices &services, Visit visit, const QString &author)
{
    // The same rules the wizard shows, checked again here: a caller that skipped them (or a
    // profile signed in between) must not finish a visit whose safety step is still owed.
    if (const QList<MissingItem> missing
        = VisitValidator::missing(visit, services.requirementsFor(visit));
        !missing.isEmpty())
        return unexpected(missing.first().text);
    visit.review.status = VisitStatus::Complete;
    visit.review.completedUtc = services.nowUtc();
    auto body = VisitBody::toBody(visit);
    if (!body)
        return unexpected(body.error());
    auto stored = services.records().append(
        RecordKind::Visit, author, { visit.packId, visit.packVersion }, std::move(body.value()));
    if (!stored)
        return unexpected(stored.error().message);
    (void)services.drafts().markComplete(visit.id, services.requirementsFor(visit));
    WizardStepStore(services.database(), services.clock()).forget(visit.id);
    return stored->envelope.id;
}

} // namespace hearth::VisitSigning
