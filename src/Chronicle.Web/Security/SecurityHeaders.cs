using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Security;

/// <summary>
/// Headers on every response that keep a page from being turned against its reader: scripts, styles and
/// data only from this server (so text from a crawled page can never load or run anything), no framing,
/// no MIME sniffing, no referrer sent away.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style at all: the UI's code is in its own files and sets styles through the DOM.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next();
    }
}
