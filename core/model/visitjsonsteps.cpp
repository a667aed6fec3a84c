#include "visitjsonsteps.h"

#include "record/photohash.h"

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

QString text(JsonReader &r, const QJsonObject &o, const char *key)
{
    return r.text(o, QLatin1String(key), Need::Optional);
}

bool flag(JsonReader &r, const QJsonObject &o, const char *key)
{
    return r.boolean(o, QLatin1String(key), Need::Optional);
}

template<typename T, typename Write> QJsonArray listOf(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
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

QJsonObject writeLived(const LivedExperience &l)
{
    QJsonObject answers;
    for (auto it = l.answers.cbegin(); it != l.answers.cend(); ++it)
        answers.insert(it.key(),
            QJsonObject { { QStringLiteral("note"), it->note },
                { QStringLiteral("childsWords"), it->childsWords } });
    return { { QStringLiteral("answers"), answers },
        { QStringLiteral("observedBehaviour"), l.observedBehaviour },
        { QStringLiteral("behaviourChanges"), l.behaviourChanges },
        { QStringLiteral("contextDifferences"), l.contextDifferences },
        { QStringLiteral("dayInTheLife"), l.dayInTheLife },
        { QStringLiteral("sexualisedBehaviour"), l.sexualisedBehaviour },
        { QStringLiteral("sexualisedBehaviourDescription"), l.sexualisedBehaviourDescription } };
}

LivedExperience readLived(JsonReader &r, const QJsonObject &o)
{
    LivedExperience l;
    const QJsonObject answers = r.object(o, QStringLiteral("answers"));
    {
        Scope scope(r, QStringLiteral("answers"));
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            Scope member(r, it.key());
            const QJsonObject a = it.value().toObject();
            l.answers.insert(it.key(), { text(r, a, "note"), text(r, a, "childsWords") });
        }
    }
    l.observedBehaviour = text(r, o, "observedBehaviour");
    l.behaviourChanges = text(r, o, "behaviourChanges");
    l.contextDifferences = text(r, o, "contextDifferences");
    l.dayInTheLife = text(r, o, "dayInTheLife");
    l.sexualisedBehaviour = flag(r, o, "sexualisedBehaviour");
    l.sexualisedBehaviourDescription = text(r, o, "sexualisedBehaviourDescription");
    return l;
}

QJsonObject writeNeglect(const NeglectChecklist &n)
{
    QJsonObject ratings;
    for (auto it = n.ratings.cbegin(); it != n.ratings.cend(); ++it)
        ratings.insert(it.key(),
            QJsonObject { { QStringLiteral("level"), enumName(it->level) },
                { QStringLiteral("description"), it->description } });
    return { { QStringLiteral("ratings"), ratings },
        { QStringLiteral("povertyContext"), n.povertyContext } };
}

NeglectChecklist readNeglect(JsonReader &r, const QJsonObject &o)
{
    NeglectChecklist n;
    const QJsonObject ratings = r.object(o, QStringLiteral("ratings"));
    {
        Scope scope(r, QStringLiteral("ratings"));
        for (auto it = ratings.begin(); it != ratings.end(); ++it) {
            Scope member(r, it.key());
            const QJsonObject a = it.value().toObject();
            NeglectRating rating;
            const QString level = r.choice(a, QStringLiteral("level"), enumNames<NeglectLevel>());
            enumFromName(level, rating.level);
            rating.description = text(r, a, "description");
            n.ratings.insert(it.key(), rating);
        }
    }
    n.povertyContext = text(r, o, "povertyContext");
    return n;
}

QJsonObject writeCooperation(const Cooperation &c)
{
    return { { QStringLiteral("level"), opt(c.level) }, { QStringLiteral("evidence"), c.evidence },
        { QStringLiteral("disguisedCompliance"), c.disguisedCompliance },
        { QStringLiteral("selectiveHostility"), c.selectiveHostility },
        { QStringLiteral("appointmentsOffered"), opt(c.appointmentsOffered) },
        { QStringLiteral("appointmentsKept"), opt(c.appointmentsKept) },
        { QStringLiteral("reluctance"), c.reluctance } };
}

Cooperation readCooperation(JsonReader &r, const QJsonObject &o)
{
    Cooperation c;
    c.level = r.integer(o, QStringLiteral("level"), 1, 5, Need::Optional);
    c.evidence = text(r, o, "evidence");
    c.disguisedCompliance = flag(r, o, "disguisedCompliance");
    c.selectiveHostility = flag(r, o, "selectiveHostility");
    c.appointmentsOffered
        = r.integer(o, QStringLiteral("appointmentsOffered"), 0, 1000, Need::Optional);
    c.appointmentsKept = r.integer(o, QStringLiteral("appointmentsKept"), 0, 1000, Need::Optional);
    c.reluctance = text(r, o, "reluctance");
    return c;
}

