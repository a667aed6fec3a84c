#include "jsonvalue.h"

#include <algorithm>

namespace hearth {

JsonValue::JsonValue(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{ }

JsonValue::JsonValue(QString value)
    : m_type(Type::String)
    , m_string(std::move(value))
{ }

JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue value;
    value.m_type = Type::Array;
    value.m_items = std::move(items);
    return value;
}

JsonValue JsonValue::object(std::initializer_list<std::pair<QString, JsonValue>> members)
{
    JsonValue value;
    value.m_type = Type::Object;
    for (const auto &[key, member] : members)
        value.insert(key, member);
    return value;
}

void JsonValue::append(JsonValue value)
{
    Q_ASSERT(m_type == Type::Array);
    m_items.push_back(std::move(value));
}

namespace {
auto lowerBound(const std::vector<JsonMember> &members, QStringView key)
{
    return std::lower_bound(members.begin(), members.end(), key,
        [](const JsonMember &m, QStringView k) { return JsonValue::keyLess(m.key, k); });
}
} // namespace

void JsonValue::insert(const QString &key, JsonValue value)
{
    Q_ASSERT(m_type == Type::Object);
    const auto it = lowerBound(m_members, key);
    if (it != m_members.end() && it->key == key) {
        m_members[std::size_t(it - m_members.begin())].value = std::move(value);
        return;
    }
    m_members.insert(it, JsonMember { key, std::move(value) });
}

bool JsonValue::remove(QStringView key)
{
    const auto it = lowerBound(m_members, key);
    if (it == m_members.end() || it->key != key)
        return false;
    m_members.erase(it);
    return true;
}

const JsonValue *JsonValue::find(QStringView key) const
{
    const auto it = lowerBound(m_members, key);
    if (it == m_members.end() || it->key != key)
        return nullptr;
    return &it->value;
}

const JsonValue &JsonValue::operator[](QStringView key) const
{
    static const JsonValue null;
    const JsonValue *value = find(key);
    return value ? *value : null;
}

std::size_t JsonValue::size() const
{
    switch (m_type) {
    case Type::Array:
        return m_items.size();
    case Type::Object:
        return m_members.size();
    default:
        return 0;
    }
}

bool operator==(const JsonValue &a, const JsonValue &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return a.m_bool == b.m_bool;
    case JsonValue::Type::Integer:
        return a.m_integer == b.m_integer;
    case JsonValue::Type::String:
        return a.m_string == b.m_string;
    case JsonValue::Type::Array:
        return a.m_items == b.m_items;
    case JsonValue::Type::Object:
        return a.m_members == b.m_members;
    }
    return false;
}

bool JsonValue::keyLess(QStringView a, QStringView b)
{
    // QChar's unicode() is the UTF-16 code unit; surrogates are compared as they are, which is
    // exactly what the RFC asks for.
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
        [](QChar x, QChar y) { return x.unicode() < y.unicode(); });
}

} // namespace hearth
