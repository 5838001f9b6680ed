// Writing articles in put()'s three steps: each article's old mentions out and its row and
// sentences staged; the batch's sentences swapped in one statement; each article's mentions in.
#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "dyad/io.h"
#include "store/store_impl.h"

namespace dyad::store {

namespace {

// Why an article was not coded, from the coder's warning ("article X: not English, skipped").
std::string skip_reason(const CodedArticle& ca) {
  if (!ca.result.skipped) return "";
  if (ca.result.warnings.empty()) return "skipped";
  const std::string& w = ca.result.warnings.back();
  std::string prefix = "article " + ca.article.id + ": ";
  return w.compare(0, prefix.size(), prefix) == 0 ? w.substr(prefix.size()) : w;
}

std::string coder_of(const CodedArticle& ca) {
  if (!ca.coder.empty()) return ca.coder;
  return ca.result.events.empty() ? std::string() : ca.result.events.front().coder;
}

void bind_span(Statement& s, int i, const Span& span) {
  if (span.empty()) {
    s.bind_null(i).bind_null(i + 1);
  } else {
    s.bind(i, static_cast<int64_t>(span.begin)).bind(i + 1, static_cast<int64_t>(span.end));
  }
}

// The exact line write_event_jsonl writes, without its newline.
std::string event_json(const Event& e, std::ostringstream& buf) {
  buf.str("");
  buf.clear();
  write_event_jsonl(buf, e);
  std::string s = buf.str();
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

StagedArticle stage_article(Statements& st, const CodedArticle& ca, const std::string& now,
                            Touched& touched) {
  const Article& a = ca.article;
  const ArticleResult& r = ca.result;
  if (a.id.empty()) throw SqlError("an article without an id cannot be stored");
  StagedArticle staged;
  staged.ca = &ca;

  st.article_exists.bind(1, a.id);
  staged.existed = st.article_exists.next();
  st.article_exists.reset();

  // The previous version: remember the events its mentions fed, then delete them. Its
  // sentences go in write_sentences().
  if (staged.existed) {
    st.old_mentions.bind(1, a.id);
    while (st.old_mentions.next()) {
      EventKey key{st.old_mentions.text(1), st.old_mentions.text(2), st.old_mentions.text(3),
                   st.old_mentions.text(4)};
      touched.rollups.insert(
          {month_of(key.date), key.source, key.target, st.old_mentions.integer(5)});
      staged.old.emplace(st.old_mentions.text(0), key.code);
      touched.events.insert(std::move(key));
    }
    st.delete_mentions.bind(1, a.id).run();
    st.stage_replaced.bind(1, a.id).run();
  }

  // A coder never repeats a mention id inside an article; should it, the first one counts.
  {
    std::unordered_set<std::string> ids;
    for (const Event& e : r.events)
      if (ids.insert(e.id).second) staged.events.push_back(&e);
  }
  st.upsert_article.bind(1, a.id)
      .bind(2, a.date)
      .bind(3, a.source)
      .bind(4, a.url)
      .bind(5, a.title)
      .bind(6, a.text)
      .bind(7, text_hash(a.text))
      .bind(8, coder_of(ca))
      .bind(9, r.skipped ? 0 : r.sentences)
      .bind(10, static_cast<int64_t>(staged.events.size()))
      .bind(11, skip_reason(ca))
      .bind(12, now)
      .run();

  // Sentences (none for an article the coder skipped: it has no evidence to keep).
  std::unordered_set<int> staged_idx;
  auto stage = [&](int index, uint32_t begin, uint32_t end, std::string_view text) {
    if (!staged_idx.insert(index).second) return;
    st.stage_sentence.bind(1, a.id)
        .bind(2, index)
        .bind(3, static_cast<int64_t>(begin))
        .bind(4, static_cast<int64_t>(end))
        .bind(5, text)
        .run();
  };
  if (!r.skipped) {
    for (const auto& s : r.sentence_spans) {
      uint32_t size = static_cast<uint32_t>(a.text.size());
      uint32_t begin = std::min(s.begin, size);
      uint32_t end = std::clamp(s.end, begin, size);
      stage(s.index, begin, end, std::string_view(a.text).substr(begin, end - begin));
    }
  }
  // An event of a sentence not among the coded ones (a coder without sentence spans) brings
  // its own sentence text, without offsets.
  for (const Event* e : staged.events) stage(e->sentence, 0, 0, e->text);
  return staged;
}

void write_sentences(Statements& st) {
  st.delete_replaced_sentences.run();
  st.insert_staged_sentences.run();
  st.clear_staged_sentences.run();
  st.clear_replaced.run();
}

void write_mentions(Statements& st, StagedArticle& staged, Touched& touched, PutStats& stats) {
  const Article& a = staged.ca->article;
  std::ostringstream buf;
  bool changed = false;
  const std::string& outlet = a.source;
  for (const Event* ep : staged.events) {
    const Event& e = *ep;
    const EventLocation& loc = e.location;
    const std::string& article_date = e.article_date.empty() ? a.date : e.article_date;
    std::optional<int64_t> quad;
    if (e.quad) quad = *e.quad;
    st.insert_mention.bind(1, e.id)
        .bind(2, a.id)
        .bind(3, e.sentence)
        .bind(4, e.date)
        .bind(5, article_date)
        .bind(6, outlet)
        .bind(7, e.source)
        .bind(8, e.target)
        .bind(9, actor_country(e.source))
        .bind(10, actor_country(e.target))
        .bind(11, e.code)
        .bind(12, e.root)
        .bind(13, quad)
        .bind(14, e.goldstein)
        .bind(15, e.status)
        .bind(16, e.attributed_to)
        .bind(17, e.historical ? 1 : 0)
        .bind(18, loc.known() ? loc.name : "")
        .bind(19, loc.known() ? loc.country : "")
        .bind(20, loc.known() ? loc.admin1 : "");
    if (loc.known())
      st.insert_mention.bind(21, loc.lat).bind(22, loc.lon);
    else
      st.insert_mention.bind_null(21).bind_null(22);
    st.insert_mention.bind(23, loc.precision);
    bind_span(st.insert_mention, 24, e.evidence.source);
    bind_span(st.insert_mention, 26, e.evidence.target);
    bind_span(st.insert_mention, 28, e.evidence.verb);
    st.insert_mention.bind(30, mention_confidence(e))
        .bind(31, e.plover_event)
        .bind(32, e.plover_mode)
        .bind(33, event_json(e, buf))
        .run();
    ++stats.mentions;

    touched.rollups.insert({month_of(e.date), e.source, e.target, quad.value_or(0)});
    touched.events.insert({e.date, e.source, e.target, e.code});
    if (staged.old.erase(e.id) == 0) {
      ++stats.mentions_added;
      ++stats.code_changes[e.code].added;
      changed = true;
    }
  }
  // What is left of the old version is gone.
  if (!staged.old.empty()) changed = true;
  stats.mentions_removed += staged.old.size();
  for (const auto& [id, code] : staged.old) ++stats.code_changes[code].removed;
  ++stats.articles;
  if (staged.existed) ++stats.replaced;
  if (staged.existed && changed) ++stats.articles_changed;
}

}  // namespace dyad::store
