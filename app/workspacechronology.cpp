// The chronology's part of the Workspace: one child's chronology open at a time, read through
// ChildHistory from the session's verified records, and flags acknowledged through the same
// passcode check and record store as visits and concerns.
#include "chronologyrecords.h"
#include "content/contentlibrary.h"
#include "record/jsonvalue.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

namespace {
// The pack's words for the ids records carry, in the practitioner's language.
QHash<QString, QString> packLabels(const ContentPack *pack, const QString &language)
{
    QHash<QString, QString> labels;
    if (!pack)
        return labels;
    for (const auto &category : pack->concernCategories)
        labels.insert(category.id, category.label.text(language));
    for (const auto &category : pack->concernLogCategories)
        labels.insert(category.id, category.label.text(language));
    for (const auto &level : pack->cooperationLevels)
        labels.insert(
            QStringLiteral("cooperation-%1").arg(level.level), level.label.text(language));
    return labels;
}
} // namespace

bool Workspace::openChronology(const QString &childId)
{
    if (!m_services)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        setErrorText(
            tr("This child's chronology could not be opened: %1").arg(child.error().message));
        return false;
    }
    forgetChronology();
    const QString language = m_services->language();
    ChronologyModel::Context context { language,
        packLabels(m_services->content().current(), language),
        [this](const QString &author) { return nameOf(author); }, signerName(), &m_clock };
    m_chronology = new ChronologyModel(childId, child->displayName(), std::move(context), this);
    Q_EMIT chronologyChanged();
    loadChronology();
    return true;
}

void Workspace::loadChronology()
{
    if (!m_services || !m_chronology)
        return;
    if (!m_chronologyRecords)
        m_chronologyRecords = new ChronologyRecords(this);
    QPointer<ChronologyModel> model = m_chronology;
    m_chronologyRecords->refresh(m_services->records(), [this, model](const QString &error) {
        if (!model || model != m_chronology || !m_services)
            return;
        if (!error.isEmpty()) {
            model->setError(tr("The records could not be read: %1").arg(error));
            return;
        }
        const ContentPack *pack = m_services->content().current();
        ChildHistory history = ChildHistory::fromVerified(m_chronologyRecords->records(),
            m_services->caseload(), pack ? pack->patterns : QList<PatternRule>(), m_clock.nowUtc());
        auto ofChild = history.child(model->childId());
        if (!ofChild) {
            model->setError(tr("The records could not be read: %1").arg(ofChild.error()));
            return;
        }
        model->setHistory(std::move(ofChild.value()), history.unreadable());
    });
}

void Workspace::closeChronology()
{
    forgetChronology();
}

void Workspace::forgetChronology()
{
    if (m_chronology) {
        ChronologyModel *old = m_chronology;
        m_chronology = nullptr;
        Q_EMIT chronologyChanged();
        old->deleteLater();
    }
}

} // namespace hearth
