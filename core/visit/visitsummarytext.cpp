#include "visitsummarytext.h"

#include "visit/bodymapgeometry.h"
#include "visit/visitdates.h"
#include "visit/visitdocument.h"

namespace hearth {

namespace {

// Lines of one section; empty values are left out so the summary says only what was recorded.
class Lines
{
public:
    void add(const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            m_lines << label + QStringLiteral(": ") + value.trimmed();
    }
    // The child's own words: a line of its own, remembered so it can be shown as a quote.
    void quote(const QString &line)
    {
        m_lines << line;
        m_quotes << line.split(u'\n');
    }
    const QStringList &quotes() const { return m_quotes; }
    void raw(const QString &line)
    {
        if (!line.trimmed().isEmpty())
            m_lines << line;
    }
    QString text() const
    {
        return m_lines.isEmpty() ? VisitSummaryText::tr("Nothing recorded.") : m_lines.join(u'\n');
    }

private:
    QStringList m_lines;
    QStringList m_quotes;
};

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return VisitSummaryText::tr("not recorded");
    return *value ? VisitSummaryText::tr("yes") : VisitSummaryText::tr("no");
}

// The answers' ids in the order the wizard asked them: the pack's order, then any id the
// pack no longer has (a draft begun on an older pack) in id order, so nothing is dropped.
QStringList askedOrder(const QStringList &answered, const QStringList &packOrder)
{
    QStringList out;
    for (const QString &id : packOrder)
        if (answered.contains(id))
            out << id;
    for (const QString &id : answered)
        if (!out.contains(id))
            out << id;
    return out;
}

// The ids of a pack's prompts or items in the pack's order; none without a pack.
template<typename Items> QStringList idsOf(const Items &items)
{
    QStringList ids;
    for (const auto &item : items)
        ids << item.id;
    return ids;
}

QStringList livedOrder(const ContentPack *pack)
{
    return pack ? idsOf(pack->livedExperience) : QStringList();
}

QStringList neglectOrder(const ContentPack *pack)
{
    return pack ? idsOf(pack->neglectItems()) : QStringList();
}

QStringList menOrder(const ContentPack *pack)
{
    return pack ? idsOf(pack->menPrompts) : QStringList();
}

QString notice(VisitNotice n)
{
    switch (n) {
    case VisitNotice::Announced:
        return VisitSummaryText::tr("announced");
    case VisitNotice::Unannounced:
        return VisitSummaryText::tr("unannounced");
    case VisitNotice::NotRecorded:
        break;
    }
    return {};
}

QString place(const VisitStart &s)
{
    switch (s.place) {
    case VisitPlace::Home:
        return VisitSummaryText::tr("home");
    case VisitPlace::School:
        return VisitSummaryText::tr("school");
    case VisitPlace::Clinic:
        return VisitSummaryText::tr("clinic");
    case VisitPlace::Other:
        return s.placeOther;
    case VisitPlace::NotRecorded:
        break;
    }
    return {};
}

QString level(NeglectLevel l)
{
    switch (l) {
    case NeglectLevel::NotAssessed:
        return VisitSummaryText::tr("not assessed");
    case NeglectLevel::NoConcern:
        return VisitSummaryText::tr("no concern");
    case NeglectLevel::SomeConcern:
        return VisitSummaryText::tr("some concern");
    case NeglectLevel::SignificantConcern:
        return VisitSummaryText::tr("significant concern");
    }
    return {};
}

QString label(const QList<ContentPack::Labelled> &list, const QString &id, const QString &lang)
{
    for (const ContentPack::Labelled &item : list)
        if (item.id == id)
            return item.label.text(lang);
    return id;
}

QString location(const VisitLocation &l)
{
    if (l.source == LocationSource::Gps && l.latMicroDeg && l.lonMicroDeg) {
        const QString where = QStringLiteral("%1, %2")
                                  .arg(double(*l.latMicroDeg) / 1e6, 0, 'f', 5)
                                  .arg(double(*l.lonMicroDeg) / 1e6, 0, 'f', 5);
        return l.accuracyM ? VisitSummaryText::tr("%1 (about %2 m)").arg(where).arg(*l.accuracyM)
                           : where;
    }
    if (l.source == LocationSource::Unavailable)
        return VisitSummaryText::tr("not available (%1)").arg(l.note);
    return l.note;
}

QString start(const Visit &v, const QString &childName)
{
    Lines lines;
    lines.add(VisitSummaryText::tr("Child"), childName);
    lines.add(VisitSummaryText::tr("Visit"),
        QStringList { notice(v.start.notice), place(v.start) }.join(QStringLiteral(", ")));
    lines.add(VisitSummaryText::tr("Purpose"), v.start.purpose);
    lines.add(VisitSummaryText::tr("Arrived"), VisitDates::showDateTime(v.start.arrivalUtc));
    lines.add(VisitSummaryText::tr("Location"), location(v.start.location));
    return lines.text();
}

QString who(const Visit &v, const ContentPack *pack, const QString &lang)
{
    Lines lines;
    lines.add(VisitSummaryText::tr("Anyone new in the home since the last visit"),
        v.who.newPeople == u"yes"      ? VisitSummaryText::tr("yes")
            : v.who.newPeople == u"no" ? VisitSummaryText::tr("no")
                                       : QString());
    QStringList adults;
    for (const AdultPresent &a : v.who.adultsPresent)
        adults << (a.spokenTo ? VisitSummaryText::tr("%1 (spoken to)").arg(a.name) : a.name);
    lines.add(VisitSummaryText::tr("Adults present"), adults.join(QStringLiteral(", ")));
    for (const AdultPresent &a : v.who.adultsPresent) {
        lines.add(VisitSummaryText::tr("Strengths of %1").arg(a.name), a.strengths);
        lines.add(VisitSummaryText::tr("Risks from %1").arg(a.name), a.risks);
    }
    QStringList children;
    for (const PersonSeen &c : v.who.childrenPresent)
        children << c.name;
    lines.add(VisitSummaryText::tr("Other children present"), children.join(QStringLiteral(", ")));
    for (const PersonSeen &a : v.who.adultsNotSeen)
        lines.add(VisitSummaryText::tr("Not seen: %1").arg(a.name), a.note);
    for (const QString &id : askedOrder(v.who.menPrompts.keys(), menOrder(pack))) {
        const auto it = v.who.menPrompts.constFind(id);
        const QString question = pack ? label(pack->menPrompts, id, lang) : id;
        QString answer = it->answer == u"yes" ? VisitSummaryText::tr("yes")
            : it->answer == u"no"             ? VisitSummaryText::tr("no")
            : it->answer == u"not-known"      ? VisitSummaryText::tr("not known")
                                              : QString();
        if (!it->note.trimmed().isEmpty())
            answer += QStringLiteral(" — ") + it->note.trimmed();
        lines.raw(question + u' ' + answer);
    }
    return lines.text();
}

QString seeing(const Visit &v)
{
    const SeeingTheChild &s = v.seeing;
    Lines lines;
    lines.add(VisitSummaryText::tr("Child seen"), yesNo(s.seen));
    lines.add(VisitSummaryText::tr("Why not seen"), s.notSeenReason);
    lines.add(VisitSummaryText::tr("Seen alone"), s.seen == true ? yesNo(s.seenAlone) : QString());
    lines.add(VisitSummaryText::tr("Why not seen alone"), s.notSeenAloneReason);
    lines.add(VisitSummaryText::tr("Rooms seen"), s.rooms.join(QStringLiteral(", ")));
    lines.add(
        VisitSummaryText::tr("Bedroom seen"), s.bedroomSeen ? yesNo(s.bedroomSeen) : QString());
    lines.add(VisitSummaryText::tr("Where the child sleeps"), s.sleepingPlace);
    lines.add(VisitSummaryText::tr("How the child communicates"), s.communication);
    if (s.interpreter.used)
        lines.add(VisitSummaryText::tr("Interpreter"), s.interpreter.who);
    return lines.text();
}

QString lived(const Visit &v, const QString &lang, const ContentPack *pack, QStringList &quotes)
{
    const LivedExperience &l = v.lived;
    Lines lines;
    for (const QString &id : askedOrder(l.answers.keys(), livedOrder(pack))) {
        const auto it = l.answers.constFind(id);
        QString prompt = id;
        if (pack)
            for (const ContentPack::LivedPrompt &p : pack->livedExperience)
                if (p.id == id)
                    prompt = p.text.text(lang);
        // The question stays beside the child's words even when nothing else was written.
        if (it->note.trimmed().isEmpty() && !it->childsWords.trimmed().isEmpty())
            lines.raw(prompt);
        lines.add(prompt, it->note);
        if (!it->childsWords.trimmed().isEmpty())
            lines.quote(
                VisitSummaryText::tr("The child's own words: “%1”").arg(it->childsWords.trimmed()));
    }
    lines.add(VisitSummaryText::tr("Observed behaviour"), l.observedBehaviour);
    lines.add(VisitSummaryText::tr("Changes in behaviour"), l.behaviourChanges);
    lines.add(VisitSummaryText::tr("Differences between places"), l.contextDifferences);
    lines.add(VisitSummaryText::tr("A day for this child"), l.dayInTheLife);
    if (l.sexualisedBehaviour)
        lines.add(VisitSummaryText::tr("Sexualised behaviour"), l.sexualisedBehaviourDescription);
    quotes = lines.quotes();
    return lines.text();
}

QString neglect(const Visit &v, const ContentPack *pack, const QString &lang)
{
    Lines lines;
    for (const QString &id : askedOrder(v.neglect.ratings.keys(), neglectOrder(pack))) {
        const auto it = v.neglect.ratings.constFind(id);
        QString name = id;
        if (pack)
            for (const ContentPack::NeglectItem &item : pack->neglectItems())
                if (item.id == id)
                    name = item.label.text(lang);
        const QString detail = it->description.trimmed();
        lines.add(name,
            detail.isEmpty() ? level(it->level)
                             : level(it->level) + QStringLiteral(" — ") + detail);
    }
    lines.add(VisitSummaryText::tr("Poverty and context"), v.neglect.povertyContext);
    return lines.text();
}

QString cooperation(const Visit &v, const ContentPack *pack, const QString &lang)
{
    const Cooperation &c = v.cooperation;
    Lines lines;
    if (c.level) {
        QString name = QString::number(*c.level);
        if (pack)
            for (const ContentPack::CooperationLevel &l : pack->cooperationLevels)
                if (l.level == *c.level)
                    name = QStringLiteral("%1. %2").arg(l.level).arg(l.label.text(lang));
        lines.add(VisitSummaryText::tr("Level"), name);
    }
    lines.add(VisitSummaryText::tr("Based on"), c.evidence);
    if (c.disguisedCompliance)
        lines.raw(VisitSummaryText::tr("Possible disguised compliance."));
    if (c.selectiveHostility)
        lines.raw(VisitSummaryText::tr("Hostility towards some professionals and not others."));
    if (c.appointmentsOffered && c.appointmentsKept)
        lines.add(VisitSummaryText::tr("Appointments kept since the last visit"),
            VisitSummaryText::tr("%1 of %2").arg(*c.appointmentsKept).arg(*c.appointmentsOffered));
    lines.add(VisitSummaryText::tr("Why the family might be reluctant"), c.reluctance);
    return lines.text();
}

QString notBrought(const Visit &v)
{
    Lines lines;
    for (const MissedAppointment &a : v.missedAppointments)
        lines.raw(VisitSummaryText::tr("%1 on %2, arranged by %3. Follow-up: %4")
                      .arg(a.what, VisitDates::showDate(a.when), a.arrangedBy, a.followUp));
    if (v.missedAppointments.isEmpty())
        lines.raw(VisitSummaryText::tr("No appointments recorded as missed."));
    return lines.text();
}

// Numbered as on the drawn body map.
void bodyMarks(const BodyMap &map, Lines &lines)
{
    for (qsizetype i = 0; i < map.marks.size(); ++i) {
        const BodyMark &m = map.marks.at(i);
        const QString size = m.lengthMm && m.widthMm
            ? VisitSummaryText::tr("%1 × %2 mm").arg(*m.lengthMm).arg(*m.widthMm)
            : VisitSummaryText::tr("size not recorded");
        const QString injured = m.injuredOn.isEmpty()
            ? QString()
            : VisitSummaryText::tr(", injured %1").arg(VisitDates::showDate(m.injuredOn));
        lines.raw(VisitSummaryText::tr("Body map mark %1: %2 (%3), %4, %5, seen %6%7. %8")
                      .arg(QString::number(i + 1), BodyMapGeometry::regionName(m.region),
                          BodyMapGeometry::sideName(m.side), BodyMapGeometry::colourName(m.colour),
                          size, VisitDates::showDate(m.seenOn), injured, m.description));
    }
}

// The photographs are shown from the vault beside the summary; the text says what each is.
void photos(const QList<VisitPhoto> &list, Lines &lines)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const VisitPhoto &p = list.at(i);
        const QString caption
            = p.caption.trimmed().isEmpty() ? VisitSummaryText::tr("no caption") : p.caption;
        lines.raw(p.mark
                ? VisitSummaryText::tr("Photo %1 (shows mark %2): %3")
                      .arg(QString::number(i + 1), QString::number(*p.mark), caption)
                : VisitSummaryText::tr("Photo %1: %2").arg(QString::number(i + 1), caption));
    }
}

