// claimtrace — numeric claims: figures in digits and words, their qualifier, range, unit and the actor /
// statement they belong to. Rules: docs/quantities.md.
//
// Per sentence (duplicate paragraphs skipped unless asked), the tokens are walked once. Only "anchor" tokens
// start a parse: number tokens, words starting with a digit, number words, "a"/"an" before a scale word,
// vague plurals, currency symbols and codes. From an anchor: [currency] figure [scale] [range tail]
// [post-qualifier] [percent | currency word | unit noun phrase]; then the qualifier is read backwards and the
// exclusions (years, dates, times, labels, pronoun "one") are applied. Word lookups go through one static
// open-addressing table of lower-cased ASCII words; nothing is allocated per token.
#include "claimtrace/quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace claimtrace {

const char* qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::about:
      return "about";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::more_than:
      return "more_than";
    case Qualifier::at_most:
      return "at_most";
    case Qualifier::fewer_than:
      return "fewer_than";
    case Qualifier::up_to:
      return "up_to";
    case Qualifier::range:
      return "range";
  }
  return "?";
}

namespace {

// --- The word table ------------------------------------------------------------------------------------

enum Flag : uint32_t {
  kUnitNum = 1u << 0,       // zero .. nineteen
  kTens = 1u << 1,          // twenty .. ninety
  kHundred = 1u << 2,       // hundred
  kScale = 1u << 3,         // thousand million billion trillion
  kDozen = 1u << 4,         // dozen
  kVague = 1u << 5,         // dozens scores tens hundreds thousands millions billions trillions
  kFew = 1u << 6,           // several, few (after "a")
  kScaleAbbr = 1u << 7,     // bn mn mln bln tn k m b
  kCurrency = 1u << 8,      // dollars euros ... and ISO codes
  kCode = 1u << 9,          // an ISO code (upper case) that may precede the figure: "USD 5 million"
  kPercent = 1u << 10,      // percent pct
  kDuration = 1u << 11,     // days weeks years ...
  kDistance = 1u << 12,     // km miles metres ...
  kMeasure = 1u << 13,      // kg tonnes litres barrels ...
  kMonth = 1u << 14,        // January .. Dec (only when capitalized)
  kTime = 1u << 15,         // a.m. p.m. am pm GMT UTC o'clock
  kStop = 1u << 16,         // ends a unit noun phrase
  kHead = 1u << 17,         // irregular plural heads: people men women children personnel ...
  kLabel = 1u << 18,        // "Article 5", "Resolution 2231", "Flight 17": not an amount
  kDeterminer = 1u << 19,   // skipped after "of": "155 of the fighters"
  kCountSuffix = 1u << 20,  // "3,000-strong", "155-member"
  kQualEnd = 1u << 21,      // the last word of a qualifier ("than", "least", "of", "about" ...)
};

struct WordDef {
  std::string_view word;  // lower case
  uint32_t flags;
  double value;
  std::string_view currency;
};

constexpr double K = 1e3, M = 1e6, B = 1e9, T = 1e12;

constexpr WordDef kWords[] = {
    // Cardinals.
    {"zero", kUnitNum, 0, {}},
    {"one", kUnitNum, 1, {}},
    {"two", kUnitNum, 2, {}},
    {"three", kUnitNum, 3, {}},
    {"four", kUnitNum, 4, {}},
    {"five", kUnitNum, 5, {}},
    {"six", kUnitNum, 6, {}},
    {"seven", kUnitNum, 7, {}},
    {"eight", kUnitNum, 8, {}},
    {"nine", kUnitNum, 9, {}},
    {"ten", kUnitNum, 10, {}},
    {"eleven", kUnitNum, 11, {}},
    {"twelve", kUnitNum, 12, {}},
    {"thirteen", kUnitNum, 13, {}},
    {"fourteen", kUnitNum, 14, {}},
    {"fifteen", kUnitNum, 15, {}},
    {"sixteen", kUnitNum, 16, {}},
    {"seventeen", kUnitNum, 17, {}},
    {"eighteen", kUnitNum, 18, {}},
    {"nineteen", kUnitNum, 19, {}},
    {"twenty", kTens, 20, {}},
    {"thirty", kTens, 30, {}},
    {"forty", kTens, 40, {}},
    {"fifty", kTens, 50, {}},
    {"sixty", kTens, 60, {}},
    {"seventy", kTens, 70, {}},
    {"eighty", kTens, 80, {}},
    {"ninety", kTens, 90, {}},
    {"hundred", kHundred, 100, {}},
    {"thousand", kScale, K, {}},
    {"million", kScale, M, {}},
    {"billion", kScale, B, {}},
    {"trillion", kScale, T, {}},
    {"dozen", kDozen, 12, {}},
    // Vague plurals: the value is the lower bound (docs/quantities.md).
    {"dozens", kVague, 24, {}},
    {"scores", kVague, 40, {}},
    {"tens", kVague, 10, {}},
    {"hundreds", kVague, 100, {}},
    {"thousands", kVague, K, {}},
    {"millions", kVague, M, {}},
    {"billions", kVague, B, {}},
    {"trillions", kVague, T, {}},
    {"several", kFew | kStop, 3, {}},
    {"few", kFew | kStop, 2, {}},
    // Scale abbreviations ("3bn", "$5 mln"); "m" is a million only with a currency, else metres.
    {"bn", kScaleAbbr, B, {}},
    {"bln", kScaleAbbr, B, {}},
    {"b", kScaleAbbr, B, {}},
    {"mn", kScaleAbbr, M, {}},
    {"mln", kScaleAbbr, M, {}},
    {"m", kScaleAbbr | kDistance, M, {}},
    {"tn", kScaleAbbr, T, {}},
    {"trn", kScaleAbbr, T, {}},
    {"k", kScaleAbbr, K, {}},
    // Currencies.
    {"dollar", kCurrency, 0, "USD"},
    {"dollars", kCurrency, 0, "USD"},
    {"euro", kCurrency, 0, "EUR"},
    {"euros", kCurrency, 0, "EUR"},
    {"pound", kCurrency, 0, "GBP"},
    {"pounds", kCurrency, 0, "GBP"},
    {"sterling", kCurrency, 0, "GBP"},
    {"yuan", kCurrency, 0, "CNY"},
    {"renminbi", kCurrency, 0, "CNY"},
    {"ruble", kCurrency, 0, "RUB"},
    {"rubles", kCurrency, 0, "RUB"},
    {"rouble", kCurrency, 0, "RUB"},
    {"roubles", kCurrency, 0, "RUB"},
    {"hryvnia", kCurrency, 0, "UAH"},
    {"hryvnias", kCurrency, 0, "UAH"},
    {"hryvnas", kCurrency, 0, "UAH"},
    {"yen", kCurrency, 0, "JPY"},
    {"rupee", kCurrency, 0, "INR"},
    {"rupees", kCurrency, 0, "INR"},
    {"dlr", kCurrency, 0, "USD"},
    {"dlrs", kCurrency, 0, "USD"},
    {"cent", kCurrency, 0, {}},
    {"cents", kCurrency, 0, {}},
    {"cts", kCurrency, 0, {}},
    {"usd", kCurrency | kCode, 0, "USD"},
    {"eur", kCurrency | kCode, 0, "EUR"},
    {"gbp", kCurrency | kCode, 0, "GBP"},
    {"cny", kCurrency | kCode, 0, "CNY"},
    {"rmb", kCurrency | kCode, 0, "CNY"},
    {"rub", kCurrency | kCode, 0, "RUB"},
    {"uah", kCurrency | kCode, 0, "UAH"},
    {"jpy", kCurrency | kCode, 0, "JPY"},
    {"inr", kCurrency | kCode, 0, "INR"},
    // Percent ("per cent" and "percentage points" are read as pairs).
    {"percent", kPercent, 0, {}},
    {"pct", kPercent, 0, {}},
    // Durations.
    {"second", kDuration, 0, {}},
    {"seconds", kDuration, 0, {}},
    {"minute", kDuration, 0, {}},
    {"minutes", kDuration, 0, {}},
    {"mins", kDuration, 0, {}},
    {"hour", kDuration, 0, {}},
    {"hours", kDuration, 0, {}},
    {"hrs", kDuration, 0, {}},
    {"day", kDuration, 0, {}},
    {"days", kDuration, 0, {}},
    {"week", kDuration, 0, {}},
    {"weeks", kDuration, 0, {}},
    {"month", kDuration, 0, {}},
    {"months", kDuration, 0, {}},
    {"year", kDuration, 0, {}},
    {"years", kDuration, 0, {}},
    {"yr", kDuration, 0, {}},
    {"yrs", kDuration, 0, {}},
    {"decade", kDuration, 0, {}},
    {"decades", kDuration, 0, {}},
    {"century", kDuration, 0, {}},
    {"centuries", kDuration, 0, {}},
    // Distances.
    {"km", kDistance, 0, {}},
    {"kms", kDistance, 0, {}},
    {"kilometre", kDistance, 0, {}},
    {"kilometres", kDistance, 0, {}},
    {"kilometer", kDistance, 0, {}},
    {"kilometers", kDistance, 0, {}},
    {"mile", kDistance, 0, {}},
    {"miles", kDistance, 0, {}},
    {"metre", kDistance, 0, {}},
    {"metres", kDistance, 0, {}},
    {"meter", kDistance, 0, {}},
    {"meters", kDistance, 0, {}},
    {"ft", kDistance, 0, {}},
    {"feet", kDistance, 0, {}},
    {"foot", kDistance, 0, {}},
    {"yard", kDistance, 0, {}},
    {"yards", kDistance, 0, {}},
    // Other measures.
    {"kg", kMeasure, 0, {}},
    {"kilo", kMeasure, 0, {}},
    {"kilos", kMeasure, 0, {}},
    {"kilogram", kMeasure, 0, {}},
    {"kilograms", kMeasure, 0, {}},
    {"kilogrammes", kMeasure, 0, {}},
    {"tonne", kMeasure, 0, {}},
    {"tonnes", kMeasure, 0, {}},
    {"ton", kMeasure, 0, {}},
    {"tons", kMeasure, 0, {}},
    {"litre", kMeasure, 0, {}},
    {"litres", kMeasure, 0, {}},
    {"liter", kMeasure, 0, {}},
    {"liters", kMeasure, 0, {}},
    {"gallon", kMeasure, 0, {}},
    {"gallons", kMeasure, 0, {}},
    {"barrel", kMeasure, 0, {}},
    {"barrels", kMeasure, 0, {}},
    {"bpd", kMeasure, 0, {}},
    {"degree", kMeasure, 0, {}},
    {"degrees", kMeasure, 0, {}},
    {"hectare", kMeasure, 0, {}},
    {"hectares", kMeasure, 0, {}},
    {"acre", kMeasure, 0, {}},
    {"acres", kMeasure, 0, {}},
    {"mw", kMeasure, 0, {}},
    {"gw", kMeasure, 0, {}},
    {"kw", kMeasure, 0, {}},
    {"times", kMeasure, 0, {}},
    // Months (capitalized only).
    {"january", kMonth, 0, {}},
    {"february", kMonth, 0, {}},
    {"march", kMonth, 0, {}},
    {"april", kMonth, 0, {}},
    {"may", kMonth | kStop, 0, {}},
    {"june", kMonth, 0, {}},
    {"july", kMonth, 0, {}},
    {"august", kMonth, 0, {}},
    {"september", kMonth, 0, {}},
    {"october", kMonth, 0, {}},
    {"november", kMonth, 0, {}},
    {"december", kMonth, 0, {}},
    {"jan", kMonth, 0, {}},
    {"feb", kMonth, 0, {}},
    {"mar", kMonth, 0, {}},
    {"apr", kMonth, 0, {}},
    {"jun", kMonth, 0, {}},
    {"jul", kMonth, 0, {}},
    {"aug", kMonth, 0, {}},
    {"sep", kMonth, 0, {}},
    {"sept", kMonth, 0, {}},
    {"oct", kMonth, 0, {}},
    {"nov", kMonth, 0, {}},
    {"dec", kMonth, 0, {}},
    // Times of day.
    {"am", kTime | kStop, 0, {}},
    {"pm", kTime, 0, {}},
    {"a.m.", kTime, 0, {}},
    {"p.m.", kTime, 0, {}},
    {"gmt", kTime, 0, {}},
    {"utc", kTime, 0, {}},
    {"o'clock", kTime, 0, {}},
    {"h", kTime, 0, {}},
    // Irregular plural heads: the noun phrase ends after them.
    {"people", kHead, 0, {}},
    {"persons", kHead, 0, {}},
    {"men", kHead, 0, {}},
    {"women", kHead, 0, {}},
    {"children", kHead, 0, {}},
    {"personnel", kHead, 0, {}},
    {"police", kHead, 0, {}},
    {"staff", kHead, 0, {}},
    {"crew", kHead, 0, {}},
    {"militia", kHead, 0, {}},
    {"infantry", kHead, 0, {}},
    {"aircraft", kHead, 0, {}},
    {"cattle", kHead, 0, {}},
    {"livestock", kHead, 0, {}},
    // Count suffixes of compounds.
    {"strong", kCountSuffix, 0, {}},
    {"member", kCountSuffix, 0, {}},
    {"man", kCountSuffix, 0, {}},
    {"person", kCountSuffix, 0, {}},
    {"seat", kCountSuffix, 0, {}},
    {"nation", kCountSuffix, 0, {}},
    {"country", kCountSuffix, 0, {}},
    // Labels: the number that follows names something.
    {"number", kLabel, 0, {}},
    {"no", kLabel | kStop, 0, {}},
    {"nos", kLabel, 0, {}},
    {"nr", kLabel, 0, {}},
    {"article", kLabel, 0, {}},
    {"section", kLabel, 0, {}},
    {"resolution", kLabel, 0, {}},
    {"chapter", kLabel, 0, {}},
    {"clause", kLabel, 0, {}},
    {"annex", kLabel, 0, {}},
    {"paragraph", kLabel, 0, {}},
    {"protocol", kLabel, 0, {}},
    {"flight", kLabel, 0, {}},
    {"page", kLabel, 0, {}},
    {"room", kLabel, 0, {}},
    {"route", kLabel, 0, {}},
    {"highway", kLabel, 0, {}},
    {"item", kLabel, 0, {}},
    {"phase", kLabel, 0, {}},
    {"stage", kLabel, 0, {}},
    {"version", kLabel, 0, {}},
    {"model", kLabel, 0, {}},
    {"category", kLabel, 0, {}},
    {"class", kLabel, 0, {}},
    {"type", kLabel, 0, {}},
    {"platform", kLabel, 0, {}},
    {"gate", kLabel, 0, {}},
    {"district", kLabel, 0, {}},
    {"block", kLabel, 0, {}},
    {"grade", kLabel, 0, {}},
    {"level", kLabel, 0, {}},
    {"unit", kLabel, 0, {}},
    {"division", kLabel, 0, {}},
    {"battalion", kLabel, 0, {}},
    {"regiment", kLabel, 0, {}},
    {"brigade", kLabel, 0, {}},
    {"squadron", kLabel, 0, {}},
    {"vol", kLabel, 0, {}},
    {"volume", kLabel, 0, {}},
    {"episode", kLabel, 0, {}},
    {"season", kLabel, 0, {}},
    {"part", kLabel, 0, {}},
    {"round", kLabel, 0, {}},
    {"term", kLabel, 0, {}},
    // Determiners skipped after "of" ("155 of the fighters"); they also end a noun phrase.
    {"the", kDeterminer | kStop, 0, {}},
    {"these", kDeterminer | kStop, 0, {}},
    {"those", kDeterminer | kStop, 0, {}},
    {"their", kDeterminer | kStop, 0, {}},
    {"its", kDeterminer | kStop, 0, {}},
    {"his", kDeterminer | kStop, 0, {}},
    {"her", kDeterminer | kStop, 0, {}},
    {"our", kDeterminer | kStop, 0, {}},
    {"your", kDeterminer | kStop, 0, {}},
    {"my", kDeterminer | kStop, 0, {}},
    // Stop words: function words, pronouns, auxiliaries, reporting verbs, adverbs.
    {"a", kStop, 0, {}},
    {"an", kStop, 0, {}},
    {"this", kStop, 0, {}},
    {"that", kStop, 0, {}},
    {"of", kStop | kQualEnd, 0, {}},
    {"in", kStop, 0, {}},
    {"on", kStop, 0, {}},
    {"at", kStop, 0, {}},
    {"to", kStop | kQualEnd, 0, {}},
    {"for", kStop, 0, {}},
    {"from", kStop, 0, {}},
    {"by", kStop, 0, {}},
    {"with", kStop, 0, {}},
    {"without", kStop, 0, {}},
    {"into", kStop, 0, {}},
    {"onto", kStop, 0, {}},
    {"over", kStop | kQualEnd, 0, {}},
    {"under", kStop | kQualEnd, 0, {}},
    {"about", kStop | kQualEnd, 0, {}},
    {"around", kStop | kQualEnd, 0, {}},
    {"after", kStop, 0, {}},
    {"before", kStop, 0, {}},
    {"since", kStop, 0, {}},
    {"during", kStop, 0, {}},
    {"between", kStop, 0, {}},
    {"among", kStop, 0, {}},
    {"against", kStop, 0, {}},
    {"across", kStop, 0, {}},
    {"along", kStop, 0, {}},
    {"alongside", kStop, 0, {}},
    {"through", kStop, 0, {}},
    {"throughout", kStop, 0, {}},
    {"near", kStop, 0, {}},
    {"per", kStop, 0, {}},
    {"than", kStop | kQualEnd, 0, {}},
    {"as", kStop | kQualEnd, 0, {}},
    {"and", kStop, 0, {}},
    {"or", kStop, 0, {}},
    {"but", kStop, 0, {}},
    {"nor", kStop, 0, {}},
    {"so", kStop, 0, {}},
    {"yet", kStop, 0, {}},
    {"if", kStop, 0, {}},
    {"who", kStop, 0, {}},
    {"whom", kStop, 0, {}},
    {"whose", kStop, 0, {}},
    {"which", kStop, 0, {}},
    {"what", kStop, 0, {}},
    {"when", kStop, 0, {}},
    {"where", kStop, 0, {}},
    {"while", kStop, 0, {}},
    {"why", kStop, 0, {}},
    {"how", kStop, 0, {}},
    {"via", kStop, 0, {}},
    {"including", kStop, 0, {}},
    {"amid", kStop, 0, {}},
    {"despite", kStop, 0, {}},
    {"toward", kStop, 0, {}},
    {"towards", kStop, 0, {}},
    {"upon", kStop, 0, {}},
    {"within", kStop, 0, {}},
    {"beyond", kStop, 0, {}},
    {"like", kStop, 0, {}},
    {"unlike", kStop, 0, {}},
    {"except", kStop, 0, {}},
    {"versus", kStop, 0, {}},
    {"vs", kStop, 0, {}},
    {"whether", kStop, 0, {}},
    {"because", kStop, 0, {}},
    {"although", kStop, 0, {}},
    {"though", kStop, 0, {}},
    {"until", kStop, 0, {}},
    {"till", kStop, 0, {}},
    {"are", kStop, 0, {}},
    {"is", kStop, 0, {}},
    {"was", kStop, 0, {}},
    {"were", kStop, 0, {}},
    {"be", kStop, 0, {}},
    {"been", kStop, 0, {}},
    {"being", kStop, 0, {}},
    {"have", kStop, 0, {}},
    {"has", kStop, 0, {}},
    {"had", kStop, 0, {}},
    {"do", kStop, 0, {}},
    {"does", kStop, 0, {}},
    {"did", kStop, 0, {}},
    {"will", kStop, 0, {}},
    {"would", kStop, 0, {}},
    {"shall", kStop, 0, {}},
    {"should", kStop, 0, {}},
    {"can", kStop, 0, {}},
    {"could", kStop, 0, {}},
    {"might", kStop, 0, {}},
    {"must", kStop, 0, {}},
    {"not", kStop, 0, {}},
    {"it", kStop, 0, {}},
    {"they", kStop, 0, {}},
    {"them", kStop, 0, {}},
    {"he", kStop, 0, {}},
    {"she", kStop, 0, {}},
    {"him", kStop, 0, {}},
    {"we", kStop, 0, {}},
    {"you", kStop, 0, {}},
    {"i", kStop, 0, {}},
    {"me", kStop, 0, {}},
    {"us", kStop, 0, {}},
    {"said", kStop, 0, {}},
    {"says", kStop, 0, {}},
    {"say", kStop, 0, {}},
    {"told", kStop, 0, {}},
    {"according", kStop, 0, {}},
    {"reportedly", kStop, 0, {}},
    {"allegedly", kStop, 0, {}},
    {"also", kStop, 0, {}},
    {"still", kStop, 0, {}},
    {"more", kStop, 0, {}},
    {"less", kStop, 0, {}},
    {"fewer", kStop, 0, {}},
    {"each", kStop, 0, {}},
    {"every", kStop, 0, {}},
    {"all", kStop, 0, {}},
    {"both", kStop, 0, {}},
    {"ago", kStop, 0, {}},
    {"later", kStop, 0, {}},
    {"earlier", kStop, 0, {}},
    {"already", kStop, 0, {}},
    {"now", kStop, 0, {}},
    {"then", kStop, 0, {}},
    {"there", kStop, 0, {}},
    {"here", kStop, 0, {}},
    {"up", kStop, 0, {}},
    {"down", kStop, 0, {}},
    {"out", kStop, 0, {}},
    {"off", kStop, 0, {}},
    {"just", kStop, 0, {}},
    {"only", kStop, 0, {}},
    {"too", kStop, 0, {}},
    {"very", kStop, 0, {}},
    {"such", kStop, 0, {}},
    {"either", kStop, 0, {}},
    {"neither", kStop, 0, {}},
    {"any", kStop, 0, {}},
    {"some", kStop | kQualEnd, 0, {}},
    {"many", kStop, 0, {}},
    {"much", kStop, 0, {}},
    {"most", kStop | kQualEnd, 0, {}},
    {"least", kStop | kQualEnd, 0, {}},
    {"another", kStop, 0, {}},
    {"get", kStop, 0, {}},
    {"got", kStop, 0, {}},
    {"remain", kStop, 0, {}},
    {"went", kStop, 0, {}},
    {"came", kStop, 0, {}},
    {"left", kStop, 0, {}},
    {"died", kStop, 0, {}},
    {"being", kStop, 0, {}},
    {"plus", kStop, 0, {}},
    {"last", kStop, 0, {}},
    {"next", kStop, 0, {}},
    {"ever", kStop, 0, {}},
    {"even", kStop, 0, {}},
    {"again", kStop, 0, {}},
    {"yesterday", kStop, 0, {}},
    {"today", kStop, 0, {}},
    {"tomorrow", kStop, 0, {}},
    {"tonight", kStop, 0, {}},
    {"monday", kStop, 0, {}},
    {"tuesday", kStop, 0, {}},
    {"wednesday", kStop, 0, {}},
    {"thursday", kStop, 0, {}},
    {"friday", kStop, 0, {}},
    {"saturday", kStop, 0, {}},
    {"sunday", kStop, 0, {}},
    {"respectively", kStop, 0, {}},
    {"estimated", kQualEnd | kStop, 0, {}},
    {"exceeding", kQualEnd | kStop, 0, {}},
    {"above", kQualEnd | kStop, 0, {}},
    {"below", kQualEnd | kStop, 0, {}},
    {"approximately", kQualEnd | kStop, 0, {}},
    {"approx", kQualEnd | kStop, 0, {}},
    {"roughly", kQualEnd | kStop, 0, {}},
    {"nearly", kQualEnd | kStop, 0, {}},
    {"almost", kQualEnd | kStop, 0, {}},
    {"circa", kQualEnd | kStop, 0, {}},
    {"maximum", kQualEnd | kStop, 0, {}},
    {"minimum", kQualEnd | kStop, 0, {}},
};

constexpr size_t kMaxWord = 16;  // longer words are never in the table

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

inline uint32_t hash_lower(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<uint8_t>(lower(s[i]))) * 16777619u;
  return h;
}

