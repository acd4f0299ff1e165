#pragma once

// Errors as values at module boundaries: a Result<T> holds either a value or an Error.
// The code is stable (screens translate by it); the message is for people and logs.

#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace fl {

enum class ErrorCode {
    InvalidInput,   // the user's data breaks a rule; message says which
    NotFound,       // no such record, file or blob
    Conflict,       // e.g. a stale revision, an immutable record edited
    StorageFull,    // disk or database quota full: nothing was written
    StorageCorrupt, // the database file failed its integrity check
    StorageLocked,  // another process holds the store
    Io,             // a file could not be read or written
    Unsupported,    // a newer schema or an unknown record kind
    Internal,       // a bug: should never reach a user
};

[[nodiscard]] QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    [[nodiscard]] QString toString() const
    {
        return errorCodeName(code) + QStringLiteral(": ") + message;
    }
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    // By value: `for (auto &x : store.list(q).value())` must not dangle into a dead temporary.
    T value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_value));
    }
    // The value, or `fallback` on error (for settings and display, where an error changes
    // nothing the user relies on).
    T value_or(T fallback) const & { return ok() ? std::get<T>(m_value) : std::move(fallback); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<Error>(m_value);
    }

private:
    std::variant<T, Error> m_value;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace fl
