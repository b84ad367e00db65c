#pragma once
/// Calendar dates with a precision: a day, a month or a year.
#include <cstdio>       // std::snprintf
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex {

/// A proleptic Gregorian date. `day == 0` means only the month is known ("im Juni"),
/// `month == 0` only the year ("2023"). Plain value: copy, compare, store.
struct Date {
    int year = 0;
    int month = 0;  ///< 1..12, or 0 when unknown
    int day = 0;    ///< 1..31, or 0 when unknown

    constexpr bool has_month() const noexcept { return month != 0; }
    constexpr bool has_day() const noexcept { return day != 0; }

    friend constexpr bool operator==(const Date& a, const Date& b) noexcept {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend constexpr bool operator!=(const Date& a, const Date& b) noexcept { return !(a == b); }
    friend constexpr bool operator<(const Date& a, const Date& b) noexcept {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
};

constexpr bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int days_in_month(int year, int month) noexcept {
    constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

/// True when the fields form a date of the stated precision (month 0 implies day 0).
constexpr bool is_valid(const Date& d) noexcept {
    if (d.year < 1 || d.year > 9999) return false;
    if (d.month == 0) return d.day == 0;
    if (d.month < 1 || d.month > 12) return false;
    return d.day == 0 || (d.day >= 1 && d.day <= days_in_month(d.year, d.month));
}

/// Days since 1970-01-01 of a full date (H. Hinnant's days_from_civil).
constexpr long days_from_civil(const Date& d) noexcept {
    const long y = d.year - (d.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (d.month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// Inverse of days_from_civil.
constexpr Date civil_from_days(long z) noexcept {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return Date{static_cast<int>(year), month, day};
}

/// `date` moved by `days` (negative: back); `date` must be a full date.
constexpr Date add_days(const Date& date, long days) noexcept {
    return civil_from_days(days_from_civil(date) + days);
}

/// ISO weekday of a full date: 1 = Monday ... 7 = Sunday.
constexpr int iso_weekday(const Date& date) noexcept {
    const long z = days_from_civil(date);  // 1970-01-01 was a Thursday (4)
    const long w = (z % 7 + 7 + 3) % 7;    // 0 = Monday
    return static_cast<int>(w) + 1;
}

/// "2025-07-02", "2025-07" or "2025", by precision.
inline std::string to_string(const Date& d) {
    char buffer[16];
    if (d.day != 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    else if (d.month != 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d", d.year);
    return buffer;
}

/// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; nullopt unless the result is a valid date.
constexpr std::optional<Date> parse_iso_date(std::string_view text) noexcept {
    auto digits = [&](std::size_t at, std::size_t count, int& out) {
        if (at + count > text.size()) return false;
        int value = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            value = value * 10 + (text[i] - '0');
        }
        out = value;
        return true;
    };
    Date d;
    if (!digits(0, 4, d.year)) return std::nullopt;
    if (text.size() == 4) return is_valid(d) ? std::optional<Date>(d) : std::nullopt;
    if (text.size() < 7 || text[4] != '-' || !digits(5, 2, d.month)) return std::nullopt;
    if (text.size() == 7) return is_valid(d) ? std::optional<Date>(d) : std::nullopt;
    if (text.size() != 10 || text[7] != '-' || !digits(8, 2, d.day)) return std::nullopt;
    return is_valid(d) ? std::optional<Date>(d) : std::nullopt;
}

}  // namespace eventex