// Open addressing over kWords, built once (C++ guarantees thread-safe initialization of the static).
class WordTable {
 public:
  static constexpr size_t kSlots = 2048;  // power of two, > 4 x the words
  WordTable() {
    slots_.fill(-1);
    for (size_t i = 0; i < std::size(kWords); ++i) {
      const std::string_view w = kWords[i].word;
      size_t h = hash_lower(w.data(), w.size()) & (kSlots - 1);
      bool dup = false;
      while (slots_[h] >= 0) {
        if (kWords[slots_[h]].word == w) {
          dup = true;
          break;
        }
        h = (h + 1) & (kSlots - 1);
      }
      if (!dup) slots_[h] = static_cast<int16_t>(i);
      if ((kWords[i].flags & (kUnitNum | kTens | kVague | kFew)) && w.size() >= 2) mark(w);
    }
    mark("an");
    mark("us");
  }
  // A cheap filter before find() in the hot loop: could the word w (w[0..1] lower-cased to a, b) start a
  // figure ("a", a number word, "an", "us", a vague plural, "several", "twenty-five")? By its first two
  // letters and its length, or the length of its part before a hyphen. Upper-case codes are checked apart.
  bool may_anchor(const char* w, size_t n, unsigned a, unsigned b) const {
    if (a >= 26 || b >= 26) return false;
    const uint16_t mask = lengths_[a * 26 + b];
    if (mask == 0) return false;
    if (n < 16 && (mask >> n & 1u)) return true;
    for (size_t len = 2; len < 16 && len < n; ++len)
      if ((mask >> len & 1u) && w[len] == '-') return true;
    return false;
  }
  // The entry for `w` (any ASCII case), or nullptr.
  const WordDef* find(std::string_view w) const {
    if (w.empty() || w.size() > kMaxWord) return nullptr;
    size_t h = hash_lower(w.data(), w.size()) & (kSlots - 1);
    while (slots_[h] >= 0) {
      const WordDef& d = kWords[slots_[h]];
      if (d.word.size() == w.size()) {
        size_t i = 0;
        while (i < w.size() && lower(w[i]) == d.word[i]) ++i;
        if (i == w.size()) return &d;
      }
      h = (h + 1) & (kSlots - 1);
    }
    return nullptr;
  }

