namespace Chronicle.Tagging;

/// <summary>
/// Finds models by name ("pos", "ontonotes", "conll") among those shipped beside the program in
/// models/, or by path. Each model is loaded once per process.
/// </summary>
public static class ModelCatalog
{
    public const string Extension = ".chtag";

    private static readonly Dictionary<string, Lazy<SequenceModel>> Loaded = [];

    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The path of a model given by name or path; a FileNotFoundException names both places looked.</summary>
    public static string Locate(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
            return Path.GetFullPath(nameOrPath);
        var shipped = Path.Combine(ShippedFolder, nameOrPath + Extension);
        if (File.Exists(shipped))
            return shipped;
        throw new FileNotFoundException($"no model '{nameOrPath}': not a file, and not in {ShippedFolder}");
    }

    public static SequenceModel Load(string nameOrPath)
    {
        var path = Locate(nameOrPath);
        Lazy<SequenceModel> model;
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(path, out model!))
                Loaded[path] = model = new Lazy<SequenceModel>(() => ModelFile.Load(path));
        }

        return model.Value;
    }
}
