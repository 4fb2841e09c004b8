using System.Text;

namespace Chronicle.Articles;

/// <summary>A fetched response body with where it ended up (after redirects) and the charset it declared.</summary>
internal sealed record FetchedPage(Uri Url, byte[] Body, Encoding? Charset);
