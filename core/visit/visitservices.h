#pragma once

#include "common/clock.h"
#include "content/contentlibrary.h"
#include "language/phrasebook.h"
#include "language/plainlanguagecheck.h"
#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "vault/recordstore.h"
#include "vault/vaulterror.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hearth {

class Database;

// Everything that reads or writes the unlocked vault, for exactly as long as it is unlocked:
// the caseload, the drafts, the signed records and the content the visit is recorded with.
// Workspace creates one when the session unlocks and destroys it before the vault closes, so
// no repository, cache or secret key outlives a lock. Plain C++: the view models hold a
// reference while it exists and are told before it goes.
class VisitServices
{
public:
    // Opens the record store (creating the device identity on first use) and loads the
    // built-in content and phrase lists. `language` is "en" or "cy". Every time a visit
    // records (arrival, signing, the wizard's step) comes from `clock`.
    // `packsFolder` holds the agency's own content packs (*.json), loaded beside the built-in
    // one without a rebuild; a broken pack is refused whole and named in packProblems().
    [[nodiscard]] static Expected<std::unique_ptr<VisitServices>, QString> open(Database &db,
        const QString &language, const QString &packsFolder = {},
        const Clock &clock = Clock::system());
    const QStringList &packProblems() const { return m_packProblems; }
    ~VisitServices();
    VisitServices(const VisitServices &) = delete;
    VisitServices &operator=(const VisitServices &) = delete;

    Database &database() { return m_db; }
    CaseloadRepository &caseload() { return m_caseload; }
    DraftStore &drafts() { return m_drafts; }
    RecordStore &records() { return m_records; }
    const ContentLibrary &content() const { return m_content; }
    const PlainLanguageCheck &plainLanguage() const { return *m_check; }
    QString language() const { return m_language; }
    const Clock &clock() const { return m_clock; }
    // Now, as a visit stores times: RFC 3339 UTC with milliseconds.
    QString nowUtc() const { return m_clock.nowUtc().toString(Qt::ISODateWithMs); }

    // The pack a draft was recorded with (its newest version if that one is gone), or the
    // current one for a new visit.
    const ContentPack *packFor(const QString &id, const QString &version) const;
    VisitRequirements requirementsFor(const Visit &visit) const;

private:
    VisitServices(Database &db, QString language, const Clock &clock);

    Database &m_db;
    QString m_language;
    const Clock &m_clock;
    QStringList m_packProblems;
    CaseloadRepository m_caseload;
    DraftStore m_drafts;
    RecordStore m_records;
    ContentLibrary m_content;
    PhraseBook m_phrases;
    std::optional<PlainLanguageCheck> m_check;
};

} // namespace hearth
