#pragma once

#include "childdrawing.h"
#include "childhousemodel.h"
#include "readaloud.h"

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <functional>
#include <map>
#include <memory>

namespace hearth {

// Child mode: the practitioner hands the tablet to the child, who draws, places pictures and
// words in the three houses and answers picture scales. It knows the child's first name and what
// the child makes, nothing else of the vault, so nothing of another child can reach the page.
// Leaving needs the practitioner's passcode (the vault's own check, throttled like every other);
// what the child made is handed to `keep` after every change (autosave into the record it belongs
// to) and on leaving, as the "childContribution" of docs/record-format.md.
class ChildModeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace opens child mode.")
    Q_PROPERTY(QString childName READ childName CONSTANT)
    Q_PROPERTY(hearth::ChildDrawing *drawing READ drawing CONSTANT)
    Q_PROPERTY(hearth::ChildHouseModel *worries READ worries CONSTANT)
    Q_PROPERTY(hearth::ChildHouseModel *goodThings READ goodThings CONSTANT)
    Q_PROPERTY(hearth::ChildHouseModel *dreams READ dreams CONSTANT)
    Q_PROPERTY(hearth::ReadAloud *reader READ reader CONSTANT)
    // The picture ids a child can place and the scales it can answer (the record's fixed sets).
    Q_PROPERTY(QStringList pictures READ pictures CONSTANT)
    Q_PROPERTY(QStringList scales READ scales CONSTANT)
    // Scale id -> the child's answer (0..10); unanswered scales are absent.
    Q_PROPERTY(QVariantMap scaleValues READ scaleValues NOTIFY scalesChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY leaveChanged)
    Q_PROPERTY(QString leaveError READ leaveError NOTIFY leaveChanged)

public:
    enum House
    {
        Worries,
        GoodThings,
        Dreams
    };
    Q_ENUM(House)

    // Checks the practitioner's passcode off the UI thread and calls back with an empty string
    // or the reason it was refused; false when it could not start (other vault work running).
    using PasscodeCheck
        = std::function<bool(const QString &, std::function<void(const QString &)>)>;
    using Keep = std::function<void(const JsonValue &)>;

    ChildModeController(const QString &childName, PasscodeCheck check, Keep keep,
        std::unique_ptr<ReadAloud> reader, QObject *parent = nullptr);
    ~ChildModeController() override;

    // Carries on from a contribution kept before (a draft reopened); refused if it is not one.
    [[nodiscard]] Expected<void, JsonError> load(const JsonValue &contribution);
    // The child's contribution as it stands, valid by ChildContributionBody::validate.
    JsonValue contribution() const;

    QString childName() const { return m_childName; }
    ChildDrawing *drawing() const { return m_drawing; }
    ChildHouseModel *worries() const { return m_houses[Worries]; }
    ChildHouseModel *goodThings() const { return m_houses[GoodThings]; }
    ChildHouseModel *dreams() const { return m_houses[Dreams]; }
    ReadAloud *reader() const { return m_reader.get(); }
    static QStringList pictures();
    static QStringList scales();
    QVariantMap scaleValues() const;
    bool checking() const { return m_checking; }
    QString leaveError() const { return m_leaveError; }

    Q_INVOKABLE bool placePicture(hearth::ChildModeController::House house, const QString &picture);
    Q_INVOKABLE bool placeWords(hearth::ChildModeController::House house, const QString &words);
    Q_INVOKABLE bool removeFromHouse(hearth::ChildModeController::House house, int row);
    Q_INVOKABLE bool setScale(const QString &scale, int value);
    // The practitioner takes the tablet back: `left` follows only when the passcode is right.
    Q_INVOKABLE void leave(const QString &passcode);
    Q_INVOKABLE void clearLeaveError();
    // Saves now (the app is going to the background or locking).
    void flush();

Q_SIGNALS:
    void scalesChanged();
    void leaveChanged();
    void left();

private:
    ChildHouseModel *house(House house) const;

    QString m_childName;
    PasscodeCheck m_check;
    Keep m_keep;
    ChildDrawing *m_drawing;
    std::array<ChildHouseModel *, 3> m_houses;
    std::unique_ptr<ReadAloud> m_reader;
    std::map<QString, int> m_scales;
    // Read aloud before this controller was opened (a draft carried on).
    bool m_readAloudBefore = false;
    bool m_checking = false;
    QString m_leaveError;
};

} // namespace hearth
