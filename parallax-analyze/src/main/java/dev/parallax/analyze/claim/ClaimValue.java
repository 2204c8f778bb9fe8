package dev.parallax.analyze.claim;

import java.util.Objects;

/**
 * One source's claim, as a story compares it.
 *
 * @param source the outlet that published it
 * @param articleId the article it comes from
 * @param claim the claim
 * @param sentence the sentence it was found in, for display and context matching
 */
public record ClaimValue(String source, String articleId, NumericClaim claim, String sentence) {
  public ClaimValue {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(sentence, "sentence");
  }
}