QJsonObject writeConcerns(const ConcernsAndActions &c)
{
    const ImmediateSafety &i = c.immediate;
    return { { QStringLiteral("immediate"),
                 QJsonObject { { QStringLiteral("present"), opt(i.present) },
                     { QStringLiteral("what"), i.what }, { QStringLiteral("action"), i.action },
                     { QStringLiteral("whoTold"), i.whoTold },
                     { QStringLiteral("toldAt"), i.toldAt } } },
        { QStringLiteral("concerns"),
            listOf(c.concerns,
                [](const CategoryConcern &x) {
                    return QJsonObject { { QStringLiteral("category"), x.category },
                        { QStringLiteral("detail"), x.detail } };
                }) },
        { QStringLiteral("differences"),
            listOf(c.differences,
                [](const ProfessionalDifference &x) {
                    return QJsonObject { { QStringLiteral("with"), x.with },
                        { QStringLiteral("about"), x.about },
                        { QStringLiteral("escalated"), x.escalated },
                        { QStringLiteral("outcome"), x.outcome },
                        { QStringLiteral("rationale"), x.rationale } };
                }) },
        { QStringLiteral("nextSteps"), listOf(c.nextSteps, [](const NextStep &x) {
             return QJsonObject { { QStringLiteral("what"), x.what },
                 { QStringLiteral("who"), x.who }, { QStringLiteral("byWhen"), x.byWhen } };
         }) } };
}

ConcernsAndActions readConcerns(JsonReader &r, const QJsonObject &o)
{
    ConcernsAndActions c;
    const QJsonObject i = r.object(o, QStringLiteral("immediate"));
    {
        Scope scope(r, QStringLiteral("immediate"));
        c.immediate = { r.nullableBool(i, QStringLiteral("present")), text(r, i, "what"),
            text(r, i, "action"), text(r, i, "whoTold"), text(r, i, "toldAt") };
    }
    c.concerns
        = readList<CategoryConcern>(r, o, "concerns", [](JsonReader &rr, const QJsonObject &x) {
              return CategoryConcern { text(rr, x, "category"), text(rr, x, "detail") };
          });
    c.differences = readList<ProfessionalDifference>(
        r, o, "differences", [](JsonReader &rr, const QJsonObject &x) {
            return ProfessionalDifference { text(rr, x, "with"), text(rr, x, "about"),
                flag(rr, x, "escalated"), text(rr, x, "outcome"), text(rr, x, "rationale") };
        });
    c.nextSteps = readList<NextStep>(r, o, "nextSteps", [](JsonReader &rr, const QJsonObject &x) {
        return NextStep { text(rr, x, "what"), text(rr, x, "who"), text(rr, x, "byWhen") };
    });
    return c;
}
QJsonObject writeBodyMap(const BodyMap &map)
{
    return { { QStringLiteral("outline"), enumName(map.outline) },
        { QStringLiteral("marks"), listOf(map.marks, [](const BodyMark &m) {
             return QJsonObject { { QStringLiteral("side"), enumName(m.side) },
                 { QStringLiteral("x"), m.x }, { QStringLiteral("y"), m.y },
                 { QStringLiteral("region"), m.region },
                 { QStringLiteral("lengthMm"), opt(m.lengthMm) },
                 { QStringLiteral("widthMm"), opt(m.widthMm) },
                 { QStringLiteral("colour"), enumName(m.colour) },
                 { QStringLiteral("description"), m.description },
                 { QStringLiteral("seenOn"), m.seenOn },
                 { QStringLiteral("injuredOn"), m.injuredOn } };
         }) } };
}

// A draft written before body maps existed has no "bodyMap": it reads as an empty map.
BodyMap readBodyMap(JsonReader &r, const QJsonObject &o)
{
    BodyMap map;
    enumFromName(r.choice(o, QStringLiteral("outline"), enumNames<BodyOutline>(), Need::Optional,
                     enumName(BodyOutline::NotChosen)),
        map.outline);
    map.marks = readList<BodyMark>(r, o, "marks", [](JsonReader &rr, const QJsonObject &x) {
        BodyMark m;
        enumFromName(rr.choice(x, QStringLiteral("side"), enumNames<BodySide>()), m.side);
        m.x = rr.integer(x, QStringLiteral("x"), 0, BodyMarkScale, Need::Required).value_or(0);
        m.y = rr.integer(x, QStringLiteral("y"), 0, BodyMarkScale, Need::Required).value_or(0);
        m.region = text(rr, x, "region");
        m.lengthMm = rr.integer(x, QStringLiteral("lengthMm"), 1, MaxMarkMm, Need::Optional);
        m.widthMm = rr.integer(x, QStringLiteral("widthMm"), 1, MaxMarkMm, Need::Optional);
        enumFromName(rr.choice(x, QStringLiteral("colour"), enumNames<MarkColour>(), Need::Optional,
                         enumName(MarkColour::NotRecorded)),
            m.colour);
        m.description = text(rr, x, "description");
        m.seenOn = text(rr, x, "seenOn");
        m.injuredOn = text(rr, x, "injuredOn");
        return m;
    });
    return map;
}
QJsonArray writePhotos(const QList<VisitPhoto> &photos)
{
    return listOf(photos, [](const VisitPhoto &p) {
        return QJsonObject { { QStringLiteral("hash"), p.hash },
            { QStringLiteral("bytes"), p.bytes }, { QStringLiteral("mediaType"), p.mediaType },
            { QStringLiteral("width"), p.width }, { QStringLiteral("height"), p.height },
            { QStringLiteral("caption"), p.caption }, { QStringLiteral("takenUtc"), p.takenUtc },
            { QStringLiteral("mark"), opt(p.mark) } };
    });
}

