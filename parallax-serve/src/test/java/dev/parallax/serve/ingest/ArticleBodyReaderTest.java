package dev.parallax.serve.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.Article;
import dev.parallax.core.ProblemReport;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.jsonl.JsonLinesReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBodyReaderTest {
  private final ArticleBodyReader reader =
      new ArticleBodyReader(ArticleExtractor.standard(), 16 * 1024 * 1024, 10);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsExtraNumbersExactlyAsJsonLinesDoes() throws Exception {
    String line =
        "{\"source\":\"Wire\",\"text\":\"Body.\",\"price\":1.10,"
            + "\"precise\":0.1000000000000000055511151231257827,\"huge\":1e400}";
    ArticleBodyReader.Result result = reader.read(utf8(line));
    assertTrue(result.valid(), () -> result.problems().toString());
    List<Article> fromFile = new ArrayList<>();
    new JsonLinesReader(ArticleExtractor.standard(), 1 << 20)
        .read(
            "x.jsonl",
            new ByteArrayInputStream(utf8(line)),
            fromFile::add,
            new ProblemReport(10, null));
    var fields = result.articles().get(0).fields();
    assertEquals("1.10", fields.get("price"));
    assertEquals(fromFile.get(0).fields(), fields);
  }

  @Test
  void valuesAfterAnArrayAreReadNotDropped() {
    ArticleBodyReader.Result result =
        reader.read(
            utf8("[{\"source\":\"A\",\"text\":\"One.\"}]\n{\"source\":\"B\",\"text\":\"Two.\"}"));
    assertTrue(result.valid(), () -> result.problems().toString());
    assertEquals(2, result.articles().size());
  }

  @Test
  void garbageAfterAnArrayIsInvalid() {
    assertTrue(!reader.read(utf8("[{\"text\":\"One.\"}] nonsense")).valid());
  }

  @Test
  void aHugeArrayIsRefusedBeforeItIsHeldWhole() {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 200_000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"text\":\"x\"}");
    }
    body.append(']');
    byte[] bytes = utf8(body.toString());
    assertThrows(ArticleBodyReader.TooManyArticlesException.class, () -> reader.read(bytes));
  }

  @Test
  void objectsArraysAndLinesStillRead() {
    ArticleBodyReader.Result result =
        reader.read(
            utf8(
                """
                [{"source":"A","text":"One."},{"source":"B","text":"Two."}]
                {"source":"C","text":"Three."}
                """));
    assertTrue(result.valid(), () -> result.problems().toString());
    assertEquals(3, result.articles().size());
    assertEquals("C", result.articles().get(2).source());
  }

  @Test
  void brokenJsonInsideAnArrayIsAProblem() {
    ArticleBodyReader.Result result = reader.read(utf8("[{\"text\":\"One.\"}, {\"text\": ]"));
    assertTrue(!result.valid());
    assertTrue(result.problems().get(0).reason().startsWith("invalid JSON"));
  }
}
