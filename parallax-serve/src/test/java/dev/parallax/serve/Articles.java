package dev.parallax.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Small article fixtures: a few events, each reported by several outlets. */
final class Articles {
  private Articles() {}

  static ObjectNode article(
      String id, String source, String date, String title, String text, String language) {
    ObjectNode o = TestServer.JSON.createObjectNode();
    o.put("id", id);
    o.put("source", source);
    o.put("url", "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id);
    o.put("published", date);
    o.put("title", title);
    o.put("text", text);
    if (language != null) {
      o.put("language", language);
    }
    return o;
  }

  /**
   * Three events: a harbour fire (4 outlets, one exact copy), a rail strike (2 outlets, one in
   * German) and a chess final (1 outlet).
   */
  static String sample() {
    ArrayNode a = TestServer.JSON.createArrayNode();
    String fire =
        "A large fire broke out at the Northport harbour warehouse district on Tuesday night."
            + " Firefighters from three stations fought the blaze for six hours. Harbour master"
            + " Elena Varga said no ships were damaged and two workers were treated for smoke.";
    a.add(
        article(
            "fire-1",
            "Coast Gazette",
            "2024-03-05T08:00:00Z",
            "Fire at Northport harbour",
            fire,
            "en"));
    a.add(
        article(
            "fire-2",
            "Wire Service",
            "2024-03-05T09:00:00Z",
            "Blaze hits Northport docks",
            fire,
            "en"));
    a.add(
        article(
            "fire-3",
            "Daily Ledger",
            "2024-03-05T12:00:00Z",
            "Northport harbour fire contained",
            "Firefighters contained a fire at the Northport harbour warehouses after six hours on"
                + " Tuesday. Harbour master Elena Varga said the ships were safe; two workers were"
                + " treated for smoke inhalation at Northport General.",
            "en"));
    a.add(
        article(
            "fire-4",
            "Evening Post",
            "2024-03-06T07:00:00Z",
            "Questions after Northport warehouse fire",
            "A day after the Northport harbour fire, warehouse owners asked why sprinklers failed."
                + " Harbour master Elena Varga promised an inquiry into the warehouse blaze.",
            "en"));
    String strike =
        "Train drivers across the Rhine valley walked out on Monday in a strike over pay, halting"
            + " regional rail services. The union said the rail strike would last two days.";
    a.add(
        article(
            "strike-1",
            "Wire Service",
            "2024-04-01T06:00:00Z",
            "Rail strike halts trains",
            strike,
            "en"));
    a.add(
        article(
            "strike-2",
            "Rhein Zeitung",
            "2024-04-01T07:30:00Z",
            "Bahnstreik im Rheintal",
            "Lokführer im Rheintal streiken seit Montag für höhere Löhne. Der Regionalverkehr steht"
                + " still; die Gewerkschaft kündigte zwei Streiktage an.",
            "de"));
    a.add(
        article(
            "chess-1",
            "Daily Ledger",
            "2024-05-10T20:00:00Z",
            "Chess final ends in dramatic draw",
            "The world chess final in Valletta ended in a draw after a seven hour endgame, with"
                + " grandmaster Ilse Moreau defending a rook ending a pawn down.",
            "en"));
    return a.toString();
  }
}
