#include "clickhouse/text_search.h"

#include <vector>

#include "clickhouse/sql_text.h"

namespace dyad::ch {

namespace {

bool word_byte(unsigned char c) {
  // Letters and digits, and every byte of a multi-byte UTF-8 character (FTS5's unicode61
  // tokenizer treats non-ASCII letters as part of words too).
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

struct Token {
  enum Kind { Word, Phrase, And, Or, Not, Open, Close, End } kind;
  std::string text;
  bool prefix = false;
};

Result<std::vector<Token>> tokenize(const std::string& q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    unsigned char c = q[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '(') {
      out.push_back({Token::Open, ""});
      ++i;
    } else if (c == ')') {
      out.push_back({Token::Close, ""});
      ++i;
    } else if (c == '"') {
      std::string phrase;
      ++i;
      for (;;) {
        if (i >= q.size()) return Error{"text: unterminated \" in '" + q + "'"};
        if (q[i] == '"') {
          if (i + 1 < q.size() && q[i + 1] == '"') {  // "" is a quote inside a phrase
            phrase += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        phrase += q[i++];
      }
      Token t{Token::Phrase, phrase};
      if (i < q.size() && q[i] == '*') {
        t.prefix = true;
        ++i;
      }
      out.push_back(t);
    } else if (word_byte(c) || c == '_') {
      size_t start = i;
      while (i < q.size() && (word_byte(q[i]) || q[i] == '_')) ++i;
      std::string w = q.substr(start, i - start);
      if (w == "AND") {
        out.push_back({Token::And, ""});
      } else if (w == "OR") {
        out.push_back({Token::Or, ""});
      } else if (w == "NOT") {
        out.push_back({Token::Not, ""});
      } else if (w == "NEAR") {
        return Error{"text: NEAR is not supported by the ClickHouse backend"};
      } else {
        Token t{Token::Word, w};
        if (i < q.size() && q[i] == '*') {
          t.prefix = true;
          ++i;
        }
        out.push_back(t);
      }
    } else if (c == '*') {
      return Error{"text: '*' must follow a word in '" + q + "'"};
    } else {
      return Error{"text: unexpected '" + std::string(1, char(c)) + "' in '" + q +
                   "' (quote it: \"...\")"};
    }
  }
  out.push_back({Token::End, ""});
  return out;
}

// RE2 syntax: every ASCII byte that is not a letter or digit escaped.
std::string regex_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (!word_byte(c)) out += '\\';
    out += static_cast<char>(c);
  }
  return out;
}

// The words of a term or phrase, split as FTS5's tokenizer would split them.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> words;
  std::string cur;
  for (unsigned char c : s) {
    if (word_byte(c)) {
      cur += static_cast<char>(c);
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, std::string column)
      : t_(std::move(tokens)), column_(std::move(column)) {}

  Result<std::string> parse() {
    auto e = or_expr();
    if (!e) return e;
    if (t_[pos_].kind != Token::End) return Error{"text: unexpected ')' or operator"};
    return e;
  }

 private:
  Result<std::string> or_expr() {
    auto left = and_expr();
    if (!left) return left;
    std::string sql = *left;
    while (t_[pos_].kind == Token::Or) {
      ++pos_;
      auto right = and_expr();
      if (!right) return right;
      sql = "(" + sql + " OR " + *right + ")";
    }
    return sql;
  }

  Result<std::string> and_expr() {
    auto left = primary();
    if (!left) return left;
    std::string sql = *left;
    for (;;) {
      Token::Kind k = t_[pos_].kind;
      bool negate = false;
      if (k == Token::And) {
        ++pos_;
      } else if (k == Token::Not) {
        negate = true;
        ++pos_;
      } else if (k != Token::Word && k != Token::Phrase && k != Token::Open) {
        break;
      }
      auto right = primary();
      if (!right) return right;
      sql = "(" + sql + (negate ? " AND NOT " : " AND ") + *right + ")";
    }
    return sql;
  }

  Result<std::string> primary() {
    const Token& tok = t_[pos_];
    if (tok.kind == Token::Open) {
      ++pos_;
      auto e = or_expr();
      if (!e) return e;
      if (t_[pos_].kind != Token::Close) return Error{"text: missing ')'"};
      ++pos_;
      return e;
    }
    if (tok.kind != Token::Word && tok.kind != Token::Phrase)
      return Error{"text: expected a word or a \"phrase\""};
    ++pos_;
    auto words = words_of(tok.text);
    if (words.empty()) return std::string("1");  // FTS5 ignores a term without letters
    std::string re = "(?i)\\b";
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) re += "\\W+";
      re += regex_escape(words[i]);
    }
    if (!tok.prefix) re += "\\b";
    // The substring test is cheap and rules out most sentences before the regex runs.
    return "(positionCaseInsensitiveUTF8(" + column_ + ", " + sql_quote(words[0]) +
           ") > 0 AND match(" + column_ + ", " + sql_quote(re) + "))";
  }

  std::vector<Token> t_;
  std::string column_;
  size_t pos_ = 0;
};

}  // namespace

Result<std::string> text_condition(const std::string& fts_query, const std::string& column) {
  auto tokens = tokenize(fts_query);
  if (!tokens) return Error{tokens.error()};
  if (tokens->size() == 1) return Error{"text: the full-text query is empty"};
  return Parser(std::move(*tokens), column).parse();
}

}  // namespace dyad::ch
