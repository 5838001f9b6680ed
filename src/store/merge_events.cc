// Merged events: the mentions of one (date, source, target, code) counted GDELT-style.
#include <set>

#include "store/store_impl.h"

namespace dyad::store {

namespace {

// Higher is more precise; an unknown precision ranks below every known one.
int precision_rank(std::string_view p) {
  if (p == "city") return 5;
  if (p == "admin2") return 4;
  if (p == "admin1") return 3;
  if (p == "country") return 2;
  if (p == "region") return 1;
  return 0;
}

struct Place {
  std::string name, country, admin1, precision;
  std::optional<double> lat, lon;
  int rank = -1;
};

struct Merged {
  int64_t mentions = 0;
  std::set<std::string> articles, outlets, unnamed;  // unnamed: articles without an outlet
  std::string first_article, source_country, target_country, root;
  std::optional<int64_t> quad;
  std::optional<double> goldstein;
  Place place;
};

// Reads the key's mentions (earliest article first) into one merged row.
Merged merge(Statement& q, const EventKey& k) {
  Merged m;
  q.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code);
  while (q.next()) {
    std::string article = q.text(0);
    std::string outlet = q.text(1);
    if (m.mentions++ == 0) {
      // The actor countries, root, quad and Goldstein score follow from the key itself.
      m.first_article = article;
      m.source_country = q.text(2);
      m.target_country = q.text(3);
      m.root = q.text(4);
      if (!q.is_null(5)) m.quad = q.integer(5);
      if (!q.is_null(6)) m.goldstein = q.real(6);
    }
    if (outlet.empty())
      m.unnamed.insert(article);
    else
      m.outlets.insert(std::move(outlet));
    m.articles.insert(std::move(article));
    // The most precise place wins; among equals, the earliest mention's.
    int rank = precision_rank(q.view(12));
    if (rank > m.place.rank) {
      m.place.rank = rank;
      m.place.name = q.text(7);
      m.place.country = q.text(8);
      m.place.admin1 = q.text(9);
      m.place.lat = q.is_null(10) ? std::nullopt : std::optional<double>(q.real(10));
      m.place.lon = q.is_null(11) ? std::nullopt : std::optional<double>(q.real(11));
      m.place.precision = q.text(12);
    }
  }
  return m;
}

std::string article_url(Statement& q, const std::string& id) {
  q.bind(1, id);
  std::string url = q.next() ? q.text(0) : std::string();
  q.reset();
  return url;
}

}  // namespace

std::vector<LiveEvent> merge_events(Statements& st, Touched& touched, PutStats& stats) {
  std::vector<LiveEvent> live;
  live.reserve(touched.events.size());
  for (const EventKey& k : touched.events) {
    Merged m = merge(st.key_mentions, k);

    std::optional<int64_t> id, story;
    st.find_event.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code);
    if (st.find_event.next()) {
      id = st.find_event.integer(0);
      if (!st.find_event.is_null(1)) story = st.find_event.integer(1);
    }
    st.find_event.reset();

    if (m.mentions == 0) {  // its last mention is gone
      if (id) {
        st.delete_event.bind(1, *id).run();
        ++stats.events_deleted;
        if (story) touched.stories.insert(*story);
      }
      continue;
    }
    Statement& w = id ? st.update_event : st.insert_event;
    w.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code);
    w.bind(5, m.source_country)
        .bind(6, m.target_country)
        .bind(7, m.root)
        .bind(8, m.quad)
        .bind(9, m.goldstein)
        .bind(10, m.place.name)
        .bind(11, m.place.country)
        .bind(12, m.place.admin1)
        .bind(13, m.place.lat)
        .bind(14, m.place.lon)
        .bind(15, m.place.precision)
        .bind(16, m.mentions)
        .bind(17, static_cast<int64_t>(m.outlets.size() + m.unnamed.size()))
        .bind(18, static_cast<int64_t>(m.articles.size()))
        .bind(19, m.first_article)
        .bind(20, article_url(st.article_url, m.first_article));
    if (id) {
      w.bind(21, *id).run();
    } else {
      w.run();
      id = w.last_insert_rowid();
      ++stats.events_created;
    }
    ++stats.events_touched;
    st.link_mentions.bind(1, *id).bind(2, k.date).bind(3, k.source).bind(4, k.target)
        .bind(5, k.code).run();
    live.push_back({*id, k, m.root, m.place.country, story});
  }
  return live;
}

}  // namespace dyad::store
