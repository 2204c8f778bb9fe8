package dev.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void derivedIdsArePinnedAndDependOnWhatIdentifiesTheArticle() {
    // Pinned: stored ids must never change between versions (re-ingest would duplicate).
    assertThat(Article.deriveId("Ledger", "https://ledger.example/a", "T", "Body."))
        .isEqualTo("a-" + Article.sha256Hex("url\nhttps://ledger.example/a").substring(0, 20))
        .hasSize(22);
    assertThat(Article.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // With a URL, the URL alone identifies the page; without one, source, title and text do.
    assertThat(Article.deriveId("Ledger", "https://ledger.example/a", "T", "Other body."))
        .isEqualTo(Article.deriveId("Ledger", "https://ledger.example/a", "T", "Body."));
    assertThat(Article.deriveId("Ledger", "https://ledger.example/b", "T", "Body."))
        .isNotEqualTo(Article.deriveId("Ledger", "https://ledger.example/a", "T", "Body."));
    assertThat(Article.deriveId("Ledger", null, "T", "Body one."))
        .isNotEqualTo(Article.deriveId("Ledger", null, "T", "Body two."));
    assertThat(Article.deriveId("Ledger", null, "T", "Body."))
        .isNotEqualTo(Article.deriveId("Gazette", null, "T", "Body."));
  }

  @Test
  void fieldsAreCopiedAndSortedAndRequiredPartsChecked() {
    java.util.HashMap<String, String> fields = new java.util.HashMap<>(Map.of("z", "1", "a", "2"));
    Article a = new Article("x", "s", null, null, null, "t", null, fields, Origin.file("f"));
    fields.put("b", "3");
    assertThat(a.fields().keySet()).containsExactly("a", "z");
    assertThatThrownBy(
            () -> new Article(" ", "s", null, null, null, "t", null, null, Origin.file("f")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> new Origin("f", -1)).hasMessageContaining("line");
    assertThat(new Origin("f.jsonl", 3)).hasToString("f.jsonl:3");
  }
}