 private:
  void mark(std::string_view w) {
    if (w.size() < 16) lengths_[(w[0] - 'a') * 26 + (w[1] - 'a')] |= static_cast<uint16_t>(1u << w.size());
  }
  std::array<int16_t, kSlots> slots_;
  std::array<uint16_t, 26 * 26> lengths_{};  // (first, second letter) -> bit set of word lengths
};

const WordTable& words() {
  static const WordTable table;
  return table;
}

bool ieq(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower_b[i]) return false;
  return true;
}

// --- Qualifiers ----------------------------------------------------------------------------------------

struct QualifierDef {
  std::array<std::string_view, 3> words;  // lower case, left to right; unused trailing entries empty
  Qualifier q;
  bool strong;  // unambiguous before a year-like figure ("over 2000" may be a date, "at least 2000" is not)
};

constexpr QualifierDef kQualifiers[] = {
    {{"no", "fewer", "than"}, Qualifier::at_least, true},
    {{"not", "fewer", "than"}, Qualifier::at_least, true},
    {{"no", "less", "than"}, Qualifier::at_least, true},
    {{"not", "less", "than"}, Qualifier::at_least, true},
    {{"no", "more", "than"}, Qualifier::at_most, true},
    {{"not", "more", "than"}, Qualifier::at_most, true},
    {{"a", "minimum", "of"}, Qualifier::at_least, true},
    {{"a", "maximum", "of"}, Qualifier::at_most, true},
    {{"as", "many", "as"}, Qualifier::up_to, true},
    {{"as", "much", "as"}, Qualifier::up_to, true},
    {{"as", "few", "as"}, Qualifier::at_least, true},
    {{"in", "excess", "of"}, Qualifier::more_than, true},
    {{"at", "least"}, Qualifier::at_least, true},
    {{"at", "most"}, Qualifier::at_most, true},
    {{"more", "than"}, Qualifier::more_than, true},
    {{"upwards", "of"}, Qualifier::more_than, true},
    {{"fewer", "than"}, Qualifier::fewer_than, true},
    {{"less", "than"}, Qualifier::fewer_than, true},
    {{"up", "to"}, Qualifier::up_to, true},
    {{"close", "to"}, Qualifier::about, true},
    {{"an", "estimated"}, Qualifier::about, true},
    {{"over"}, Qualifier::more_than, false},
    {{"above"}, Qualifier::more_than, false},
    {{"exceeding"}, Qualifier::more_than, true},
    {{"under"}, Qualifier::fewer_than, false},
    {{"below"}, Qualifier::fewer_than, false},
    {{"about"}, Qualifier::about, false},
    {{"around"}, Qualifier::about, false},
    {{"approximately"}, Qualifier::about, true},
    {{"approx"}, Qualifier::about, true},
    {{"roughly"}, Qualifier::about, true},
    {{"some"}, Qualifier::about, false},
    {{"nearly"}, Qualifier::about, true},
    {{"almost"}, Qualifier::about, true},
    {{"estimated"}, Qualifier::about, true},
    {{"circa"}, Qualifier::about, false},
    {{"maximum"}, Qualifier::at_most, true},
    {{"minimum"}, Qualifier::at_least, true},
};

