#include "cli.h"

#include "chronology/chronologyjson.h"
#include "chronology/patternflag.h"
#include "common/clock.h"
#include "content/contentlibrary.h"
#include "household/childhistory.h"
#include "model/caseloadrepository.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace hearth::cli {

namespace {

// --at: the moment patterns are judged at (default now), so a training history or a test
// reads the same flags on any day.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime nowUtc() const override { return m_at; }

private:
    QDateTime m_at;
};

QString describe(const ChronologyEntry &e)
{
    using Kind = ChronologyEntry::Kind;
    const auto yesNo = [](const std::optional<bool> &v, const char *yes, const char *no) {
        return v ? QString::fromLatin1(*v ? yes : no) : QStringLiteral("not recorded");
    };
    switch (e.kind) {
    case Kind::Visit:
        // "Seen alone" means nothing for a child who was not seen.
        return QStringLiteral("%1 visit; child %2. %3")
            .arg(yesNo(e.announced, "announced", "unannounced"),
                e.seen == false ? QStringLiteral("NOT SEEN")
                                : yesNo(e.seen, "seen", "NOT SEEN") + QStringLiteral(", ")
                        + yesNo(e.seenAlone, "alone", "not alone"),
                e.text);
    case Kind::Cooperation:
        return QStringLiteral("level %1 (%2 of %3 appointments kept): %4")
            .arg(e.level.value_or(0))
            .arg(e.kept ? QString::number(*e.kept) : QStringLiteral("?"),
                e.offered ? QString::number(*e.offered) : QStringLiteral("?"), e.detail);
    case Kind::WasNotBrought:
        return e.text + QStringLiteral(". Follow-up: ") + e.detail;
    case Kind::ChildsWords:
        return QStringLiteral("\u201c%1\u201d").arg(e.text);
    case Kind::Injury:
        return QStringLiteral("%1: %2 (%3), seen %4")
            .arg(e.category, e.text, e.detail, e.seenOn.toString(Qt::ISODate));
    case Kind::FlagAcknowledgement:
    case Kind::Concern:
    case Kind::LifeEvent:
        return e.category + QStringLiteral(": ") + e.text;
    case Kind::Amendment:
        return QStringLiteral("amends %1: %2 %3").arg(e.category, e.text, e.detail);
    case Kind::AgencySummary:
        return e.text;
    case Kind::SupervisorReview: {
        QString text = QStringLiteral("review by %1: decided %2; discussed %3; because %4")
                           .arg(e.author, e.category, e.text, e.detail);
        for (const ChronologyEntry::Action &action : e.actions)
            text += QStringLiteral("; action: %1 (%2, by %3)")
                        .arg(action.action, action.owner, action.due.toString(Qt::ISODate));
        if (!e.rules.isEmpty())
            text += QStringLiteral("; flags reviewed: ") + e.rules.join(QStringLiteral(", "));
        return text;
    }
    case Kind::Countersignature:
        return QStringLiteral("%1 countersigned %2%3: %4")
            .arg(e.author, e.category,
                e.refers
                    ? QStringLiteral(" (%1 of %2)")
                          .arg(entryKindName(e.refers->kind), e.refers->date.toString(Qt::ISODate))
                    : QStringLiteral(" (not on this tablet)"),
                e.text);
    case Kind::ProfessionalDifference:
        if (e.category == u"open")
            return QStringLiteral("professional difference opened: %1 disagrees with %2 about %3; "
                                  "escalation step %4")
                .arg(e.raisedBy, e.disagreesWith, e.text, e.step);
        return QStringLiteral("professional difference closed: %1%2")
            .arg(e.text,
                e.refers ? QStringLiteral(" (opened %1 about %2)")
                               .arg(e.refers->date.toString(Qt::ISODate), e.refers->text)
                         : QString());
    case Kind::ChildVoiceSession:
        return QStringLiteral("child-voice session at %1 %2; child %3. Will do: %4")
            .arg(e.category, e.text, yesNo(e.seenAlone, "seen alone", "NOT seen alone"), e.detail);
    case Kind::GoingMissing:
        return QStringLiteral("came back %1 (police: %2); found: %3; how: %4")
            .arg(e.at.toString(Qt::ISODate),
                e.category.isEmpty() ? QStringLiteral("not reported") : e.category, e.text,
                e.detail);
    case Kind::ReturnHomeInterview:
        return QStringLiteral("interview for %1: %2 %3; actions: %4")
            .arg(e.evidence.value(0), e.category, e.at.toString(Qt::ISODate), e.text);
    case Kind::ExploitationContext:
        return QStringLiteral("%1: %2 (source: %3)").arg(e.category, e.text, e.detail);
    }
    return e.text;
}

void printFlags(const QList<PatternFlag> &flags, const QString &language, const char *indent)
{
    for (const PatternFlag &flag : flags) {
        std::printf("%s[%s]%s %s\n%s  evidence: %s\n", indent, qPrintable(flag.ruleId),
            flag.reviewed           ? " (reviewed)"
                : flag.acknowledged ? " (acknowledged)"
                                    : "",
            qPrintable(flag.text(language)), indent,
            qPrintable(flag.evidence.join(QStringLiteral(", "))));
    }
}

