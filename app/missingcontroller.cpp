#include "missingcontroller.h"

#include "visit/visitservices.h"

namespace hearth {

MissingController::MissingController(VisitServices &services, MissingDraft draft, QObject *parent)
    : YoungPersonRecord(services, parent)
    , m_draft(std::move(draft))
    , m_autosave(this, services, m_draft, tr("This episode could not be saved: %1"),
          [this] { Q_EMIT errorTextChanged(); })
{
    if (!m_draft.childId.isEmpty())
        if (auto child = services.caseload().child(m_draft.childId))
            m_childName = child->displayName();
}

int MissingController::reportedToPolice() const
{
    return m_draft.reportedToPolice ? int(*m_draft.reportedToPolice) : -1;
}

std::optional<YoungPersonRefusal> MissingController::refusal() const
{
    auto body = m_draft.toBody();
    return body ? std::nullopt : std::optional(body.error());
}

void MissingController::setReportedToPolice(int answer)
{
    if (answer < -1 || answer > 1 || answer == reportedToPolice())
        return;
    m_draft.reportedToPolice = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    changed();
}

void MissingController::changed()
{
    Q_EMIT contentChanged();
    m_autosave.changed();
}

void MissingController::detach()
{
    flush();
    forgetSigned();
}

void MissingController::forgetSigned()
{
    m_autosave.forget();
    forgetYoungPerson();
    m_draft = {};
    m_from = {};
    m_back = {};
}

} // namespace hearth
