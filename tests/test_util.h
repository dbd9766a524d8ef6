// Helpers shared by the tests: temporary directories, files, running the CLI.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimtrace::test_util {

inline std::string source_path(const std::string& rel) {
  return std::string(CLAIMTRACE_SOURCE_DIR) + "/" + rel;
}

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream f(path, std::ios::binary);
  f << bytes;
}

// A fresh directory, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimtrace-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string file(const std::string& rel) const { return path_ + "/" + rel; }

 private:
  std::string path_;
};

struct CommandResult {
  int status = -1;  // exit code
  std::string out, err;
};

// Runs `claimtrace ARGS` through the shell, capturing stdout and stderr.
inline CommandResult run_cli(const std::string& args, const std::string& stdin_file = "") {
  TempDir tmp;
  std::string cmd =
      std::string(CLAIMTRACE_BINARY) + " " + args + " >" + tmp.file("out") + " 2>" + tmp.file("err");
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int rc = std::system(cmd.c_str());
  CommandResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = read_file(tmp.file("out"));
  r.err = read_file(tmp.file("err"));
  return r;
}

}  // namespace claimtrace::test_util
