#include "dyad/calendar.h"

#include <gtest/gtest.h>

namespace dyad {

TEST(Calendar, RoundTripsAndCrossesBoundaries) {
  EXPECT_EQ(days_from_date(19700101), 0);
  EXPECT_EQ(add_days(20220301, -1), 20220228);
  EXPECT_EQ(add_days(20240301, -1), 20240229);
  EXPECT_EQ(add_days(20211231, 1), 20220101);
  EXPECT_EQ(add_days(20220101, -1), 20211231);
  for (int d : {19000101, 19991231, 20000229, 20260101})
    EXPECT_EQ(date_from_days(days_from_date(d)), d);
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(weekday(20220217), 3);  // Thursday
  EXPECT_EQ(weekday(20220216), 2);  // Wednesday
  EXPECT_EQ(weekday(20261129), 6);  // Sunday
}

}  // namespace dyad
