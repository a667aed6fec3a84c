#include "chronology/chronologyparts.h"

namespace hearth::ChronologyParts {

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

} // namespace hearth::ChronologyParts
