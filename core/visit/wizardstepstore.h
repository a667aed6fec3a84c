#pragma once

#include "common/clock.h"

#include <QString>

namespace hearth {

class Database;

// Remembers which wizard step each draft was last on, so a draft reopens where the
// practitioner left it, even after the app was killed. The visit body has no place for UI
// state (and must not: it is signed later), so this lives beside it in the vault's setting
// table. A lost step only means the draft reopens on step 1; nothing recorded is at stake.
class WizardStepStore
{
public:
    explicit WizardStepStore(Database &db, const Clock &clock = Clock::system());

    // 0-based; 0 when nothing was stored.
    int step(const QString &draftId) const;
    bool setStep(const QString &draftId, int step);
    void forget(const QString &draftId);

private:
    static QString key(const QString &draftId);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
