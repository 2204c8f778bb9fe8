package dev.parallax.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * The HTML named character references met in news text: the Latin-1 set, typographic punctuation
 * and a few symbols. Names are case-sensitive, as in HTML. Not API.
 */
final class NamedEntities {
  private static final String[] LATIN1 = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml"
  };

  private static final Map<String, String> BY_NAME = build();

  private NamedEntities() {}

  /** The text {@code name} stands for, or null when it is not a known entity name. */
  static String decode(String name) {
    return BY_NAME.get(name);
  }

  private static Map<String, String> build() {
    if (LATIN1.length != 96) {
      throw new AssertionError("Latin-1 entity table must cover U+00A0..U+00FF: " + LATIN1.length);
    }
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < LATIN1.length; i++) {
      m.put(LATIN1[i], String.valueOf((char) (0xA0 + i)));
    }
    Object[] others = {
      "quot", '"', "amp", '&', "lt", '<', "gt", '>', "apos", '\'', "OElig", '\u0152', "oelig",
      '\u0153', "Scaron", '\u0160', "scaron", '\u0161', "Yuml", '\u0178', "fnof", '\u0192', "circ",
      '\u02C6', "tilde", '\u02DC', "ensp", '\u2002', "emsp", '\u2003', "thinsp", '\u2009', "zwnj",
      '\u200C', "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F', "ndash", '\u2013', "mdash",
      '\u2014', "lsquo", '\u2018', "rsquo", '\u2019', "sbquo", '\u201A', "ldquo", '\u201C', "rdquo",
      '\u201D', "bdquo", '\u201E', "dagger", '\u2020', "Dagger", '\u2021', "bull", '\u2022',
      "hellip", '\u2026', "permil", '\u2030', "prime", '\u2032', "Prime", '\u2033', "lsaquo",
      '\u2039', "rsaquo", '\u203A', "oline", '\u203E', "frasl", '\u2044', "euro", '\u20AC', "trade",
      '\u2122', "larr", '\u2190', "uarr", '\u2191', "rarr", '\u2192', "darr", '\u2193', "minus",
      '\u2212', "le", '\u2264', "ge", '\u2265', "ne", '\u2260', "asymp", '\u2248', "infin",
      '\u221E', "alpha", '\u03B1', "beta", '\u03B2', "gamma", '\u03B3', "delta", '\u03B4', "mu",
      '\u03BC', "pi", '\u03C0', "sigma", '\u03C3', "omega", '\u03C9', "Delta", '\u0394', "Omega",
      '\u03A9'
    };
    for (int i = 0; i < others.length; i += 2) {
      m.put((String) others[i], String.valueOf((char) others[i + 1]));
    }
    return Map.copyOf(m);
  }
}
