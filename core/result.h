// SPDX-License-Identifier: Apache-2.0
// Result<T>: the value of a core call that can fail, or the error with the file and the reason.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace assay {

enum class ErrorCode {
    Generic,
    NotFound,     // a file, item, class or person that does not exist
    InvalidInput, // malformed file or argument
    Unsupported,  // a format or version this build cannot read
    Io,           // the operating system refused a read or write
    Database,     // SQLite reported an error
    Permission,   // the acting person lacks the role for this action
    Conflict,     // duplicate, already exists, state does not allow it
    Cancelled,
    Tampered, // the event log does not verify
};

struct Error
{
    ErrorCode code = ErrorCode::Generic;
    QString message; // translated, human readable, says the reason
    QString path;    // the file concerned, when there is one

    // "path: message", or the message alone: the form used on stderr and in message boxes.
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

inline Error makeError(ErrorCode code, const QString &message, const QString &path = {})
{
    return Error{code, message, path};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {}
    Result(T &&value)
        : m_data(std::move(value))
    {}
    Result(const Error &error)
        : m_data(error)
    {}
    Result(Error &&error)
        : m_data(std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        Q_ASSERT(hasValue());
        return std::get<0>(m_data);
    }
    // By value on temporaries, so `for (auto &x : *store.items())` does not dangle.
    T value() &&
    {
        Q_ASSERT(hasValue());
        return std::get<0>(std::move(m_data));
    }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        Q_ASSERT(!hasValue());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const
    {
        Q_ASSERT(m_error);
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace assay

// Propagate an error from an expression returning a Result, as the caller's Result.
#define ASSAY_TRY(expr) \
    do { \
        auto _assay_r = (expr); \
        if (!_assay_r) \
            return _assay_r.error(); \
    } while (false)
