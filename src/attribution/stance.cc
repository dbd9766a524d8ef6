#include "claimtrace/attribution.h"

namespace claimtrace {

const char* stance_name(Stance s) {
  switch (s) {
    case Stance::assert_:
      return "ASSERT";
    case Stance::deny:
      return "DENY";
    case Stance::accuse:
      return "ACCUSE";
    case Stance::appeal:
      return "APPEAL";
    case Stance::concern:
      return "CONCERN";
    case Stance::criticize:
      return "CRITICIZE";
    case Stance::promise:
      return "PROMISE";
    case Stance::reject:
      return "REJECT";
    case Stance::question:
      return "QUESTION";
    case Stance::other:
      return "OTHER";
  }
  return "OTHER";
}

}  // namespace claimtrace