// --- The parser --------------------------------------------------------------------------------------

// A figure: one number, or a range of two.
struct Figure {
  double value = 0, high = 0;
  size_t begin = 0, end = 0;  // tokens [begin, end)
  bool range = false;
  bool vague = false;
  bool scaled = false;        // a scale word or suffix applied ("1.2 million", "3bn")
  bool year_like = false;     // 4 plain digits in [1800, 2100] (both ends of a range)
  bool day_like = false;      // a plain integer 1..31
  bool bare_one = false;      // the word "one" alone
  bool time = false;          // "10am", "10 p.m."
  bool m_suffix = false;      // "5m": a million with a currency, else metres
  bool digits = false;        // written in digits
  double factor = 1;          // the scale applied: 1e6 for "2 million", 100 for "three hundred"
  Span suffix{};              // unit bytes glued to the figure: "km" of "10km", "day" of "10-day"
  uint32_t suffix_flags = 0;  // flags of the suffix's first word
};

constexpr size_t kMaxNumberChars = 40;

// Plain decimal: "155", "3,000", "1.25", "1,234,567.5". Comma groups must have three digits.
bool parse_plain(std::string_view s, double& v) {
  if (s.empty() || s.size() > kMaxNumberChars || !is_digit(s[0])) return false;
  double r = 0;
  size_t i = 0, group = 0;
  bool comma = false;
  for (; i < s.size() && (is_digit(s[i]) || s[i] == ','); ++i) {
    if (s[i] == ',') {
      if (group == 0 || (comma && group != 3) || (!comma && group > 3)) return false;
      comma = true;
      group = 0;
      continue;
    }
    r = r * 10 + (s[i] - '0');
    ++group;
  }
  if (comma && group != 3) return false;
  if (i < s.size()) {
    if (s[i] != '.' || i + 1 >= s.size()) return false;
    double scale = 0.1;
    for (++i; i < s.size(); ++i) {
      if (!is_digit(s[i])) return false;
      r += (s[i] - '0') * scale;
      scale /= 10;
    }
  }
  v = r;
  return true;
}

