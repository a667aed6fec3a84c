#include "supervisionpages.h"

#include <QHash>

namespace hearth::server {

namespace {
QString say(ConsoleLanguage language, const char *key)
{
    return ConsoleStrings::get(language, key);
}
} // namespace

QString SupervisionPages::recordAnchor(const QString &recordId)
{
    return QStringLiteral("record-") + recordId;
}

Html SupervisionPages::flags(
    ConsoleLanguage language, const ChildFlags &judged, const QList<ConsoleRecord> &records)
{
    QHash<QString, const ConsoleRecord *> byId;
    for (const ConsoleRecord &record : records)
        byId.insert(record.stored.id, &record);
    Html html;
    html.markup("<section aria-labelledby=\"flags\" class=\"flags\"><h2 id=\"flags\">")
        .text(say(language, "flagsTitle").arg(judged.openCount()))
        .markup("</h2>");
    if (judged.flags.isEmpty()) {
        html.markup("<p>").text(say(language, "noFlags")).markup("</p></section>");
        return html;
    }
    html.markup("<ul class=\"flag-list\">");
    const QString code = ConsoleStrings::code(language);
    for (const PatternFlag &flag : judged.flags) {
        html.markup("<li class=\"flag\"><p class=\"says\">")
            .text(flag.text(code))
            .markup("</p><p class=\"state\">");
        if (flag.acknowledged)
            html.text(say(language, "flagAcknowledged"));
        else
            html.markup("<strong>").text(say(language, "flagOpen")).markup("</strong>");
        html.markup("</p><p class=\"evidence\">").text(say(language, "flagEvidence"));
        for (const QString &id : flag.evidence) {
            const ConsoleRecord *record = byId.value(id);
            html.markup(" <a href=\"#").text(recordAnchor(id)).markup("\">");
            if (record)
                html.text(ConsolePages::readableTime(record->created).left(10));
            else
                html.text(id);
            html.markup("</a>");
        }
        html.markup("</p></li>");
    }
    html.markup("</ul></section>");
    return html;
}

} // namespace hearth::server
