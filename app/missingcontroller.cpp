#include "missingcontroller.h"

#include "chronologytext.h"
#include "record/missingbody.h"
#include "visit/visitservices.h"

#include <QDateTime>

namespace hearth {

MissingController::MissingController(VisitServices &services, MissingDraft draft, QObject *parent)
    : QObject(parent)
    , m_services(&services)
    , m_draft(std::move(draft))
    , m_autosave(this, services, m_draft, tr("This episode could not be saved: %1"),
          [this] { Q_EMIT errorTextChanged(); })
{
    if (!m_draft.childId.isEmpty())
        if (auto child = services.caseload().child(m_draft.childId))
            m_childName = child->displayName();
}

MissingController::Moment MissingController::shown(const Moment &typed, const QString &utc) const
{
    if (!typed.date.isEmpty() || !typed.time.isEmpty())
        return typed;
    const QDateTime moment = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return { local.date().toString(Qt::ISODate), local.time().toString(QStringLiteral("HH:mm")) };
}

QString MissingController::missingFromDate() const
{
    return shown(m_from, m_draft.missingFrom).date;
}

QString MissingController::missingFromTime() const
{
    return shown(m_from, m_draft.missingFrom).time;
}

QString MissingController::returnedDate() const
{
    return shown(m_back, m_draft.returned).date;
}

QString MissingController::returnedTime() const
{
    return shown(m_back, m_draft.returned).time;
}

QString MissingController::today() const
{
    return m_services ? m_services->clock().nowUtc().toLocalTime().date().toString(Qt::ISODate)
                      : QString();
}

int MissingController::reportedToPolice() const
{
    return m_draft.reportedToPolice ? int(*m_draft.reportedToPolice) : -1;
}

QVariantList MissingController::indicatorKinds() const
{
    // The chronology's words, which name what adults observed, never what the young person
    // "chose".
    QVariantList out;
    for (const QString &id : MissingBody::indicators())
        out.append(QVariantMap { { QStringLiteral("id"), id },
            { QStringLiteral("label"), ChronologyText::indicator(id) },
            { QStringLiteral("descriptor"), QString() } });
    return out;
}

QVariantList MissingController::indicators() const
{
    QVariantList out;
    for (const MissingDraft::Indicator &entry : m_draft.indicators)
        out.append(QVariantMap { { QStringLiteral("indicator"), entry.indicator },
            { QStringLiteral("label"), ChronologyText::indicator(entry.indicator) },
            { QStringLiteral("observed"), entry.observed },
            { QStringLiteral("source"), entry.source } });
    return out;
}

QVariantList MissingController::nudges() const
{
    QVariantList out;
    if (!m_services)
        return out;
    for (const auto &[path, text] : MissingBody::freeText(m_draft.body()))
        for (const Nudge &nudge : m_services->plainLanguage().check(text, m_services->language()))
            out.append(QVariantMap { { QStringLiteral("phrase"), nudge.phrase },
                { QStringLiteral("nudge"), nudge.nudge } });
    return out;
}

QString MissingController::missing() const
{
    auto body = m_draft.toBody();
    return body ? QString() : body.error().message;
}

QString MissingController::missingField() const
{
    auto body = m_draft.toBody();
    return body ? QString() : body.error().field;
}

void MissingController::setReportedToPolice(int answer)
{
    if (answer < -1 || answer > 1 || answer == reportedToPolice())
        return;
    m_draft.reportedToPolice = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    changed();
}

void MissingController::setText(QString &member, const QString &text)
{
    if (text == member)
        return;
    member = text;
    changed();
}

void MissingController::setPoliceReference(const QString &text)
{
    setText(m_draft.policeReference, text);
}

void MissingController::setWhereFound(const QString &text)
{
    setText(m_draft.whereFound, text);
}

void MissingController::setWhoWith(const QString &text)
{
    setText(m_draft.whoWith, text);
}

void MissingController::setHowReturned(const QString &text)
{
    setText(m_draft.howReturned, text);
}

void MissingController::setHarmNoticed(const QString &text)
{
    setText(m_draft.harmNoticed, text);
}

void MissingController::setChildsWords(const QString &text)
{
    setText(m_draft.childsWords, text);
}

bool MissingController::chooseChild(const QString &childId)
{
    if (!m_services)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        m_autosave.setErrorText(tr("That young person could not be found on this tablet."));
        return false;
    }
    m_draft.childId = child->id;
    m_childName = child->displayName();
    m_autosave.setErrorText({});
    Q_EMIT childChanged();
    changed();
    return true;
}

void MissingController::setMoment(
    Moment &typed, QString &utc, const QString &date, const QString &time)
{
    typed = { date, time };
    const QDate day = QDate::fromString(date, Qt::ISODate);
    const QTime clock = QTime::fromString(time, QStringLiteral("HH:mm"));
    // Until both halves are there the moment is unknown, so the body says what is missing.
    utc = day.isValid() && clock.isValid()
        ? QDateTime(day, clock).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        : QString();
    changed();
}

void MissingController::setMissingFrom(const QString &date, const QString &time)
{
    setMoment(m_from, m_draft.missingFrom, date, time);
}

void MissingController::setReturned(const QString &date, const QString &time)
{
    setMoment(m_back, m_draft.returned, date, time);
}

void MissingController::addIndicator(const QString &kind)
{
    if (!MissingBody::indicators().contains(kind))
        return;
    m_draft.indicators.append({ kind, QString(), QString() });
    Q_EMIT indicatorsChanged();
    changed();
}

void MissingController::setIndicatorObserved(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.indicators.size()
        || m_draft.indicators.at(index).observed == text)
        return;
    m_draft.indicators[index].observed = text;
    changed();
}

void MissingController::setIndicatorSource(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.indicators.size()
        || m_draft.indicators.at(index).source == text)
        return;
    m_draft.indicators[index].source = text;
    changed();
}

void MissingController::removeIndicator(int index)
{
    if (index < 0 || index >= m_draft.indicators.size())
        return;
    m_draft.indicators.removeAt(index);
    Q_EMIT indicatorsChanged();
    changed();
}

void MissingController::changed()
{
    Q_EMIT contentChanged();
    m_autosave.changed();
}

void MissingController::flush()
{
    m_autosave.flush();
}

void MissingController::detach()
{
    flush();
    forgetSigned();
}

void MissingController::forgetSigned()
{
    m_autosave.forget();
    m_services = nullptr;
    m_draft = {};
    m_childName.clear();
    m_from = {};
    m_back = {};
}

} // namespace hearth
