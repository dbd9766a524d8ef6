// Tests for the HTML reader (parse_html): main-text extraction, boilerplate removal, metadata, errors and
// robustness on malformed and pathological markup.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/reader.h"

namespace claimtrace {
namespace {

std::string fixture(const std::string& file) {
  std::ifstream in(std::string(CLAIMTRACE_SOURCE_DIR) + "/tests/data/html/" + file, std::ios::binary);
  EXPECT_TRUE(in.good()) << file;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document parse_ok(std::string_view html, std::string_view name = "page.html") {
  Result<Document> r = parse_html(html, name);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? std::move(r).value() : Document{};
}

std::string text_of(std::string_view html) { return parse_ok(html).text; }

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t pos = text.find("\n\n", start);
    out.push_back(text.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) break;
    start = pos + 2;
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80                  ? 1
                 : (c >= 0xc2 && c < 0xe0) ? 2
                 : (c >= 0xe0 && c < 0xf0) ? 3
                 : (c >= 0xf0 && c < 0xf5) ? 4
                                           : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    i += len;
  }
  return true;
}

// Paragraphs are trimmed, never empty, never hold a blank line or a run of spaces.
void expect_well_formed(const std::string& text) {
  EXPECT_TRUE(valid_utf8(text));
  for (const std::string& p : paragraphs(text)) {
    EXPECT_FALSE(p.empty()) << text;
    if (p.empty()) continue;
    EXPECT_NE(p.front(), ' ') << p;
    EXPECT_NE(p.back(), ' ') << p;
    EXPECT_NE(p.front(), '\n') << p;
    EXPECT_NE(p.back(), '\n') << p;
    EXPECT_FALSE(contains(p, "  ")) << p;
    EXPECT_FALSE(contains(p, "\t")) << p;
  }
}

TEST(HtmlReader, ArticleFixtureKeepsMainTextAndDropsBoilerplate) {
  Document doc = parse_ok(fixture("article_basic.html"), "article_basic.html");
  const std::string& t = doc.text;
  expect_well_formed(t);

  std::vector<std::string> ps = paragraphs(t);
  ASSERT_GE(ps.size(), 8u) << t;
  EXPECT_EQ(ps[0], "Harbour bridge reopens after two-year repair programme");    // article header is kept
  EXPECT_EQ(ps[1].rfind("The Kestrel Street bridge reopened", 0), 0u) << ps[1];  // dateline dropped
  EXPECT_TRUE(contains(t,
                       "The Kestrel Street bridge reopened to traffic on Monday morning, two years after "
                       "engineers found corrosion in its main supports."));
  EXPECT_TRUE(contains(t,
                       "\xE2\x80\x9CIt\xE2\x80\x99s a relief for everyone who commutes across the "
                       "harbour,\xE2\x80\x9D said deputy mayor Tomas Rehn. Drivers & cyclists"));
  EXPECT_TRUE(contains(t, "We expect the bridge to carry around 30,000 vehicles a day by the summer."));
  EXPECT_TRUE(contains(t, "The transport department\xE2\x80\x99s report estimates"));  // inline link kept
  EXPECT_TRUE(contains(t, "\n\nWhat changes for cyclists\n\n"));
  EXPECT_TRUE(contains(t, "\n\nPedestrian access reopens on Wednesday.\n\nNight closures continue"));

  for (std::string_view gone : {"SCRIPT TEXT",
                                "Skip to main content",
                                "Home",
                                "Business",
                                "cookies",
                                "Accept all",
                                "Share on Social",
                                "Email",
                                "Photo:",
                                "Advertisement",
                                "Ferry timetable",
                                "Old lighthouse",
                                "Related",
                                "Bridge inspection",
                                "Copyright",
                                "12 comments",
                                "About time",
                                "Most read",
                                "Storm warning",
                                "morning briefing",
                                "Privacy",
                                "enable JavaScript",
                                "font-family",
                                "By Mara",
                                "18 March"}) {
    EXPECT_FALSE(contains(t, gone)) << "should be dropped: " << gone << "\n---\n" << t;
  }
}

TEST(HtmlReader, ArticleFixtureMetadata) {
  Document doc = parse_ok(fixture("article_basic.html"), "pages/article_basic.html");
  EXPECT_EQ(doc.title, "Harbour bridge reopens after two-year repair programme");  // og:title over <title>
  EXPECT_EQ(doc.published, "2024-03-18T07:45:00Z");  // article:published_time over <time>
  EXPECT_EQ(doc.url, "https://ledger.example/local/harbour-bridge-reopens");  // canonical over og:url
  EXPECT_EQ(doc.source, "The Coastal Ledger");
  EXPECT_EQ(
      doc.meta,
      "{\"author\":\"Mara Lindqvist\","
      "\"description\":\"The Kestrel Street bridge carries traffic again after \\\"major\\\" repairs.\","
      "\"keywords\":\"bridge, transport, Port Amsel\",\"lang\":\"en\",\"section\":\"Local\"}");
  EXPECT_EQ(doc.format, "html");
  EXPECT_EQ(doc.origin, "pages/article_basic.html");
  EXPECT_TRUE(doc.id.empty());
}

TEST(HtmlReader, LegacyTableLayoutWithoutArticleMarkup) {
  Document doc = parse_ok(fixture("legacy_layout.html"));
  const std::string& t = doc.text;
  expect_well_formed(t);
  EXPECT_EQ(doc.title, "Mill Valley school board votes to extend term dates");  // <title>, collapsed
  EXPECT_EQ(doc.published, "2019-11-02");
  EXPECT_EQ(doc.source, "Valley Weekly");
  EXPECT_TRUE(doc.url.empty());
  EXPECT_EQ(doc.meta, "{}");

  std::vector<std::string> ps = paragraphs(t);
  std::vector<std::string> want = {
      "School board votes to extend term dates",
      "November 2, 2019",
      "The Mill Valley school board voted 5-2 on Thursday to add four days to the spring term, starting next "
      "year.",
      "Board chair Ruth Abernathy said the change would give teachers more time before the exam period.\n"
      "Parents who spoke at the meeting were divided.",
      "A final timetable will be published in January",
      "The district serves about 2,400 pupils across six schools",
  };
  EXPECT_EQ(ps, want) << t;
  for (std::string_view gone :
       {"Old script output", "Archive", "School buses", "Weather", "Terms", "Valley Weekly"})
    EXPECT_FALSE(contains(t, gone)) << gone;
}

TEST(HtmlReader, ArticleBodyPreferredOverSmallTeaserCards) {
  Document doc = parse_ok(fixture("article_body_teasers.html"));
  const std::string& t = doc.text;
  expect_well_formed(t);
  EXPECT_TRUE(t.rfind("Wholesale wheat prices fell", 0) == 0) << t;
  EXPECT_TRUE(contains(t, "near record highs."));
  EXPECT_FALSE(contains(t, "teaser")) << t;
  EXPECT_FALSE(contains(t, "Dairy output")) << t;
  EXPECT_FALSE(contains(t, "idden")) << t;
  EXPECT_TRUE(contains(t, "\n\nWeek Price\n31 246\n34 219")) << t;  // <pre> keeps its lines
  EXPECT_EQ(doc.title, "Grain prices");
  EXPECT_EQ(doc.url, "https://fieldnotes.example/markets/grain-prices-ease");  // og:url without canonical
  EXPECT_EQ(doc.source, "Field Notes");
  EXPECT_EQ(doc.published, "2023-09-05T14:10:00Z");
  EXPECT_EQ(doc.meta, "{\"keywords\":\"agriculture, markets\",\"lang\":\"en-GB\"}");
}

TEST(HtmlReader, EntitiesAreDecoded) {
  std::string t = text_of(
      "<p>Fish &amp; chips &lt;b&gt; caf&eacute; &#8364;5 &#x201C;quoted&#x201D; &copy; &mdash; 10&nbsp;km "
      "&bogus; AT&T &notin; &not it</p>");
  EXPECT_EQ(t,
            "Fish & chips <b> caf\xC3\xA9 \xE2\x82\xAC"
            "5 \xE2\x80\x9Cquoted\xE2\x80\x9D \xC2\xA9 \xE2\x80\x94 "
            "10 km &bogus; AT&T \xE2\x88\x89 \xC2\xAC it");
}

TEST(HtmlReader, WhitespaceCollapsedAndBlocksBecomeParagraphs) {
  std::string t = text_of(
      "<body>\n  <h2>  Head\n line </h2><div>direct   text<p>inner\tpara</p>tail text</div>"
      "<ul><li>one</li><li> two <b>bold</b>word</li></ul><table><tr><td>cell a</td><td>cell "
      "b</td></tr></table>"
      "<p>a<span>b</span> c <my-label>d</my-label>e</p></body>");
  EXPECT_EQ(t,
            "Head line\n\ndirect text\n\ninner para\n\ntail text\n\none\n\ntwo boldword\n\ncell a\n\ncell "
            "b\n\nab c d e");
}

TEST(HtmlReader, LineBreaks) {
  EXPECT_EQ(text_of("<p>first line<br>second line<br/> <br>new para<br></p>"),
            "first line\nsecond line\n\nnew para");
  EXPECT_EQ(text_of("<p><br><br>leading breaks</p>"), "leading breaks");
}

TEST(HtmlReader, TitleFallbacks) {
  EXPECT_EQ(parse_ok("<title> Only\n title </title><p>Body text here.</p>").title, "Only title");
  EXPECT_EQ(parse_ok("<body><h1>Heading <em>one</em></h1><h1>Second</h1><p>Body.</p></body>").title,
            "Heading one");
  EXPECT_EQ(
      parse_ok("<header><h1>Site name</h1></header><main><h1>Real headline</h1><p>Body.</p></main>").title,
      "Real headline");
  EXPECT_EQ(parse_ok("<p>No title at all.</p>").title, "");
  EXPECT_EQ(parse_ok("<svg><title>icon</title></svg><p>Text.</p>").title, "");
}

TEST(HtmlReader, PublishedFallbacks) {
  EXPECT_EQ(
      parse_ok("<article><p>Story text.</p><time datetime=\"2022-01-05\">5 Jan</time></article>").published,
      "2022-01-05");
  EXPECT_EQ(parse_ok("<meta name=\"pubdate\" content=\"2021-07-01\"><article><time datetime=\"2022-01-05\">"
                     "</time><p>Story text.</p></article>")
                .published,
            "2021-07-01");
  EXPECT_EQ(parse_ok("<article><span itemprop=\"datePublished\" content=\"2020-02-02T10:00\">Feb 2</span>"
                     "<p>Story text.</p></article>")
                .published,
            "2020-02-02T10:00");
  // A date in a sidebar is not the article's.
  EXPECT_EQ(parse_ok("<aside><time datetime=\"2019-01-01\">old</time></aside><p>Text.</p>").published, "");
}

TEST(HtmlReader, MetaJsonIsEscapedAndAlwaysAnObject) {
  Document doc = parse_ok(
      "<html lang=\"fr\"><meta name=\"description\" content=\"a &quot;q&quot; back\\slash &#1; ctl\">"
      "<meta name=\"author\" content=\"  Ana\n  Silva \"><p>Texte.</p>");
  EXPECT_EQ(doc.meta,
            "{\"author\":\"Ana Silva\",\"description\":\"a \\\"q\\\" back\\\\slash ctl\",\"lang\":\"fr\"}");
  EXPECT_EQ(parse_ok("<p>Plain.</p>").meta, "{}");
}

TEST(HtmlReader, BoilerplateByClassRoleAndLinkDensity) {
  std::string t = text_of(
      "<body><div class=\"wrapper with-sidebar\">"
      "<div role=\"navigation\"><p>Role nav text</p></div>"
      "<div class=\"socialShare\"><p>Camel share text</p></div>"
      "<div id=\"promoBox\"><p>Promo box text</p></div>"
      "<div class=\"overflow-hidden\"><p>Kept despite overflow-hidden.</p></div>"
      "<div class=\"hidden md:block\"><p>Kept: responsive hidden.</p></div>"
      "<div class=\"visually-hidden\"><p>Screen reader only</p></div>"
      "<div aria-hidden=\"true\"><p>Aria hidden</p></div>"
      "<p>Main paragraph with <a href=\"/x\">one link</a> in a longer sentence of text.</p>"
      "<p><a href=\"/y\">A paragraph that is entirely a link</a></p>"
      "<div><a href=\"/1\">One</a> <a href=\"/2\">Two</a> <a href=\"/3\">Three</a> and</div>"
      "<p>Advertisement</p><p>Story continues below advertisement</p>"
      "<amp-ad><p>Amp ad text</p></amp-ad><dialog><p>Dialog text</p></dialog>"
      "</div></body>");
  EXPECT_EQ(
      t,
      "Kept despite overflow-hidden.\n\nKept: responsive hidden.\n\nMain paragraph with one link in a longer "
      "sentence of text.");
}

TEST(HtmlReader, FormWrappingWholePageIsKept) {
  // ASP.NET-style pages wrap everything in one form; a small form is boilerplate.
  std::string t = text_of(
      "<body><form id=\"aspnetForm\"><div><p>The council met on Friday to discuss the budget.</p>"
      "<p>Members agreed to a two percent increase.</p></div>"
      "<div role=\"search\"><p>Search</p></div></form></body>");
  EXPECT_EQ(t,
            "The council met on Friday to discuss the budget.\n\nMembers agreed to a two percent increase.");
  EXPECT_EQ(text_of("<body><p>Story text that is long enough.</p><form><p>Login here</p></form></body>"),
            "Story text that is long enough.");
}

TEST(HtmlReader, NoMainTextIsAnError) {
  for (std::string_view html :
       {std::string_view(""), std::string_view("   \n\t "),
        std::string_view("<html><head><title>T</title></head></html>"),
        std::string_view("<script>var x = 'lots of text';</script><style>p{}</style>"),
        std::string_view("<nav><a href=/>Home</a></nav><footer>Footer text</footer>"),
        std::string_view("<p>Advertisement</p>"), std::string_view("<!-- only a comment -->"),
        std::string_view("<img src=a.png alt=\"picture\">")}) {
    Result<Document> r = parse_html(html, "empty.html");
    ASSERT_FALSE(r.ok()) << html;
    EXPECT_EQ(r.error().code, ErrorCode::no_text) << html;
    EXPECT_EQ(r.error().where, "empty.html");
    EXPECT_EQ(r.error().message, "HTML page has no main text");
  }
}

TEST(HtmlReader, BinaryInputIsAnError) {
  std::string bin = "<p>text</p>";
  bin.push_back('\0');
  bin += "more";
  Result<Document> r = parse_html(bin, "x.html");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::binary);
  EXPECT_EQ(r.error().where, "x.html");

  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  ASSERT_FALSE(parse_html(png, "y.html").ok());
  EXPECT_EQ(parse_html(png, "y.html").error().code, ErrorCode::binary);

