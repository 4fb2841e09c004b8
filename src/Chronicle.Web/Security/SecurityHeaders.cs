using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Security;

/// <summary>
/// Headers on every response that keep a page from being turned against its reader: scripts, styles and
/// data only from this server (so text from a crawled page can never load or run anything), no framing,
/// no MIME sniffing, no referrer sent away.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy: no inline style, and no inline script but the one whose hash is given (the page's
    /// first-view script); the UI's other code is in its own files and sets styles through the DOM.
    /// </summary>
    public static string ContentSecurityPolicy(string scriptHash) =>
        $"default-src 'none'; script-src 'self' {scriptHash}; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Middleware that adds the headers, admitting the inline script with this hash.</summary>
    public static Func<HttpContext, Func<Task>, Task> For(string scriptHash)
    {
        var policy = ContentSecurityPolicy(scriptHash);
        return (context, next) => Add(context, next, policy);
    }

    private static Task Add(HttpContext context, Func<Task> next, string policy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next();
    }
}
