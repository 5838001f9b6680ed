#include <gtest/gtest.h>

#include <fstream>

#include "io/reader_test_support.h"

namespace dyad {

using testing_support::read_all;

TEST(PetrXmlReader, ReadsSentencesAndIgnoresParses) {
  auto r = read_all(
      "<!-- comment -->\n"
      "<Sentences>\n"
      "<Sentence date = \"20080804\" id =\"AFP_1\" source = \"AFP\" sentence = \"True\">\n"
      "<Text>\n The stopover came as the US leader\n prepared &amp; left. \n</Text>\n"
      "<Parse>(ROOT (S (NP (DT The))))</Parse>\n"
      "</Sentence>\n"
      "<Sentence id=\"NO_DATE\"><Text>x</Text></Sentence>\n"
      "<Sentence date=\"20080805\"><Text>no id</Text></Sentence>\n"
      "<Sentence date=\"20080805\" id=\"NO_TEXT\"></Sentence>\n"
      "<Sentence date=\"20080806\" id=\"AFP_2\"><Text>Second.</Text></Sentence>\n"
      "</Sentences>\n",
      "g.xml", InputFormat::PetrXml);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "AFP_1");
  EXPECT_EQ(r.articles[0].date, "2008-08-04");
  EXPECT_EQ(r.articles[0].source, "AFP");
  EXPECT_EQ(r.articles[0].text, "The stopover came as the US leader prepared & left.");
  EXPECT_EQ(r.articles[0].origin, "g.xml:3");
  EXPECT_EQ(r.articles[1].id, "AFP_2");
  EXPECT_EQ(r.articles[1].origin, "g.xml:13");
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0].record, "g.xml:10 (id=NO_DATE)");
  EXPECT_EQ(r.problems[1].record, "g.xml:11 (sentence #3)");
  EXPECT_EQ(r.problems[2].record, "g.xml:12 (id=NO_TEXT)");
}

TEST(PetrXmlReader, MalformedXmlReadsNothing) {
  auto r = read_all(
      "<Sentences>\n"
      "<Sentence date=\"20080804\" id=\"A\"><Text>fine</Text></Sentence>\n"
      "<Sentence date=\"20080804\" id=\"B\"><Text>broken</Sentence>\n"
      "</Sentences>\n",
      "bad.xml", InputFormat::PetrXml);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].record, "bad.xml:3");
  EXPECT_NE(r.problems[0].message.find("at byte"), std::string::npos);
}

TEST(PetrXmlReader, ReadsGigaWordSample) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/peer/petrarch2/GigaWord.sample.PETR.xml";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "shared data not found: " << path;
  auto reader = open_reader(in, path, {});  // sniffed from the leading '<'
  std::vector<Article> articles;
  std::vector<Problem> problems;
  for (Article a; reader->next(a, problems);) articles.push_back(a);
  // 76 sentences, of which TEST_1..TEST_9 have an empty <Text> (only a <Parse>).
  EXPECT_EQ(articles.size(), 67u);
  ASSERT_EQ(problems.size(), 9u);
  for (const Problem& p : problems) {
    EXPECT_NE(p.record.find("(id=TEST_"), std::string::npos) << p.record;
    EXPECT_EQ(p.message, "empty text");
  }
  ASSERT_FALSE(articles.empty());
  EXPECT_EQ(articles[0].id, "AFP0808020625_4");
  EXPECT_EQ(articles[0].date, "2008-08-04");
  EXPECT_EQ(articles[0].text.substr(0, 34), "The stopover came as the US leader");
  EXPECT_EQ(articles[0].text.find('\n'), std::string::npos);
}

}  // namespace dyad
