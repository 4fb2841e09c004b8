namespace Chronicle.Tests;

/// <summary>Paths of the repository and of the shared data beside it, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder that sits beside the repository (read-only in CI).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedDispatch => Path.Combine(Shared, "seed", "000_658ac1d3d5b84eaa.txt");

    public static string SampleDispatch => Path.Combine(Root, "samples", "dispatch.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Chronicle.sln not found above " + AppContext.BaseDirectory);
    }
}
