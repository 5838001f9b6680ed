// Dictionaries: actors, agents, verbs (with patterns and synsets) and discards, read from the
// TABARI / PETRARCH formats (and later dyad's own), then compiled into read-only indexes that
// all worker threads share.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/result.h"
#include "dyad/token.h"

namespace dyad {

// A problem found while loading: "file:line: message". Loading never stops on one.
struct Diagnostic {
  std::string origin;   // "Phoenix.agents.txt:812"
  std::string message;
};

// A dictionary phrase split into uppercase words the way the tokenizer splits text:
// "MINAS_TIRITH" -> {"MINAS","TIRITH"}, "CHINA'S" -> {"CHINA","'S"}. The trailing '_'
// (PETRARCH's "exact word" mark) is dropped.
struct Phrase {
  std::vector<std::string> words;
  std::string text;    // as written in the file
  std::string origin;  // file:line
};

// ---- actors ---------------------------------------------------------------------------

// One code rule: [FRAGOV], [FRAGOV >170514], [HOB < 950601], [USAGOV 090120-170120],
// [FRO/BIL/SAM] (several codes at once).
struct ActorCode {
  std::vector<std::string> codes;
  int from = 0;          // inclusive yyyymmdd
  int to = 99999999;     // inclusive yyyymmdd
  bool restricted = false;
  std::string origin;
};

struct ActorEntry {
  std::vector<Phrase> phrases;   // the name first, then its '+' synonyms
  std::vector<ActorCode> codes;  // file order
  // Codes in force on `date` (yyyymmdd): the first restricted rule whose interval holds the
  // date, else the first unrestricted rule, else nullptr (the actor has no code then).
  const ActorCode* codes_at(int date) const;
};

// ---- agents ---------------------------------------------------------------------------

struct AgentEntry {
  std::vector<Phrase> phrases;  // the name, its plurals (generated or given) and macro expansions
  std::string code;             // without the '~': "GOV", "NGO"
  bool prefix = false;          // [NGO~] goes before the actor code; [~GOV] after
  std::string origin;
};

// ---- discards -------------------------------------------------------------------------

struct DiscardEntry {
  Phrase phrase;
  bool story = false;  // '+' in the file: discard the whole story, else only the sentence
};

// ---- verbs ----------------------------------------------------------------------------

enum class PatKind : uint8_t {
  Word,      // a literal uppercase word
  Synset,    // &NAME: any member of the synset
  Source,    // $  the source actor is found here
  Target,    // +  the target actor is found here
  Skip,      // ^  an actor here is skipped
  Compound,  // %  a compound actor ("X and Y") here
};

struct PatElem {
  PatKind kind = PatKind::Word;
  std::string word;   // Word: the word; Synset: the synset name without '&'
  // The connector between this element and its neighbour on the verb side was '_'
  // (must be adjacent) rather than a space (other words may come between).
  bool tight = false;
  // PETRARCH-2 grouping: inside "( ... )" (a prepositional phrase) or "{ ... }" (a noun
  // phrase); 0 when not grouped, else a group number unique within the pattern.
  int group = 0;
};

struct Pattern {
  std::vector<PatElem> pre;   // elements before the '*', left to right
  std::vector<PatElem> post;  // elements after the '*', left to right
  std::string code;           // as written between [ ]: "064", "042:043", ":173", "---"
  std::string text;           // the pattern line as written (without the comment)
  std::string origin;         // file:line
};

// One way a verb appears in text. Multi-word verbs keep the other words adjacent:
// "+CORDONED_OFF" -> words {CORDONED, OFF}, head 0; "WIRE_+TAPPED" -> {WIRE, TAPPED}, head 1.
struct VerbForm {
  std::vector<std::string> words;
  int head = 0;
};

struct VerbEntry {
  std::string name;              // as written: "BREAK", "+CORDON_OFF", "LASH OUT"
  std::string lemma;             // uppercase base form of the head word ("BREAK", "CORDON")
  std::vector<VerbForm> forms;   // base + generated regular forms + given irregular forms
  std::string code;              // the entry's own code if it has one, else the block's
  int block = -1;                // index into VerbDictionary::blocks
  std::string origin;
};

struct VerbBlock {
  std::string name;               // "--- ABANDON [080] ---" -> "ABANDON"
  std::string code;               // "080", "---"
  std::vector<Pattern> patterns;  // file order
  std::string origin;
};

struct Synset {
  std::string name;                               // without '&' and trailing '_'
  std::vector<std::vector<std::string>> members;  // each member as consecutive words
  std::string origin;
};

// ---- the whole set ----------------------------------------------------------------------

struct DictionarySet {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;
  std::vector<VerbBlock> verb_blocks;
  std::vector<VerbEntry> verbs;
  std::vector<Synset> synsets;
  std::vector<Diagnostic> diagnostics;  // every malformed entry, with file:line
  std::vector<std::string> files;       // files loaded, in order
};

// Each loader appends to `set` and records problems in set.diagnostics; a file that cannot
// be opened is an Error. Later entries override earlier ones only in the sense that every
// entry is kept and lookups prefer later files for identical phrases (user files last).
Result<bool> load_actors(const std::string& path, DictionarySet& set);
Result<bool> load_agents(const std::string& path, DictionarySet& set);
Result<bool> load_discards(const std::string& path, DictionarySet& set);
// Reads both the PETRARCH-2 verb format (CAMEO.2.0.txt) and the older TABARI-style pattern
// format (CAMEO.verbpatterns.*.txt, PETR.Validate.verbs.txt).
Result<bool> load_verbs(const std::string& path, DictionarySet& set);

// Same, from a string (for tests and fuzzing); `name` stands in for the file name.
void parse_actors(std::string_view text, const std::string& name, DictionarySet& set);
void parse_agents(std::string_view text, const std::string& name, DictionarySet& set);
void parse_discards(std::string_view text, const std::string& name, DictionarySet& set);
void parse_verbs(std::string_view text, const std::string& name, DictionarySet& set);

// ---- compiled indexes -------------------------------------------------------------------

// A trie over uppercase words: finds the longest dictionary phrase starting at a token.
class PhraseTrie {
 public:
  void add(const std::vector<std::string>& words, uint32_t id);
  struct Match {
    uint32_t length = 0;                      // tokens covered; 0 = no match
    const std::vector<uint32_t>* ids = nullptr;  // entries whose phrase this is
  };
  // Longest match of a phrase starting at toks[i], comparing Token::upper.
  Match longest_at(const std::vector<Token>& toks, size_t i) const;
  // Every match starting at toks[i], longest first.
  std::vector<Match> all_at(const std::vector<Token>& toks, size_t i) const;
  size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> next;
    std::vector<uint32_t> ids;
  };
  std::vector<Node> nodes_{1};
};

// Everything the coder needs, built once from a DictionarySet and shared read-only.
struct CompiledDictionaries {
  DictionarySet set;
  PhraseTrie actors;    // ids index set.actors
  PhraseTrie agents;    // ids index set.agents
  PhraseTrie discards;  // ids index set.discards
  PhraseTrie verbs;     // ids index set.verbs (every form; the trie key is the form's words)
  std::unordered_map<std::string, uint32_t> verb_by_lemma;  // single-word lemma -> verb id
  std::unordered_map<std::string, uint32_t> synset_by_name;
  // For each verb block, its patterns sorted most specific first (more literal elements
  // first, then file order): indexes into VerbBlock::patterns.
  std::vector<std::vector<uint32_t>> pattern_order;
  std::string hash;  // short hex digest of every loaded file's bytes, for Event::coder
};

std::shared_ptr<const CompiledDictionaries> compile(DictionarySet set);

}  // namespace dyad
