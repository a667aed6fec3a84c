#include "childvoicecontroller.h"

#include "record/childcontributionbody.h"
#include "record/childvoicebody.h"
#include "visit/visitservices.h"

#include <QDateTime>

namespace hearth {

ChildVoiceController::ChildVoiceController(
    VisitServices &services, ChildVoiceDraft draft, QObject *parent)
    : ChildPickTarget(parent)
    , m_services(&services)
    , m_draft(std::move(draft))
    , m_autosave(this, services, m_draft, tr("This session could not be saved: %1"),
          [this] { Q_EMIT errorTextChanged(); })
    , m_childDrawing(new ChildDrawing(this))
{
    showContribution();
    m_childName = m_draft.newChildName;
    if (!m_draft.childId.isEmpty())
        if (auto child = services.caseload().child(m_draft.childId))
            m_childName = child->displayName();
}

int ChildVoiceController::seenAlone() const
{
    return m_draft.seenAlone ? int(*m_draft.seenAlone) : -1;
}

QVariantList ChildVoiceController::quotes() const
{
    QVariantList out;
    for (const ChildVoiceDraft::Quote &quote : m_draft.quotes) {
        const QDateTime at = QDateTime::fromString(quote.atUtc, Qt::ISODateWithMs);
        out.append(QVariantMap { { QStringLiteral("text"), quote.text },
            { QStringLiteral("context"), quote.context },
            { QStringLiteral("time"), at.toLocalTime().toString(QStringLiteral("HH:mm")) } });
    }
    return out;
}

QVariantList ChildVoiceController::scales() const
{
    QVariantList out;
    for (const ChildVoiceDraft::Scale &scale : m_draft.scales)
        out.append(QVariantMap { { QStringLiteral("question"), scale.question },
            { QStringLiteral("number"), scale.number },
            { QStringLiteral("reason"), scale.reason } });
    return out;
}

namespace {
QVariantList placedItems(const JsonValue &items)
{
    QVariantList out;
    for (const JsonValue &item : items.items())
        out.append(QVariantMap { { QStringLiteral("picture"), item[u"picture"].toString() },
            { QStringLiteral("words"), item[u"words"].toString() } });
    return out;
}

bool madeNothing(const JsonValue &contribution)
{
    for (const QString &house : ChildContributionBody::houses())
        if (!contribution[u"houses"][house].items().empty())
            return false;
    return contribution[u"strokes"].items().empty() && contribution[u"scales"].items().empty();
}
} // namespace

QVariantMap ChildVoiceController::childMade() const
{
    const JsonValue &made = m_draft.childContribution;
    QVariantMap out;
    for (const QString &house : ChildContributionBody::houses())
        out.insert(house, placedItems(made[u"houses"][house]));
    QVariantList scales;
    for (const JsonValue &scale : made[u"scales"].items())
        scales.append(QVariantMap { { QStringLiteral("scale"), scale[u"scale"].toString() },
            { QStringLiteral("value"), int(scale[u"value"].toInteger()) } });
    out.insert(QStringLiteral("scales"), scales);
    return out;
}

void ChildVoiceController::keepChildContribution(const JsonValue &contribution)
{
    if (!m_services)
        return; // signed or locked since the tablet was handed over
    JsonValue kept = madeNothing(contribution) ? JsonValue() : contribution;
    if (kept == m_draft.childContribution)
        return;
    m_draft.childContribution = std::move(kept);
    showContribution();
    changed();
}

// The drawing the page shows is read from the draft, as a signed record's would be.
void ChildVoiceController::showContribution()
{
    std::vector<ChildDrawing::Stroke> strokes;
    if (!m_draft.childContribution.isNull())
        if (auto read = ChildDrawing::fromJson(
                m_draft.childContribution[u"strokes"], QStringLiteral("$.strokes")))
            strokes = std::move(read.value());
    m_childDrawing->setStrokes(std::move(strokes));
    Q_EMIT contributionChanged();
}

QVariantList ChildVoiceController::places() const
{
    const QStringList labels { tr("School"), tr("Home"), tr("Contact centre"), tr("In the car"),
        tr("Somewhere else") };
    QVariantList out;
    for (qsizetype i = 0; i < ChildVoiceBody::places().size(); ++i)
        out.append(QVariantMap { { QStringLiteral("id"), ChildVoiceBody::places().at(i) },
            { QStringLiteral("label"), labels.value(i) } });
    return out;
}

QVariantList ChildVoiceController::nudges() const
{
    QVariantList out;
    if (!m_services)
        return out;
    // The practitioner's own words only: the child's words and answers are never corrected.
    for (const QString *text : { &m_draft.placeDetail, &m_draft.notSeenAloneReason,
             &m_draft.practitionerWillDo, &m_draft.childToldNext })
        for (const Nudge &nudge : m_services->plainLanguage().check(*text, m_services->language()))
            out.append(QVariantMap { { QStringLiteral("phrase"), nudge.phrase },
                { QStringLiteral("nudge"), nudge.nudge } });
    return out;
}

QString ChildVoiceController::missing() const
{
    auto body = m_draft.toBody();
    return body ? QString() : body.error();
}

void ChildVoiceController::setText(QString &field, const QString &text)
{
    if (text == field)
        return;
    field = text;
    changed();
}

void ChildVoiceController::setLines(QStringList &list, const QString &lines)
{
    const QStringList split = lines.isEmpty() ? QStringList() : lines.split(u'\n');
    if (split == list)
        return;
    list = split;
    changed();
}

void ChildVoiceController::setPlace(const QString &id)
{
    if (ChildVoiceBody::places().contains(id))
        setText(m_draft.place, id);
}

void ChildVoiceController::setPlaceDetail(const QString &text)
{
    setText(m_draft.placeDetail, text);
}

void ChildVoiceController::setOthersPresent(const QString &lines)
{
    setLines(m_draft.othersPresent, lines);
}

void ChildVoiceController::setSeenAlone(int answer)
{
    if (answer < -1 || answer > 1 || answer == seenAlone())
        return;
    m_draft.seenAlone = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    changed();
}

void ChildVoiceController::setNotSeenAloneReason(const QString &text)
{
    setText(m_draft.notSeenAloneReason, text);
}

void ChildVoiceController::setWorries(const QString &lines)
{
    setLines(m_draft.houses[0], lines);
}

void ChildVoiceController::setGoodThings(const QString &lines)
{
    setLines(m_draft.houses[1], lines);
}

void ChildVoiceController::setDreams(const QString &lines)
{
    setLines(m_draft.houses[2], lines);
}

void ChildVoiceController::setTrusts(const QString &lines)
{
    setLines(m_draft.trusts, lines);
}

void ChildVoiceController::setBetterIf(const QString &text)
{
    setText(m_draft.betterIf, text);
}

void ChildVoiceController::setViewOfPlan(const QString &text)
{
    setText(m_draft.viewOfPlan, text);
}

void ChildVoiceController::setPractitionerWillDo(const QString &text)
{
    setText(m_draft.practitionerWillDo, text);
}

void ChildVoiceController::setChildToldNext(const QString &text)
{
    setText(m_draft.childToldNext, text);
}

bool ChildVoiceController::chooseChild(const QString &childId)
{
    if (!m_services)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        m_autosave.setErrorText(tr("That child could not be found on this tablet."));
        return false;
    }
    m_draft.childId = child->id;
    m_draft.newChildName.clear();
    m_draft.newChildYearGroup.clear();
    m_childName = child->displayName();
    Q_EMIT childChanged();
    changed();
    return true;
}

