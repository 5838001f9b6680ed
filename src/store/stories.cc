// Story clusters: merged events of one dyad and root code on neighbouring days, in compatible
// places. An event keeps the story it was put in; a story's counts are recomputed whenever
// one of its events changes.
#include "store/store_impl.h"

namespace dyad::store {

namespace {

bool compatible(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

// The story the event joins, or a new one. Candidates are the stories of its dyad and root
// whose date range reaches within a day of its date; the one seen most recently wins.
int64_t story_for(Statements& st, const LiveEvent& e) {
  st.story_candidates.bind(1, e.key.source).bind(2, e.key.target).bind(3, e.root)
      .bind(4, e.key.date);
  std::optional<int64_t> found;
  while (st.story_candidates.next()) {
    if (!compatible(st.story_candidates.text(1), e.country)) continue;
    found = st.story_candidates.integer(0);
    break;
  }
  st.story_candidates.reset();
  if (found) {
    st.extend_story.bind(1, *found).bind(2, e.key.date).bind(3, e.country).run();
    return *found;
  }
  st.insert_story.bind(1, e.key.source).bind(2, e.key.target).bind(3, e.root)
      .bind(4, e.country).bind(5, e.key.date).run();
  return st.insert_story.last_insert_rowid();
}

void recount(Statements& st, int64_t story) {
  st.story_events.bind(1, story);
  st.story_events.next();  // an aggregate always returns one row
  int64_t events = st.story_events.integer(0);
  int64_t mentions = st.story_events.integer(1);
  std::string first = st.story_events.text(2), last = st.story_events.text(3);
  st.story_events.reset();
  if (events == 0) {
    st.delete_story.bind(1, story).run();
    return;
  }
  st.story_distinct.bind(1, story);
  st.story_distinct.next();
  int64_t articles = st.story_distinct.integer(0), sources = st.story_distinct.integer(1);
  st.story_distinct.reset();
  // Its country: the commonest among its placed events ('' when none is placed).
  st.story_country.bind(1, story);
  std::string country = st.story_country.next() ? st.story_country.text(0) : std::string();
  st.story_country.reset();
  st.update_story.bind(1, story)
      .bind(2, country)
      .bind(3, first)
      .bind(4, last)
      .bind(5, events)
      .bind(6, mentions)
      .bind(7, sources)
      .bind(8, articles)
      .run();
}

}  // namespace

void cluster_stories(Statements& st, const std::vector<LiveEvent>& events, Touched& touched) {
  // `events` is in key order, date first: a run of days builds one story in one batch.
  for (const LiveEvent& e : events) {
    if (e.story) {
      touched.stories.insert(*e.story);
      continue;
    }
    int64_t story = story_for(st, e);
    st.set_event_story.bind(1, e.id).bind(2, story).run();
    touched.stories.insert(story);
  }
  for (int64_t story : touched.stories) recount(st, story);
}

}  // namespace dyad::store
