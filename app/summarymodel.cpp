#include "summarymodel.h"

#include "visit/visitservices.h"

#include <QDateTime>
#include <QLocale>

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
    void raw(const QString &line)
    {
        if (!line.trimmed().isEmpty())
            m_lines << line;
    }
    QString text() const
    {
        return m_lines.isEmpty() ? SummaryModel::tr("Nothing recorded.") : m_lines.join(u'\n');
    }

private:
    QStringList m_lines;
};

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return SummaryModel::tr("not recorded");
    return *value ? SummaryModel::tr("yes") : SummaryModel::tr("no");
}

QString time(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : utc;
}

QString notice(VisitNotice n)
{
    switch (n) {
    case VisitNotice::Announced:
        return SummaryModel::tr("announced");
    case VisitNotice::Unannounced:
        return SummaryModel::tr("unannounced");
    case VisitNotice::NotRecorded:
        break;
    }
    return {};
}

QString place(const VisitStart &s)
{
    switch (s.place) {
    case VisitPlace::Home:
        return SummaryModel::tr("home");
    case VisitPlace::School:
        return SummaryModel::tr("school");
    case VisitPlace::Clinic:
        return SummaryModel::tr("clinic");
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
        return SummaryModel::tr("not assessed");
    case NeglectLevel::NoConcern:
        return SummaryModel::tr("no concern");
    case NeglectLevel::SomeConcern:
        return SummaryModel::tr("some concern");
    case NeglectLevel::SignificantConcern:
        return SummaryModel::tr("significant concern");
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
        return l.accuracyM ? SummaryModel::tr("%1 (about %2 m)").arg(where).arg(*l.accuracyM)
                           : where;
    }
    if (l.source == LocationSource::Unavailable)
        return SummaryModel::tr("not available (%1)").arg(l.note);
    return l.note;
}

QString start(const Visit &v, const QString &childName)
{
    Lines lines;
    lines.add(SummaryModel::tr("Child"), childName);
    lines.add(SummaryModel::tr("Visit"),
        QStringList { notice(v.start.notice), place(v.start) }.join(QStringLiteral(", ")));
    lines.add(SummaryModel::tr("Purpose"), v.start.purpose);
    lines.add(SummaryModel::tr("Arrived"), time(v.start.arrivalUtc));
    lines.add(SummaryModel::tr("Location"), location(v.start.location));
    return lines.text();
}

