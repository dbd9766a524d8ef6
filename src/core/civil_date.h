// Civil (proleptic Gregorian) dates as day numbers and back: Howard Hinnant's algorithms
// (http://howardhinnant.github.io/date_algorithms.html). Shared by the events stage (explicit dates in text)
// and the claims stage (first seen, by the UTC instant).
#pragma once

#include <cstdio>
#include <string>

namespace claimtrace {

// Days since 1970-01-01 of year y, month m (1..12), day d (1..31).
inline long days_from_civil(long y, long m, long d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct CivilDate {
  long y = 1970, m = 1, d = 1;
};

inline CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.d = doy - (153 * mp + 2) / 5 + 1;
  c.m = mp < 10 ? mp + 3 : mp - 9;
  c.y = yoe + era * 400 + (c.m <= 2);
  return c;
}

// "YYYY-MM-DD" of a day number.
inline std::string iso_date(long days) {
  const CivilDate c = civil_from_days(days);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", c.y, c.m, c.d);
  return buf;
}

}  // namespace claimtrace
