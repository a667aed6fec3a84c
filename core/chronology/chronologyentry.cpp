#include "chronology/chronologyentry.h"

#include <array>

namespace hearth {

namespace {
using Kind = ChronologyEntry::Kind;
// The words `hearthctl chronology --json` and filters use; indexed by Kind.
constexpr std::array kindNames { u"visit", u"was-not-brought", u"concern", u"injury",
    u"co-operation", u"childs-words", u"life-event", u"amendment", u"agency-summary",
    u"flag-acknowledgement", u"supervisor-review", u"countersignature", u"professional-difference",
    u"child-voice-session", u"going-missing", u"return-home-interview", u"exploitation-context" };
} // namespace

QString entryKindName(ChronologyEntry::Kind kind)
{
    return QString::fromUtf16(kindNames.at(std::size_t(kind)));
}

std::optional<ChronologyEntry::Kind> entryKindFromName(const QString &name)
{
    for (std::size_t i = 0; i < kindNames.size(); ++i)
        if (name == QStringView(kindNames.at(i)))
            return Kind(i);
    return std::nullopt;
}

QString signatureStatusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Verified:
        return QStringLiteral("verified");
    case SignatureStatus::ChainBroken:
        return QStringLiteral("chain-broken");
    case SignatureStatus::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

} // namespace hearth
