#pragma once

#include <cassert>
#include <utility>
#include <variant>

namespace hearth {

// A small stand-in for C++23 std::expected (GCC 12 in C++20 mode does not have it):
// functions that can fail return either a value or a domain error, never throw.
template<typename E> class Unexpected
{
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    { }
    E &error() & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<typename T, typename E> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_storage(std::in_place_index<0>, std::move(value))
    { }
    template<typename G>
    Expected(Unexpected<G> error)
        : m_storage(std::in_place_index<1>, E(std::move(error).error()))
    { }

    bool hasValue() const { return m_storage.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return std::get<0>(m_storage);
    }
    const T &value() const &
    {
        assert(hasValue());
        return std::get<0>(m_storage);
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_storage));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const E &error() const
    {
        assert(!hasValue());
        return std::get<1>(m_storage);
    }

private:
    std::variant<T, E> m_storage;
};

// Expected<void, E>: success carries nothing.
template<typename E> class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    template<typename G>
    Expected(Unexpected<G> error)
        : m_failed(true)
        , m_error(std::move(error).error())
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    bool m_failed = false;
    E m_error {};
};

template<typename E> Unexpected<E> unexpected(E error)
{
    return Unexpected<E>(std::move(error));
}

} // namespace hearth
