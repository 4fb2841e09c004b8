using System.Text.RegularExpressions;

namespace Chronicle.Queue;

/// <summary>
/// The JetStream names one queue of articles uses, all derived from its stream name: the work-queue
/// stream and its subject, the dead-letter stream and its subject, and the durable consumer every
/// worker shares (one filter subject: server 2.9 ignores a list of them).
/// </summary>
public sealed partial record QueueNames
{
    /// <summary>The stream name used when none is given.</summary>
    public const string DefaultStream = "CHRONICLE";

    /// <param name="stream">A JetStream stream name: letters, digits, '-' and '_'.</param>
    /// <exception cref="ArgumentException">The name has characters a stream name (and a subject token) cannot have.</exception>
    public QueueNames(string stream = DefaultStream)
    {
        if (!StreamName().IsMatch(stream))
            throw new ArgumentException($"'{stream}' is not a stream name: use letters, digits, '-' and '_'.", nameof(stream));
        Stream = stream;
    }

    /// <summary>The work-queue stream that holds articles waiting to be analyzed.</summary>
    public string Stream { get; }

    /// <summary>The subject articles are published to.</summary>
    public string Subject => Stream + ".articles";

    /// <summary>The stream that keeps the messages no worker could process.</summary>
    public string DeadLetterStream => Stream + "_DEAD";

    /// <summary>The subject dead letters are published to.</summary>
    public string DeadLetterSubject => Stream + ".dead";

    /// <summary>The durable pull consumer all workers share, so each article goes to one of them.</summary>
    public string Consumer => "workers";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex StreamName();
}