int printChild(const ChildHistory &history, CaseloadRepository &caseload, const QString &packKey,
    const QString &childId, bool json, const QString &language)
{
    auto child = caseload.child(childId);
    if (!child)
        return fail(QStringLiteral("no child %1 on this tablet's caseload").arg(childId));
    auto ofChild = history.child(childId);
    if (!ofChild)
        return fail(ofChild.error());
    const Chronology &chronology = ofChild->chronology;
    const QList<PatternFlag> &flags = ofChild->flags;
    const auto &byStatus = ofChild->byStatus;
    const QDateTime &now = history.asOf();
    if (json) {
        QJsonArray entries, flagList;
        for (const ChronologyEntry &e : chronology.entries)
            entries.append(ChronologyJson::entry(e));
        for (const PatternFlag &flag : flags)
            flagList.append(ChronologyJson::flag(flag, language));
        const QJsonObject out { { QStringLiteral("child"), childId },
            { QStringLiteral("name"), child->displayName() },
            { QStringLiteral("at"), now.toString(Qt::ISODateWithMs) },
            { QStringLiteral("pack"), packKey },
            { QStringLiteral("builtFrom"),
                QJsonObject { { QStringLiteral("records"), chronology.recordIds.size() },
                    { QStringLiteral("verified"), byStatus.value(SignatureStatus::Verified) },
                    { QStringLiteral("chainBroken"), byStatus.value(SignatureStatus::ChainBroken) },
                    { QStringLiteral("unverified"), byStatus.value(SignatureStatus::Unverified) },
                    { QStringLiteral("unreadable"), history.unreadable() },
                    { QStringLiteral("agencySummaries"), ofChild->agencySummaries } } },
            { QStringLiteral("flags"), flagList }, { QStringLiteral("entries"), entries } };
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    std::printf("Chronology of %s (%s) at %s, pack %s\n", qPrintable(child->displayName()),
        qPrintable(childId), qPrintable(now.toString(Qt::ISODate)), qPrintable(packKey));
    std::printf("Built from %lld records (%lld verified, %lld chain broken, %lld unverified) and "
                "%lld agency summaries\n",
        qint64(chronology.recordIds.size()), qint64(byStatus.value(SignatureStatus::Verified)),
        qint64(byStatus.value(SignatureStatus::ChainBroken)),
        qint64(byStatus.value(SignatureStatus::Unverified)), qint64(ofChild->agencySummaries));
    std::printf("\nFlags (%lld):\n", qint64(flags.size()));
    printFlags(flags, language, "  ");
    std::printf("\nEntries, newest first (%lld):\n", qint64(chronology.entries.size()));
    for (const ChronologyEntry &e : chronology.entries)
        std::printf("  %s  %-20s %s%s  [%s, %s]\n", qPrintable(e.date.toString(Qt::ISODate)),
            qPrintable(entryKindName(e.kind)), qPrintable(describe(e)),
            e.amendedBy.isEmpty() ? "" : " (amended)", qPrintable(e.recordId),
            qPrintable(signatureStatusName(e.signature)));
    return 0;
}

int printCaseloadFlags(
    const ChildHistory &history, CaseloadRepository &caseload, const QString &language)
{
    auto children = caseload.children();
    if (!children)
        return fail(children.error().message);
    auto flagged = history.caseloadFlags();
    if (!flagged)
        return fail(flagged.error());
    for (const Child &child : std::as_const(children.value())) {
        const QList<PatternFlag> flags = flagged->value(child.id);
        qsizetype open = 0;
        for (const PatternFlag &flag : flags)
            open += flag.acknowledged ? 0 : 1;
        std::printf("%s (%s): %lld flags, %lld not acknowledged\n", qPrintable(child.displayName()),
            qPrintable(child.id), qint64(flags.size()), qint64(open));
        printFlags(flags, language, "  ");
    }
    return 0;
}

} // namespace

int chronologyCommand(const QCommandLineParser &args)
{
    const bool caseloadFlags = args.isSet(QStringLiteral("flags"));
    if (!args.isSet(QStringLiteral("dir")))
        return usage(QStringLiteral("--dir DIR is required"));
    if (caseloadFlags == args.isSet(QStringLiteral("child")))
        return usage(QStringLiteral("give either --child ID or --flags"));
    const QString language = args.value(QStringLiteral("language"));
    if (language != QLatin1String("en") && language != QLatin1String("cy"))
        return usage(QStringLiteral("--language must be en or cy"));
    QDateTime now = Clock::system().nowUtc();
    if (args.isSet(QStringLiteral("at"))) {
        now = QDateTime::fromString(args.value(QStringLiteral("at")), Qt::ISODate);
        if (!now.isValid() || now.timeSpec() != Qt::UTC)
            return usage(QStringLiteral("--at must be a UTC time such as 2026-11-05T09:00:00Z"));
    }

    Vault vault(args.value(QStringLiteral("dir")));
    if (!vault.exists())
        return fail(QStringLiteral("no Hearth vault in ") + vault.directory());
    const Wiped passcode { readSecretLine() };
    if (auto ok = vault.unlock(passcode.bytes); !ok)
        return fail(ok.error());
    const FixedClock clock(now);
    RecordStore store(vault.database(), clock);
    if (auto ok = store.open(); !ok)
        return fail(ok.error());
    // The agency's packs in the vault's packs/ folder, as the app loads them.
    ContentLibrary content;
    if (auto ok = content.loadBuiltIn(); !ok)
        return fail(ok.error().message());
    for (const ContentError &refused :
        content.loadFolder(QDir(vault.directory()).filePath(QStringLiteral("packs"))))
        std::fprintf(stderr, "hearthctl: %s\n", qPrintable(refused.message()));

    // As of --at: what had been recorded by then, so the chronology and its facts are the ones
    // a practitioner would have seen at that moment.
    CaseloadRepository caseload(vault.database(), clock);
    auto history = ChildHistory::load(store, caseload, content.current()->patterns, now);
    if (!history)
        return fail(history.error());
    if (caseloadFlags)
        return printCaseloadFlags(history.value(), caseload, language);
    return printChild(history.value(), caseload, content.current()->key(),
        args.value(QStringLiteral("child")), args.isSet(QStringLiteral("json")), language);
}

} // namespace hearth::cli
