#include "chronology/chronology.h"

#include <algorithm>

namespace hearth {

namespace {
using Kind = ChronologyEntry::Kind;

QDate dateOf(const JsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

// "created" is validated as exactly YYYY-MM-DDTHH:MM:SS.mmmZ; reading the fields directly is
// several times faster than QDateTime's parser, which shows over a caseload's records.
QDateTime createdOf(const Envelope &envelope)
{
    const QStringView t(envelope.created);
    if (t.size() != 24)
        return QDateTime::fromString(envelope.created, Qt::ISODateWithMs).toUTC();
    const auto n = [t](qsizetype from, qsizetype length) { return t.mid(from, length).toInt(); };
    return QDateTime(
        QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2), n(20, 3)), Qt::UTC);
}

std::optional<bool> optionalBool(const JsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const JsonValue &value)
{
    return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

// Objects merge member by member; anything else is replaced, as an amendment means it.
void overlay(JsonValue &body, const JsonValue &changes)
{
    if (!body.isObject() || !changes.isObject()) {
        body = changes;
        return;
    }
    for (const JsonMember &member : changes.members()) {
        JsonValue merged = body[member.key];
        overlay(merged, member.value);
        body.insert(member.key, std::move(merged));
    }
}

// The child's words wherever a body holds them: {"by": "child", "quote": ...} from body
// format 2, plain text in format 1.
void collectQuotes(
    const JsonValue &value, const QString &where, QList<QPair<QString, QString>> &out)
{
    if (value.isArray()) {
        for (const JsonValue &item : value.items())
            collectQuotes(item, where, out);
        return;
    }
    if (!value.isObject())
        return;
    for (const JsonMember &member : value.members()) {
        if (member.key == u"childsWords") {
            const QString quote = member.value.isObject() ? member.value[u"quote"].toString()
                                                          : member.value.toString();
            if (!quote.isEmpty())
                out.append({ where, quote });
            continue;
        }
        collectQuotes(member.value, member.key, out);
    }
}

struct Context
{
    const VerifiedRecord &record;
    const JsonValue &body; // with any amendments laid over it
    QString amendedBy;
    Chronology &chronology;
    QDateTime created = createdOf(record.envelope); // parsed once, not per entry

    ChronologyEntry entry(Kind kind, QDate date) const
    {
        ChronologyEntry e;
        e.kind = kind;
        e.recordedAt = created;
        e.date = date.isValid() ? date : e.recordedAt.date();
        e.recordId = record.envelope.id;
        e.signature = record.status;
        e.author = record.envelope.author;
        e.amendedBy = amendedBy;
        return e;
    }
    void add(ChronologyEntry e) const { chronology.entries.append(std::move(e)); }
};

void visitEntries(const Context &c)
{
    const JsonValue &body = c.body;
    const QDateTime arrival
        = QDateTime::fromString(body[u"start"][u"arrivalUtc"].toString(), Qt::ISODateWithMs);
    const QDate visitDate = arrival.isValid() ? arrival.toUTC().date() : QDate();

    ChronologyEntry visit = c.entry(Kind::Visit, visitDate);
    const JsonValue &seeing = body[u"seeing"];
    visit.seen = optionalBool(seeing[u"seen"]);
    visit.seenAlone = optionalBool(seeing[u"seenAlone"]);
    const QString notice = body[u"start"][u"notice"].toString();
    if (notice == u"announced" || notice == u"unannounced")
        visit.announced = notice == u"announced";
    visit.category = body[u"start"][u"place"].toString();
    visit.text = body[u"start"][u"purpose"].toString();
    visit.detail = visit.seen == false ? seeing[u"notSeenReason"].toString()
                                       : seeing[u"notSeenAloneReason"].toString();
    const QDate date = visit.date;
    c.add(visit);

    const JsonValue &cooperation = body[u"cooperation"];
    if (cooperation[u"level"].isInteger()) {
        ChronologyEntry e = c.entry(Kind::Cooperation, date);
        e.level = cooperation[u"level"].toInteger();
        e.detail = cooperation[u"evidence"].toString();
        e.offered = optionalInteger(cooperation[u"appointmentsOffered"]);
        e.kept = optionalInteger(cooperation[u"appointmentsKept"]);
        c.add(e);
    }
    for (const JsonValue &missed : body[u"missedAppointments"].items()) {
        ChronologyEntry e = c.entry(Kind::WasNotBrought, dateOf(missed[u"when"]));
        e.text = missed[u"what"].toString();
        e.category = missed[u"arrangedBy"].toString();
        e.detail = missed[u"followUp"].toString();
        c.add(e);
    }
    const JsonValue &concerns = body[u"concerns"];
    const JsonValue &immediate = concerns[u"immediate"];
    VisitPeople people { c.record.envelope.id, date, c.created, {}, {},
        immediate[u"present"].isBool() && immediate[u"present"].toBool(), {} };
    if (people.immediateConcern) {
        ChronologyEntry e = c.entry(Kind::Concern, date);
        e.category = QStringLiteral("immediate-safety");
        e.text = immediate[u"what"].toString();
        e.detail = immediate[u"action"].toString();
        people.toldAt = QDateTime::fromString(immediate[u"toldAt"].toString(), Qt::ISODateWithMs);
        c.add(e);
    }
    for (const JsonValue &concern : concerns[u"concerns"].items()) {
        const QString category = concern[u"category"].toString();
        ChronologyEntry e
            = c.entry(category == u"life-event" ? Kind::LifeEvent : Kind::Concern, date);
        e.category = category;
        e.text = concern[u"detail"].toString();
        c.add(e);
    }
    for (const JsonValue &mark : body[u"bodyMap"][u"marks"].items()) {
        const QDate seenOn = dateOf(mark[u"seenOn"]);
        const QDate injuredOn = dateOf(mark[u"injuredOn"]);
        ChronologyEntry e = c.entry(Kind::Injury, injuredOn.isValid() ? injuredOn : seenOn);
        e.seenOn = seenOn;
        e.category = mark[u"region"].toString();
        e.text = mark[u"description"].toString();
        e.detail = QStringLiteral("%1, %2 x %3 mm")
                       .arg(mark[u"colour"].toString())
                       .arg(mark[u"lengthMm"].toInteger())
                       .arg(mark[u"widthMm"].toInteger());
        c.add(e);
    }
    QList<QPair<QString, QString>> quotes;
    collectQuotes(body, QString(), quotes);
    for (const auto &[where, quote] : std::as_const(quotes)) {
        ChronologyEntry e = c.entry(Kind::ChildsWords, date);
        e.category = where;
        e.text = quote;
        c.add(e);
    }
    const auto people_of = [](const JsonValue &list, bool present) {
        QList<VisitPeople::Person> out;
        for (const JsonValue &p : list.items())
            out.append({ p[u"id"].toString(), p[u"name"].toString(),
                present && p[u"spokenTo"].isBool() && p[u"spokenTo"].toBool() });
        return out;
    };
    people.present = people_of(body[u"who"][u"adultsPresent"], true);
    people.notSeen = people_of(body[u"who"][u"adultsNotSeen"], false);
    c.chronology.visits.append(people);
}

void missedAppointmentEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::WasNotBrought, dateOf(c.body[u"when"]));
    e.text = c.body[u"what"].toString();
    e.category = c.body[u"arrangedBy"].toString();
    e.detail = c.body[u"followUp"].toString();
    c.add(e);
}

