// A text through the default pipeline, for tests that need a processed record.
#pragma once

#include <string>

#include "claimtrace/pipeline.h"
#include "claimtrace/record.h"

namespace claimtrace::test_util {

inline Record process_text(const std::string& text, const std::string& id = "t", const std::string& date = "",
                           PipelineOptions options = {}) {
  Pipeline pipeline(options);
  Scratch scratch;
  Record rec;
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.published = date;
  doc.format = "txt";
  pipeline.process(std::move(doc), scratch, rec);
  return rec;
}

}  // namespace claimtrace::test_util
