#pragma once

#include "errors.h"

#include <utility>
#include <variant>

namespace Marquee {

// A value or an Error, in the spirit of C++23 std::expected (which g++ 12 offers only in C++23
// mode). Construct from a T for success, from an Error for failure.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success or an Error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(const Error &error) : m_error(error), m_ok(false) {}
    Status(Error &&error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString where = {})
{
    return Error{code, std::move(message), std::move(where)};
}

} // namespace Marquee