void quoteEntries(const Context &c, QDate date)
{
    QList<QPair<QString, QString>> quotes;
    collectQuotes(c.body, QString(), quotes);
    for (const auto &[where, quote] : std::as_const(quotes)) {
        ChronologyEntry words = c.entry(Kind::ChildsWords, date);
        words.category = where;
        words.text = quote;
        c.add(words);
    }
}

// A quick concern (a school nurse's, or anyone's between visits): dated when it was signed,
// with the child's own words as a quote like a visit's.
void concernEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Concern, QDate());
    e.category = c.body[u"category"].toString();
    e.text = c.body[u"seen"].toString();
    const QString next = c.body[u"nextStep"].toString();
    e.detail = next.isEmpty() ? c.body[u"action"].toString()
                              : c.body[u"action"].toString() + QStringLiteral(": ") + next;
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
}

void flagAcknowledgementEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::FlagAcknowledgement, QDate());
    e.category = c.body[u"rule"].toString();
    e.subject = c.body[u"subject"].toString();
    e.text = c.body[u"note"].toString();
    for (const JsonValue &id : c.body[u"evidence"].items())
        e.evidence.append(id.toString());
    c.add(e);
}

void amendmentEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Amendment, QDate());
    e.category = c.body[u"amends"].toString();
    e.text = c.body[u"reason"].toString();
    // The app's correction after signing is written in words, not as changed values.
    e.detail = c.body[u"correction"].toString();
    c.add(e);
}

