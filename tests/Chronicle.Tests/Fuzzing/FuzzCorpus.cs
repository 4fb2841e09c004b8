using System.Text;
using System.Text.Json;

namespace Chronicle.Tests.Fuzzing;

/// <summary>
/// Valid inputs of every format, small and feature-rich, for the mutations to start from. Links are never
/// http(s), so a mutated feed item cannot make the feed reader fetch a page.
/// </summary>
internal static class FuzzCorpus
{
    private const string Story =
        "Iranian Foreign Minister Hossein Amir-Abdollahian met Iraqi officials in Baghdad on Thursday to discuss border security. "
        + "\"We will not accept any threat,\" he said. Police in Manama arrested 12 protesters since September 24th last year, "
        + "a rights group said on Friday. Meanwhile, residents of Abd al-Kuri said they were evicted in January 2020.";

    // Serialized with the default encoder, which also escapes '<', '&' and non-ASCII: more for the reader to undo.
    private static readonly string JsonStory = JsonSerializer.Serialize(Story)[1..^1];

    public static IReadOnlyList<byte[]> Text { get; } = Utf8(
        $"Talks resume in Baghdad\n\n{Story}\n\nThe U.S. Embassy declined to comment.\n",
        $"\u2022 {Story}\r\n\u2022 Meanwhile, Yemen's coast guard said it seized a boat.\r\n");

    public static IReadOnlyList<byte[]> Html { get; } = Utf8(
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Talks resume | Gulf Wire</title>
        <meta property="og:title" content="Talks resume in Baghdad"><meta property="article:published_time" content="2023-02-23T10:00:00+03:00">
        <meta name="author" content="Staff"><link rel="canonical" href="urn:gulf-wire:talks">
        <style>p { color: red }</style><script>var a = "<p>not text</p>";</script></head>
        <body><nav><a href="#">Home</a> &middot; <a href="#">World</a></nav>
        <article><h1>Talks resume in Baghdad</h1><p class="lead">{{Story}}</p>
        <p>Officials said &ldquo;progress&rdquo; was made &amp; more talks are planned.<br>Photo: <img src="x.jpg" alt="talks"></p>
        <figure><figcaption>Delegates in Baghdad.</figcaption></figure><!-- comment --><ul><li>One</li><li>Two</li></ul>
        <table><tr><td>Cell</td></tr></table></article><footer>&copy; Gulf Wire</footer></body></html>
        """,
        $"<p>{Story}<p>Unclosed paragraphs, as old pages write them.<div>and a div</div>");

    public static IReadOnlyList<byte[]> Rss { get; } = Utf8(
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="urn:content" xmlns:dc="urn:dc">
          <channel><title>Gulf Wire</title><link>urn:gulf-wire</link><description>News</description>
            <item><title>Talks resume</title><link>urn:gulf-wire:1</link><guid>gw-1</guid>
              <pubDate>Thu, 23 Feb 2023 10:00:00 +0300</pubDate><dc:creator>Staff</dc:creator>
              <description>Short teaser</description><content:encoded><![CDATA[<p>{Story}</p><p>More &amp; more.</p>]]></content:encoded></item>
            <item><title>Arrests &amp; protests</title><link>urn:gulf-wire:2</link><pubDate>Fri, 24 Feb 2023 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;{Story}&lt;/p&gt;</description></item>
          </channel>
        </rss>
        """,
        $"""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="urn:rdf" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="urn:wire"><title>Wire</title><link>urn:wire</link><description>d</description></channel>
          <item rdf:about="urn:wire:1"><title>Talks</title><link>urn:wire:1</link><description>{Story}</description></item>
        </rdf:RDF>
        """);

    public static IReadOnlyList<byte[]> Atom { get; } = Utf8(
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Dispatch</title><id>urn:dispatch</id><updated>2023-02-24T08:00:00Z</updated>
          <entry><title type="html">Talks &lt;b&gt;resume&lt;/b&gt;</title><id>urn:dispatch:1</id><link href="urn:dispatch:1"/>
            <published>2023-02-23T10:00:00+03:00</published><updated>2023-02-24T08:00:00Z</updated><author><name>Staff</name></author>
            <content type="html">&lt;p&gt;{Story}&lt;/p&gt;</content></entry>
          <entry><title>Second</title><id>urn:dispatch:2</id><summary type="text">{Story}</summary></entry>
        </feed>
        """);

    public static IReadOnlyList<byte[]> Jsonl { get; } = Utf8(
        $$$"""
        {"id": "a1", "text": "{{{JsonStory}}}", "title": "Talks resume", "url": "urn:a1", "date": "2023-02-23", "source": "Gulf Wire"}
        {"id": 42, "html": "<html><head><meta property='article:published_time' content='2023-02-23'></head><body><p>{{{JsonStory}}}</p></body></html>"}

        {"id": "a3", "text": "Caf\u00e9 \ud83d\ude00 \u201cquoted\u201d\nsecond line\tand a tab.", "date": "Thu, 23 Feb 2023 10:00:00 +0300"}
        {"id": "a4", "text": "{{{JsonStory}}}", "title": null, "extra": {"nested": [1, 2, {"deep": true}]}}
        """.Replace("\n", "\r\n", StringComparison.Ordinal));

    public static IReadOnlyList<byte[]> Petrarch { get; } = Utf8(
        $"""
        <?xml version='1.0' encoding='utf-8'?>
        <!-- PETRARCH validation records: a long comment opens these files -->
        <Validation>
        <Environment>
        <Verbfile>CAMEO.verbpatterns.txt</Verbfile>
        <Include> DEMO valid </Include>
        </Environment>
        <Config option="comma_min" value="2"/>
        <Sentences>
        <Sentence date="20230223" id="DEMO-01" category="DEMO" evaluate="true">
        <EventCoding sourcecode="IRNGOV" targetcode="IRQGOV" eventcode="043"/>
        <Text>
        {Story}
        </Text>
        <Parse>(ROOT (S (NP (NNP Iran)) (VP (VBD met))))</Parse>
        </Sentence>
        <Sentence date = '2023-02-24' id=DEMO-02 category="DEMO">
        <Text>AT&T said profits & losses < 5% rose.</Text>
        </Sentence>
        <Sentence date="20230225" id="DEMO-03"/>
        <Text>Records left open, as PETR2_GSR writes them.</Text>
        <PLEvent {'{'}"a": 1{'}'}>
        <Stop>
        """);

    /// <summary>Every format's corpus, for the sniffer and the pipeline.</summary>
    public static IReadOnlyList<byte[]> All { get; } = [.. Text, .. Html, .. Rss, .. Atom, .. Jsonl, .. Petrarch];

    private static byte[][] Utf8(params string[] inputs) => [.. inputs.Select(Encoding.UTF8.GetBytes)];
}