bool ChildVoiceController::describeChild(const QString &name, const QString &yearGroup)
{
    if (name.trimmed().isEmpty() || yearGroup.trimmed().isEmpty()) {
        m_autosave.setErrorText(tr("Please type the child's name and school year."));
        return false;
    }
    m_draft.childId.clear();
    m_draft.newChildName = name.trimmed();
    m_draft.newChildYearGroup = yearGroup.trimmed();
    m_childName = m_draft.newChildName;
    m_autosave.setErrorText({});
    Q_EMIT childChanged();
    changed();
    return true;
}

void ChildVoiceController::addQuote()
{
    m_draft.quotes.append({ {}, m_autosave.store().now(), {} });
    Q_EMIT quotesChanged();
    changed();
}

bool ChildVoiceController::setQuoteText(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.quotes.size())
        return false;
    setText(m_draft.quotes[index].text, text);
    return true;
}

bool ChildVoiceController::setQuoteContext(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.quotes.size())
        return false;
    setText(m_draft.quotes[index].context, text);
    return true;
}

bool ChildVoiceController::removeQuote(int index)
{
    if (index < 0 || index >= m_draft.quotes.size())
        return false;
    m_draft.quotes.removeAt(index);
    Q_EMIT quotesChanged();
    changed();
    return true;
}

void ChildVoiceController::addScale()
{
    m_draft.scales.append(ChildVoiceDraft::Scale {});
    Q_EMIT scalesChanged();
    changed();
}

bool ChildVoiceController::setScaleQuestion(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.scales.size())
        return false;
    setText(m_draft.scales[index].question, text);
    return true;
}

bool ChildVoiceController::setScaleNumber(int index, int number)
{
    if (index < 0 || index >= m_draft.scales.size() || number < 0
        || number > ChildVoiceBody::ScaleMax)
        return false;
    if (m_draft.scales[index].number != number) {
        m_draft.scales[index].number = number;
        changed();
    }
    return true;
}

bool ChildVoiceController::setScaleReason(int index, const QString &text)
{
    if (index < 0 || index >= m_draft.scales.size())
        return false;
    setText(m_draft.scales[index].reason, text);
    return true;
}

bool ChildVoiceController::removeScale(int index)
{
    if (index < 0 || index >= m_draft.scales.size())
        return false;
    m_draft.scales.removeAt(index);
    Q_EMIT scalesChanged();
    changed();
    return true;
}

void ChildVoiceController::changed()
{
    Q_EMIT contentChanged();
    m_autosave.changed();
}

void ChildVoiceController::flush()
{
    m_autosave.flush();
}

void ChildVoiceController::detach()
{
    flush();
    forgetSigned();
}

void ChildVoiceController::forgetSigned()
{
    m_autosave.forget();
    m_services = nullptr;
    m_draft = {};
    m_childName.clear();
    showContribution();
}

} // namespace hearth
