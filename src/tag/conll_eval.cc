#include "tag/conll_eval.h"

#include <chrono>
#include <fstream>
#include <sstream>
#include <vector>

namespace dyad {

namespace {

struct GoldSentence {
  std::vector<Token> tokens;
  std::vector<std::string> gold;
};

std::string ascii_upper(const std::string& s) {
  std::string u = s;
  for (char& c : u)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return u;
}

bool matches(Pos predicted, const std::string& gold) {
  if (gold == "\"") return predicted == Pos::LQUOTE || predicted == Pos::RQUOTE;
  return predicted == pos_from_string(gold);
}

}  // namespace

Result<ConllScore> conll_pos_accuracy(const std::string& path, const Tagger& tagger) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open CoNLL file " + path};
  ConllScore score;
  GoldSentence sentence;
  std::chrono::steady_clock::duration tagging{};

  auto flush = [&] {
    if (sentence.tokens.empty()) return;
    const auto start = std::chrono::steady_clock::now();
    tagger.tag(sentence.tokens);
    tagging += std::chrono::steady_clock::now() - start;
    for (size_t i = 0; i < sentence.tokens.size(); ++i) {
      ++score.tokens;
      if (matches(sentence.tokens[i].tag, sentence.gold[i])) ++score.correct;
    }
    ++score.sentences;
    sentence.tokens.clear();
    sentence.gold.clear();
  };

  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream fields(line);
    std::string text, pos;
    if (!(fields >> text)) {
      flush();
      continue;
    }
    if (text == "-DOCSTART-") {
      flush();
      continue;
    }
    if (!(fields >> pos)) return Error{path + ": line without a POS column: " + line};
    Token token;
    token.text = text;
    token.upper = ascii_upper(text);
    sentence.tokens.push_back(std::move(token));
    sentence.gold.push_back(pos);
  }
  flush();
  if (score.tokens == 0) return Error{path + " holds no tokens"};
  score.accuracy = static_cast<double>(score.correct) / static_cast<double>(score.tokens);
  score.tag_seconds = std::chrono::duration<double>(tagging).count();
  return score;
}

}  // namespace dyad
