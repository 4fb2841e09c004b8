using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Tests;

/// <summary>What the model cards in models/ promise, read so that tests hold the shipped models to it.</summary>
internal static partial class ModelCards
{
    /// <summary>The development floor a card states ("Dev floor (asserted by tests): 82.50"), as a fraction.</summary>
    public static double DevFloor(string model)
    {
        var card = File.ReadAllText(Path.Combine(RepoPaths.Root, "models", model + ".md"));
        var floor = FloorLine().Match(card);
        if (!floor.Success)
            throw new InvalidDataException($"models/{model}.md states no dev floor");
        return double.Parse(floor.Groups[1].Value, CultureInfo.InvariantCulture) / 100;
    }

    [GeneratedRegex(@"Dev floor[^:]*:\s*([0-9.]+)")]
    private static partial Regex FloorLine();
}
