#include "signedvisit.h"

#include "bodymapshapes.h"
#include "photolist.h"
#include "promptlistmodel.h"
#include "summarymodel.h"
#include "visit/visitbody.h"
#include "visit/visitdates.h"
#include "visit/visitservices.h"

#include "record/canonicaljson.h"

namespace hearth {

namespace {
QString localTime(const QString &created)
{
    return VisitDates::showDateTime(created);
}
} // namespace

SignedVisit::SignedVisit(VisitServices &services, QString author, QObject *parent)
    : QObject(parent)
    , m_services(&services)
    , m_author(std::move(author))
    , m_summary(new SummaryModel(this))
    , m_amendments(new PromptListModel(this))
{ }

SignedVisit *SignedVisit::open(VisitServices &services, const QString &recordId,
    const QString &author, const std::function<QString(const QString &)> &nameOf, QObject *parent)
{
    auto bytes = services.records().envelope(recordId);
    if (!bytes || !bytes.value())
        return nullptr;
    const auto envelope = VisitBody::parseEnvelope(*bytes.value());
    if (!envelope || envelope->kind != RecordKind::Visit)
        return nullptr;
    auto visit = VisitBody::fromBody(envelope->body);
    if (!visit)
        return nullptr;
    auto *opened = new SignedVisit(services, author, parent);
    opened->m_recordId = envelope->id;
    opened->m_visitId = visit->id;
    opened->m_childId = visit->start.childId;
    opened->m_packId = envelope->pack.id;
    opened->m_packVersion = envelope->pack.version;
    auto child = services.caseload().child(visit->start.childId);
    opened->m_childName = child ? child->displayName() : visit->start.childId;
    opened->m_signedText
        = tr("Signed by %1 on %2").arg(nameOf(envelope->author), localTime(envelope->created));
    opened->m_summary->rebuild(visit.value(), opened->m_childName,
        services.packFor(envelope->pack.id, envelope->pack.version), services.language());
    opened->m_nameOf = nameOf;
    opened->m_bodyOutline = enumName(visit->bodyMap.outline);
    opened->m_bodyMarks = BodyMapShapes::marksFor(visit->bodyMap);
    opened->m_photos = PhotoList::forViews(visit->photos);
    opened->loadAmendments();
    return opened;
}

void SignedVisit::loadAmendments()
{
    // Only this record's amendments are read (found through the summary index): with a year
    // of records on the tablet, reading every envelope to find them took seconds.
    QList<PromptListModel::Prompt> rows;
    const auto ids = m_services ? m_services->records().amendmentsOf(m_recordId)
                                : Expected<QStringList, VaultError>(QStringList {});
    if (ids) {
        for (const QString &id : ids.value()) {
            const auto bytes = m_services->records().envelope(id);
            if (!bytes || !bytes->has_value())
                continue;
            const auto envelope = VisitBody::parseEnvelope(*bytes.value());
            if (!envelope || envelope->kind != RecordKind::Amendment)
                continue;
            rows.append({ envelope->id, envelope->body[u"correction"].toString(),
                envelope->body[u"reason"].toString(),
                tr("%1, %2").arg(localTime(envelope->created), m_nameOf(envelope->author)), {},
                {} });
        }
    }
    m_amendments->setPrompts(std::move(rows));
}

bool SignedVisit::amend(const QString &reason, const QString &correction)
{
    if (!m_services)
        return false;
    if (reason.trimmed().isEmpty()) {
        setErrorText(tr("Please give the reason for the amendment."));
        return false;
    }
    if (correction.trimmed().isEmpty()) {
        setErrorText(tr("Please write what the record should now say."));
        return false;
    }
    JsonValue body = JsonValue::object();
    body.insert(QStringLiteral("amends"), m_recordId);
    body.insert(QStringLiteral("reason"), CanonicalJson::normalizeText(reason.trimmed()));
    body.insert(QStringLiteral("correction"), CanonicalJson::normalizeText(correction.trimmed()));
    body.insert(QStringLiteral("visitId"), m_visitId);
    body.insert(QStringLiteral("child"), m_childId);
    auto stored = m_services->records().append(
        RecordKind::Amendment, m_author, { m_packId, m_packVersion }, std::move(body));
    if (!stored) {
        setErrorText(stored.error().message);
        return false;
    }
    setErrorText({});
    loadAmendments();
    Q_EMIT amended(stored->envelope.id);
    return true;
}

void SignedVisit::clearError()
{
    setErrorText({});
}

void SignedVisit::detach()
{
    m_services = nullptr;
    m_summary->clear();
    m_amendments->setPrompts({});
}

void SignedVisit::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace hearth