QString concerns(const Visit &v, const ContentPack *pack, const QString &lang)
{
    const ConcernsAndActions &c = v.concerns;
    Lines lines;
    lines.add(VisitSummaryText::tr("Immediate safety concern"), yesNo(c.immediate.present));
    if (c.immediate.present == true) {
        lines.add(VisitSummaryText::tr("What"), c.immediate.what);
        lines.add(VisitSummaryText::tr("Action taken"), c.immediate.action);
        lines.add(VisitSummaryText::tr("Who was told"),
            QStringList { c.immediate.whoTold, VisitDates::showLocalDateTime(c.immediate.toldAt) }
                .join(QStringLiteral(", ")));
    }
    for (const CategoryConcern &concern : c.concerns)
        lines.add(pack ? label(pack->concernCategories, concern.category, lang) : concern.category,
            concern.detail);
    for (const ProfessionalDifference &d : c.differences)
        lines.raw(VisitSummaryText::tr("Professional difference with %1 about %2: %3 (%4)")
                      .arg(d.with, d.about, d.outcome, d.rationale));
    for (const NextStep &s : c.nextSteps)
        lines.raw(VisitSummaryText::tr("Next step: %1 — %2, by %3")
                      .arg(s.what, s.who, VisitDates::showDate(s.byWhen)));
    bodyMarks(v.bodyMap, lines);
    photos(v.photos, lines);
    return lines.text();
}

} // namespace

