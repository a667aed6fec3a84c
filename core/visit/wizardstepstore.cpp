#include "wizardstepstore.h"

#include "vault/database.h"

#include <QDateTime>

namespace hearth {

WizardStepStore::WizardStepStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString WizardStepStore::key(const QString &draftId)
{
    return QStringLiteral("wizard.step.") + draftId;
}

int WizardStepStore::step(const QString &draftId) const
{
    auto select = m_db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!select)
        return 0;
    select->bind(1, key(draftId));
    auto row = select->step();
    if (!row || !row.value())
        return 0;
    return select->text(0).toInt();
}

bool WizardStepStore::setStep(const QString &draftId, int step)
{
    auto replace = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO setting (key, value, updated_utc) VALUES (?, ?, ?)"));
    if (!replace)
        return false;
    replace->bind(1, key(draftId))
        .bind(2, QString::number(step))
        .bind(3, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    return bool(replace->run());
}

void WizardStepStore::forget(const QString &draftId)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    if (!remove)
        return;
    remove->bind(1, key(draftId));
    (void)remove->run();
}

} // namespace hearth
