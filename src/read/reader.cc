// DocumentReader: expands inputs (files, directories, stdin), picks a format, streams documents in order.
#include "claimtrace/reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <filesystem>

#include "claimtrace/record.h"
#include "read/stream.h"

namespace fs = std::filesystem;

namespace claimtrace {

Result<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "txt" || name == "text") return InputFormat::txt;
  if (name == "html") return InputFormat::html;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "lines") return InputFormat::lines;
  return Error{ErrorCode::usage, "",
               "unknown input format '" + std::string(name) + "' (auto, txt, html, jsonl, lines)"};
}

namespace {

constexpr size_t kBlock = 1 << 20;
constexpr size_t kBinaryProbe = 8192;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Splits "dir/x.jsonl.gz" into the stem without compression or format extension ("dir/x") and the format
// extension ("jsonl").
void split_name(const std::string& path, std::string& stem, std::string& ext) {
  stem = path;
  for (const char* c : {".gz", ".zst", ".zstd"}) {
    size_t n = std::strlen(c);
    if (stem.size() > n && lower(stem.substr(stem.size() - n)) == c) {
      stem.resize(stem.size() - n);
      break;
    }
  }
  size_t slash = stem.find_last_of('/');
  size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) {
    ext = lower(stem.substr(dot + 1));
    stem.resize(dot);
  } else {
    ext.clear();
  }
}

InputFormat format_for_extension(const std::string& ext, bool lines) {
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::html;
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::jsonl;
  return lines ? InputFormat::lines : InputFormat::txt;
}

bool only_space(std::string_view s) {
  for (char c : s) {
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  }
  return true;
}

struct Pending {
  std::string path;     // to open
  std::string id_stem;  // id for whole-file documents (name or relative path without extension)
  std::string ext;
};

}  // namespace

struct DocumentReader::Impl {
  std::vector<std::string> inputs;
  ReadOptions options;
  size_t next_input = 0;
  std::deque<Pending> pending;
  uint64_t bytes = 0;

  // The line-format file being streamed, if any.
  std::unique_ptr<InputStream> stream;
  InputFormat stream_format = InputFormat::txt;
  std::string buf;  // [0, len) holds data; SIMDJSON_PADDING readable bytes beyond
  size_t pos = 0, len = 0;
  bool stream_eof = false;
  uint64_t line_no = 0;
  bool probed = false;

  void reject(std::vector<Reject>& rejects, const Error& e) {
    rejects.push_back(Reject{e.code, e.where, e.message});
  }