// A supervisor's review (signed by the agency server): the decision, why, and the flags it
// looked at, so the evaluator can mark those reviewed.
void supervisorReviewEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::SupervisorReview, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"decision"].toString();
    e.text = c.body[u"discussion"].toString();
    e.detail = c.body[u"rationale"].toString();
    for (const JsonValue &action : c.body[u"actions"].items())
        e.actions.append({ action[u"action"].toString(), action[u"owner"].toString(),
            QDate::fromString(action[u"due"].toString(), Qt::ISODate) });
    for (const JsonValue &flag : c.body[u"flags"].items()) {
        e.rules.append(flag[u"rule"].toString());
        for (const JsonValue &id : flag[u"evidence"].items())
            e.evidence.append(id.toString());
    }
    c.add(e);
}

void countersignatureEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Countersignature, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"record"].toString();
    e.text = c.body[u"note"].toString();
    c.add(e);
}

// Opened: who disagrees with whom about what, at which step; closed: the outcome, naming the
// record that opened it.
void professionalDifferenceEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::ProfessionalDifference, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"status"].toString();
    if (e.category == u"open") {
        e.text = c.body[u"about"].toString();
        e.raisedBy = c.body[u"raisedBy"].toString();
        e.disagreesWith = c.body[u"disagreesWith"].toString();
        e.step = c.body[u"escalationStep"].toString();
    } else {
        e.text = c.body[u"outcome"].toString();
        e.evidence.append(c.body[u"opened"].toString());
    }
    c.add(e);
}

// A child-voice session: where and whether alone on the day it was signed, then each of the
// child's words as its own quote on the day the child said it, so they read as the child's and
// filter with every other quote.
void childVoiceEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::ChildVoiceSession, QDate());
    const JsonValue &where = c.body[u"where"];
    e.category = where[u"place"].toString();
    e.text = where[u"detail"].toString();
    e.detail = c.body[u"practitionerWillDo"].toString();
    e.seen = true;
    e.seenAlone = optionalBool(c.body[u"seenAlone"]);
    e.childMade = c.body[u"childContribution"];
    c.add(e);
    for (const JsonValue &quote : c.body[u"childsWords"].items()) {
        const QDateTime said = QDateTime::fromString(quote[u"at"].toString(), Qt::ISODateWithMs);
        ChronologyEntry words
            = c.entry(Kind::ChildsWords, said.isValid() ? said.toUTC().date() : QDate());
        words.category = quote[u"context"].toString();
        words.text = quote[u"quote"].toString();
        c.add(words);
    }
}

// An exploitation indicator is shown as what an adult observed and its source, one line each,
// so "filter by kind" can gather them across episodes and interviews.
void contextEntries(const Context &c, QDate date)
{
    for (const JsonValue &item : c.body[u"exploitationContext"].items()) {
        ChronologyEntry e = c.entry(Kind::ExploitationContext, date);
        e.category = item[u"indicator"].toString();
        e.text = item[u"observed"].toString();
        e.detail = item[u"source"].toString();
        c.add(e);
    }
}

// A going-missing episode is dated the day the young person came back: that is when the
// return home interview falls due.
void goingMissingEntries(const Context &c)
{
    const QDateTime returned
        = QDateTime::fromString(c.body[u"returned"].toString(), Qt::ISODateWithMs).toUTC();
    ChronologyEntry e = c.entry(Kind::GoingMissing, returned.date());
    e.at = returned;
    e.category
        = c.body[u"reportedToPolice"].toBool() ? c.body[u"policeReference"].toString() : QString();
    e.text = c.body[u"whereFound"].toString();
    e.detail = c.body[u"howReturned"].toString();
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
    contextEntries(c, date);
}

