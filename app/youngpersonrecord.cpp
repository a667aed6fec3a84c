#include "youngpersonrecord.h"

#include "chronologytext.h"
#include "record/missingbody.h"
#include "visit/visitservices.h"

#include <QDateTime>

namespace hearth {

YoungPersonRecord::YoungPersonRecord(VisitServices &services, QObject *parent)
    : QObject(parent)
    , m_services(&services)
{ }

QString YoungPersonRecord::today() const
{
    return m_services ? m_services->clock().nowUtc().toLocalTime().date().toString(Qt::ISODate)
                      : QString();
}

QVariantList YoungPersonRecord::indicatorKinds() const
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

QVariantList YoungPersonRecord::indicators() const
{
    QVariantList out;
    for (const ExploitationIndicator &entry : indicatorList())
        out.append(QVariantMap { { QStringLiteral("indicator"), entry.indicator },
            { QStringLiteral("label"), ChronologyText::indicator(entry.indicator) },
            { QStringLiteral("observed"), entry.observed },
            { QStringLiteral("source"), entry.source } });
    return out;
}

QVariantList YoungPersonRecord::nudges() const
{
    QVariantList out;
    if (!m_services)
        return out;
    for (const auto &[path, text] : MissingBody::freeText(body()))
        for (const Nudge &nudge : m_services->plainLanguage().check(text, m_services->language()))
            out.append(QVariantMap { { QStringLiteral("phrase"), nudge.phrase },
                { QStringLiteral("nudge"), nudge.nudge } });
    return out;
}

QString YoungPersonRecord::missing() const
{
    const auto refused = refusal();
    return refused ? refused->message : QString();
}

QString YoungPersonRecord::missingField() const
{
    const auto refused = refusal();
    return refused ? refused->field : QString();
}

bool YoungPersonRecord::chooseChild(const QString &childId)
{
    if (!m_services)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        setErrorText(tr("That young person could not be found on this tablet."));
        return false;
    }
    m_childName = child->displayName();
    adoptChild(child->id);
    setErrorText({});
    Q_EMIT childChanged();
    changed();
    return true;
}

void YoungPersonRecord::addIndicator(const QString &kind)
{
    if (!MissingBody::indicators().contains(kind))
        return;
    indicatorList().append({ kind, QString(), QString() });
    Q_EMIT indicatorsChanged();
    changed();
}

void YoungPersonRecord::setIndicatorObserved(int index, const QString &text)
{
    if (index < 0 || index >= indicatorList().size())
        return;
    setText(indicatorList()[index].observed, text);
}

void YoungPersonRecord::setIndicatorSource(int index, const QString &text)
{
    if (index < 0 || index >= indicatorList().size())
        return;
    setText(indicatorList()[index].source, text);
}

void YoungPersonRecord::removeIndicator(int index)
{
    if (index < 0 || index >= indicatorList().size())
        return;
    indicatorList().removeAt(index);
    Q_EMIT indicatorsChanged();
    changed();
}

YoungPersonRecord::Moment YoungPersonRecord::shown(const Moment &typed, const QString &utc) const
{
    if (!typed.date.isEmpty() || !typed.time.isEmpty())
        return typed;
    const QDateTime moment = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return { local.date().toString(Qt::ISODate), local.time().toString(QStringLiteral("HH:mm")) };
}

void YoungPersonRecord::setMoment(
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

void YoungPersonRecord::setText(QString &member, const QString &text)
{
    if (text == member)
        return;
    member = text;
    changed();
}

void YoungPersonRecord::forgetYoungPerson()
{
    m_services = nullptr;
    m_childName.clear();
}

} // namespace hearth