  // Expands the next command-line input into pending files.
  void expand(std::vector<Reject>& rejects) {
    const std::string& in = inputs[next_input++];
    if (in == "-") {
      pending.push_back(Pending{"-", "", ""});
      return;
    }
    std::error_code ec;
    auto st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      reject(rejects, Error{ErrorCode::not_found, in, "no such file or directory"});
      return;
    }
    if (fs::is_directory(st)) {
      std::vector<Pending> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        reject(rejects, Error{ErrorCode::io, in, "cannot read directory: " + ec.message()});
        return;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          reject(rejects, Error{ErrorCode::io, in, "cannot read directory: " + ec.message()});
          break;
        }
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git, .DS_Store) are not articles
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec)) continue;
        std::string rel = fs::relative(it->path(), in, ec).generic_string();
        if (ec) rel = it->path().filename().string();
        Pending p{it->path().string(), "", ""};
        split_name(rel, p.id_stem, p.ext);
        found.push_back(std::move(p));
      }
      std::sort(found.begin(), found.end(),
                [](const Pending& a, const Pending& b) { return a.path < b.path; });
      for (auto& p : found) pending.push_back(std::move(p));
      return;
    }
    Pending p{in, "", ""};
    std::string stem;
    split_name(fs::path(in).filename().string(), p.id_stem, p.ext);
    pending.push_back(std::move(p));
  }

  InputFormat format_of(const Pending& p, std::string_view first_bytes) const {
    if (options.format != InputFormat::automatic) {
      if (options.format == InputFormat::txt && options.lines) return InputFormat::lines;
      return options.format;
    }
    if (p.path == "-" || p.ext.empty()) {
      // No extension to go by: look at the first non-blank byte.
      size_t i = 0;
      while (i < first_bytes.size() && std::isspace(static_cast<unsigned char>(first_bytes[i]))) ++i;
      if (i < first_bytes.size() && first_bytes[i] == '{') return InputFormat::jsonl;
      if (i < first_bytes.size() && first_bytes[i] == '<') return InputFormat::html;
      return options.lines ? InputFormat::lines : InputFormat::txt;
    }
    return format_for_extension(p.ext, options.lines);
  }

  // Refills buf so that it holds at least one full line from pos, or everything to the end.
  Status refill() {
    if (pos > 0) {
      std::memmove(buf.data(), buf.data() + pos, len - pos);
      len -= pos;
      pos = 0;
    }
    if (buf.size() < len + kBlock + simdjson::SIMDJSON_PADDING)
      buf.resize(len + kBlock + simdjson::SIMDJSON_PADDING);
    auto r = stream->read(buf.data() + len, buf.size() - len - simdjson::SIMDJSON_PADDING);
    if (!r) return r.error();
    if (r.value() == 0) stream_eof = true;
    len += r.value();
    bytes += r.value();
    return ok_status();
  }

  // Next line of the current stream (without '\n' / "\r\n"); false at the end.
  bool next_line(std::string_view& line, std::vector<Reject>& rejects) {
    for (;;) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + pos, '\n', len - pos));
      if (nl || (stream_eof && pos < len)) {
        size_t end = nl ? static_cast<size_t>(nl - buf.data()) : len;
        line = std::string_view(buf.data() + pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = nl ? end + 1 : len;
        ++line_no;
        return true;
      }
      if (stream_eof) return false;
      if (auto st = refill(); !st) {
        reject(rejects, Error{st.error().code, stream->name() + ":" + std::to_string(line_no + 1),
                              st.error().message});
        return false;
      }
    }
  }

  void close_stream() {
    stream.reset();
    pos = len = 0;
    stream_eof = false;
    line_no = 0;
    probed = false;
  }

  // Opens the next pending file; whole-file formats become one document (or a reject) right away.
  // Returns true when a document was appended.
  bool open_next(std::vector<Document>& docs, std::vector<Reject>& rejects) {
    Pending p = std::move(pending.front());
    pending.pop_front();
    auto opened = InputStream::open_file(p.path);
    if (!opened) {
      reject(rejects, opened.error());
      return false;
    }
    stream = std::move(opened.value());
    // Probe the first block: format (when not given), emptiness, binary content.
    if (auto st = refill(); !st) {
      reject(rejects, st.error());
      close_stream();
      return false;
    }
    while (!stream_eof && len < kBinaryProbe) {
      if (auto st = refill(); !st) {
        reject(rejects, st.error());
        close_stream();
        return false;
      }
    }
    const std::string name = stream->name();  // a copy: the stream is closed below
    std::string_view head(buf.data(), std::min(len, kBinaryProbe));
    if (const void* z = std::memchr(head.data(), 0, head.size())) {
      size_t at = static_cast<size_t>(static_cast<const char*>(z) - head.data());
      const bool utf16 = head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') ||
                                              (head[0] == '\xFE' && head[1] == '\xFF'));
      reject(rejects, Error{ErrorCode::binary, name + "@" + std::to_string(at),
                            utf16 ? "UTF-16 text (convert it to UTF-8)" : "binary file (NUL byte)"});
      close_stream();
      return false;
    }
    stream_format = format_of(p, head);
    if (stream_format == InputFormat::jsonl || stream_format == InputFormat::lines) {
      if (len == 0 || (stream_eof && only_space(std::string_view(buf.data(), len)))) {
        reject(rejects, Error{ErrorCode::empty, name, "empty file"});
        close_stream();
      }
      return false;  // streamed by next_batch
    }
    // Whole-file formats.
    while (!stream_eof) {
      if (auto st = refill(); !st) {
        reject(rejects, st.error());
        close_stream();
        return false;
      }
    }
    std::string bytes(buf.data(), len);
    close_stream();
    if (only_space(bytes)) {
      reject(rejects, Error{ErrorCode::empty, name, "empty file"});
      return false;
    }
    if (const void* z = std::memchr(bytes.data(), 0, bytes.size())) {
      size_t at = static_cast<size_t>(static_cast<const char*>(z) - bytes.data());
      reject(rejects, Error{ErrorCode::binary, name + "@" + std::to_string(at), "binary file (NUL byte)"});
      return false;
    }
    Document doc;
    if (stream_format == InputFormat::html) {
      auto r = parse_html(bytes, name);
      if (!r) {
        reject(rejects, r.error());
        return false;
      }
      doc = std::move(r.value());
    } else {
      doc.text = std::move(bytes);
      doc.format = "txt";
      doc.meta = "{}";
    }
    doc.origin = name;
    doc.id = p.path == "-" ? hash_hex(hash_text(doc.text)) : p.id_stem;
    docs.push_back(std::move(doc));
    return true;
  }

  // One line of the current line-format stream → a document or a reject (blank lines are skipped).
  bool take_line(std::string_view line, std::vector<Document>& docs, std::vector<Reject>& rejects) {
    if (only_space(line)) return false;
    const std::string& name = stream->name();
    if (const void* z = std::memchr(line.data(), 0, line.size())) {
      size_t at = static_cast<size_t>(static_cast<const char*>(z) - line.data());
      reject(rejects, Error{ErrorCode::binary, name + ":" + std::to_string(line_no),
                            "binary content (NUL byte at column " + std::to_string(at + 1) + ")"});
      return false;
    }
    if (stream_format == InputFormat::jsonl) {
      auto r = parse_jsonl_line(line, name, line_no);
      if (!r) {
        reject(rejects, r.error());
        return false;
      }
      Document& d = r.value();
      if (only_space(d.text)) {
        reject(rejects, Error{ErrorCode::empty, d.origin, "\"text\" is empty"});
        return false;
      }
      if (d.id.empty()) d.id = hash_hex(hash_text(d.text));
      docs.push_back(std::move(d));
      return true;
    }
    Document d;
    d.text.assign(line);
    d.format = "lines";
    d.meta = "{}";
    d.origin = name + ":" + std::to_string(line_no);
    d.id = hash_hex(hash_text(d.text));
    docs.push_back(std::move(d));
    return true;
  }
};

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReadOptions options) : impl_(new Impl) {
  impl_->inputs = std::move(inputs);
  impl_->options = options;
}
DocumentReader::~DocumentReader() = default;

uint64_t DocumentReader::bytes_read() const { return impl_->bytes; }

bool DocumentReader::next_batch(std::vector<Document>& docs, std::vector<Reject>& rejects, size_t max_docs,
                                size_t max_bytes) {
  Impl& m = *impl_;
  const size_t docs_before = docs.size(), rejects_before = rejects.size();
  size_t text_bytes = 0;
  while (docs.size() - docs_before < max_docs && text_bytes < max_bytes) {
    if (m.stream) {
      std::string_view line;
      if (!m.next_line(line, rejects)) {
        m.close_stream();
        continue;
      }
      if (m.take_line(line, docs, rejects)) text_bytes += docs.back().text.size();
      continue;
    }
    if (!m.pending.empty()) {
      if (m.open_next(docs, rejects)) text_bytes += docs.back().text.size();
      continue;
    }
    if (m.next_input < m.inputs.size()) {
      m.expand(rejects);
      continue;
    }
    return docs.size() > docs_before || rejects.size() > rejects_before;
  }
  return true;
}

}  // namespace claimtrace
