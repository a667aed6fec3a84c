#include "contentlibrary.h"

#include "content/contentpackreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>

namespace hearth {

Expected<void, ContentError> ContentLibrary::loadBuiltIn()
{
    return loadFile(builtInPath());
}

Expected<void, ContentError> ContentLibrary::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(ContentError { name,
            { { QStringLiteral("$"), QStringLiteral("cannot be read: ") + file.errorString() } } });
    return loadBytes(file.readAll(), name);
}

Expected<void, ContentError> ContentLibrary::loadBytes(
    const QByteArray &json, const QString &fileName)
{
    auto pack = ContentPackReader::read(json, fileName);
    if (!pack)
        return unexpected(pack.error());
    for (const ContentPack &known : std::as_const(m_packs)) {
        if (known.key() != pack->key())
            continue;
        // The same version twice is fine only if it is the same pack: a version names content.
        if (known.digest == pack->digest)
            return {};
        return unexpected(ContentError { fileName,
            { { QStringLiteral("$.version"),
                QStringLiteral("pack %1 version %2 is already loaded with different content; "
                               "give the changed pack a new version")
                    .arg(pack->id, pack->version) } } });
    }
    m_packs.append(std::move(pack).value());
    return {};
}

QList<ContentError> ContentLibrary::loadFolder(const QString &folder)
{
    QList<ContentError> refused;
    const QDir dir(folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (auto ok = loadFile(dir.filePath(name)); !ok)
            refused.append(ok.error());
    return refused;
}

const ContentPack *ContentLibrary::find(const QString &id, const QString &version) const
{
    for (const ContentPack &pack : m_packs)
        if (pack.id == id && pack.version == version)
            return &pack;
    return nullptr;
}

const ContentPack *ContentLibrary::latest(const QString &id) const
{
    const ContentPack *best = nullptr;
    for (const ContentPack &pack : m_packs) {
        if (pack.id != id)
            continue;
        if (!best
            || QVersionNumber::fromString(pack.version) > QVersionNumber::fromString(best->version))
            best = &pack;
    }
    return best;
}

qint64 ContentLibrary::monthsBetween(const QDate &from, const QDate &to)
{
    qint64 months = qint64(to.year() - from.year()) * 12 + (to.month() - from.month());
    // Not yet the monthly "birthday": the day has not come, and it is not the month's last
    // day standing in for a 29th-31st that this month does not have.
    if (to.day() < from.day() && to.day() != to.daysInMonth())
        --months;
    return months;
}

QString ContentLibrary::ageBandFor(
    const ContentPack &pack, const std::optional<QDate> &dateOfBirth, const QDate &visitDate)
{
    const bool unborn = !dateOfBirth || *dateOfBirth > visitDate;
    const qint64 months = unborn ? 0 : monthsBetween(*dateOfBirth, visitDate);
    for (const ContentPack::AgeBand &band : pack.ageBands) {
        if (band.unborn != unborn)
            continue;
        if (unborn || (months >= band.fromMonths && (!band.toMonths || months < *band.toMonths)))
            return band.id;
    }
    return {};
}

QList<ContentPack::LivedPrompt> ContentLibrary::promptsFor(
    const ContentPack &pack, const Child &child, const QDate &visitDate)
{
    const QString band = ageBandFor(pack, child.dateOfBirth, visitDate);
    const bool disabled = !child.disability.trimmed().isEmpty();
    QList<ContentPack::LivedPrompt> out;
    for (const ContentPack::LivedPrompt &prompt : pack.livedExperience) {
        if (!prompt.bands.contains(band))
            continue;
        if (prompt.when == QLatin1String("disability") && !disabled)
            continue;
        out.append(prompt);
    }
    return out;
}

VisitRequirements ContentLibrary::requirementsFor(const ContentPack &pack, const QString &language)
{
    VisitRequirements requirements;
    for (const ContentPack::NeglectItem &item : pack.neglectItems())
        requirements.neglectItems.append({ item.id, item.label.text(language) });
    for (const ContentPack::Labelled &prompt : pack.menPrompts)
        requirements.menPrompts.append({ prompt.id, prompt.label.text(language) });
    requirements.safety.injuryCategories = pack.safety.injuryCategories;
    requirements.safety.nonMobileProcedure = pack.safety.nonMobileInjury.text(language);
    for (const QStringList &phrases : pack.safety.hurtPhrases)
        requirements.safety.hurtPhrases += phrases;
    return requirements;
}

} // namespace hearth
