#pragma once
/// Feature tests. eventex is C++17; C++20 facilities are used only where these say so.
#include "version.hpp"  // EVENTEX_VERSION_*

#if defined(__has_cpp_attribute)
#  if __has_cpp_attribute(likely) && __cplusplus >= 202002L
#    define EVENTEX_LIKELY [[likely]]
#  endif
#endif
#ifndef EVENTEX_LIKELY
#  define EVENTEX_LIKELY
#endif
