// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

namespace Wesog {

/// An optional value kept on the heap: 8 bytes while empty, where std::optional takes the
/// value's whole size. For what most of 1,000,000 table rows never hold (a read error, a
/// refused write). Reads as std::optional does; a copy copies the value.
template <typename T> class HeapOptional
{
public:
    HeapOptional() = default;
    HeapOptional(std::nullopt_t) { }
    HeapOptional(const T &value)
        : m_value(std::make_unique<T>(value))
    {
    }
    HeapOptional(const std::optional<T> &value)
        : m_value(value ? std::make_unique<T>(*value) : nullptr)
    {
    }
    HeapOptional(const HeapOptional &other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    {
    }
    HeapOptional(HeapOptional &&) noexcept = default;
    HeapOptional &operator=(const HeapOptional &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    HeapOptional &operator=(HeapOptional &&) noexcept = default;
    ~HeapOptional() = default;

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    T *operator->() { return m_value.get(); }
    void reset() { m_value.reset(); }

private:
    std::unique_ptr<T> m_value;
};

/// A value most rows leave at its default, kept on the heap only once it differs: 8 bytes for
/// the default, where the value itself may take hundreds (a submission's state). Read with
/// `->` and `*`; change with edit() or by assigning. A copy copies the value.
template <typename T> class RareValue
{
public:
    RareValue() = default;
    RareValue(const T &value) { *this = value; }

    /// Back to the default (no heap) when `value` is the default.
    RareValue &operator=(const T &value)
    {
        if (value == defaultValue())
            m_value.reset();
        else if (m_value)
            *m_value = value;
        else
            m_value = value;
        return *this;
    }

    const T &operator*() const { return m_value ? *m_value : defaultValue(); }
    const T *operator->() const { return &**this; }
    /// The value, to change in place; takes its heap room if it has none yet.
    T &edit()
    {
        if (!m_value)
            m_value = T();
        return *m_value;
    }

private:
    static const T &defaultValue()
    {
        static const T value;
        return value;
    }

    HeapOptional<T> m_value;
};

} // namespace Wesog