QList<VisitPhoto> readPhotos(JsonReader &r, const QJsonObject &object)
{
    return readList<VisitPhoto>(r, object, "photos", [](JsonReader &rr, const QJsonObject &x) {
        VisitPhoto p;
        p.hash = rr.text(x, QStringLiteral("hash"));
        if (!PhotoHash::isHash(p.hash))
            rr.problemAt(QStringLiteral("hash"), QStringLiteral("not a BLAKE2b-256 hash in hex"));
        p.bytes = rr.integer(x, QStringLiteral("bytes"), 1, PhotoHash::MaxBytes, Need::Required)
                      .value_or(0);
        p.mediaType = rr.choice(x, QStringLiteral("mediaType"), { PhotoHash::mediaType() });
        const qint64 side = PhotoHash::MaxSide;
        p.width = rr.integer(x, QStringLiteral("width"), 1, side, Need::Required).value_or(0);
        p.height = rr.integer(x, QStringLiteral("height"), 1, side, Need::Required).value_or(0);
        p.caption = text(rr, x, "caption");
        p.takenUtc = rr.text(x, QStringLiteral("takenUtc"));
        p.mark = rr.integer(x, QStringLiteral("mark"), 1, 10000, Need::Optional);
        return p;
    });
}
} // namespace

QJsonObject writeVisitSteps(const Visit &visit, QJsonObject object)
{
    object.insert(QStringLiteral("lived"), writeLived(visit.lived));
    object.insert(QStringLiteral("neglect"), writeNeglect(visit.neglect));
    object.insert(QStringLiteral("cooperation"), writeCooperation(visit.cooperation));
    object.insert(QStringLiteral("missedAppointments"),
        listOf(visit.missedAppointments, [](const MissedAppointment &m) {
            return QJsonObject { { QStringLiteral("what"), m.what },
                { QStringLiteral("when"), m.when }, { QStringLiteral("arrangedBy"), m.arrangedBy },
                { QStringLiteral("followUp"), m.followUp } };
        }));
    object.insert(QStringLiteral("concerns"), writeConcerns(visit.concerns));
    object.insert(QStringLiteral("bodyMap"), writeBodyMap(visit.bodyMap));
    object.insert(QStringLiteral("photos"), writePhotos(visit.photos));
    object.insert(QStringLiteral("review"),
        QJsonObject { { QStringLiteral("whatItMeans"), visit.review.whatItMeans },
            { QStringLiteral("status"), enumName(visit.review.status) },
            { QStringLiteral("completedUtc"), visit.review.completedUtc } });
    return object;
}

void readVisitSteps(JsonReader &r, const QJsonObject &object, Visit &visit)
{
    visit.lived = readStep<LivedExperience>(r, object, "lived", &readLived);
    visit.neglect = readStep<NeglectChecklist>(r, object, "neglect", &readNeglect);
    visit.cooperation = readStep<Cooperation>(r, object, "cooperation", &readCooperation);
    visit.missedAppointments = readList<MissedAppointment>(
        r, object, "missedAppointments", [](JsonReader &rr, const QJsonObject &m) {
            return MissedAppointment { text(rr, m, "what"), text(rr, m, "when"),
                text(rr, m, "arrangedBy"), text(rr, m, "followUp") };
        });
    visit.concerns = readStep<ConcernsAndActions>(r, object, "concerns", &readConcerns);
    {
        const QJsonObject map = r.object(object, QStringLiteral("bodyMap"), Need::Optional);
        Scope scope(r, QStringLiteral("bodyMap"));
        visit.bodyMap = readBodyMap(r, map);
    }
    visit.photos = readPhotos(r, object);
    visit.review
        = readStep<VisitReview>(r, object, "review", [](JsonReader &rr, const QJsonObject &o) {
              VisitReview review;
              review.whatItMeans = text(rr, o, "whatItMeans");
              enumFromName(
                  rr.choice(o, QStringLiteral("status"), enumNames<VisitStatus>()), review.status);
              review.completedUtc = text(rr, o, "completedUtc");
              return review;
          });
}

} // namespace hearth
