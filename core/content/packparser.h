#pragma once

#include "contentpack.h"
#include "model/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace hearth {

// Internal to ContentPackReader: the whole pack read with one JsonReader, so every problem
// carries its path. The practice sections every visit walks through are read in packparser.cpp,
// the optional ones added for planning, roles and agencies in packparserextras.cpp.
class PackParser
{
public:
    using Need = JsonReader::Need;
    using Scope = JsonReader::Scope;

    explicit PackParser(ContentPack &pack)
        : m_pack(pack)
    { }

    void parse(const QJsonObject &root);
    const QList<JsonProblem> &problems() const { return r.problems(); }

private:
    LocalText localText(const QJsonObject &o, const QString &key, Need need);
    QString uniqueId(const QJsonObject &o, QSet<QString> &seen);
    // Calls read(object) for each element of the list `key`, inside its path.
    template<typename Read> void eachObject(const QJsonObject &o, const QString &key, Read read);
    void labelled(const QJsonObject &root, const QString &key, const QString &textKey,
        QList<ContentPack::Labelled> &out);
    void ageBands(const QJsonObject &root);
    void livedExperience(const QJsonObject &root);
    void neglect(const QJsonObject &root);
    void cooperation(const QJsonObject &root);
    void contactSchedule(const QJsonObject &root);
    void safety(const QJsonObject &root);
    void patterns(const QJsonObject &root);
    void concernLog(const QJsonObject &root);
    void rolePrompts(const QJsonObject &root);
    AgeOffset age(const QJsonObject &o, const QString &key);

    ContentPack &m_pack;
    JsonReader r;
};

template<typename Read>
void PackParser::eachObject(const QJsonObject &o, const QString &key, Read read)
{
    const QJsonArray items = r.array(o, key, Need::Required);
    if (o.value(key).isArray() && items.isEmpty())
        r.problemAt(key, QStringLiteral("must not be empty"));
    Scope list(r, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.objectAt(items, i);
            continue;
        }
        Scope element(r, i);
        read(items.at(i).toObject());
    }
}

} // namespace hearth
