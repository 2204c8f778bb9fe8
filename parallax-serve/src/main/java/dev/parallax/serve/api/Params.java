package dev.parallax.serve.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reading query parameters, each failure an {@link ApiError} 400 naming the parameter. */
final class Params {
  /** The longest text parameter accepted (queries, names). */
  static final int MAX_TEXT_CHARS = 1000;

  private Params() {}

  /** The parameter's value, stripped; null when absent or blank. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT_CHARS) {
      throw ApiError.badRequest(name + " must be at most " + MAX_TEXT_CHARS + " characters");
    }
    return v.strip();
  }

  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw ApiError.badRequest(
        name + " must be an integer in " + min + ".." + max + ": '" + v + "'");
  }

  /**
   * An instant: ISO-8601 ({@code 2024-03-01T12:00:00Z}) or a date ({@code 2024-03-01}), which means
   * the start of that UTC day, or its end when {@code endOfDay}.
   */
  static Instant instant(Context ctx, String name, boolean endOfDay) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return endOfDay
            ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1)
            : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          name + " must be a date (2024-03-01) or an instant (2024-03-01T12:00:00Z): '" + v + "'");
    }
  }
}
