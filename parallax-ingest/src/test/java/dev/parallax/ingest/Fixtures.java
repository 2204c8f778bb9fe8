package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes test inputs. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writeGz(Path dir, String name, String content) {
    return write(dir, name, gzip(content.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String ARTICLE_HTML =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <title>Talks resume in Doha | Example News</title>
        <meta property="og:title" content="Talks resume in Doha">
        <meta property="article:published_time" content="2020-02-12T09:30:00Z">
        <meta name="author" content="Jane Roe">
        <link rel="canonical" href="https://www.example.com/world/talks-resume">
      </head>
      <body>
        <header><p>Subscribe to our newsletter for the latest headlines every day.</p></header>
        <nav><p>World Politics Business Sport Culture Opinion Video Podcasts</p></nav>
        <article>
          <h1>Talks resume in Doha</h1>
          <p>Negotiators met again on Wednesday after a pause of two weeks.</p>
          <p>Both sides said progress had been made on a reduction in violence.</p>
        </article>
        <aside><p>Most read: ten things you missed this week and many more stories besides.</p></aside>
        <footer><p>Copyright Example News 2020. All rights reserved worldwide.</p></footer>
      </body>
      </html>
      """;

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Example Wire</title>
          <link>https://wire.example.org/</link>
          <description>Latest</description>
          <language>en</language>
          <item>
            <title>Ceasefire talks continue</title>
            <link>https://www.wire.example.org/2020/02/ceasefire</link>
            <guid isPermaLink="false">wire-1234</guid>
            <pubDate>Wed, 12 Feb 2020 10:00:00 GMT</pubDate>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>First paragraph of the story.</p><p>Second <b>paragraph</b> here.</p>]]></content:encoded>
          </item>
          <item>
            <title>Markets steady</title>
            <link>https://wire.example.org/2020/02/markets</link>
            <pubDate>Thu, 13 Feb 2020 08:15:00 GMT</pubDate>
            <description>&lt;p&gt;Stocks were little changed.&lt;/p&gt;&lt;p&gt;Bonds rose.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Empty entry</title>
            <link>https://wire.example.org/2020/02/empty</link>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom Daily</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2020-02-12T18:30:02Z</updated>
        <entry>
          <title>An atom entry</title>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <updated>2020-02-12T18:30:02Z</updated>
          <summary type="text">Plain summary text of the entry.</summary>
        </entry>
      </feed>
      """;
}
