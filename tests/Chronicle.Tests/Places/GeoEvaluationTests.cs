using Chronicle.Evaluation;
using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>A floor under the geoparser's accuracy on a development corpus (read from ../shared), a little below what bench/README.md records.</summary>
public class GeoEvaluationTests
{
    [Fact]
    public void GeoVirus_with_names_given_stays_above_its_floor()
    {
        var documents = GeoGold.ReadGeoVirus(Path.Combine(RepoPaths.Shared, "data", "geo", "eval", "GeoVirus.xml"), out var misaligned);

        var scores = GeoEvaluation.Run(new Geoparser(Gazetteer.BuiltIn), documents);

        Assert.Equal(0, misaligned);
        Assert.Equal(2167, scores.Scored);
        Assert.True(scores.AccuracyAt161Km >= 0.77, $"Acc@161km {scores.AccuracyAt161Km:P1}");
    }
}
