#include "dyad/calendar.h"

namespace dyad {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's civil algorithm).
int64_t days_from_date(int yyyymmdd) {
  int y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int date_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return static_cast<int>(y * 10000 + m * 100 + d);
}

int add_days(int yyyymmdd, int64_t days) { return date_from_days(days_from_date(yyyymmdd) + days); }

int weekday(int yyyymmdd) {
  int64_t z = days_from_date(yyyymmdd);  // 1970-01-01 was a Thursday (3 with Monday = 0)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

}  // namespace dyad
