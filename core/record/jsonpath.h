#pragma once

#include <QString>

#include <vector>

namespace hearth {

// The location inside a JSON document while walking it ($.body.items[2].name), kept as a stack
// so error messages from the parser, the serialiser and the record validators can point at the
// exact member. Rendering happens only when an error is reported.
class JsonPath
{
public:
    void pushKey(const QString &key) { m_segments.push_back({ key, -1 }); }
    void pushIndex(qsizetype index) { m_segments.push_back({ {}, index }); }
    void pop() { m_segments.pop_back(); }
    qsizetype depth() const { return qsizetype(m_segments.size()); }

    QString toString() const;
    // A path below $ in one step, for validators that know where they are.
    static QString child(const QString &parent, const QString &key);

private:
    struct Segment
    {
        QString key;
        qsizetype index;
    };
    std::vector<Segment> m_segments;
};

} // namespace hearth
