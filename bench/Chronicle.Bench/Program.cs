using Chronicle.Bench;

// One subcommand per benchmark, each in its own file; add new ones to this table.
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["tokenizer"] = TokenizerBench.Run,
    ["sentences"] = SentenceBench.Run,
    ["tagger"] = TaggerBench.Run,
    ["prune"] = PruneBench.Run,
    ["actors"] = ActorBench.Run,
    ["pipeline"] = PipelineBench.Run,
    ["timex"] = TimexBench.Run,
    ["desk"] = DeskBench.Run,
    ["places"] = PlacesBench.Run,
    ["load"] = LoadBench.Run,
    ["firstload"] = FirstLoadBench.Run,
    ["store"] = SyntheticStore.Run,
    ["queue"] = QueueBench.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Chronicle.Bench <{string.Join('|', benchmarks.Keys)}> [args...]");
    return 2;
}

return run(args[1..]);
