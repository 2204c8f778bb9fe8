package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.SharedData;
import dev.parallax.analyze.quote.EcbPlusTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerAgreementTest {
  private static final Path SPECIMENS = SharedData.path("parallax.specimens", "specimens");

  /** A little below the 0.998 measured on ECB+, so that regressions fail. */
  private static final double BOUNDARY_FLOOR = 0.995;

  @Test
  void rulesAgreeWithTheModelOnEcbPlus() {
    assumeTrue(EcbPlusTexts.available(), "ECB+ data not present");
    TokenizerAgreement.Agreement agreement =
        TokenizerAgreement.measure(TokenizerAgreement.read(EcbPlusTexts.path()));
    System.out.print(agreement.report("ECB+"));
    assertThat(agreement.modelTokens()).isGreaterThan(300_000);
    assertThat(agreement.boundaryF1()).isGreaterThanOrEqualTo(BOUNDARY_FLOOR);
    assertThat(agreement.tokenAgreement()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void rulesAgreeWithTheModelOnTheSpecimens() {
    assumeTrue(Files.isDirectory(SPECIMENS), "specimens not present");
    TokenizerAgreement.Agreement agreement =
        TokenizerAgreement.measure(TokenizerAgreement.read(SPECIMENS));
    System.out.print(agreement.report("specimens"));
    assertThat(agreement.modelTokens()).isGreaterThan(1_000);
    assertThat(agreement.boundaryF1()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void measuresDisagreementOnHandWrittenText() {
    // Runs without the corpora: the model splits clitics nowhere here, and neither do the rules;
    // "36-year-old" is where the model hesitates ("36- | year | - | old").
    TokenizerAgreement.Agreement same =
        TokenizerAgreement.measure(List.of("Mr. Smith didn't say, \"Go!\"\nIt's 10:30."));
    assertThat(same.boundaryF1()).isEqualTo(1.0);
    assertThat(same.differences()).isEmpty();
    TokenizerAgreement.Agreement different =
        TokenizerAgreement.measure(List.of("The 36-year-old actress left."));
    assertThat(different.differences()).isNotEmpty();
    assertThat(different.boundaryF1()).isLessThan(1.0);
  }
}
