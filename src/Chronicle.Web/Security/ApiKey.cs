using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Security;

/// <summary>
/// The key that guards writes. A request presents it as <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c>.
/// Keys are compared as SHA-256 digests in constant time, so neither the time taken nor the lengths say how much of a guess was right.
/// </summary>
public sealed class ApiKey
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _digest;

    /// <param name="key">The configured key; null or blank turns writes off.</param>
    public ApiKey(string? key) => _digest = string.IsNullOrWhiteSpace(key) ? null : Digest(key);

    /// <summary>Whether any key is configured: without one, no request may write.</summary>
    public bool Configured => _digest is not null;

    /// <summary>Whether the request presents the configured key.</summary>
    public bool Admits(HttpRequest request)
    {
        if (_digest is null)
            return false;
        var presented = request.Headers[Header].ToString();
        if (presented.Length == 0)
        {
            var authorization = request.Headers.Authorization.ToString();
            if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                presented = authorization["Bearer ".Length..].Trim();
        }

        return presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Digest(presented), _digest);
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
