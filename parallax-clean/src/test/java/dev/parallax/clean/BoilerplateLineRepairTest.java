package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLineRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new BoilerplateLineRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "Body.\n\nThis article has been updated with new figures.\n\nABC’s Jane Roe and John Doe contributed to this report.",
        "Body.\n(Reporting by Jane Roe; Writing by John Doe; Editing by Ann Poe)",
        "Body.\nRead more: other things");
  }

  @Override
  String debrisUnit() {
    return "A paragraph of text.\nX contributed reporting.\n";
  }

  @Test
  void dropsUpdateNoteAndCreditFromTheEnd() {
    String text =
        """
        The talks resumed on Friday.

        Officials declined to comment.

        This story has been updated to reflect comment from a general.

        ABC’s Jane Roe and John Doe contributed to this report.""";
    assertThat(apply(text))
        .isEqualTo(
            new Repaired("The talks resumed on Friday.\n\nOfficials declined to comment.", 2));
  }

  @Test
  void stopsAtTheFirstLineThatIsNotBoilerplate() {
    String text =
        """
        First.

        Click here to read the full report.

        Last real paragraph.

        Sign up for our morning newsletter.""";
    assertThat(apply(text).text())
        .isEqualTo("First.\n\nClick here to read the full report.\n\nLast real paragraph.");
  }

  @Test
  void neverDropsTheWholeText() {
    String text = "Reporting by Jane Roe\nEditing by John Doe";
    assertThat(apply(text)).isEqualTo(new Repaired("Reporting by Jane Roe", 1));
    assertThat(apply("This is a developing story."))
        .isEqualTo(new Repaired("This is a developing story.", 0));
  }

  @Test
  void keepsLongParagraphsWhateverTheirWords() {
    String text = "First.\n\n" + "Reporting by the agency showed ".repeat(12) + "a rise.";
    assertThat(apply(text).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jane Roe contributed to this report.",
        "Jane Roe in Kabul contributed reporting.",
        "Reporting by Jane Roe; Editing by John Doe",
        "(Reporting by Jane Roe ; Writing by John Doe ; Editing by Ann Poe)",
        "Additional reporting by Jane Roe in Doha",
        "Writing by John Doe",
        "This story has been updated.",
        "This article has been updated to include a statement.",
        "This is a developing story and will be updated.",
        "This is a breaking news story.",
        "(c) 2020 Example News Corp",
        "© 2020 Example Ltd. All rights reserved.",
        "Copyright 2021 The Example Press.",
        "Follow Jane Roe on Twitter @janeroe",
        "Follow us on X",
        "Click here to subscribe.",
        "Sign up for our daily newsletter",
        "Read more: How the talks began",
        "RELATED: Earlier coverage",
        "See also: the timeline"
      })
  void recognizesBoilerplateLines(String line) {
    assertThat(BoilerplateLineRepair.isBoilerplate(line)).isTrue();
    assertThat(apply("Body text.\n\n" + line)).isEqualTo(new Repaired("Body text.", 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The report said reporting by officials was incomplete.",
        "He contributed to the campaign.",
        "Follow the money, investigators said.",
        "Officials signed up to the deal on Friday.",
        "The agency has been updated on the situation.",
        "More than 100 people attended."
      })
  void keepsOrdinaryLastParagraphs(String line) {
    assertThat(BoilerplateLineRepair.isBoilerplate(line)).isFalse();
  }
}