QList<VisitSummaryText::Section> VisitSummaryText::sections(
    const Visit &v, const QString &childName, const ContentPack *pack, const QString &lang)
{
    QStringList quotes;
    const QString livedText = lived(v, lang, pack, quotes);
    const QString meaning = v.review.whatItMeans.trimmed();
    return { { 1, tr("Start"), start(v, childName), {} },
        { 2, tr("Who is here"), who(v, pack, lang), {} },
        { 3, tr("Seeing the child"), seeing(v), {} },
        { 4, tr("Lived experience"), livedText, quotes },
        { 5, tr("Neglect"), neglect(v, pack, lang), {} },
        { 6, tr("Co-operation"), cooperation(v, pack, lang), {} },
        { 7, tr("Was not brought"), notBrought(v), {} },
        { 8, tr("Concerns and actions"), concerns(v, pack, lang), {} },
        { 9, tr("What this means for the child"),
            meaning.isEmpty() ? tr("Not written yet.") : meaning, {} } };
}

QList<VisitSummaryText::TextField> VisitSummaryText::freeText(
    const Visit &visit, const ContentPack *pack)
{
    // Every text field of the catalogue at every place the visit holds it, except the
    // child's own words: those are a quote, never checked for stock phrases.
    VisitItems items;
    items.lived = askedOrder(visit.lived.answers.keys(), livedOrder(pack));
    items.neglect = askedOrder(visit.neglect.ratings.keys(), neglectOrder(pack));
    items.men = askedOrder(visit.who.menPrompts.keys(), menOrder(pack));
    const VisitDocument document(visit, items);
    QList<TextField> out;
    for (int id = 0; id < VisitField::Count; ++id) {
        const VisitField::Spec &spec = VisitField::spec(VisitField::Id(id));
        if (spec.kind != VisitField::Kind::Text || spec.childsWords)
            continue;
        QList<std::pair<QString, int>> places;
        switch (spec.scope) {
        case VisitField::Scope::Visit:
            places.append({ QString(), -1 });
            break;
        case VisitField::Scope::LivedPrompt:
        case VisitField::Scope::NeglectItem:
        case VisitField::Scope::MenPrompt: {
            const QStringList &ids = spec.scope == VisitField::Scope::LivedPrompt ? items.lived
                : spec.scope == VisitField::Scope::NeglectItem                    ? items.neglect
                                                                                  : items.men;
            for (const QString &item : ids)
                places.append({ item, -1 });
            break;
        }
        case VisitField::Scope::Row:
            for (int row = 0; row < document.count(spec.list); ++row)
                places.append({ QString(), row });
            break;
        }
        for (const auto &[item, row] : places) {
            const auto value = document.value(id, item, row);
            if (value && !value->toString().trimmed().isEmpty())
                out.append({ spec.step, VisitField::Id(id), item, row, value->toString() });
        }
    }
    return out;
}

} // namespace hearth
