#include "installcheck.h"

#include "content/contentlibrary.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hearth::InstallCheck {

namespace {

const QStringList Languages { QStringLiteral("en"), QStringLiteral("cy") };

// The practitioner-facing texts of a pack that must read in every language. Optional texts
// (hints, guidance) count only where the English has one: a Welsh reader must never be the one
// who sees nothing.
QList<const LocalText *> textsOf(const ContentPack &pack)
{
    QList<const LocalText *> texts { &pack.title, &pack.notes, &pack.cooperationGuidance };
    for (const ContentPack::AgeBand &band : pack.ageBands)
        texts << &band.label;
    for (const LocalText &question : pack.questions)
        texts << &question;
    for (const ContentPack::LivedPrompt &prompt : pack.livedExperience)
        texts << &prompt.text << &prompt.hint;
    for (const ContentPack::NeglectDomain &domain : pack.neglect) {
        texts << &domain.label;
        for (const ContentPack::NeglectItem &item : domain.items)
            texts << &item.label << &item.guidance;
    }
    for (const ContentPack::CooperationLevel &level : pack.cooperationLevels)
        texts << &level.label << &level.descriptor;
    for (const auto *list : { &pack.cooperationFlags, &pack.concernCategories, &pack.menPrompts })
        for (const ContentPack::Labelled &labelled : *list)
            texts << &labelled.label << &labelled.descriptor;
    return texts;
}

QStringList checkPack(const QString &path)
{
    ContentLibrary library;
    if (auto loaded = library.loadFile(path); !loaded)
        return { QStringLiteral("content pack refused: %1").arg(loaded.error().message()) };
    const ContentPack &pack = library.packs().constFirst();
    QStringList problems;
    for (const QString &language : Languages) {
        if (!pack.languages.contains(language)) {
            problems << QStringLiteral("%1 does not declare language %2").arg(pack.id, language);
            continue;
        }
        qsizetype untranslated = 0;
        for (const LocalText *text : textsOf(pack)) {
            if (!text->isEmpty() && text->byLanguage.value(language).trimmed().isEmpty())
                ++untranslated;
        }
        if (untranslated > 0)
            problems << QStringLiteral("%1: %2 texts have no %3 wording")
                            .arg(pack.id)
                            .arg(untranslated)
                            .arg(language);
        const VisitRequirements required = ContentLibrary::requirementsFor(pack, language);
        if (required.neglectItems.isEmpty())
            problems << QStringLiteral("%1 asks nothing of a visit in %2").arg(pack.id, language);
    }
    return problems;
}

QStringList checkPacks()
{
    const QString folder = packsFolder();
    QStringList problems;
    const QStringList shipped = QStringLiteral(HEARTH_SHIPPED_PACKS).split(u',');
    for (const QString &name : shipped) {
        const QString path = QDir(folder).filePath(name);
        if (!QFileInfo(path).isFile())
            problems << QStringLiteral("content pack %1 is not installed").arg(path);
        else
            problems << checkPack(path);
    }
    return problems;
}

// A record signed with a fresh key must verify, and the same bytes with one byte changed must
// not: a verifier that accepts everything would pass the first half alone.
QStringList checkSigning()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    const QString device = QStringLiteral("self-test-device");
    UuidV7Generator ids;
    RecordWriter writer(key, ChainState::genesis(device), ids);
    auto record = writer.append(RecordKind::Visit, QStringLiteral("self-test"),
        { ContentLibrary::builtInId(), QStringLiteral("0") },
        JsonValue::object({ { QStringLiteral("child"), QStringLiteral("self-test-child") },
            { QStringLiteral("visitId"), QStringLiteral("self-test-visit") } }));
    if (!record)
        return { QStringLiteral("signing a record failed: %1").arg(record.error().message) };
    const PublicKeyLookup lookup = RecordVerifier::singleDevice(device, key.publicKey());
    if (auto verified = RecordVerifier::verifyEnvelope(record->bytes, lookup); !verified)
        return {
            QStringLiteral("a record just signed does not verify: %1").arg(verified.error().message)
        };
    QByteArray tampered = record->bytes;
    const qsizetype at = tampered.indexOf("self-test-child");
    if (at < 0)
        return { QStringLiteral("a signed record lost its body") };
    tampered[at] = 'S';
    if (RecordVerifier::verifyEnvelope(tampered, lookup))
        return { QStringLiteral("a record changed after signing still verifies") };
    return {};
}

} // namespace

QString packsFolder()
{
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(HEARTH_PACKS_DIR)));
}

QStringList run()
{
    return checkSigning() + checkPacks();
}

} // namespace hearth::InstallCheck
