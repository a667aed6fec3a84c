#include "visitjson.h"

#include "model/jsonreader.h"
#include "model/visitjsonsteps.h"

#include <QJsonArray>

namespace hearth {

namespace {
using Need = JsonReader::Need;
using Scope = JsonReader::Scope;

QJsonValue opt(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue opt(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<typename T, typename Write> QJsonArray listOf(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}

template<typename T, typename Write> QJsonObject mapOf(const QMap<QString, T> &items, Write write)
{
    QJsonObject object;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        object.insert(it.key(), write(it.value()));
    return object;
}

QString text(JsonReader &r, const QJsonObject &o, const char *key)
{
    return r.text(o, QLatin1String(key), Need::Optional);
}

template<typename E> E choice(JsonReader &r, const QJsonObject &o, const char *key)
{
    E value {};
    const QString name
        = r.choice(o, QLatin1String(key), enumNames<E>(), Need::Optional, enumNames<E>().first());
    enumFromName(name, value);
    return value;
}

template<typename T, typename Read>
QList<T> readList(JsonReader &r, const QJsonObject &o, const char *key, Read read)
{
    QList<T> out;
    const QJsonArray items = r.array(o, QLatin1String(key));
    Scope list(r, QLatin1String(key));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = r.objectAt(items, i);
        Scope element(r, i);
        out.append(read(r, item));
    }
    return out;
}

template<typename T, typename Read>
QMap<QString, T> readMap(JsonReader &r, const QJsonObject &o, const char *key, Read read)
{
    QMap<QString, T> out;
    const QJsonObject items = r.object(o, QLatin1String(key));
    Scope map(r, QLatin1String(key));
    for (auto it = items.begin(); it != items.end(); ++it) {
        Scope member(r, it.key());
        if (!it.value().isObject()) {
            r.problem(r.path(), QStringLiteral("must be an object"));
            continue;
        }
        out.insert(it.key(), read(r, it.value().toObject()));
    }
    return out;
}

QJsonObject toJson(const PersonSeen &p)
{
    return { { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name },
        { QStringLiteral("note"), p.note } };
}

PersonSeen readPerson(JsonReader &r, const QJsonObject &o)
{
    return { text(r, o, "id"), text(r, o, "name"), text(r, o, "note") };
}

QJsonObject writeStart(const VisitStart &s)
{
    const VisitLocation &l = s.location;
    const QJsonObject location { { QStringLiteral("source"), enumName(l.source) },
        { QStringLiteral("latMicroDeg"), opt(l.latMicroDeg) },
        { QStringLiteral("lonMicroDeg"), opt(l.lonMicroDeg) },
        { QStringLiteral("accuracyM"), opt(l.accuracyM) }, { QStringLiteral("note"), l.note } };
    return { { QStringLiteral("childId"), s.childId },
        { QStringLiteral("notice"), enumName(s.notice) },
        { QStringLiteral("place"), enumName(s.place) },
        { QStringLiteral("placeOther"), s.placeOther }, { QStringLiteral("purpose"), s.purpose },
        { QStringLiteral("arrivalUtc"), s.arrivalUtc }, { QStringLiteral("location"), location } };
}

VisitStart readStart(JsonReader &r, const QJsonObject &o)
{
    VisitStart s;
    s.childId = text(r, o, "childId");
    s.notice = choice<VisitNotice>(r, o, "notice");
    s.place = choice<VisitPlace>(r, o, "place");
    s.placeOther = text(r, o, "placeOther");
    s.purpose = text(r, o, "purpose");
    s.arrivalUtc = text(r, o, "arrivalUtc");
    const QJsonObject l = r.object(o, QStringLiteral("location"));
    Scope scope(r, QStringLiteral("location"));
    s.location.source = choice<LocationSource>(r, l, "source");
    s.location.latMicroDeg
        = r.integer(l, QStringLiteral("latMicroDeg"), -90000000, 90000000, Need::Optional);
    s.location.lonMicroDeg
        = r.integer(l, QStringLiteral("lonMicroDeg"), -180000000, 180000000, Need::Optional);
    s.location.accuracyM = r.integer(l, QStringLiteral("accuracyM"), 0, 100000000, Need::Optional);
    s.location.note = text(r, l, "note");
    return s;
}

QJsonObject writeWho(const WhoIsHere &w)
{
    return { { QStringLiteral("adultsPresent"),
                 listOf(w.adultsPresent,
                     [](const AdultPresent &a) {
                         return QJsonObject { { QStringLiteral("id"), a.id },
                             { QStringLiteral("name"), a.name },
                             { QStringLiteral("spokenTo"), a.spokenTo },
                             { QStringLiteral("strengths"), a.strengths },
                             { QStringLiteral("risks"), a.risks } };
                     }) },
        { QStringLiteral("childrenPresent"), listOf(w.childrenPresent, &toJson) },
        { QStringLiteral("adultsNotSeen"), listOf(w.adultsNotSeen, &toJson) },
        { QStringLiteral("menPrompts"),
            mapOf(w.menPrompts,
                [](const PromptAnswer &a) {
                    return QJsonObject { { QStringLiteral("answer"), a.answer },
                        { QStringLiteral("note"), a.note } };
                }) },
        { QStringLiteral("newAdultIds"), QJsonArray::fromStringList(w.newAdultIds) },
        { QStringLiteral("newPeople"), w.newPeople } };
}

WhoIsHere readWho(JsonReader &r, const QJsonObject &o)
{
    WhoIsHere w;
    w.adultsPresent
        = readList<AdultPresent>(r, o, "adultsPresent", [](JsonReader &rr, const QJsonObject &a) {
              return AdultPresent { text(rr, a, "id"), text(rr, a, "name"),
                  rr.boolean(a, QStringLiteral("spokenTo"), Need::Optional),
                  text(rr, a, "strengths"), text(rr, a, "risks") };
          });
    w.childrenPresent = readList<PersonSeen>(r, o, "childrenPresent", &readPerson);
    w.adultsNotSeen = readList<PersonSeen>(r, o, "adultsNotSeen", &readPerson);
    w.menPrompts
        = readMap<PromptAnswer>(r, o, "menPrompts", [](JsonReader &rr, const QJsonObject &a) {
              static const QStringList answers { QString(), QStringLiteral("yes"),
                  QStringLiteral("no"), QStringLiteral("not-known") };
              return PromptAnswer { rr.choice(a, QStringLiteral("answer"), answers, Need::Optional),
                  text(rr, a, "note") };
          });
    w.newAdultIds = r.textList(o, QStringLiteral("newAdultIds"));
    static const QStringList yesNo { QString(), QStringLiteral("yes"), QStringLiteral("no") };
    w.newPeople = r.choice(o, QStringLiteral("newPeople"), yesNo, Need::Optional);
    return w;
}

QJsonObject writeSeeing(const SeeingTheChild &s)
{
    const QJsonObject interpreter { { QStringLiteral("used"), s.interpreter.used },
        { QStringLiteral("who"), s.interpreter.who },
        { QStringLiteral("relation"), enumName(s.interpreter.relation) } };
    return { { QStringLiteral("seen"), opt(s.seen) },
        { QStringLiteral("notSeenReason"), s.notSeenReason },
        { QStringLiteral("seenAlone"), opt(s.seenAlone) },
        { QStringLiteral("notSeenAloneReason"), s.notSeenAloneReason },
        { QStringLiteral("rooms"), QJsonArray::fromStringList(s.rooms) },
        { QStringLiteral("bedroomSeen"), opt(s.bedroomSeen) },
        { QStringLiteral("sleepingPlace"), s.sleepingPlace },
        { QStringLiteral("communication"), s.communication },
        { QStringLiteral("interpreter"), interpreter },
        // Derived, written so a reader of the record sees it without re-deriving it.
        { QStringLiteral("interpreterConcern"), s.interpreterConcern() } };
}

SeeingTheChild readSeeing(JsonReader &r, const QJsonObject &o)
{
    SeeingTheChild s;
    s.seen = r.nullableBool(o, QStringLiteral("seen"));
    s.notSeenReason = text(r, o, "notSeenReason");
    s.seenAlone = r.nullableBool(o, QStringLiteral("seenAlone"));
    s.notSeenAloneReason = text(r, o, "notSeenAloneReason");
    s.rooms = r.textList(o, QStringLiteral("rooms"));
    s.bedroomSeen = r.nullableBool(o, QStringLiteral("bedroomSeen"));
    s.sleepingPlace = text(r, o, "sleepingPlace");
    s.communication = text(r, o, "communication");
    const QJsonObject i = r.object(o, QStringLiteral("interpreter"));
    Scope scope(r, QStringLiteral("interpreter"));
    s.interpreter.used = r.boolean(i, QStringLiteral("used"), Need::Optional);
    s.interpreter.who = text(r, i, "who");
    s.interpreter.relation = choice<InterpreterRelation>(r, i, "relation");
    return s;
}
} // namespace

QJsonObject VisitJson::toJson(const Visit &visit)
{
    QJsonObject object { { QStringLiteral("format"), Visit::FormatVersion },
        { QStringLiteral("id"), visit.id }, { QStringLiteral("packId"), visit.packId },
        { QStringLiteral("packVersion"), visit.packVersion },
        { QStringLiteral("createdUtc"), visit.createdUtc },
        { QStringLiteral("start"), writeStart(visit.start) },
        { QStringLiteral("who"), writeWho(visit.who) },
        { QStringLiteral("seeing"), writeSeeing(visit.seeing) } };
    return writeVisitSteps(visit, object);
}

QByteArray VisitJson::toBytes(const Visit &visit, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJson(visit)).toJson(format);
}

Expected<Visit, ModelError> VisitJson::fromJson(const QJsonObject &object)
{
    JsonReader r;
    Visit visit;
    const auto format
        = r.integer(object, QStringLiteral("format"), 1, Visit::FormatVersion, Need::Required);
    if (!format)
        return unexpected(ModelError::invalid(r.problems()));
    visit.id = text(r, object, "id");
    visit.packId = text(r, object, "packId");
    visit.packVersion = text(r, object, "packVersion");
    visit.createdUtc = text(r, object, "createdUtc");
    visit.start = readStep<VisitStart>(r, object, "start", &readStart);
    visit.who = readStep<WhoIsHere>(r, object, "who", &readWho);
    visit.seeing = readStep<SeeingTheChild>(r, object, "seeing", &readSeeing);
    readVisitSteps(r, object, visit);
    if (!r.ok())
        return unexpected(ModelError::invalid(r.problems()));
    return visit;
}

Expected<Visit, ModelError> VisitJson::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(ModelError::invalid({ { QStringLiteral("$"),
            QStringLiteral("not a JSON object (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset) } }));
    return fromJson(document.object());
}

} // namespace hearth
