#pragma once

// How the core says that something failed. Two ways, one rule:
//
//   1. Network work runs in a Job and reports a TwilioError (HTTP status, Twilio code, retry
//      information): Job::finished(), then Job::error().
//   2. Every synchronous call that can fail returns a Result<T> (Result<> when there is no value):
//      the value, or a Failure whose problem() is one translated sentence that says what happened
//      and what to do. The window and the CLI show problem() as it is.
//
// It replaces the mix that came before (bool with a QString *error out-parameter, a returned
// QString where "" meant fine, std::optional with an out-parameter): one type the caller cannot
// ignore ([[nodiscard]]), and no pointer to pass for the message. std::optional stays for what is
// merely absent (say, Media::messageSid), which is not a failure. C++20 has no std::expected; this
// is the small part of it the code needs.

#include <QString>
#include <QtGlobal>
#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace mediadesk {

// Why a call failed. Written like std::unexpected: return Failure(tr("…"));
struct Failure
{
    explicit Failure(QString problem) : problem(std::move(problem)) {}
    QString problem;
};

namespace detail {
inline const QString &noProblem()
{
    static const QString empty;
    return empty;
}
} // namespace detail

template<typename T = void> class [[nodiscard]] Result
{
public:
    // From a value, or from anything a T is made from (return std::nullopt; for a Result of an optional).
    template<typename U = T>
    requires std::constructible_from<T, U &&> &&
        (!std::same_as<std::remove_cvref_t<U>, Result>)&&(!std::same_as<std::remove_cvref_t<U>, Failure>)
            Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}
    Result(Failure failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *std::get_if<0>(&m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*std::get_if<0>(&m_state));
    }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }

    // The sentence that says what went wrong; "" when ok().
    const QString &problem() const { return ok() ? detail::noProblem() : std::get_if<1>(&m_state)->problem; }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Failure> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default; // success
    Result(Failure failure) : m_failure(std::move(failure)) {}

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    // The sentence that says what went wrong; "" when ok().
    const QString &problem() const { return m_failure ? m_failure->problem : detail::noProblem(); }

private:
    std::optional<Failure> m_failure;
};

} // namespace mediadesk
