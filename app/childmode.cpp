#include "childmode.h"

#include "record/childcontributionbody.h"

#include <QPointer>

namespace hearth {

ChildModeController::ChildModeController(const QString &childName, PasscodeCheck check, Keep keep,
    std::unique_ptr<ReadAloud> reader, QObject *parent)
    : QObject(parent)
    , m_childName(childName)
    , m_check(std::move(check))
    , m_keep(std::move(keep))
    , m_drawing(new ChildDrawing(this))
    , m_houses { new ChildHouseModel(this), new ChildHouseModel(this), new ChildHouseModel(this) }
    , m_reader(std::move(reader))
{
    connect(m_drawing, &ChildDrawing::edited, this, &ChildModeController::flush);
    // Whether anything was read aloud is part of what the child's contribution says.
    if (m_reader)
        connect(m_reader.get(), &ReadAloud::spokenChanged, this, &ChildModeController::flush);
}

ChildModeController::~ChildModeController() = default;

Expected<void, JsonError> ChildModeController::load(const JsonValue &contribution)
{
    const QString path = QStringLiteral("$.childContribution");
    if (auto ok = ChildContributionBody::validate(contribution, path); !ok)
        return ok;
    auto strokes = ChildDrawing::fromJson(contribution[u"strokes"], path);
    if (!strokes)
        return unexpected(strokes.error());
    m_drawing->setStrokes(std::move(strokes.value()));
    for (int i = 0; i < 3; ++i)
        m_houses[std::size_t(i)]->setJson(
            contribution[u"houses"][ChildContributionBody::houses().at(i)]);
    m_scales.clear();
    for (const JsonValue &answer : contribution[u"scales"].items())
        m_scales[answer[u"scale"].toString()] = int(answer[u"value"].toInteger());
    m_readAloudBefore = contribution[u"readAloud"].toBool();
    Q_EMIT scalesChanged();
    return {};
}

JsonValue ChildModeController::contribution() const
{
    JsonValue houses = JsonValue::object();
    for (int i = 0; i < 3; ++i)
        houses.insert(ChildContributionBody::houses().at(i), m_houses[std::size_t(i)]->toJson());
    // In the fixed order of the scales, so the same answers always give the same bytes.
    JsonValue answers = JsonValue::array();
    for (const QString &scale : ChildContributionBody::scales())
        if (auto found = m_scales.find(scale); found != m_scales.end())
            answers.append(JsonValue::object({ { QStringLiteral("scale"), scale },
                { QStringLiteral("value"), found->second } }));
    const bool readAloud = m_readAloudBefore || (m_reader && m_reader->spoken());
    return JsonValue::object({ { QStringLiteral("format"), ChildContributionBody::Format },
        { QStringLiteral("strokes"), m_drawing->toJson() }, { QStringLiteral("houses"), houses },
        { QStringLiteral("scales"), answers }, { QStringLiteral("readAloud"), readAloud } });
}

QStringList ChildModeController::pictures()
{
    return ChildContributionBody::pictures();
}

QStringList ChildModeController::scales()
{
    return ChildContributionBody::scales();
}

QVariantMap ChildModeController::scaleValues() const
{
    QVariantMap values;
    for (const auto &[scale, value] : m_scales)
        values.insert(scale, value);
    return values;
}

ChildHouseModel *ChildModeController::house(House house) const
{
    return house >= Worries && house <= Dreams ? m_houses[std::size_t(house)] : nullptr;
}

bool ChildModeController::placePicture(House which, const QString &picture)
{
    ChildHouseModel *target = house(which);
    if (!target || !target->addPicture(picture))
        return false;
    flush();
    return true;
}

bool ChildModeController::placeWords(House which, const QString &words)
{
    ChildHouseModel *target = house(which);
    if (!target || !target->addWords(words))
        return false;
    flush();
    return true;
}

bool ChildModeController::removeFromHouse(House which, int row)
{
    ChildHouseModel *target = house(which);
    if (!target || !target->remove(row))
        return false;
    flush();
    return true;
}

bool ChildModeController::setScale(const QString &scale, int value)
{
    if (!ChildContributionBody::scales().contains(scale) || value < 0
        || value > ChildContributionBody::ScaleMax)
        return false;
    m_scales[scale] = value;
    Q_EMIT scalesChanged();
    flush();
    return true;
}

void ChildModeController::leave(const QString &passcode)
{
    if (m_checking)
        return;
    m_checking = true;
    m_leaveError.clear();
    Q_EMIT leaveChanged();
    QPointer<ChildModeController> self(this);
    const bool started = m_check(passcode, [self](const QString &problem) {
        if (!self)
            return;
        self->m_checking = false;
        self->m_leaveError = problem;
        Q_EMIT self->leaveChanged();
        if (problem.isEmpty()) {
            self->flush();
            Q_EMIT self->left();
        }
    });
    if (!started) {
        m_checking = false;
        m_leaveError = tr("Hearth is busy. Please try again in a moment.");
        Q_EMIT leaveChanged();
    }
}

void ChildModeController::clearLeaveError()
{
    if (m_leaveError.isEmpty())
        return;
    m_leaveError.clear();
    Q_EMIT leaveChanged();
}

void ChildModeController::flush()
{
    if (m_keep)
        m_keep(contribution());
}

} // namespace hearth
