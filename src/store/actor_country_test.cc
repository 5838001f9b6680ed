#include <gtest/gtest.h>

#include "dyad/store.h"

namespace dyad {
namespace {

TEST(ActorCountry, CountryCodesAndTheirRoles) {
  EXPECT_EQ(actor_country("FRA"), "FRA");
  EXPECT_EQ(actor_country("FRAGOV"), "FRA");
  EXPECT_EQ(actor_country("MLIREB"), "MLI");
  EXPECT_EQ(actor_country("USAMED"), "USA");
  EXPECT_EQ(actor_country("KSV"), "KSV");  // CAMEO's Kosovo, from countries-extra.dyad
}

TEST(ActorCountry, NonCountriesGiveNothing) {
  for (const char* code : {"", "---", "IGOUNO", "NGO", "REB", "INSMIL", "AFR", "EUR", "WST",
                           "fra", "FR", "MNC", "UIS"})
    EXPECT_EQ(actor_country(code), "") << code;
}

}  // namespace
}  // namespace dyad
