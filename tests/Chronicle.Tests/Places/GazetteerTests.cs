using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>The built-in gazetteer, its text format, and imports of GeoNames dumps.</summary>
public sealed class GazetteerTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_built_in_gazetteer_knows_countries_divisions_and_cities_with_their_codes()
    {
        var gazetteer = Gazetteer.BuiltIn;

        Assert.True(gazetteer.Places.Count > 150_000);
        Assert.Equal("IRQ", gazetteer.Country("IQ")?.CountryAlpha3);
        Assert.Equal("IQ", gazetteer.Alpha2("IRQ"));
        Assert.Equal("Texas", gazetteer.Admin1("US", "TX")?.Name);
        Assert.Equal("YE", gazetteer.ByDemonym(PlaceName.Key("Yemenis"))?.Country);
        Assert.Contains(gazetteer.Find(PlaceName.Key("Calif.")).ToArray(), i => gazetteer.Places[i].Name == "California");
    }

    [Fact]
    public void A_malformed_row_names_its_source_and_line()
    {
        var text = GazetteerFile.Header + "\n\tBaghdad\t\tP.PPLC\tIQ\t07\t100\t33.3\t44.4\n\tNowhere\t\tP.PPL\tXX\t\tmany\t1\t2\n";

        var e = Assert.Throws<InvalidDataException>(() => GazetteerFile.Read(new StringReader(text), "mine.tsv").ToList());

        Assert.StartsWith("mine.tsv:3:", e.Message);
        Assert.Contains("population", e.Message);
    }

    [Fact]
    public void Rows_written_are_read_back_the_same()
    {
        var rows = new[] { new PlaceRow(42, "Diraz", ["Duraz"], "P.PPL", "BH", "19", 1200, 26.218, 50.476) };
        var writer = new StringWriter();
        GazetteerFile.Write(writer, rows);

        var back = Assert.Single(GazetteerFile.Read(new StringReader(writer.ToString()), "test"));

        Assert.Equal(rows[0] with { Alternates = back.Alternates }, back);
        Assert.Equal(["Duraz"], back.Alternates);
    }

    [Fact]
    public void A_geonames_dump_is_imported_and_its_alternate_names_then_resolve()
    {
        var dump = Path.Combine(RepoPaths.Shared, "data", "geo", "geonames", "cities15000.zip");
        var folder = _dir.File("geonames");

        var summary = GazetteerImport.Run(dump, folder, new GazetteerImportOptions());
        var gazetteer = Gazetteer.WithImported(folder);

        Assert.Empty(summary.Errors);
        Assert.True(summary.Written > 30_000, $"{summary.Written} places written");
        Assert.Equal(summary.Written, GazetteerFile.Read(new StreamReader(Path.Combine(folder, GazetteerFile.FileName)), "import").Count());
        // The built-in gazetteer has no alternate names for cities; GeoNames gives "Den Haag" for The Hague.
        Assert.Empty(Gazetteer.BuiltIn.Find(PlaceName.Key("Den Haag")).ToArray());
        var hague = new Geoparser(gazetteer).Resolve("Judges in Den Haag ruled.", [new PlaceSpan(10, 18)])[0].Place;
        Assert.Equal(2747373, hague?.GeonameId);
        // An imported place replaces the built-in one with its id rather than doubling it.
        Assert.Single(gazetteer.Find(PlaceName.Key("Baghdad")).ToArray(), i => gazetteer.Places[i].GeonameId == 98182);
    }

    [Fact]
    public void A_malformed_dump_line_is_reported_and_the_rest_imported()
    {
        var dump = _dir.Write("dump.txt",
            "1\tGoodtown\tGoodtown\tGood Town,Gutstadt\t10.5\t20.5\tP\tPPL\tXX\t\t01\t\t\t\t5000\t\t10\tUTC\t2024-01-01\n"
            + "2\tBadtown\tBadtown\t\tnorth\t20.5\tP\tPPL\tXX\t\t01\t\t\t\t5000\t\t10\tUTC\t2024-01-01\n"
            + "3\ttoo\tfew\tcolumns\n");

        var summary = GazetteerImport.Run(dump, _dir.File("out"), new GazetteerImportOptions());

        Assert.Equal(1, summary.Written);
        Assert.Equal(2, summary.Errors.Count);
        Assert.Contains(summary.Errors, e => e.StartsWith(dump + ":2:", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith(dump + ":3:", StringComparison.Ordinal));
    }
}
