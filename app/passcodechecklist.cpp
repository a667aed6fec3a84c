#include "passcodechecklist.h"

#include "vault/passcodepolicy.h"

#include <algorithm>

namespace hearth {

namespace {
// Which of PasscodePolicy::rules() the passcode meets, in the same order. PasscodePolicy
// only reports the broken rules as sentences, so the three checks are restated here; an
// empty field meets nothing so the list does not start half ticked. PasscodePolicy stays
// the judge: tst_sessioncontroller checks that "all met" agrees with problems() being empty.
QList<bool> ruleStates(const QString &passcode)
{
    const auto codePoints = passcode.toUcs4();
    const bool typed = !codePoints.isEmpty();
    const bool longEnough = codePoints.size() >= PasscodePolicy::MinimumLength;
    const bool varied = typed
        && std::any_of(codePoints.cbegin(), codePoints.cend(),
            [&](char32_t c) { return c != codePoints.front(); });
    const bool uncommon = typed && !PasscodePolicy::isCommon(passcode);
    return { longEnough, varied, uncommon };
}
} // namespace

PasscodeChecklist::PasscodeChecklist(QObject *parent)
    : QAbstractListModel(parent)
    , m_rules(PasscodePolicy::rules())
    , m_met(ruleStates({}))
{
    Q_ASSERT(m_rules.size() == m_met.size());
}

int PasscodeChecklist::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant PasscodeChecklist::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_rules.at(index.row());
    case MetRole:
        return m_met.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> PasscodeChecklist::roleNames() const
{
    return { { TextRole, "text" }, { MetRole, "met" } };
}

bool PasscodeChecklist::allMet() const
{
    return std::all_of(m_met.cbegin(), m_met.cend(), [](bool met) { return met; });
}

void PasscodeChecklist::evaluate(const QString &passcode)
{
    const bool wasAllMet = allMet();
    const QList<bool> met = ruleStates(passcode);
    for (int row = 0; row < m_met.size(); ++row) {
        if (m_met.at(row) != met.at(row)) {
            m_met[row] = met.at(row);
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, { MetRole });
        }
    }
    if (allMet() != wasAllMet)
        Q_EMIT allMetChanged();
}

} // namespace hearth
