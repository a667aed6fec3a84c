// VisitController, continued: the typed field API the steps write through. Every write names
// a VisitField id with the pack item id or row apart from it; what cannot be stored is refused,
// returns false and is said on screen (errorText), and nothing is changed.

#include "visitcontroller.h"

#include "visit/visitservices.h"

namespace hearth {

QString VisitController::errorText() const
{
    if (!m_writeError.isEmpty())
        return m_writeError;
    return m_saveError.isEmpty() ? QString() : tr("Not saved: %1").arg(m_saveError);
}

QVariant VisitController::read(int field, const QString &item, int row) const
{
    auto value = m_document.value(field, item, row);
    return value ? value.value() : QVariant();
}

bool VisitController::write(int field, const QString &item, int row, const QVariant &value)
{
    if (!m_services) {
        refused({ VisitEditError::Code::Closed, QStringLiteral("the visit is closed") });
        return false;
    }
    // The outline decides every mark's region, so it changes only through setBodyOutline.
    if (field == VisitField::BodyOutline)
        return setBodyOutline(value.toString());
    auto stored = m_document.setValue(field, item, row, value);
    if (!stored) {
        refused(stored.error());
        return false;
    }
    setWriteError({});
    if (stored.value())
        changed(field);
    return true;
}

int VisitController::rowCount(int list) const
{
    return int(m_document.count(list));
}

int VisitController::addRow(int list)
{
    if (!m_services || list == VisitField::Concerns) {
        refused({ VisitEditError::Code::NotAllowed, QStringLiteral("not an open list") });
        return -1;
    }
    auto index = m_document.addRow(list);
    if (!index) {
        refused(index.error());
        return -1;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(list);
    return int(index.value());
}

int VisitController::addConcern(const QString &categoryId)
{
    if (!m_services)
        return -1;
    if (const int row = concernRow(categoryId); row >= 0)
        return row;
    auto index
        = m_document.addRow(VisitField::Concerns, { { QStringLiteral("category"), categoryId } });
    if (!index) {
        refused(index.error());
        return -1;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(VisitField::Concerns);
    return int(index.value());
}

bool VisitController::removeRow(int list, int row)
{
    if (!m_services)
        return false;
    if (list == VisitField::Photos)
        return removePhoto(row);
    if (auto removed = m_document.removeRow(list, row); !removed) {
        refused(removed.error());
        return false;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(list);
    return true;
}

QString VisitController::fieldName(int field) const
{
    return VisitField::isValid(field) ? VisitField::name(VisitField::Id(field)) : QString();
}

QVariantList VisitController::nudges(int field, const QString &text) const
{
    QVariantList out;
    if (!m_services || !VisitField::isValid(field)
        || VisitField::spec(VisitField::Id(field)).childsWords)
        return out;
    for (const Nudge &nudge : m_services->plainLanguage().check(text, language())) {
        out.append(QVariantMap { { QStringLiteral("start"), int(nudge.start) },
            { QStringLiteral("length"), int(nudge.length) },
            { QStringLiteral("phrase"), nudge.phrase }, { QStringLiteral("nudge"), nudge.nudge } });
    }
    return out;
}

void VisitController::refused(const VisitEditError &error)
{
    qWarning("Visit: a write was refused: %s", qPrintable(error.detail));
    switch (error.code) {
    case VisitEditError::Code::UnknownField:
    case VisitEditError::Code::UnknownItem:
    case VisitEditError::Code::NoSuchRow:
        setWriteError(tr("That answer was not kept: this visit has no place for it. Nothing "
                         "else was changed. Please close the visit and open it again."));
        break;
    case VisitEditError::Code::WrongType:
    case VisitEditError::Code::NotAllowed:
        setWriteError(tr("That answer was not kept: it is not one this question can hold. "
                         "Nothing else was changed."));
        break;
    case VisitEditError::Code::Closed:
        setWriteError(tr("That answer was not kept: the visit is closed."));
        break;
    }
}

void VisitController::setWriteError(const QString &text)
{
    if (text == m_writeError)
        return;
    m_writeError = text;
    Q_EMIT errorTextChanged();
}

} // namespace hearth
