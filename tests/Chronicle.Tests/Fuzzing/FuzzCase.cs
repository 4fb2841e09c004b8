namespace Chronicle.Tests.Fuzzing;

/// <summary>One generated input: the seed that makes it again, and the recipe it was made by, for the failure message.</summary>
internal sealed record FuzzCase(int Seed, string Recipe, byte[] Input)
{
    /// <summary>
    /// The input for <paramref name="seed"/>: one in ten is noise (random bytes or random markup-ish text),
    /// the rest a corpus input with one to four mutations. The same seed and corpus give the same bytes.
    /// </summary>
    public static FuzzCase Generate(int seed, IReadOnlyList<byte[]> corpus, IReadOnlyList<Mutation> mutations, int maxBytes)
    {
        var random = new Random(seed);
        byte[] input;
        string recipe;
        if (random.Next(10) == 0)
        {
            (input, recipe) = Noise(random);
        }
        else
        {
            var source = random.Next(corpus.Count);
            input = corpus[source];
            var applied = new List<Mutation>();
            for (var steps = random.Next(1, 5); steps > 0; steps--)
            {
                var mutation = mutations[random.Next(mutations.Count)];
                input = mutation.Apply(input, random);
                applied.Add(mutation);
            }

            recipe = $"corpus input {source}, then {string.Join(", ", applied)}";
        }

        if (input.Length > maxBytes)
        {
            input = input[..maxBytes];
            recipe += $", cut to {maxBytes} bytes";
        }

        return new FuzzCase(seed, recipe, input);
    }

    private static (byte[] Input, string Recipe) Noise(Random random)
    {
        var input = new byte[random.Next(0, 8192)];
        if (random.Next(2) == 0)
        {
            random.NextBytes(input);
            return (input, "random bytes");
        }

        const string alphabet = "<>/=\"'&;{}[]:,\\ \n\tabcxyzABC0129.-!?#";
        for (var i = 0; i < input.Length; i++)
            input[i] = (byte)alphabet[random.Next(alphabet.Length)];
        return (input, "random markup characters");
    }
}
