using Chronicle.Articles;
using NATS.Client.JetStream;

namespace Chronicle.Queue;

/// <summary>
/// Publishes read articles to the queue's work stream, each with its dedup key as <c>Nats-Msg-Id</c>, so
/// the server drops an article already queued within <see cref="ArticleQueue.DuplicateWindow"/>.
/// </summary>
public sealed class ArticlePublisher(ArticleQueue queue)
{
    /// <summary>
    /// Publishes every article of <paramref name="inputs"/>, in order; an input that could not be read, or
    /// an article the server cannot take, goes to <paramref name="failed"/> and the rest are published.
    /// </summary>
    /// <exception cref="NATS.Client.Core.NatsException">The server stopped answering; what was published before stays queued.</exception>
    public async Task<EnqueueTally> PublishAllAsync(IEnumerable<ReadResult> inputs, Action<InputError> failed, CancellationToken ct = default)
    {
        await queue.EnsureStreamAsync(ct);
        var tally = new EnqueueTally();
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (input.Error is { } error)
            {
                failed(error);
                tally.Failed++;
                continue;
            }

            try
            {
                if (await PublishAsync(input.Article!, ct))
                    tally.Duplicates++;
                else
                    tally.Published++;
            }
            catch (InputException e)
            {
                failed(e.ToError());
                tally.Failed++;
            }
        }

        return tally;
    }

    /// <summary>Publishes one article; true when the server already had it within its duplicate window.</summary>
    /// <exception cref="InputException">The article is larger than the server accepts.</exception>
    public async Task<bool> PublishAsync(RawArticle article, CancellationToken ct = default)
    {
        // The key is that of the article the worker will build and store, so it is computed the same way.
        var dedupKey = ArticleBuilder.Build(article).DedupKey;
        var payload = ArticleMessage.Encode(article);
        if (payload.Length > queue.MaxPayload)
            throw new InputException(article.Location, $"the article is {payload.Length:N0} bytes as a message; the server takes at most {queue.MaxPayload:N0} (its max_payload)");
        var ack = await queue.JetStream.PublishAsync(queue.Names.Subject, payload, opts: new NatsJSPubOpts { MsgId = dedupKey }, cancellationToken: ct);
        if (ack.Duplicate)
            return true;
        ack.EnsureSuccess();
        return false;
    }
}

/// <summary>What an enqueue did.</summary>
public sealed class EnqueueTally
{
    /// <summary>Articles the stream took.</summary>
    public int Published { get; set; }

    /// <summary>Articles the server dropped because one with the same dedup key was queued within its window.</summary>
    public int Duplicates { get; set; }

    /// <summary>Inputs that could not be read or published.</summary>
    public int Failed { get; set; }
}
