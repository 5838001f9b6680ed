// PETRARCH validation files (PETR.UnitTest.records.xml, described by validation.rng): an
// <Environment> naming the dictionaries, then <Sentences> with expected codings.
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "dyad/io.h"
#include "io/utf8.h"
#include "io/xml_support.h"

namespace dyad {

namespace {

using io_detail::child_text;
using io_detail::LineIndex;
using io_detail::normalised_text;

std::pair<std::string, std::string> config_of(const pugi::xml_node& node) {
  return {node.attribute("option").value(), node.attribute("value").value()};
}

bool is_true(std::string_view v) {
  return v == "True" || v == "true" || v == "TRUE" || v == "1" || v == "yes";
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

void read_environment(const pugi::xml_node& env, ValidationFile& file) {
  file.verbfile = child_text(env, "Verbfile");
  file.actorfile = child_text(env, "Actorfile");
  file.agentfile = child_text(env, "Agentfile");
  file.discardfile = child_text(env, "Discardfile");
  file.include = split_words(child_text(env, "Include"));
  for (pugi::xml_node c : env.children("Config")) file.config.push_back(config_of(c));
}

// Fills `r` from one <Sentence>; problems name the record. False when it cannot be used.
bool read_sentence(const pugi::xml_node& s, const std::string& path, const LineIndex& lines,
                   ValidationRecord& r, std::vector<Problem>& problems) {
  r.line = lines.line_of(s.offset_debug());
  r.id = s.attribute("id").value();
  r.date = s.attribute("date").value();
  r.category = s.attribute("category").value();
  std::string record = path + ":" + std::to_string(r.line);
  if (!r.id.empty()) record += " (id=" + r.id + ")";
  if (r.id.empty()) {
    problems.push_back({record, "<Sentence> without an id"});
    return false;
  }
  pugi::xml_node text = s.child("Text");
  if (!text) {
    problems.push_back({record, "<Sentence> without <Text>"});
    return false;
  }
  r.text = normalised_text(text);
  if (r.date.empty()) problems.push_back({record, "<Sentence> without a date", false});
  for (pugi::xml_node ec : s.children("EventCoding")) {
    if (pugi::xml_attribute a = ec.attribute("noevents")) {
      r.expect_no_events = is_true(a.value());
      continue;
    }
    if (pugi::xml_attribute a = ec.attribute("error")) {
      r.expect_error = a.value();
      continue;
    }
    // Attribute values come back as written inside their XML quotes, so
    // sourcecode='"INJURY TOLL"' keeps its double quotes: PETRARCH's mark for an actor coded
    // from its own text.
    ExpectedCoding c{ec.attribute("sourcecode").value(), ec.attribute("targetcode").value(),
                     ec.attribute("eventcode").value()};
    if (c.source.empty() || c.target.empty() || c.code.empty()) {
      problems.push_back({record,
                          "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents / "
                          "error)",
                          false});
      continue;
    }
    r.expected.push_back(std::move(c));
  }
  return true;
}

}  // namespace

Result<ValidationFile> read_validation_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open validation file " + path};
  std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{"cannot read validation file " + path};
  LineIndex lines(doc);

  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_buffer_inplace(doc.data(), doc.size());
  if (!parsed) return Error{path + ": " + io_detail::describe_parse_error(parsed, lines)};
  pugi::xml_node root = xml.child("Validation");
  if (!root) return Error{path + ": no <Validation> root element"};

  ValidationFile file;
  if (pugi::xml_node env = root.child("Environment"))
    read_environment(env, file);
  else
    file.problems.push_back({path, "no <Environment> element", false});
  // validation.rng also allows <Config> directly under <Validation>.
  for (pugi::xml_node c : root.children("Config")) file.config.push_back(config_of(c));

  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) return Error{path + ": no <Sentences> element"};
  std::vector<std::pair<std::string, std::string>> pending;  // <Config> since last record
  for (pugi::xml_node node : sentences.children()) {
    if (node.type() != pugi::node_element) continue;
    std::string_view name = node.name();
    if (name == "Config") {
      pending.push_back(config_of(node));
    } else if (name == "Sentence") {
      ValidationRecord r;
      if (!read_sentence(node, path, lines, r, file.problems)) continue;
      r.config = std::move(pending);
      pending.clear();
      file.records.push_back(std::move(r));
    }
  }
  if (!pending.empty())
    file.problems.push_back({path, "<Config> after the last <Sentence> is ignored", false});
  return file;
}

}  // namespace dyad