  // A NUL after the first 8 KiB does not make the page binary.
  std::string late = "<p>" + std::string(9000, 'a') + "</p><p>b";
  late.push_back('\0');
  late += "c</p>";
  Document doc = parse_ok(late);
  EXPECT_TRUE(valid_utf8(doc.text));
  EXPECT_TRUE(doc.text.rfind(std::string(9000, 'a') + "\n\nb", 0) == 0);
}

TEST(HtmlReader, MalformedMarkupStillYieldsText) {
  EXPECT_EQ(text_of("<p>one<p>two<div>three<span>four</div><p>five"), "one\n\ntwo\n\nthreefour\n\nfive");
  EXPECT_EQ(text_of("<b><i>mis</b>nested</i> tags <p>para"), "misnested tags\n\npara");
  EXPECT_EQ(text_of("<table><td>cell<tr><td>row two</table>after"), "cell\n\nrow two\n\nafter");
  EXPECT_EQ(text_of("text <p class=\"unterminated attr>more</p> end"), "text");
  EXPECT_EQ(text_of("<p>before<script>if (a < b) { document.write('</p><p>x'); }</script>after</p>"),
            "beforeafter");
  EXPECT_EQ(text_of("<p>a <!-- comment <p>not text</p> --> b <!--> c</p>"), "a b c");
  EXPECT_EQ(text_of("\xEF\xBB\xBF<p>bom</p>"), "bom");
  EXPECT_EQ(text_of("plain text without any tags"), "plain text without any tags");
  EXPECT_EQ(text_of("<p>x</p></body></html><p>after html end</p>"), "x\n\nafter html end");
}