void returnHomeInterviewEntries(const Context &c)
{
    const QString offered = c.body[u"offeredAt"].toString();
    const QDateTime at = QDateTime::fromString(offered, Qt::ISODateWithMs).toUTC();
    ChronologyEntry e = c.entry(Kind::ReturnHomeInterview, at.date());
    e.at = at;
    e.category = c.body[u"status"].toString();
    e.text = c.body[u"actions"].toString();
    e.detail = c.body[u"reason"].toString();
    e.evidence.append(c.body[u"episode"].toString());
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
    contextEntries(c, date);
}

void entriesOf(const VerifiedRecord &record, const QList<const VerifiedRecord *> &amendments,
    Chronology &chronology)
{
    // Only an amended record needs its own copy of the body to lay the changes over.
    JsonValue amended;
    QString amendedBy;
    if (!amendments.isEmpty()) {
        amended = record.envelope.body;
        for (const VerifiedRecord *amendment : amendments) {
            overlay(amended, amendment->envelope.body[u"changes"]);
            amendedBy = amendment->envelope.id;
        }
    }
    const Context c { record, amendments.isEmpty() ? record.envelope.body : amended, amendedBy,
        chronology };
    chronology.recordIds.append(record.envelope.id);
    switch (record.envelope.kind) {
    case RecordKind::Visit:
        return visitEntries(c);
    case RecordKind::MissedAppointment:
        return missedAppointmentEntries(c);
    case RecordKind::FlagAcknowledgement:
        return flagAcknowledgementEntries(c);
    case RecordKind::Amendment:
        return amendmentEntries(c);
    case RecordKind::Concern:
        return concernEntries(c);
    case RecordKind::SupervisorReview:
        return supervisorReviewEntries(c);
    case RecordKind::Countersignature:
        return countersignatureEntries(c);
    case RecordKind::ProfessionalDifference:
        return professionalDifferenceEntries(c);
    case RecordKind::ChildVoiceSession:
        return childVoiceEntries(c);
    case RecordKind::GoingMissing:
        return goingMissingEntries(c);
    case RecordKind::ReturnHomeInterview:
        return returnHomeInterviewEntries(c);
    // The profile is read as facts (ProfileFacts), not shown as entries yet.
    case RecordKind::ProfileChange:
    case RecordKind::CaseloadChange:
        return;
    }
}

void summaryEntry(const VisitSummary &summary, Chronology &chronology)
{
    ChronologyEntry e;
    e.kind = Kind::AgencySummary;
    e.date = summary.date;
    e.recordedAt = summary.date.startOfDay(Qt::UTC);
    e.recordId = summary.id;
    // The caseload feed is trusted as the agency's word, but it is not a signed record.
    e.signature = SignatureStatus::Unverified;
    e.author = summary.author;
    e.text = summary.summary;
    chronology.entries.append(e);
}

// A countersignature names the record it countersigns, a closing the record that opened the
// difference: each is given that record's entry (a visit's own line before its others) so
// it can say which one in words.
void linkReferences(Chronology &chronology)
{
    QHash<QString, qsizetype> firstOf;
    for (qsizetype i = 0; i < chronology.entries.size(); ++i) {
        const ChronologyEntry &e = chronology.entries.at(i);
        const auto known = firstOf.constFind(e.recordId);
        if (known == firstOf.cend()
            || (e.kind == Kind::Visit && chronology.entries.at(*known).kind != Kind::Visit))
            firstOf.insert(e.recordId, i);
    }
    for (ChronologyEntry &e : chronology.entries) {
        QString named;
        if (e.kind == Kind::Countersignature)
            named = e.category;
        else if (e.kind == Kind::ProfessionalDifference && !e.evidence.isEmpty())
            named = e.evidence.constFirst();
        const auto found = named.isEmpty() ? firstOf.cend() : firstOf.constFind(named);
        if (found == firstOf.cend())
            continue;
        const ChronologyEntry &target = chronology.entries.at(*found);
        e.refers = ChronologyEntry::Reference { target.kind, target.date, target.text };
    }
}

void finish(Chronology &chronology)
{
    linkReferences(chronology);
    std::stable_sort(chronology.entries.begin(), chronology.entries.end(),
        [](const ChronologyEntry &a, const ChronologyEntry &b) {
            if (a.date != b.date)
                return a.date > b.date;
            if (a.recordedAt != b.recordedAt)
                return a.recordedAt > b.recordedAt;
            return a.kind < b.kind;
        });
    std::stable_sort(chronology.visits.begin(), chronology.visits.end(),
        [](const VisitPeople &a, const VisitPeople &b) { return a.date < b.date; });
}

