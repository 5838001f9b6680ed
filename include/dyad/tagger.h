// Part-of-speech tagger and lemmatizer. Both are loaded once and are read-only afterwards,
// so one instance serves every worker thread.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dyad/result.h"
#include "dyad/token.h"

namespace dyad {

class Tagger {
 public:
  // Loads the lexicon and transition model from `dir` (default: the installed
  // liblingua-en-tagger-perl data, /usr/share/perl5/Lingua/EN/Tagger).
  static Result<std::shared_ptr<const Tagger>> load(const std::string& dir = "");
  virtual ~Tagger() = default;
  // Fills Token::tag for every token of the sentence (Penn-tokenised Token::text).
  virtual void tag(std::vector<Token>& tokens) const = 0;
};

class Lemmatizer {
 public:
  // Loads WordNet's index and exception files from `dir` (default /usr/share/wordnet).
  static Result<std::shared_ptr<const Lemmatizer>> load(const std::string& dir = "");
  virtual ~Lemmatizer() = default;
  // Fills Token::lemma (uppercase) from Token::text and Token::tag: WordNet morphy by the
  // tag's part of speech ("withdrew"/VBD -> WITHDRAW, "troops"/NNS -> TROOP). Proper nouns,
  // closed classes and unknown forms keep their own spelling, uppercased. Penn clitics:
  // "n't" -> NOT, "'re"/"'m" -> BE, "'ve" -> HAVE, "'ll" and MD "wo" -> WILL, MD "ca" -> CAN;
  // the ambiguous "'s" and "'d" stay 'S and 'D.
  virtual void lemmatize(std::vector<Token>& tokens) const = 0;
};

}  // namespace dyad
