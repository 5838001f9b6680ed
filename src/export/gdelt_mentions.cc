// The GDELT 2.0 Mentions table: one row per mention, no header, 16 tab-separated columns in
// codebook order (GDELT Event Codebook V2.0, "Mentions table"): GlobalEventID, EventTimeDate,
// MentionTimeDate, MentionType, MentionSourceName, MentionIdentifier, SentenceID,
// Actor1CharOffset, Actor2CharOffset, ActionCharOffset, InRawText, Confidence,
// MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras.
#include <cmath>

#include "dyad/export.h"
#include "export/export_internal.h"

namespace dyad::export_detail {

namespace {

enum Col {
  kEventId, kArticle, kSentence, kOutlet, kUrl, kIngested, kSourceBegin, kSourceEnd,
  kTargetBegin, kTargetEnd, kVerbBegin, kVerbEnd, kConfidence, kEventAdded
};

const char* const kSelect =
    "SELECT m.event_id, m.article_id, m.sentence_idx, m.outlet, a.url, a.ingested_at, "
    "m.source_begin, m.source_end, m.target_begin, m.target_end, m.verb_begin, m.verb_end, "
    "m.confidence, (SELECT fa.ingested_at FROM events e JOIN articles fa ON "
    "fa.id = e.first_article WHERE e.id = m.event_id) "
    "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE ";

// Characters (code points) before byte `offset` of UTF-8 `text`: GDELT's offsets count
// characters, the store keeps bytes.
int64_t char_offset(const std::string& text, int64_t offset) {
  if (offset < 0) return -1;
  size_t end = std::min<size_t>(static_cast<size_t>(offset), text.size());
  int64_t n = 0;
  for (size_t i = 0; i < end; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

Result<int64_t> write_gdelt_mentions(const Store& store, const EventFilter& f,
                                     std::ostream& out) {
  SqlCondition cond = filter_condition(f, Level::Mentions);
  auto c = RowCursor::open(store, kSelect + cond.sql + kMentionOrder, cond.params);
  if (!c) return Error{c.error()};
  std::string article_id, text;
  int64_t text_chars = 0;
  int64_t rows = 0;
  std::vector<std::string> row;
  while (c->next()) {
    // Fetch each article's text once (rows come article by article).
    if (c->text(kArticle) != article_id) {
      article_id = c->text(kArticle);
      auto t = RowCursor::open(store, "SELECT text FROM articles WHERE id = ?", {article_id});
      if (!t) return Error{t.error()};
      text = t->next() ? std::string(t->text(0)) : std::string();
      text_chars = char_offset(text, static_cast<int64_t>(text.size()));
    }
    auto offset = [&](int begin, int end) -> std::string {
      // GDELT: -1 when the actor or action was not found in the text.
      if (c->is_null(begin) || c->is_null(end) || c->integer(begin) == c->integer(end))
        return "-1";
      return std::to_string(char_offset(text, c->integer(begin)));
    };
    std::string url(c->text(kUrl));
    std::string mention_time = gdelt_timestamp(std::string(c->text(kIngested)));
    std::string event_time = gdelt_timestamp(std::string(c->text(kEventAdded)));
    row = {
        cell(*c, kEventId),                          // GlobalEventID
        event_time.empty() ? mention_time : event_time,  // EventTimeDate (its DATEADDED)
        mention_time,                                // MentionTimeDate: when it was ingested
        url.empty() ? "2" : "1",                     // MentionType: 1 WEB, 2 CITATIONONLY
        std::string(c->text(kOutlet)),               // MentionSourceName
        url.empty() ? article_id : url,              // MentionIdentifier
        std::to_string(c->integer(kSentence) + 1),   // SentenceID (1-based)
        offset(kSourceBegin, kSourceEnd),            // Actor1CharOffset
        offset(kTargetBegin, kTargetEnd),            // Actor2CharOffset
        offset(kVerbBegin, kVerbEnd),                // ActionCharOffset
        "1",                                         // InRawText: coded from the text itself
        std::to_string(static_cast<int64_t>(std::lround(c->real(kConfidence) * 100))),
        std::to_string(text_chars),                  // MentionDocLen (characters)
        "",                                          // MentionDocTone: not measured
        "",                                          // MentionDocTranslationInfo: original text
        "",                                          // Extras
    };
    put_tsv_row(out, row);
    ++rows;
  }
  if (!c->error().empty()) return Error{c->error()};
  return rows;
}

}  // namespace dyad::export_detail