bool year_text(std::string_view s, double v) {
  return s.size() == 4 && v >= 1800 && v <= 2100 &&
         s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_dash(std::string_view s) { return s == "-" || s == "\xE2\x80\x93"; }  // - and en dash

// Currency symbols as tokens: $ € £ ¥ ₽ ₴ ₹.
std::string_view currency_symbol(std::string_view s) {
  if (s == "$") return "USD";
  if (s == "\xE2\x82\xAC") return "EUR";
  if (s == "\xC2\xA3") return "GBP";
  if (s == "\xC2\xA5") return "JPY";
  if (s == "\xE2\x82\xBD") return "RUB";
  if (s == "\xE2\x82\xB4") return "UAH";
  if (s == "\xE2\x82\xB9") return "INR";
  return {};
}

class Parser {
 public:
  explicit Parser(const QuantityInput& in) : in_(in), words_(words()) {}

  void sentence(uint32_t index, size_t lo, size_t hi, std::vector<Quantity>& out) {
    lo_ = lo;
    hi_ = hi;
    size_t floor = lo;
    for (size_t i = lo; i < hi;) {
      if (!anchor(i)) {
        ++i;
        continue;
      }
      size_t end = 0;
      if (quantity(i, floor, index, out, end)) {
        floor = i = std::max(end, i + 1);
      } else {
        ++i;
      }
    }
  }

 private:
  std::string_view tok(size_t i) const {
    if (i >= in_.tokens.size()) return {};
    const Token& t = in_.tokens[i];
    const size_t n = in_.text.size();
    const size_t b = std::min<size_t>(t.begin, n), e = std::min<size_t>(std::max(t.begin, t.end), n);
    return in_.text.substr(b, e - b);
  }
  bool in(size_t i) const { return i >= lo_ && i < hi_; }
  TokenKind kind(size_t i) const { return in_.tokens[i].kind; }
  bool is_word(size_t i) const { return in(i) && kind(i) == TokenKind::word; }
  const WordDef* def(size_t i) const { return is_word(i) ? words_.find(tok(i)) : nullptr; }
  uint32_t flags(size_t i) const {
    const WordDef* d = def(i);
    return d ? d->flags : 0;
  }
  bool word_is(size_t i, std::string_view lw) const { return is_word(i) && ieq(tok(i), lw); }
  Span span(size_t first, size_t last_excl) const {
    const uint32_t n = static_cast<uint32_t>(in_.text.size());
    uint32_t b = std::min(in_.tokens[first].begin, n);
    uint32_t e = std::min(in_.tokens[last_excl - 1].end, n);
    return Span{b, std::max(b, e)};
  }
  bool capitalized(size_t i) const {
    std::string_view s = tok(i);
    return !s.empty() && is_upper(s[0]);
  }
  bool month_at(size_t i) const { return is_word(i) && capitalized(i) && (flags(i) & kMonth); }

  // Can a quantity start at token i? Cheap: one table lookup for words.
  bool anchor(size_t i) const {
    const Token& t = in_.tokens[i];
    if (t.kind == TokenKind::punct || t.kind == TokenKind::clitic) return false;
    if (t.kind == TokenKind::word) {  // the common case: decide from the first two bytes when possible
      if (t.begin + 1 >= t.end || t.end > in_.text.size()) return slow_anchor(i);
      const char c0 = in_.text[t.begin], c1 = in_.text[t.begin + 1];
      if (is_digit(c0) || is_upper(c1)) return slow_anchor(i);
      const unsigned a = static_cast<unsigned>(lower(c0) - 'a'), b = static_cast<unsigned>(c1 - 'a');
      if (!words_.may_anchor(in_.text.data() + t.begin, t.end - t.begin, a, b)) return false;
    }
    return slow_anchor(i);
  }
  bool slow_anchor(size_t i) const {
    const std::string_view s = tok(i);
    if (s.empty()) return false;
    switch (kind(i)) {
      case TokenKind::number:
        return true;
      case TokenKind::symbol:
        return !currency_symbol(s).empty() && in(i + 1);
      case TokenKind::word: {
        if (is_digit(s[0])) return true;
        if (s.size() == 3 && is_upper(s[0]) && is_upper(s[1]) && is_upper(s[2])) {  // "USD 5 million"
          const WordDef* d = words_.find(s);
          return d && (d->flags & kCode) && in(i + 1) && kind(i + 1) == TokenKind::number;
        }
        if (s.size() > 32) return false;
        if (s.size() >= 2 && !words_.may_anchor(s.data(), s.size(), static_cast<unsigned>(lower(s[0]) - 'a'),
                                                static_cast<unsigned>(lower(s[1]) - 'a')))
          return false;
        const size_t dash = s.find('-');
        const WordDef* d = words_.find(dash == std::string_view::npos ? s : s.substr(0, dash));
        if (!d) return false;
        if (d->flags & (kUnitNum | kTens | kVague)) return true;
        if (ieq(s, "a") || ieq(s, "an")) return (flags(i + 1) & (kHundred | kScale | kDozen | kFew)) != 0;
        if (d->flags & kFew) return (flags(i + 1) & (kHundred | kScale | kDozen)) != 0;
        if (ieq(s, "us")) return in(i + 1) && tok(i + 1) == "$";
        return false;
      }
      default:
        return false;
    }
  }

  // Scale words after a figure: "1.2 million", "5 hundred thousand", "3 bn" (abbreviations only after
  // digits). Returns the factor (1 when none) and advances j.
  double scale_words(size_t& j, bool digits) const {
    double f = 1;
    for (int n = 0; n < 3 && is_word(j); ++n) {
      const WordDef* d = def(j);
      if (!d) break;
      if (d->flags & (kHundred | kScale | kDozen)) {
        f *= d->value;
      } else if (digits && n == 0 && (d->flags & kScaleAbbr) && is_lower(tok(j)[0]) && tok(j).size() > 1) {
        // "5 bn", "5 mln"; a lone "m", "b" or "k" token is not read as a scale.
        f *= d->value;
        ++j;
        break;
      } else {
        break;
      }
      ++j;
    }
    return f;
  }

  // Digits: a number token or a word starting with a digit ("3bn", "10km", "1,000-strong").
  bool digits_figure(size_t i, Figure& f) const {
    const std::string_view s = tok(i);
    f.begin = i;
    f.end = i + 1;
    f.digits = true;
    if (kind(i) == TokenKind::number) {
      if (s.find_first_of(":/") != std::string_view::npos) return false;  // times, dates, fractions
      const size_t dash = s.find('-');
      if (dash == std::string_view::npos) {
        if (!parse_plain(s, f.value)) return false;
        f.high = f.value;
        f.year_like = year_text(s, f.value);
      } else {
        if (s.find('-', dash + 1) != std::string_view::npos) return false;  // 2025-04-09
        const std::string_view a = s.substr(0, dash), b = s.substr(dash + 1);
        if (!parse_plain(a, f.value) || !parse_plain(b, f.high)) return false;
        if (year_text(a, f.value) && (year_text(b, f.high) || b.size() == 2)) return false;  // 2022-23
        if (f.high < f.value) return false;                                                  // a score: "3-1"
        f.range = true;
      }
      f.day_like = !f.range && f.value >= 1 && f.value <= 31 && f.value == std::floor(f.value);
      const double k = scale_words(f.end, true);
      if (k != 1) {
        f.scaled = true;
        f.factor = k;
        f.value *= k;
        f.high *= k;
      }
      return true;
    }
    // A word: [digits][-digits] then letters or a hyphenated compound.
    size_t p = 0;
    while (p < s.size() && (is_digit(s[p]) || s[p] == ',' || s[p] == '.')) ++p;
    if (!parse_plain(s.substr(0, p), f.value)) return false;
    f.high = f.value;
    if (p + 1 < s.size() && s[p] == '-' && is_digit(s[p + 1])) {
      size_t q = p + 1;
      while (q < s.size() && (is_digit(s[q]) || s[q] == ',' || s[q] == '.')) ++q;
      if (!parse_plain(s.substr(p + 1, q - p - 1), f.high) || f.high < f.value) return false;
      f.range = true;
      p = q;
    }
    if (p >= s.size()) return false;
    const uint32_t base = in_.tokens[i].begin;
    if (s[p] == '-') {  // "1,000-strong", "10-day", "4-year-old"
      const std::string_view rest = s.substr(p + 1);
      if (rest.empty()) return false;
      const size_t dash = rest.find('-');
      const WordDef* d = words_.find(rest.substr(0, dash));
      f.suffix = Span{base + static_cast<uint32_t>(p + 1), base + static_cast<uint32_t>(s.size())};
      constexpr uint32_t kKnown = kDuration | kDistance | kMeasure | kPercent | kCountSuffix;
      f.suffix_flags = d && (d->flags & kKnown) ? d->flags : kMeasure;  // "5-star": other
      return true;
    }
    // Letters glued to the digits.
    const std::string_view suf = s.substr(p);
    if (suf.find('-') != std::string_view::npos) return false;
    const WordDef* d = words_.find(suf);
    if (!d) return false;  // "5G", "3D", "1990s" ("s" is not in the table), "3rd", "21st"
    if (d->flags & kTime) {
      f.time = true;
      return true;
    }
    if (d->flags & kScaleAbbr) {
      if (!is_lower(suf[0]) && suf != "K" && suf != "M" && suf != "B") return false;
      f.m_suffix = ieq(suf, "m");
      f.value *= d->value;
      f.high *= d->value;
      f.factor = d->value;
      f.scaled = true;
      if (f.m_suffix) {  // metres unless a currency turns up
        f.suffix = Span{base + static_cast<uint32_t>(p), base + static_cast<uint32_t>(s.size())};
        f.suffix_flags = kDistance;
      }
      return true;
    }
    if (d->flags & (kDistance | kDuration | kMeasure | kPercent)) {
      f.suffix = Span{base + static_cast<uint32_t>(p), base + static_cast<uint32_t>(s.size())};
      f.suffix_flags = d->flags;
      return true;
    }
    if (d->flags & kScale) {  // "5million"
      f.value *= d->value;
      f.high *= d->value;
      f.factor = d->value;
      f.scaled = true;
      return true;
    }
    return false;
  }

  // Words: "two", "twenty-five", "one hundred and fifty", "a dozen", "a million", "two dozen", "dozens",
  // "tens of thousands", "several hundred", "a few thousand", "three-day".
  bool word_figure(size_t i, Figure& f) const {
    f.begin = i;
    size_t j = i;
    const std::string_view s0 = tok(i);
    const WordDef* d0 = words_.find(s0);
    // Vague plurals.
    if (d0 && (d0->flags & kVague)) {
      f.vague = true;
      f.value = d0->value;
      j = i + 1;
      if (word_is(j, "of") && (flags(j + 1) & kVague) && def(j + 1)->value >= 100 && !word_is(i, "dozens") &&
          !word_is(i, "scores")) {
        f.value *= def(j + 1)->value;  // "tens of thousands", "hundreds of millions"
        j += 2;
      } else if (ieq(s0, "tens")) {
        return false;  // "tens" alone is not a figure
      }
      f.high = f.value;
      f.end = j;
      return true;
    }
    // "a"/"an" + scale, "several"/"a few" + scale.
    double group = 0, total = 0;
    enum { kNone, kA, kUnitW, kTensW, kHundredW, kScaleW, kAnd } last = kNone;
    if (ieq(s0, "a") || ieq(s0, "an")) {
      j = i + 1;
      if (flags(j) & kFew) {
        if (!ieq(tok(j), "few")) return false;
        if (!(flags(j + 1) & (kHundred | kScale | kDozen))) return false;
        group = def(j)->value;
        f.vague = true;
        ++j;
        last = kUnitW;
      } else {
        group = 1;
        last = kA;
      }
    } else if (d0 && (d0->flags & kFew)) {
      if (!(flags(i + 1) & (kHundred | kScale | kDozen))) return false;
      group = d0->value;
      f.vague = true;
      j = i + 1;
      last = kUnitW;
    } else {
      // A hyphenated word: "twenty-five", "three-day", "twenty-five-year".
      const size_t dash = s0.find('-');
      if (dash != std::string_view::npos) {
        const WordDef* a = words_.find(s0.substr(0, dash));
        if (!a || !(a->flags & (kUnitNum | kTens))) return false;
        double v = a->value;
        size_t rest = dash + 1;
        if (a->flags & kTens) {
          const size_t dash2 = s0.find('-', rest);
          const WordDef* b =
              words_.find(s0.substr(rest, dash2 == std::string_view::npos ? dash2 : dash2 - rest));
          if (b && (b->flags & kUnitNum) && b->value >= 1 && b->value <= 9) {
            v += b->value;
            rest = dash2 == std::string_view::npos ? s0.size() : dash2 + 1;
          }
        }
        if (rest < s0.size()) {  // a compound: "three-day", "two-year-old", "five-member"
          const std::string_view suf = s0.substr(rest);
          const size_t dash3 = suf.find('-');
          const WordDef* sd = words_.find(suf.substr(0, dash3));
          const uint32_t ok = kDuration | kDistance | kMeasure | kPercent | kCountSuffix;
          if (!sd || !(sd->flags & ok)) return false;
          const uint32_t base = in_.tokens[i].begin;
          f.suffix = Span{base + static_cast<uint32_t>(rest), base + static_cast<uint32_t>(s0.size())};
          f.suffix_flags = sd->flags;
          f.value = f.high = v;
          f.end = i + 1;
          return true;
        }
        group = v;
        last = v >= 20 && std::fmod(v, 10) == 0 ? kTensW : kUnitW;
        j = i + 1;
      }
    }
    if (j == i) {  // a plain cardinal word starts here
      if (!d0 || !(d0->flags & (kUnitNum | kTens))) return false;
      group = d0->value;
      last = (d0->flags & kTens) ? kTensW : kUnitW;
      f.bare_one = ieq(s0, "one");
      j = i + 1;
    }
    for (int guard = 0; guard < 12 && is_word(j); ++guard) {
      const WordDef* d = def(j);
      if (!d) break;
      if ((d->flags & kUnitNum) && d->value > 0 &&
          (last == kHundredW || last == kScaleW || last == kAnd || (last == kTensW && d->value < 10))) {
        group += d->value;
        last = kUnitW;
      } else if ((d->flags & kTens) && (last == kHundredW || last == kScaleW || last == kAnd)) {
        group += d->value;
        last = kTensW;
      } else if ((d->flags & kHundred) && (last == kUnitW || last == kA)) {
        group = (group == 0 ? 1 : group) * 100;
        last = kHundredW;
      } else if ((d->flags & kDozen) && (last == kUnitW || last == kA)) {
        group = (group == 0 ? 1 : group) * 12;
        last = kHundredW;
      } else if ((d->flags & kScale) &&
                 (last == kUnitW || last == kTensW || last == kHundredW || last == kA)) {
        total += (group == 0 ? 1 : group) * d->value;
        group = 0;
        last = kScaleW;
      } else if ((d->flags & kScaleAbbr) && tok(j).size() > 1 && is_lower(tok(j)[0]) &&
                 (last == kUnitW || last == kTensW || last == kHundredW)) {
        total += (group == 0 ? 1 : group) * d->value;  // "one mln", "two bn"
        group = 0;
        last = kScaleW;
        ++j;
        break;
      } else if (ieq(tok(j), "and") && (last == kHundredW || last == kScaleW) &&
                 (flags(j + 1) & (kUnitNum | kTens)) && def(j + 1)->value > 0 && !word_is(i - 1, "between")) {
        last = kAnd;
      } else {
        break;
      }
      if (last != kAnd) f.bare_one = false;
      ++j;
    }
    if (last == kA || last == kAnd) return false;  // "a" alone; a dangling "and" is not consumed
    f.value = f.high = total + group;
    f.scaled = total > 0 || f.value >= 100;
    if (last == kScaleW) f.factor = def(j - 1)->value;
    if (last == kHundredW && total == 0) f.factor = def(j - 1)->value;
    f.end = j;
    return true;
  }

  bool figure(size_t i, Figure& f) const {
    const std::string_view s = tok(i);
    if (s.empty()) return false;
    if (kind(i) == TokenKind::number || (kind(i) == TokenKind::word && is_digit(s[0])))
      return digits_figure(i, f);
    if (kind(i) == TokenKind::word) return word_figure(i, f);
    return false;
  }

  // A currency before the figure at i: "$", "€", "US$", "USD". Sets `code`, returns the figure's token.
  size_t currency_prefix(size_t i, std::string_view& code) const {
    const std::string_view s = tok(i);
    if (kind(i) == TokenKind::symbol) {
      code = currency_symbol(s);
      return code.empty() ? i : i + 1;
    }
    if (kind(i) == TokenKind::word && ieq(s, "us") && in(i + 1) && tok(i + 1) == "$") {
      code = "USD";
      return i + 2;
    }
    if (kind(i) == TokenKind::word && is_upper(s[0])) {
      const WordDef* d = words_.find(s);
      if (d && (d->flags & kCode) && in(i + 1) && kind(i + 1) == TokenKind::number) {
        code = d->currency;
        return i + 1;
      }
    }
    return i;
  }

  // The qualifier ending just before token k (not before `floor`): sets q and its first token.
  bool qualifier_before(size_t k, size_t floor, Qualifier& q, size_t& first, bool& strong) const {
    if (k <= floor || !(flags(k - 1) & kQualEnd)) return false;
    for (const QualifierDef& def : kQualifiers) {
      size_t n = 0;
      while (n < 3 && !def.words[n].empty()) ++n;
      if (k < floor + n) continue;
      bool match = true;
      for (size_t w = 0; w < n && match; ++w) match = word_is(k - n + w, def.words[w]);
      if (!match) continue;
      // "about" as in "talked about 5 ..." is still read as a qualifier; "some of" never reaches here.
      q = def.q;
      first = k - n;
      strong = def.strong;
      return true;
    }
    return false;
  }

  // The unit noun phrase from token j: adjectives and nouns up to the head. Returns [b, e) tokens (b == e:
  // none) and the kind flags of a measure word that ended it.
  void noun_phrase(size_t j, size_t& b, size_t& e, uint32_t& measure) const {
    measure = 0;
    b = e = j;
    if (word_is(j, "of")) {
      size_t k = j + 1;
      if (flags(k) & kDeterminer) ++k;
      if (!is_word(k)) return;
      j = k;
      b = e = j;
    }
    // "500 more troops", "two additional battalions": the count of the noun after it (not "500 more than").
    if ((word_is(j, "more") || word_is(j, "additional") || word_is(j, "extra") || word_is(j, "fewer")) &&
        is_word(j + 1) && !word_is(j + 1, "than") && !word_is(j + 1, "to"))
      b = e = ++j;
    bool lower_seen = false;
    for (int n = 0; n < 4 && is_word(j); ++n, ++j) {
      const std::string_view w = tok(j);
      const WordDef* d = words_.find(w);
      const uint32_t fl = d ? d->flags : 0;
      const bool cap = is_upper(w[0]);
      if (w.size() == 1 || is_digit(w[0])) break;  // "3.15 V", "2.34 3.25-Y"
      if ((fl & kStop) && !(cap && (fl & kMonth))) break;
      if (fl & (kUnitNum | kTens | kHundred | kScale | kVague | kDozen | kTime)) break;
      if (cap && (fl & kMonth)) break;
      if (cap && lower_seen) break;                          // "three soldiers Moscow said"
      if (!cap && w.size() > 4 && w.ends_with("ly")) break;  // adverbs
      // A participle after a lower-case noun is the verb: "a 3,000-strong force moved north".
      if (!cap && lower_seen && ((w.size() > 4 && w.ends_with("ing")) || (w.size() > 3 && w.ends_with("ed"))))
        break;
      e = j + 1;
      if (fl & (kCurrency | kPercent | kDuration | kDistance | kMeasure)) {
        measure = fl;
        return;
      }
      if (fl & kHead) return;
      if (!cap) lower_seen = true;
      // A plural noun is the head: "Chinese nationals", "fighters".
      if (is_lower(w.back()) && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
          w[w.size() - 2] != '\'')
        return;
    }
    // Trailing participles are verbs, not modifiers: "40 killed", "two captured".
    while (e > b) {
      const std::string_view w = tok(e - 1);
      if (!w.empty() && is_lower(w[0]) &&
          ((w.size() > 4 && w.ends_with("ing")) || (w.size() > 3 && w.ends_with("ed"))))
        --e;
      else
        break;
    }
  }

  bool quantity(size_t i, size_t floor, uint32_t sentence_index, std::vector<Quantity>& out, size_t& end) {
    std::string_view currency;
    const size_t fstart = currency_prefix(i, currency);
    if (!in(fstart)) return false;
    Figure f;
    if (!figure(fstart, f)) return false;
    if (f.time) return false;
    size_t j = f.end;

    // Range tail: "10 to 20", "10-20", "10 – 20", "two or three", "between 10 and 20".
    const bool between = i > floor && word_is(i - 1, "between");
    bool between_used = false;
    if (!f.range && in(j)) {
      const std::string_view sep = tok(j);
      const bool joiner = (kind(j) == TokenKind::punct && is_dash(sep)) || word_is(j, "to") ||
                          word_is(j, "or") || (between && word_is(j, "and"));
      if (joiner && !(word_is(j, "or") && (word_is(j + 1, "more") || word_is(j + 1, "so")))) {
        size_t k = j + 1;
        if (in(k) && kind(k) == TokenKind::symbol && !currency_symbol(tok(k)).empty()) ++k;  // "$5 to $10"
        Figure g;
        if (in(k) && figure(k, g) && !g.time && !g.range && !g.bare_one) {
          double lo = f.value, hi = g.value;
          // "1 to 2 million", "two to three hundred": the second figure's scale applies to both.
          bool ok = true;
          if (f.factor == 1 && g.factor > 1 && !g.vague) {
            if (lo * g.factor <= hi)
              lo *= g.factor;
            else
              ok = false;  // "25 to 4.1 billion": not one range
          }
          if (ok && hi >= lo) {
            f.value = lo;
            f.high = hi;
            f.range = true;
            f.scaled = f.scaled || g.scaled;
            f.year_like = f.year_like && g.year_like;
            f.day_like = false;
            f.m_suffix = g.m_suffix;
            f.suffix = g.suffix;
            f.suffix_flags = g.suffix_flags;
            f.vague = f.vague || g.vague;
            between_used = between && word_is(j, "and");
            j = g.end;
          }
        }
      }
    }
    if (f.year_like && f.range) return false;  // "from 2014 to 2022", "between 2020 and 2023"

    Quantity q;
    q.sentence = sentence_index;
    q.vague = f.vague;
    q.value = f.value;
    q.high = f.range ? f.high : f.value;
    if (f.range) q.qualifier = Qualifier::range;
    q.number = span(fstart, j);
    size_t last = j;  // one past the last token of the expression

    // Post-qualifiers: "or more", "or so", "or fewer", "+".
    Qualifier post = Qualifier::exact;
    if (word_is(j, "or")) {
      if (word_is(j + 1, "more")) post = Qualifier::at_least;
      if (word_is(j + 1, "so")) post = Qualifier::about;
      if (word_is(j + 1, "fewer") || word_is(j + 1, "less")) post = Qualifier::at_most;
      if (post != Qualifier::exact) last = j = j + 2;
    } else if (in(j) && tok(j) == "+" && kind(j) == TokenKind::symbol) {
      post = Qualifier::at_least;
      last = j = j + 1;
    }

    // Time of day after the figure: "10 a.m.", "9 pm", "0600 GMT".
    if (is_word(j) && (flags(j) & kTime) && f.digits && !ieq(tok(j), "h")) return false;

    // What is counted.
    uint32_t kind_flags = 0;
    Span unit{};
    if (f.suffix.size() > 0 && !(f.suffix_flags & kCountSuffix) && !(f.m_suffix && !currency.empty())) {
      unit = f.suffix;
      kind_flags = f.suffix_flags;
    } else if (!currency.empty()) {
      kind_flags = kCurrency;
      unit = span(i, fstart);  // the symbol
      if (ieq(tok(i), "us") && fstart == i + 2) unit = span(i, i + 2);
      // "$5 million dollars" is rare; a currency word right after still becomes the unit.
      if (is_word(j) && (flags(j) & kCurrency)) unit = span(j, j + 1), last = j + 1;
    } else if (in(j) && kind(j) == TokenKind::symbol && tok(j) == "%") {
      kind_flags = kPercent;
      unit = span(j, j + 1);
      last = j + 1;
    } else if (word_is(j, "per") && word_is(j + 1, "cent")) {
      kind_flags = kPercent;
      unit = span(j, j + 2);
      last = j + 2;
    } else if (word_is(j, "percentage") && word_is(j + 1, "points")) {
      kind_flags = kPercent;
      unit = span(j, j + 2);
      last = j + 2;
    } else if (word_is(j, "us") && capitalized(j) && (flags(j + 1) & kCurrency) && !(flags(j + 1) & kCode)) {
      kind_flags = kCurrency;
      currency = def(j + 1)->currency;
      unit = span(j, j + 2);
      last = j + 2;
    } else {
      size_t b = j, e = j;
      uint32_t measure = 0;
      noun_phrase(j, b, e, measure);
      if (e > b) {
        unit = span(b, e);
        last = e;
        kind_flags = measure;
        if (measure & kCurrency) {
          // "dollars", "US dollars"; "Canadian dollars", "Hong Kong dollars": currency unknown.
          currency = def(e - 1)->currency;
          if (e - b > 1 && !(e - b == 2 && (word_is(b, "us") || tok(b) == "U.S."))) currency = {};
        }
      } else if (f.suffix.size() > 0) {  // "a 3,000-strong" with nothing after: the suffix
        unit = f.suffix;
        kind_flags = f.suffix_flags;
      } else if (f.m_suffix) {
        unit = f.suffix;
        kind_flags = kDistance;
      }
    }
    if (f.m_suffix && (kind_flags & kDistance) && currency.empty() && f.suffix.size() > 0) {
      // "500m" without a currency: metres, the figure unscaled.
      q.value /= 1e6;
      q.high /= 1e6;
    }

    // The qualifier before the figure (or before "between").
    size_t first = i;
    bool strong = false;
    if (between_used) {
      first = i - 1;  // "between $5 and $10": "between" is before the currency
    } else if (f.range && first > floor && word_is(first - 1, "from")) {
      first = first - 1;
    } else {
      Qualifier pre;
      size_t qfirst;
      if (first > floor && qualifier_before(first, floor, pre, qfirst, strong)) {
        if (!f.range) q.qualifier = pre;
        first = qfirst;
      }
    }
    if (q.qualifier == Qualifier::exact && post != Qualifier::exact) q.qualifier = post;
    const bool qualified = q.qualifier != Qualifier::exact && q.qualifier != Qualifier::range;

    // Exclusions.
    const bool amount = !currency.empty() || (kind_flags & kPercent) || f.scaled;
    if (f.year_like && !amount && !(qualified && strong) && !(post != Qualifier::exact)) return false;
    if (f.day_like && !amount && !qualified && (month_at(fstart - 1) || month_at(f.end))) return false;
    if (!qualified && !amount && fstart > floor) {
      size_t p = fstart - 1;
      if (in(p) && kind(p) == TokenKind::punct && tok(p) == "." && p > floor) --p;  // "No. 5"
      // "Article 5", "Resolution 2231", "No. 10" (a bare "no 5" stays).
      if (is_word(p) && (flags(p) & kLabel) && (!ieq(tok(p), "no") || p + 1 < fstart)) return false;
      if (in(fstart - 1) && tok(fstart - 1) == "#") return false;
      // "Boeing 747", "iPhone 6", "Windows 10": a bare number of at most four digits, no separator, right
      // after a name (a word with a capital after its first letter, or a capitalized word inside the
      // sentence; not a month, not a place) is part of the name. (A table's "Net 614,000 vs 449,000"
      // stays.)
      const std::string_view digits = tok(fstart);
      if (unit.size() == 0 && kind(fstart) == TokenKind::number && digits.size() <= 4 &&
          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          is_word(fstart - 1) && !month_at(fstart - 1)) {
        const std::string_view w = tok(fstart - 1);
        const bool camel = std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        const bool name = w[0] >= 'A' && w[0] <= 'Z' && fstart - 1 > lo_;
        // (a place's row of a table stays: "Spain 192 (190)", "New Orleans 734")
        if ((camel || name) && !place_ends_at(in_.tokens[fstart - 1].end)) return false;
      }
    }
    if (f.bare_one && !f.range) {
      if (unit.size() == 0) return false;  // "one is", "one of them", "no one"
      if (word_is(f.end, "of") || word_is(f.end, "another")) return false;
      if (fstart > lo_) {
        static constexpr std::string_view kBefore[] = {"no",  "the",   "this", "that",
                                                       "any", "every", "each", "which"};
        for (std::string_view w : kBefore)
          if (word_is(fstart - 1, w) && first == i) return false;
      }
    }

    if (kind_flags & kCurrency)
      q.unit_kind = "money";
    else if (kind_flags & kPercent)
      q.unit_kind = "percent";
    else if (kind_flags & kDuration)
      q.unit_kind = "duration";
    else if (kind_flags & kDistance)
      q.unit_kind = "distance";
    else if (kind_flags & kMeasure)
      q.unit_kind = "other";
    else if (unit.size() > 0)
      q.unit_kind = "count";
    else
      q.unit_kind = "other";
    if (q.unit_kind == "money") q.currency = std::string(currency);
    q.unit = unit;
    q.span = Span{span(first, first + 1).begin, std::max(span(last - 1, last).end, q.number.end)};
    q.mention = link_mention(unit);
    q.statement = -1;
    out.push_back(std::move(q));
    end = last;
    return true;
  }

  // Does a place (a GPE or LOC mention) end at byte `at`?
  bool place_ends_at(uint32_t at) const {
    const auto& ms = in_.mentions;
    size_t hi =
        std::lower_bound(ms.begin(), ms.end(), at, [](const Mention& m, uint32_t x) { return m.begin < x; }) -
        ms.begin();
    for (size_t n = 0; n < 4 && hi > 0; ++n) {
      const Mention& m = ms[--hi];
      if (m.end == at && (m.type == "GPE" || m.type == "LOC")) return true;
    }
    return false;
  }

  int32_t link_mention(Span unit) const {
    if (unit.size() == 0 || in_.mentions.empty()) return -1;
    const auto& ms = in_.mentions;
    // First mention starting at or after the unit's end; look back a few for overlaps.
    size_t hi = std::lower_bound(ms.begin(), ms.end(), unit.end,
                                 [](const Mention& m, uint32_t at) { return m.begin < at; }) -
                ms.begin();
    int32_t best = -1;
    uint32_t best_overlap = 0;
    for (size_t n = 0; n < 16 && hi > 0; ++n) {
      const Mention& m = ms[--hi];
      if (m.end <= unit.begin) continue;
      const uint32_t b = std::max(m.begin, unit.begin), e = std::min(m.end, unit.end);
      if (e > b && e - b >= best_overlap) {
        best_overlap = e - b;
        best = static_cast<int32_t>(hi);
      }
    }
    return best;
  }

  const QuantityInput& in_;
  const WordTable& words_;
  size_t lo_ = 0, hi_ = 0;
};

}  // namespace