QString who(const Visit &v, const ContentPack *pack, const QString &lang)
{
    Lines lines;
    QStringList adults;
    for (const AdultPresent &a : v.who.adultsPresent)
        adults << (a.spokenTo ? SummaryModel::tr("%1 (spoken to)").arg(a.name) : a.name);
    lines.add(SummaryModel::tr("Adults present"), adults.join(QStringLiteral(", ")));
    QStringList children;
    for (const PersonSeen &c : v.who.childrenPresent)
        children << c.name;
    lines.add(SummaryModel::tr("Other children present"), children.join(QStringLiteral(", ")));
    for (const PersonSeen &a : v.who.adultsNotSeen)
        lines.add(SummaryModel::tr("Not seen: %1").arg(a.name), a.note);
    for (auto it = v.who.menPrompts.cbegin(); it != v.who.menPrompts.cend(); ++it) {
        const QString question = pack ? label(pack->menPrompts, it.key(), lang) : it.key();
        QString answer = it->answer == u"yes" ? SummaryModel::tr("yes")
            : it->answer == u"no"             ? SummaryModel::tr("no")
            : it->answer == u"not-known"      ? SummaryModel::tr("not known")
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
    lines.add(SummaryModel::tr("Child seen"), yesNo(s.seen));
    lines.add(SummaryModel::tr("Why not seen"), s.notSeenReason);
    lines.add(SummaryModel::tr("Seen alone"), s.seen == true ? yesNo(s.seenAlone) : QString());
    lines.add(SummaryModel::tr("Why not seen alone"), s.notSeenAloneReason);
    lines.add(SummaryModel::tr("Rooms seen"), s.rooms.join(QStringLiteral(", ")));
    lines.add(SummaryModel::tr("Bedroom seen"), s.bedroomSeen ? yesNo(s.bedroomSeen) : QString());
    lines.add(SummaryModel::tr("Where the child sleeps"), s.sleepingPlace);
    lines.add(SummaryModel::tr("How the child communicates"), s.communication);
    if (s.interpreter.used)
        lines.add(SummaryModel::tr("Interpreter"), s.interpreter.who);
    return lines.text();
}

QString lived(const Visit &v, const QString &lang, const ContentPack *pack)
{
    const LivedExperience &l = v.lived;
    Lines lines;
    for (auto it = l.answers.cbegin(); it != l.answers.cend(); ++it) {
        QString prompt = it.key();
        if (pack)
            for (const ContentPack::LivedPrompt &p : pack->livedExperience)
                if (p.id == it.key())
                    prompt = p.text.text(lang);
        lines.add(prompt, it->note);
        if (!it->childsWords.trimmed().isEmpty())
            lines.raw(
                SummaryModel::tr("The child's own words: “%1”").arg(it->childsWords.trimmed()));
    }
    lines.add(SummaryModel::tr("Observed behaviour"), l.observedBehaviour);
    lines.add(SummaryModel::tr("Changes in behaviour"), l.behaviourChanges);
    lines.add(SummaryModel::tr("Differences between places"), l.contextDifferences);
    lines.add(SummaryModel::tr("A day for this child"), l.dayInTheLife);
    if (l.sexualisedBehaviour)
        lines.add(SummaryModel::tr("Sexualised behaviour"), l.sexualisedBehaviourDescription);
    return lines.text();
}

QString neglect(const Visit &v, const ContentPack *pack, const QString &lang)
{
    Lines lines;
    for (auto it = v.neglect.ratings.cbegin(); it != v.neglect.ratings.cend(); ++it) {
        QString name = it.key();
        if (pack)
            for (const ContentPack::NeglectItem &item : pack->neglectItems())
                if (item.id == it.key())
                    name = item.label.text(lang);
        const QString detail = it->description.trimmed();
        lines.add(name,
            detail.isEmpty() ? level(it->level)
                             : level(it->level) + QStringLiteral(" — ") + detail);
    }
    lines.add(SummaryModel::tr("Poverty and context"), v.neglect.povertyContext);
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
        lines.add(SummaryModel::tr("Level"), name);
    }
    lines.add(SummaryModel::tr("Based on"), c.evidence);
    if (c.disguisedCompliance)
        lines.raw(SummaryModel::tr("Possible disguised compliance."));
    if (c.selectiveHostility)
        lines.raw(SummaryModel::tr("Hostility towards some professionals and not others."));
    if (c.appointmentsOffered && c.appointmentsKept)
        lines.add(SummaryModel::tr("Appointments kept since the last visit"),
            SummaryModel::tr("%1 of %2").arg(*c.appointmentsKept).arg(*c.appointmentsOffered));
    lines.add(SummaryModel::tr("Why the family might be reluctant"), c.reluctance);
    return lines.text();
}

QString notBrought(const Visit &v)
{
    Lines lines;
    for (const MissedAppointment &a : v.missedAppointments)
        lines.raw(SummaryModel::tr("%1 on %2, arranged by %3. Follow-up: %4")
                      .arg(a.what, a.when, a.arrangedBy, a.followUp));
    if (v.missedAppointments.isEmpty())
        lines.raw(SummaryModel::tr("No appointments recorded as missed."));
    return lines.text();
}

QString concerns(const Visit &v, const ContentPack *pack, const QString &lang)
{
    const ConcernsAndActions &c = v.concerns;
    Lines lines;
    lines.add(SummaryModel::tr("Immediate safety concern"), yesNo(c.immediate.present));
    if (c.immediate.present == true) {
        lines.add(SummaryModel::tr("What"), c.immediate.what);
        lines.add(SummaryModel::tr("Action taken"), c.immediate.action);
        lines.add(SummaryModel::tr("Who was told"),
            QStringList { c.immediate.whoTold, c.immediate.toldAt }.join(QStringLiteral(", ")));
    }
    for (const CategoryConcern &concern : c.concerns)
        lines.add(pack ? label(pack->concernCategories, concern.category, lang) : concern.category,
            concern.detail);
    for (const ProfessionalDifference &d : c.differences)
        lines.raw(SummaryModel::tr("Professional difference with %1 about %2: %3 (%4)")
                      .arg(d.with, d.about, d.outcome, d.rationale));
    for (const NextStep &s : c.nextSteps)
        lines.raw(SummaryModel::tr("Next step: %1 — %2, by %3").arg(s.what, s.who, s.byWhen));
    return lines.text();
}

} // namespace

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &section = m_sections.at(index.row());
    switch (role) {
    case StepRole:
        return section.step;
    case Qt::DisplayRole:
    case TitleRole:
        return section.title;
    case BodyRole:
        return section.body;
    default:
        return {};
    }
}

