#include "chronology/lifeeventwords.h"

#include <QHash>

namespace hearth::LifeEventWords {

LocalText type(const QString &type)
{
    struct Words
    {
        const char16_t *en;
        const char16_t *cy;
    };
    static const QHash<QString, Words> words {
        { QStringLiteral("bereavement"), { u"Bereavement", u"Profedigaeth" } },
        { QStringLiteral("job-loss"), { u"Job loss", u"Colli swydd" } },
        { QStringLiteral("new-partner"), { u"New partner", u"Partner newydd" } },
        { QStringLiteral("new-baby"), { u"New baby", u"Babi newydd" } },
        { QStringLiteral("move"), { u"Moved home", u"Symud tŷ" } },
        { QStringLiteral("separation"), { u"Separation", u"Gwahanu" } },
        { QStringLiteral("prison-release"), { u"Release from prison", u"Rhyddhau o’r carchar" } },
        { QStringLiteral("other"), { u"Other life event", u"Digwyddiad bywyd arall" } },
    };
    const auto found = words.constFind(type);
    if (found == words.cend())
        return LocalText::plain(type);
    LocalText out;
    out.byLanguage.insert(QStringLiteral("en"), QString::fromUtf16(found->en));
    out.byLanguage.insert(QStringLiteral("cy"), QString::fromUtf16(found->cy));
    return out;
}

} // namespace hearth::LifeEventWords
