#include "phrasebook.h"

#include "model/jsonreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hearth {

namespace {
using Need = JsonReader::Need;

// Alternatives multiply, so a careless agency file could ask for millions of variants.
constexpr qsizetype MaxVariants = 5000;

// "a {b|c} d" becomes "a b d" and "a c d". The problem, if any, says what is wrong.
QString expand(const QString &pattern, QStringList &out)
{
    const qsizetype open = pattern.indexOf(QLatin1Char('{'));
    const qsizetype close = pattern.indexOf(QLatin1Char('}'), open < 0 ? 0 : open);
    if (open < 0) {
        if (pattern.contains(QLatin1Char('}')))
            return QStringLiteral("has \"}\" without \"{\" in \"%1\"").arg(pattern);
        out.append(pattern);
        return out.size() > MaxVariants
            ? QStringLiteral("gives more than %1 variants").arg(MaxVariants)
            : QString();
    }
    if (close < 0 || pattern.mid(open + 1, close - open - 1).contains(QLatin1Char('{')))
        return QStringLiteral("has \"{\" without its \"}\" in \"%1\"").arg(pattern);
    const QStringList choices = pattern.mid(open + 1, close - open - 1).split(QLatin1Char('|'));
    for (const QString &choice : choices)
        if (QString problem = expand(pattern.left(open) + choice + pattern.mid(close + 1), out);
            !problem.isEmpty())
            return problem;
    return {};
}

QStringList readVariants(JsonReader &r, const QJsonObject &o, const QString &key)
{
    QStringList out;
    for (const QString &m : r.textList(o, key)) {
        if (const QString problem = expand(m, out); !problem.isEmpty()) {
            r.problemAt(key, problem);
            return {};
        }
    }
    for (const QString &m : std::as_const(out))
        if (m.trimmed().isEmpty()) {
            r.problemAt(key, QStringLiteral("must not contain empty text"));
            return {};
        }
    return out;
}

struct Entry
{
    Phrase phrase;
    bool off = false;
};

Entry readPhrase(JsonReader &r, const QJsonObject &o)
{
    static const QStringList modes { QStringLiteral("anywhere"), QStringLiteral("alone"),
        QStringLiteral("undescribed") };
    Entry entry;
    Phrase &p = entry.phrase;
    p.id = r.text(o, QStringLiteral("id"));
    entry.off = r.boolean(o, QStringLiteral("off"), Need::Optional);
    if (entry.off)
        return entry;
    p.match = readVariants(r, o, QStringLiteral("match"));
    if (p.match.isEmpty() && r.ok() && o.value(QStringLiteral("match")).isArray())
        r.problemAt(QStringLiteral("match"), QStringLiteral("must list at least one phrase"));
    p.mode = Phrase::Mode(modes.indexOf(
        r.choice(o, QStringLiteral("mode"), modes, Need::Optional, QStringLiteral("anywhere"))));
    p.minWords = int(r.integer(o, QStringLiteral("minWords"), 1, 100,
                          p.mode == Phrase::Mode::Undescribed ? Need::Required : Need::Optional)
                         .value_or(0));
    p.caseSensitive = r.boolean(o, QStringLiteral("caseSensitive"), Need::Optional);
    p.anyCase = readVariants(r, o, QStringLiteral("anyCase"));
    p.notFollowedBy = r.textList(o, QStringLiteral("notFollowedBy"));
    p.notPrecededBy = r.textList(o, QStringLiteral("notPrecededBy"));
    p.nudge = r.text(o, QStringLiteral("nudge"));
    return entry;
}
} // namespace

QString PhraseBook::builtInPath(const QString &language)
{
    return QStringLiteral(":/hearth/language/phrases-%1.json").arg(language);
}

Expected<void, QString> PhraseBook::loadBuiltIn()
{
    for (const char *language : { "en", "cy" })
        if (auto ok = loadFile(builtInPath(QLatin1String(language))); !ok)
            return ok;
    return {};
}

Expected<void, QString> PhraseBook::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(name + QStringLiteral(": cannot be read: ") + file.errorString());
    return loadBytes(file.readAll(), name);
}

Expected<void, QString> PhraseBook::loadBytes(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(QStringLiteral("%1: $: not a JSON object (%2 at byte %3)")
                              .arg(name, error.errorString())
                              .arg(error.offset));
    const QJsonObject root = document.object();
    JsonReader r;
    r.integer(root, QStringLiteral("format"), 1, 1, Need::Required);
    const QString language = r.text(root, QStringLiteral("language"));
    QList<Entry> entries;
    QSet<QString> ids;
    const QJsonArray list = r.array(root, QStringLiteral("phrases"), Need::Required);
    {
        JsonReader::Scope scope(r, QStringLiteral("phrases"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = r.objectAt(list, i);
            JsonReader::Scope element(r, i);
            Entry entry = readPhrase(r, o);
            if (ids.contains(entry.phrase.id))
                r.problemAt(QStringLiteral("id"),
                    QStringLiteral("\"%1\" is used twice").arg(entry.phrase.id));
            ids.insert(entry.phrase.id);
            entries.append(entry);
        }
    }
    if (!r.ok())
        return unexpected(name + QStringLiteral(": ") + r.problems().first().toString());

    // Merge: same id replaces, "off" removes, anything else is added.
    QList<Phrase> &target = m_phrases[language];
    for (const Entry &entry : std::as_const(entries)) {
        target.removeIf([&](const Phrase &p) { return p.id == entry.phrase.id; });
        if (!entry.off)
            target.append(entry.phrase);
    }
    return {};
}

} // namespace hearth