void find_quantities(const QuantityInput& in, std::vector<Quantity>& out) {
  const size_t first_new = out.size();
  Parser parser(in);
  const auto& toks = in.tokens;
  size_t t = 0;
  for (size_t si = 0; si < in.sentences.size(); ++si) {
    const Sentence& s = in.sentences[si];
    while (t < toks.size() && toks[t].begin < s.begin) ++t;
    size_t e = t;
    while (e < toks.size() && toks[e].begin < s.end) ++e;
    const bool dup = s.paragraph < in.paragraphs.size() && in.paragraphs[s.paragraph].duplicate_of >= 0;
    if (e > t && (in.keep_duplicates || !dup)) parser.sentence(static_cast<uint32_t>(si), t, e, out);
    t = e;
  }

  // Statements: the innermost attribution content span holding the number.
  if (in.attributions.empty() || out.size() == first_new) return;
  struct Content {
    uint32_t begin, end;
    int32_t index;
  };
  thread_local std::vector<Content> contents;
  contents.clear();
  for (size_t a = 0; a < in.attributions.size(); ++a)
    for (const Span& c : in.attributions[a].content.spans)
      if (c.end > c.begin) contents.push_back({c.begin, c.end, static_cast<int32_t>(a)});
  std::sort(contents.begin(), contents.end(),
            [](const Content& x, const Content& y) { return x.begin < y.begin; });
  for (size_t k = first_new; k < out.size(); ++k) {
    Quantity& q = out[k];
    size_t hi = std::upper_bound(contents.begin(), contents.end(), q.number.begin,
                                 [](uint32_t at, const Content& c) { return at < c.begin; }) -
                contents.begin();
    uint32_t best = UINT32_MAX;
    for (size_t n = 0; n < 64 && hi > 0; ++n) {
      const Content& c = contents[--hi];
      if (c.begin <= q.number.begin && c.end >= q.number.end && c.end - c.begin < best) {
        best = c.end - c.begin;
        q.statement = c.index;
      }
    }
  }
}

}  // namespace claimtrace
