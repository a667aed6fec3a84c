#include "visitservices.h"

#include "household/profilestore.h"

#include <QDateTime>

namespace hearth {

VisitServices::VisitServices(Database &db, QString language, const Clock &clock)
    : m_db(db)
    , m_language(std::move(language))
    , m_clock(clock)
    , m_caseload(db)
    , m_drafts(db)
    , m_records(db, clock)
{ }

VisitServices::~VisitServices()
{
    m_records.close();
}

Expected<std::unique_ptr<VisitServices>, QString> VisitServices::open(
    Database &db, const QString &language, const QString &packsFolder, const Clock &clock)
{
    std::unique_ptr<VisitServices> services(new VisitServices(db, language, clock));
    if (auto opened = services->m_records.open(); !opened)
        return unexpected(opened.error().message);
    if (auto loaded = services->m_content.loadBuiltIn(); !loaded)
        return unexpected(loaded.error().message());
    if (!packsFolder.isEmpty()) {
        for (const ContentError &refused : services->m_content.loadFolder(packsFolder))
            services->m_packProblems.append(refused.message());
        // An agency that ships its own pack wants new visits to use it: the last agency pack
        // id in file-name order becomes the preferred one (the built-in pack stays loaded for
        // drafts started with it).
        for (const ContentPack &pack : services->m_content.packs())
            if (pack.id != ContentLibrary::builtInId())
                services->m_content.setPreferredPackId(pack.id);
    }
    if (auto loaded = services->m_phrases.loadBuiltIn(); !loaded)
        return unexpected(loaded.error());
    services->m_check.emplace(services->m_phrases);
    return services;
}

const ContentPack *VisitServices::packFor(const QString &id, const QString &version) const
{
    if (const ContentPack *pack = m_content.find(id, version))
        return pack;
    // A version this tablet no longer has (England 1.0.0 became 1.0.1 for its apostrophes):
    // the same pack's newest keeps the record's own ids and wording, where the agency's
    // current pack may be another one.
    if (const ContentPack *pack = m_content.latest(id))
        return pack;
    return m_content.current();
}

VisitRequirements VisitServices::requirementsFor(const Visit &visit) const
{
    const ContentPack *pack = packFor(visit.packId, visit.packVersion);
    VisitRequirements requirements
        = pack ? ContentLibrary::requirementsFor(*pack, m_language) : VisitRequirements {};
    // The profile as the practitioner knew it on the visit day. A vault too damaged to read
    // it here cannot sign the visit either (RecordStore::append reads the same tables).
    QDate day = QDateTime::fromString(visit.start.arrivalUtc, Qt::ISODateWithMs).date();
    if (!day.isValid())
        day = m_clock.nowUtc().date();
    if (auto profile = ProfileStore::load(m_records, visit.start.childId, day))
        requirements.safety.babyNotYetMobile = profile->notYetMobile();
    return requirements;
}

} // namespace hearth
