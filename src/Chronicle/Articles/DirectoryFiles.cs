namespace Chronicle.Articles;

/// <summary>The files under a directory, recursively, in ordinal path order so runs are reproducible.</summary>
internal static class DirectoryFiles
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Hidden files and dot-directories are skipped; directory links are not followed, so a cycle cannot loop.</summary>
    public static List<string> List(string directory)
    {
        var files = new List<string>();
        Collect(directory, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Collect(string directory, List<string> files)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Options))
        {
            if (entry.Name.StartsWith('.'))
                continue;
            if (entry is FileInfo)
                files.Add(Path.Join(directory, entry.Name));
            else if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                Collect(Path.Join(directory, entry.Name), files);
        }
    }
}
