// Calendar arithmetic on yyyymmdd integers (proleptic Gregorian).
#pragma once
#include <cstdint>

namespace dyad {

int64_t days_from_date(int yyyymmdd);  // days since 1970-01-01
int date_from_days(int64_t days);
int add_days(int yyyymmdd, int64_t days);
int weekday(int yyyymmdd);  // Monday = 0 ... Sunday = 6

}  // namespace dyad
