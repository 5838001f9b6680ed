// Which dictionary files a run loads, and in what order.
#include <algorithm>
#include <filesystem>

#include "dyad/dictionary.h"
#include "dyad/paths.h"

namespace dyad {

namespace {

using Loader = Result<bool> (*)(const std::string&, DictionarySet&);

struct DictFile {
  std::string path;
  Loader load;
};

// The *.dyad files of `dir`, sorted by name; none when the folder does not exist.
std::vector<std::string> native_files_in(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code file_ec;
    if (p.extension() == ".dyad" && fs::is_regular_file(p, file_ec)) files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<DictFile> dictionary_files(const DictionarySources& f) {
  std::vector<DictFile> files;
  auto add = [&](const std::vector<std::string>& paths, Loader load) {
    for (const auto& p : paths) files.push_back({p, load});
  };
  if (!f.no_default_dicts) {
    add(native_files_in(data_path("dict")), load_native);
    add(native_files_in(data_path("generated")), load_native);
    // The PETRARCH-format starter files, until the native defaults replace them.
    const std::pair<const char*, Loader> legacy[] = {{"dict/dyad.actors.txt", load_actors},
                                                     {"dict/dyad.agents.txt", load_agents},
                                                     {"dict/dyad.verbs.txt", load_verbs},
                                                     {"dict/dyad.discards.txt", load_discards}};
    for (const auto& [name, load] : legacy) {
      std::string path = data_path(name);
      std::error_code ec;
      if (std::filesystem::exists(path, ec)) files.push_back({path, load});
    }
  }
  add(f.actors, load_actors);
  add(f.agents, load_agents);
  add(f.verbs, load_verbs);
  add(f.discards, load_discards);
  add(f.dicts, load_native);  // user files last: they override
  return files;
}

}  // namespace

Result<bool> load_sources(const DictionarySources& sources, DictionarySet& set) {
  for (const DictFile& file : dictionary_files(sources)) {
    auto r = file.load(file.path, set);
    if (!r) return Error{"cannot load dictionary " + file.path + ": " + r.error()};
  }
  return true;
}

}  // namespace dyad