TEST(HtmlReader, InvalidUtf8IsReplaced) {
  Document doc =
      parse_ok("<title>bad \xC3 title</title><p>caf\xE9 \xFF\xFE ok \xED\xA0\x80 &#xD800; &#0;</p>");
  EXPECT_TRUE(valid_utf8(doc.text)) << doc.text;
  EXPECT_TRUE(valid_utf8(doc.title));
  EXPECT_TRUE(contains(doc.text, "ok"));
  EXPECT_TRUE(contains(doc.text, "\xEF\xBF\xBD"));
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(HtmlReader, DeeplyNestedDivsDoNotCrash) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>after</p>";
  auto start = std::chrono::steady_clock::now();
  Document doc = parse_ok(html);
  EXPECT_EQ(doc.text, "deep text\n\nafter");
  EXPECT_LT(seconds_since(start), 10.0);
}

TEST(HtmlReader, OtherPathologicalShapesDoNotCrash) {
  auto repeat = [](std::string_view piece, int n) {
    std::string s;
    s.reserve(piece.size() * n + 16);
    for (int i = 0; i < n; ++i) s += piece;
    return s + "marker";
  };
  std::vector<std::string> inputs = {
      repeat("<table><tr><td>", 100000),  // deep tables: gumbo's own destructor would overflow the stack
      repeat("<li><dd>", 100000),         // implicitly closed elements that still nest
      repeat("<b>", 100000),              // formatting elements
      repeat("<span>", 100000),
      repeat("<x-a>", 100000),
      repeat("<div><b id=1></div>x", 20000),  // active formatting list growth
      repeat("<b><div></b>x", 50000),         // adoption agency keeps the blocks open
      repeat("<td><div>", 50000),             // table parts outside a table are ignored
      repeat("<p><b>x</p>", 50000),
      repeat("<svg>", 50000),
      repeat("<a href=x>", 50000),
      repeat("<ul><li>", 50000),
      repeat("<h1><li>", 50000),
      repeat("<select><option>", 50000),
      repeat("<q><div>", 50000),
  };
  std::string bodies;
  for (int i = 0; i < 30000; ++i) bodies += "<body a" + std::to_string(i) + ">";
  inputs.push_back(bodies + "marker");  // gumbo merges every repeated <body>'s attributes into the first
  std::string attrs = "<p";
  for (int i = 0; i < 50000; ++i) attrs += " a" + std::to_string(i);
  attrs += ">marker</p>";
  inputs.push_back(attrs);
  for (const std::string& html : inputs) {
    auto start = std::chrono::steady_clock::now();
    Result<Document> r = parse_html(html, "deep.html");
    if (r.ok()) {
      EXPECT_TRUE(contains(r.value().text, "marker")) << html.substr(0, 40);
      EXPECT_TRUE(valid_utf8(r.value().text));
    } else {
      EXPECT_EQ(r.error().code, ErrorCode::no_text) << html.substr(0, 40);
    }
    EXPECT_LT(seconds_since(start), 10.0) << html.substr(0, 40);
  }
}

