#pragma once

#include "common/expected.h"
#include "content/contenterror.h"
#include "content/contentpack.h"
#include "model/child.h"
#include "model/visitvalidator.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// The content packs this device knows: the England pack built into the app, plus packs an
// agency drops into a folder (no rebuild). Each pack loads whole or not at all; a broken agency
// pack is reported and the others stay usable. Every version stays loaded, so a draft started
// under an older version still finds the prompts it was recorded with (Visit::packId and
// packVersion).
//
// New visits use current(): the newest version of the preferred pack id (the built-in one
// unless the agency chooses another with setPreferredPackId()).
class ContentLibrary
{
public:
    static QString builtInPath() { return QStringLiteral(":/hearth/content/england.json"); }
    static QString builtInId() { return QStringLiteral("hearth.england"); }

    [[nodiscard]] Expected<void, ContentError> loadBuiltIn();
    [[nodiscard]] Expected<void, ContentError> loadFile(const QString &path);
    [[nodiscard]] Expected<void, ContentError> loadBytes(
        const QByteArray &json, const QString &fileName);
    // Every *.json in `folder`, in name order; returns the packs that were refused.
    QList<ContentError> loadFolder(const QString &folder);

    const QList<ContentPack> &packs() const { return m_packs; }
    const ContentPack *find(const QString &id, const QString &version) const;
    const ContentPack *latest(const QString &id) const;
    const ContentPack *current() const { return latest(m_preferred); }
    void setPreferredPackId(const QString &id) { m_preferred = id; }

    // The child's age band on `visitDate`: the unborn band when there is no date of birth (or
    // it is after the visit: the expected date does not matter), otherwise by whole months of
    // age. Empty if the pack has none.
    static QString ageBandFor(
        const ContentPack &pack, const std::optional<QDate> &dateOfBirth, const QDate &visitDate);
    // Whole months from `from` to `to` (a birthday on the 31st counts on the last day).
    static qint64 monthsBetween(const QDate &from, const QDate &to);
    // The lived-experience prompts for this child on that date, in pack order; prompts for a
    // disabled child are included when the child has a disability recorded.
    static QList<ContentPack::LivedPrompt> promptsFor(
        const ContentPack &pack, const Child &child, const QDate &visitDate);
    // What the pack asks a visit to record before it can be finished, labelled in `language`.
    static VisitRequirements requirementsFor(const ContentPack &pack, const QString &language);

private:
    QList<ContentPack> m_packs;
    QString m_preferred = builtInId();
};

} // namespace hearth
