// A main() for fuzz targets built without libFuzzer: runs LLVMFuzzerTestOneInput once on every
// file named on the command line (directories are walked), so the committed corpora and the
// regression inputs are replayed by CTest in every build, sanitized or not. A crash, a
// sanitizer report or a broken invariant (abort) fails the test; the file being run is
// printed first so the culprit is named.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool run_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", p.c_str());
    return false;
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::fprintf(stderr, "replay: %s (%zu bytes)\n", p.c_str(), bytes.size());
  // A copy in its own allocation, so the sanitizers see reads past the end.
  std::vector<uint8_t> input(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(input.data(), input.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  size_t files = 0;
  bool ok = true;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> found;
      for (const auto& e : std::filesystem::recursive_directory_iterator(arg))
        if (e.is_regular_file()) found.push_back(e.path());
      std::sort(found.begin(), found.end());  // a stable order for readable logs
      for (const auto& p : found) {
        ok = run_file(p) && ok;
        ++files;
      }
    } else if (std::filesystem::exists(arg, ec)) {
      ok = run_file(arg) && ok;
      ++files;
    }
    // A missing path is fine: a target may have no regression inputs yet.
  }
  std::printf("replay: %zu inputs run\n", files);
  return ok ? 0 : 1;
}
