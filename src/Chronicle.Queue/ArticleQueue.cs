using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Queue;

/// <summary>
/// A connection to NATS JetStream and the streams and consumer of one queue of articles, created when
/// missing. Every part of the queue (enqueue, worker, status) starts here.
/// </summary>
/// <remarks>
/// The queue is a project of its own, not a folder of the core library: the core (readers, pipeline,
/// stores) must not depend on NATS, and a program that never scales out (the web server, the benches)
/// should not carry a message client. The dependency runs one way: Chronicle.Queue uses the core's
/// readers, pipeline and <c>IArticleStore</c>; the core knows nothing of queues.
/// </remarks>
public sealed class ArticleQueue : IAsyncDisposable
{
    /// <summary>How long the server remembers a <c>Nats-Msg-Id</c>: an enqueue re-run within it publishes nothing twice.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    private const int StreamNotFound = 10059;
    private const int StreamNameInUse = 10058;
    private const int ConsumerNotFound = 10014;

    private readonly NatsConnection _connection;

    private ArticleQueue(NatsConnection connection, QueueNames names)
    {
        _connection = connection;
        Names = names;
        JetStream = new NatsJSContext(connection);
    }

    public QueueNames Names { get; }

    internal INatsJSContext JetStream { get; }

    /// <summary>The largest message the server accepts, in bytes.</summary>
    public long MaxPayload => _connection.ServerInfo?.MaxPayload ?? 1024 * 1024;

    /// <summary>Connects to the server at <paramref name="url"/> (e.g. <c>nats://127.0.0.1:4222</c>).</summary>
    /// <exception cref="NatsException">The server cannot be reached.</exception>
    public static async Task<ArticleQueue> ConnectAsync(string url, QueueNames names, CancellationToken ct = default)
    {
        // A refused connection fails at once; the long timeout is for a busy machine, where a worker that has
        // just loaded its models may take more than the default two seconds to finish the handshake.
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "chronicle", ConnectTimeout = TimeSpan.FromSeconds(15) });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(ct);
            return new ArticleQueue(connection, names);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The work-queue stream, created when missing: an acked article leaves it.</summary>
    /// <exception cref="QueueSetupException">A stream of that name exists and is not a work queue.</exception>
    public async Task<StreamInfo> EnsureStreamAsync(CancellationToken ct = default)
    {
        var info = await EnsureAsync(new StreamConfig(Names.Stream, [Names.Subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, ct);
        if (info.Config.Retention != StreamConfigRetention.Workqueue)
            throw new QueueSetupException($"stream {Names.Stream} exists but is not a work queue (retention {info.Config.Retention})");
        return info;
    }

    /// <summary>The stream that keeps dead letters, created when missing; they stay until someone removes them.</summary>
    public Task<StreamInfo> EnsureDeadLetterStreamAsync(CancellationToken ct = default) =>
        EnsureAsync(new StreamConfig(Names.DeadLetterStream, [Names.DeadLetterSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, ct);

    /// <summary>
    /// The durable pull consumer the workers share, created or updated to <paramref name="ackWait"/>.
    /// The server redelivers without limit; workers count deliveries and dead-letter (see <see cref="ArticleWorker"/>),
    /// so a message whose worker died on it is dead-lettered too, not left in the stream for good.
    /// </summary>
    public async Task<INatsJSConsumer> EnsureConsumerAsync(TimeSpan ackWait, CancellationToken ct = default)
    {
        await EnsureStreamAsync(ct);
        return await JetStream.CreateOrUpdateConsumerAsync(Names.Stream, new ConsumerConfig(Names.Consumer)
        {
            DurableName = Names.Consumer,
            FilterSubject = Names.Subject,
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            MaxDeliver = -1,
        }, ct);
    }

    /// <summary>The work stream's state, or null when nothing was ever enqueued.</summary>
    public Task<StreamInfo?> FindStreamAsync(CancellationToken ct = default) => FindStreamAsync(Names.Stream, ct);

    /// <summary>The dead-letter stream's state, or null when no worker ever ran.</summary>
    public Task<StreamInfo?> FindDeadLetterStreamAsync(CancellationToken ct = default) => FindStreamAsync(Names.DeadLetterStream, ct);

    /// <summary>The workers' consumer state, or null when no worker ever ran.</summary>
    public async Task<ConsumerInfo?> FindConsumerAsync(CancellationToken ct = default)
    {
        try
        {
            return (await JetStream.GetConsumerAsync(Names.Stream, Names.Consumer, ct)).Info;
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode is ConsumerNotFound or StreamNotFound)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Returns once the server has read everything written to the connection before (a ping's answer comes after them).</summary>
    internal async Task FlushAsync() => await _connection.PingAsync();

    private async Task<StreamInfo?> FindStreamAsync(string name, CancellationToken ct)
    {
        try
        {
            return (await JetStream.GetStreamAsync(name, cancellationToken: ct)).Info;
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode == StreamNotFound)
        {
            return null;
        }
    }

    private async Task<StreamInfo> EnsureAsync(StreamConfig config, CancellationToken ct)
    {
        if (await FindStreamAsync(config.Name!, ct) is { } existing)
            return existing;
        try
        {
            return (await JetStream.CreateStreamAsync(config, ct)).Info;
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode == StreamNameInUse)
        {
            // Another worker created it between the look-up and the create.
            return (await JetStream.GetStreamAsync(config.Name!, cancellationToken: ct)).Info;
        }
    }
}

/// <summary>The server holds something under the queue's names that the queue cannot use.</summary>
public sealed class QueueSetupException(string message) : Exception(message);
