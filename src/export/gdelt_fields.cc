// GDELT 2.0 field formats shared by the Event and Mentions exports (GDELT Event Codebook
// V2.0, 2/19/2015, http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf).
#include <cstdio>

#include "dyad/export.h"

namespace dyad {

std::string gdelt_day(const std::string& iso_date) {
  if (iso_date.size() < 10) return "";
  return iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
}

std::string gdelt_fraction_date(const std::string& iso_date) {
  if (iso_date.size() < 10) return "";
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso_date[i] < '0' || iso_date[i] > '9') return "";  // not a stored date: no fraction
  int year = std::stoi(iso_date.substr(0, 4));
  int month = std::stoi(iso_date.substr(5, 2));
  int day = std::stoi(iso_date.substr(8, 2));
  // The codebook describes FFFF as "(MONTH * 30 + DAY) / 365", but GDELT's published files
  // hold the day of the year over 365 (20190125 -> 2019.0685, 20150219 -> 2015.1370); we
  // match the files, which is what programs reading them were written against.
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12) return "";
  int day_of_year = kBefore[month - 1] + day + (leap && month > 2 ? 1 : 0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", year + day_of_year / 365.0);
  return buf;
}

std::string gdelt_timestamp(const std::string& iso_time) {
  std::string digits;
  for (char c : iso_time)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() == 8) digits += "000000";
  return digits.size() >= 14 ? digits.substr(0, 14) : "";
}

std::vector<std::string> gdelt_geo_fields(const GeoPoint& g, const CountryCodes& countries) {
  std::vector<std::string> f(8);
  // Geo_Type: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE; GDELT's own files
  // write 0 with the other fields empty when there is no location, and so do we (regions
  // across countries have no type).
  const bool us = g.country == "US";
  int type = 0;
  if (g.precision == "country" && !g.country.empty()) type = 1;
  else if (g.precision == "admin1") type = us ? 2 : 5;
  else if (g.precision == "city" || g.precision == "admin2") type = us ? 3 : 4;
  f[0] = std::to_string(type);
  if (type == 0) return f;
  const CountryCode* c = countries.by_iso2(g.country);
  std::string country_name = c ? c->name : g.country;
  // FullName: GDELT writes "City, ADM1, Country"; dyad knows the place and its country.
  if (type == 1 || g.name.empty() || g.name == country_name)
    f[1] = g.name.empty() ? country_name : g.name;
  else
    f[1] = country_name.empty() ? g.name : g.name + ", " + country_name;
  f[2] = c ? c->fips : "";  // FIPS 10-4, not ISO
  // ADM1Code: the FIPS country code followed by the division's code; GDELT uses the postal
  // code for US states ("USTX"), which ISO 3166-2 shares ("US-TX"). Other countries'
  // ISO 3166-2 codes have no FIPS equivalent here, so only the country part is written.
  f[3] = f[2];
  if (us && type != 1 && g.admin1.size() == 5 && g.admin1.compare(0, 3, "US-") == 0)
    f[3] = "US" + g.admin1.substr(3);
  if (g.has_point) {
    f[5] = value_text(g.lat);
    f[6] = value_text(g.lon);
  }
  // FeatureID: GNS/GNIS feature ids dyad does not have; for a country GDELT writes its code.
  if (type == 1) f[7] = f[2];
  return f;
}

}  // namespace dyad
