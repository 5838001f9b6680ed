// Share of sentences that yield an event with both actors known (neither code starts with
// "---"), on Reuters-21578 (1987) and InSight Crime (2011-2019, coded as of 2018-01-01), with
// dyad's default dictionaries and with the Phoenix dictionaries. Prints a table.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/io.h"
#include "dyad/paths.h"

using namespace dyad;

namespace {

struct Corpus {
  std::string name;
  std::vector<Article> articles;
};

Corpus reuters(const std::string& path) {
  Corpus c{"Reuters-21578", {}};
  std::ifstream in(path, std::ios::binary);
  ReaderOptions ro;
  auto r = open_reader(in, path, ro);
  std::vector<Problem> problems;
  Article a;
  while (r->next(a, problems)) c.articles.push_back(a);
  return c;
}

// InSight Crime TSV: the first column is the article text (quoted).
Corpus insight(const std::vector<std::string>& paths) {
  Corpus c{"InSight Crime", {}};
  int n = 0;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      std::string text = line.substr(0, line.find('\t'));
      if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
      Article a;
      a.id = "ic-" + std::to_string(n++);
      a.date = "2018-01-01";
      a.text = text;
      c.articles.push_back(std::move(a));
    }
  }
  return c;
}

std::shared_ptr<const CompiledDictionaries> dictionaries(bool phoenix, const std::string& peer) {
  DictionarySet set;
  if (phoenix) {
    load_actors(peer + "Phoenix.Countries.actors.txt", set);
    load_actors(peer + "Phoenix.International.actors.txt", set);
    load_actors(peer + "Phoenix.MilNonState.actors.txt", set);
    load_agents(peer + "Phoenix.agents.txt", set);
    load_verbs(peer + "CAMEO.2.0.txt", set);
    load_discards(peer + "Phoenix.discards.txt", set);
  } else {
    auto r = load_sources(DictionarySources{}, set);
    if (!r) std::fprintf(stderr, "%s\n", r.error().c_str());
  }
  return compile(std::move(set));
}

}  // namespace

int main() {
  const std::string shared = DYAD_SHARED_DIR;
  const std::string peer = shared + "/data/peer/petrarch2/";
  std::vector<Corpus> corpora = {
      reuters(shared + "/data/corpora/reuters21578/articles.jsonl"),
      insight({shared + "/data/corpora/insightcrime/train.tsv",
               shared + "/data/corpora/insightcrime/dev.tsv",
               shared + "/data/corpora/insightcrime/test.tsv"})};
  auto tagger = Tagger::load();
  auto lemmatizer = Lemmatizer::load();
  if (!tagger || !lemmatizer) {
    std::fprintf(stderr, "tagger or lemmatizer data missing\n");
    return 1;
  }
  std::printf("| corpus | dictionaries | sentences | with an event, both actors known | share |\n");
  std::printf("|---|---|---|---|---|\n");
  for (bool phoenix : {false, true}) {
    Coder coder(dictionaries(phoenix, peer), *tagger, *lemmatizer, nullptr);
    for (const Corpus& c : corpora) {
      size_t sentences = 0, known = 0;
      for (const Article& a : c.articles) {
        // Sentence by sentence, so each sentence counts once.
        ArticleResult r = coder.code_article(a);
        sentences += r.sentences;
        std::vector<bool> hit(1 << 16, false);
        for (const Event& e : r.events) {
          if (e.source.compare(0, 3, "---") == 0 || e.target.compare(0, 3, "---") == 0) continue;
          if (e.sentence >= 0 && e.sentence < (1 << 16) && !hit[e.sentence]) {
            hit[e.sentence] = true;
            ++known;
          }
        }
      }
      std::printf("| %s | %s | %zu | %zu | %.1f%% |\n", c.name.c_str(),
                  phoenix ? "Phoenix (2015)" : "dyad defaults", sentences, known,
                  sentences ? 100.0 * known / sentences : 0.0);
    }
  }
  return 0;
}