QHash<int, QByteArray> SummaryModel::roleNames() const
{
    return { { StepRole, "step" }, { TitleRole, "title" }, { BodyRole, "body" } };
}

QString SummaryModel::plainText() const
{
    QStringList parts;
    for (const Section &section : m_sections)
        parts << section.title + u'\n' + section.body;
    return parts.join(QStringLiteral("\n\n"));
}

void SummaryModel::rebuild(const Visit &visit, const Child &child, const VisitServices &services)
{
    rebuild(visit, child.displayName(), services.packFor(visit.packId, visit.packVersion),
        services.language());
}

void SummaryModel::rebuild(
    const Visit &visit, const QString &childName, const ContentPack *pack, const QString &language)
{
    QList<Section> next = sections(visit, childName, pack, language);
    const bool countChanges = next.size() != m_sections.size();
    if (countChanges) {
        beginResetModel();
        m_sections = std::move(next);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (next.at(i).body == m_sections.at(i).body && next.at(i).title == m_sections.at(i).title)
            continue;
        m_sections[i] = next.at(i);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
    Q_EMIT countChanged(); // plainText follows the sections
}

void SummaryModel::clear()
{
    if (m_sections.isEmpty())
        return;
    beginResetModel();
    m_sections.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QList<SummaryModel::Section> SummaryModel::sections(
    const Visit &v, const QString &childName, const ContentPack *pack, const QString &lang)
{
    return { { 1, tr("Start"), start(v, childName) }, { 2, tr("Who is here"), who(v, pack, lang) },
        { 3, tr("Seeing the child"), seeing(v) },
        { 4, tr("Lived experience"), lived(v, lang, pack) },
        { 5, tr("Neglect"), neglect(v, pack, lang) },
        { 6, tr("Co-operation"), cooperation(v, pack, lang) },
        { 7, tr("Was not brought"), notBrought(v) },
        { 8, tr("Concerns and actions"), concerns(v, pack, lang) },
        { 9, tr("What this means for the child"),
            v.review.whatItMeans.trimmed().isEmpty() ? tr("Not written yet.")
                                                     : v.review.whatItMeans.trimmed() } };
}

QList<SummaryModel::TextField> SummaryModel::freeText(const Visit &v)
{
    QList<TextField> out;
    auto add = [&](int step, const QString &path, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({ step, path, text });
    };
    add(1, QStringLiteral("start.purpose"), v.start.purpose);
    add(3, QStringLiteral("seeing.notSeenReason"), v.seeing.notSeenReason);
    add(3, QStringLiteral("seeing.communication"), v.seeing.communication);
    for (auto it = v.lived.answers.cbegin(); it != v.lived.answers.cend(); ++it)
        add(4, QStringLiteral("lived.answers.%1.note").arg(it.key()), it->note);
    add(4, QStringLiteral("lived.observedBehaviour"), v.lived.observedBehaviour);
    add(4, QStringLiteral("lived.behaviourChanges"), v.lived.behaviourChanges);
    add(4, QStringLiteral("lived.contextDifferences"), v.lived.contextDifferences);
    add(4, QStringLiteral("lived.dayInTheLife"), v.lived.dayInTheLife);
    for (auto it = v.neglect.ratings.cbegin(); it != v.neglect.ratings.cend(); ++it)
        add(5, QStringLiteral("neglect.ratings.%1.description").arg(it.key()), it->description);
    add(5, QStringLiteral("neglect.povertyContext"), v.neglect.povertyContext);
    add(6, QStringLiteral("cooperation.evidence"), v.cooperation.evidence);
    add(8, QStringLiteral("concerns.immediate.what"), v.concerns.immediate.what);
    for (int i = 0; i < v.concerns.concerns.size(); ++i)
        add(8, QStringLiteral("concerns.concerns.%1.detail").arg(i),
            v.concerns.concerns.at(i).detail);
    add(9, QStringLiteral("review.whatItMeans"), v.review.whatItMeans);
    return out;
}

} // namespace hearth