// A small deterministic fuzz smoke test; the libFuzzer target covers this properly.
TEST(HtmlReader, RandomMarkupNeverFails) {
  const char* pieces[] = {"<div>",
                          "</div>",
                          "<p>",
                          "</p>",
                          "<a href='x'>",
                          "</a>",
                          "<b>",
                          "</i>",
                          "<table>",
                          "<td>",
                          "<tr>",
                          "<li>",
                          "<ul>",
                          "<!--",
                          "-->",
                          "<script>",
                          "</script>",
                          "<br>",
                          "<svg>",
                          "<math>",
                          "<template>",
                          "<select>",
                          "<option>",
                          "&amp;",
                          "&#x",
                          "&#",
                          ";",
                          "text ",
                          "word",
                          " ",
                          "\n",
                          "<",
                          ">",
                          "\"",
                          "'",
                          "=",
                          "<article>",
                          "<main>",
                          "<h1>",
                          "<title>",
                          "<meta name=author content='x'>",
                          "\xC3",
                          "\xE2\x80\x99",
                          "<pre>",
                          "<form>",
                          "<frameset>",
                          "<plaintext>",
                          "<noscript>",
                          "<style>",
                          "</"};
  uint64_t state = 0x2545F4914F6CDD1Dull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string html;
    int n = static_cast<int>(next() % 200);
    for (int i = 0; i < n; ++i) html += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
    Result<Document> r = parse_html(html, "fuzz.html");
    if (r.ok()) {
      expect_well_formed(r.value().text);
      EXPECT_FALSE(r.value().text.empty());
      EXPECT_TRUE(valid_utf8(r.value().title));
      EXPECT_EQ(r.value().meta.front(), '{');
      EXPECT_EQ(r.value().meta.back(), '}');
    } else {
      EXPECT_TRUE(r.error().code == ErrorCode::no_text) << html;
    }
  }
}

}  // namespace
}  // namespace claimtrace
