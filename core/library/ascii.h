// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace Wesog::Ascii {

/// Case of ASCII letters only, whatever the C locale says (in Turkish, tolower('I') is not 'i').
constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

inline std::string lower(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = lower(c);
    return result;
}

} // namespace Wesog::Ascii