struct Grouped
{
    QHash<QString, QList<const VerifiedRecord *>> byChild;
    QHash<QString, QList<const VerifiedRecord *>> amendmentsOf; // by amended record id, in order
};

// The agency's supervision records come from another store than the tablet's own chain;
// they are grouped beside them rather than copied into one list with them.
Grouped group(const QList<VerifiedRecord> &records, const QList<VerifiedRecord> &agency)
{
    Grouped g;
    QHash<QString, QString> childOfRecord;
    for (const QList<VerifiedRecord> *list : { &records, &agency }) {
        for (const VerifiedRecord &record : *list) {
            const QString child = ChronologyBuilder::childOf(record.envelope);
            if (!child.isEmpty()) {
                g.byChild[child].append(&record);
                childOfRecord.insert(record.envelope.id, child);
            }
        }
    }
    for (const VerifiedRecord &record : records) {
        if (record.envelope.kind != RecordKind::Amendment)
            continue;
        const QString amends = record.envelope.body[u"amends"].toString();
        g.amendmentsOf[amends].append(&record);
        if (const QString child = childOfRecord.value(amends); !child.isEmpty())
            g.byChild[child].append(&record);
    }
    for (auto &list : g.amendmentsOf)
        std::stable_sort(list.begin(), list.end(),
            [](const auto *a, const auto *b) { return a->envelope.created < b->envelope.created; });
    return g;
}

Chronology buildFrom(const QString &childId, const QList<const VerifiedRecord *> &records,
    const Grouped &g, const QList<VisitSummary> &summaries)
{
    Chronology chronology;
    chronology.childId = childId;
    for (const VerifiedRecord *record : records)
        entriesOf(*record, g.amendmentsOf.value(record->envelope.id), chronology);
    for (const VisitSummary &summary : summaries)
        if (summary.childId == childId)
            summaryEntry(summary, chronology);
    finish(chronology);
    return chronology;
}
} // namespace

QList<ChronologyEntry> Chronology::filtered(const QList<ChronologyEntry::Kind> &kinds) const
{
    QList<ChronologyEntry> out;
    for (const ChronologyEntry &entry : entries)
        if (kinds.isEmpty() || kinds.contains(entry.kind))
            out.append(entry);
    return out;
}

QString ChronologyBuilder::childOf(const Envelope &envelope)
{
    switch (envelope.kind) {
    case RecordKind::Visit:
    case RecordKind::MissedAppointment:
    case RecordKind::FlagAcknowledgement:
    case RecordKind::ProfileChange:
    case RecordKind::Concern:
    case RecordKind::SupervisorReview:
    case RecordKind::Countersignature:
    case RecordKind::ProfessionalDifference:
    case RecordKind::ChildVoiceSession:
    case RecordKind::GoingMissing:
    case RecordKind::ReturnHomeInterview:
        return envelope.body[u"child"].toString();
    case RecordKind::Amendment:
    case RecordKind::CaseloadChange:
        return {};
    }
    return {};
}

Chronology ChronologyBuilder::build(const QString &childId, const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency)
{
    const Grouped g = group(records, agency);
    return buildFrom(childId, g.byChild.value(childId), g, summaries);
}

QHash<QString, Chronology> ChronologyBuilder::buildAll(const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency)
{
    const Grouped g = group(records, agency);
    QHash<QString, QList<VisitSummary>> summariesOf;
    for (const VisitSummary &summary : summaries)
        summariesOf[summary.childId].append(summary);
    QHash<QString, Chronology> out;
    for (auto it = g.byChild.cbegin(); it != g.byChild.cend(); ++it)
        out.insert(it.key(), buildFrom(it.key(), it.value(), g, summariesOf.value(it.key())));
    for (auto it = summariesOf.cbegin(); it != summariesOf.cend(); ++it)
        if (!out.contains(it.key()))
            out.insert(it.key(), buildFrom(it.key(), {}, g, it.value()));
    return out;
}

} // namespace hearth
