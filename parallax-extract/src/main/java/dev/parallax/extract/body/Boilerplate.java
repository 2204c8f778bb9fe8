package dev.parallax.extract.body;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What boilerplate looks like in markup: tags, ARIA roles and class/id vocabularies, in the spirit
 * of Readability.js's {@code unlikelyCandidates} and Trafilatura's cleaning lists, widened to the
 * words major European-language sites use. None of it names a site.
 */
final class Boilerplate {
  /** Elements removed outright: no text a reader of the article needs is in them. */
  static final String REMOVED_TAGS =
      "script:not([type*=ld+json]), style, noscript, template, svg, canvas, iframe, object, embed,"
          + " button, input, select, textarea, option, label, nav, aside, menu, dialog, link, meta,"
          + " figcaption, img, picture, video, audio, source, map, area, head";

  /** ARIA roles of page furniture. */
  static final Pattern ROLES =
      Pattern.compile(
          "navigation|menu|menubar|complementary|banner|contentinfo|alert|alertdialog|dialog"
              + "|search|toolbar|tooltip");

  /**
   * Class or id words that mark furniture whatever else the element says (comments, consent,
   * sharing, recommendations). Matched as substrings, so {@code relatedArticles} and {@code
   * comment-list} both hit.
   */
  private static final Pattern STRONG =
      Pattern.compile(
          "comment(?!ary)|disqus|cookie|consent|gdpr|newsletter|related|recommend|outbrain"
              + "|taboola|sidebar|breadcrumb|pagination|social|sharing|sharebar|share-|-share"
              + "|_share|subscri|promo|sponsor|advert|popup|paywall|trending|mostread|most-read"
              + "|mostpopular|most-popular|signup|sign-up|kommentar|commentaire|comentario"
              + "|anzeige|werbung|publicite|pubblicit|newsticker|read-?more|readnext|read-next"
              + "|also-?read|more-?stories|morestories|further-?reading|author-?bio|authorbio"
              + "|(?:^|\\s)ads?(?:$|\\s|[-_])|[-_]ads?(?:$|\\s|[-_])|adslot|ad-slot|adunit"
              + "|ad-container|banner|skyscraper|shoutbox|sr-only|visually-hidden"
              + "|screen-reader|hidden-print|print-only");

  /** Class or id words of furniture that a content word (below) may overrule. */
  private static final Pattern WEAK =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:nav|navbar|navigation|menu|footer|masthead|header|widget|widgets"
              + "|tags?|tag-?list|keywords|byline|author|authors|dateline|meta|toolbar|tools"
              + "|pager|caption|credit|credits|skip|teaser|teasers|popular|follow|rating|login"
              + "|modal|overlay|tooltip|gallery|slideshow|carousel|print|email|topics"
              + "|categories|extra|supplemental|legends|combx|community|remark|rss|contact"
              + "|copyright|disclaimer|correction|corrections)"
              + "(?:$|[^a-z0-9])");

  /** Class or id words of article containers (Readability's {@code positive}, widened). */
  private static final Pattern CONTENT =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|post|story|text|prose|blog|artikel"
              + "|articulo|articolo|texte|inhalt|contenu|contenido|corpo|cuerpo");

  /** Embedded social-media posts, kept as quotes. */
  static final String EMBEDDED_POST =
      "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media,"
          + " blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed,"
          + " blockquote.fb-xfbml-parse-ignore, blockquote.reddit-card";

  private Boilerplate() {}

  /** The element's class and id, lower-cased, for the patterns above. */
  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  private static final Pattern COMMENTS =
      Pattern.compile("comment(?!ary)|disqus|kommentar|commentaire|comentario|replies|respond");

  /** Class or id words of a comment section, which may well hold more text than the article. */
  static boolean comments(String names) {
    return !names.isEmpty() && COMMENTS.matcher(names).find();
  }

  static boolean strong(String names) {
    return !names.isEmpty() && STRONG.matcher(names).find();
  }

  static boolean weak(String names) {
    return !names.isEmpty() && WEAK.matcher(names).find();
  }

  static boolean content(String names) {
    return !names.isEmpty() && CONTENT.matcher(names).find();
  }

  /** Short lines that are furniture in any article: ad labels, share prompts, photo credits. */
  static final Pattern SHORT_LINE =
      Pattern.compile(
          "(?iu)^(?:advertisement|advertising|advert|ad|anzeige|werbung|publicité|publicidad|pubblicità"
              + "|reklame|reklama|sponsored|sponsored content|read more|read next|read also"
              + "|see also|related|related articles|related stories|more stories|share"
              + "|share this|share this article|share on \\w+|tweet|email|e-mail|print"
              + "|comments?|\\d+ comments?|leave a comment|follow us.*|sign up.*|subscribe.*"
              + "|click here.*|continue reading.*|weiterlesen|lire aussi|lire la suite|leggi anche"
              + "|lee también|ver también|mehr zum thema|zum thema|à lire aussi|advertisement -"
              + " scroll to continue|scroll to continue with content|skip advertisement"
              + "|(?:photo|image|foto|bild|picture|credit|source|quelle)s?\\s*:.*"
              + "|getty images|ap photo.*|reuters|afp|dpa|back to top|top|home|menu|close|tags?:?"
              + "|.*(?:requires|enable|activate) javascript.*|.*javascript (?:is )?(?:required|disabled).*)$");
}
