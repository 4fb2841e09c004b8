using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Chronicle.Web.Hosting;

/// <summary>
/// The desk's page (wwwroot/index.html) with its one inline script written in at start-up: first-view.js,
/// which asks the API for the view in the address while the stylesheet and the modules still load (a
/// script file of its own would wait for its own round trip first). The Content-Security-Policy admits that
/// script by its hash and no other inline script.
/// </summary>
public sealed class DeskPage
{
    private const string Placeholder = "<script src=\"first-view.js\"></script>";

    private readonly byte[] _html;

    private DeskPage(byte[] html, string scriptHash)
    {
        _html = html;
        ScriptHash = scriptHash;
    }

    /// <summary>The CSP source for the inline script: <c>'sha256-…'</c>.</summary>
    public string ScriptHash { get; }

    /// <summary>Reads the page and its first-view script from the UI's files.</summary>
    public static DeskPage From(IFileProvider ui)
    {
        var page = Read(ui, "index.html");
        var script = Read(ui, "first-view.js");
        if (!page.Contains(Placeholder, StringComparison.Ordinal))
            throw new InvalidOperationException($"index.html has no {Placeholder} to write the script into.");
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";
        return new DeskPage(Encoding.UTF8.GetBytes(page.Replace(Placeholder, "<script>" + script + "</script>", StringComparison.Ordinal)), hash);
    }

    /// <summary>Answers GET and HEAD for / and /index.html with the page; everything else goes on.</summary>
    public Task Serve(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path.Value;
        if (path is not ("/" or "/index.html") || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            return next();
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = _html.Length;
        context.Response.Headers.CacheControl = "no-cache";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(_html).AsTask();
    }

    private static string Read(IFileProvider ui, string name)
    {
        var file = ui.GetFileInfo(name);
        if (!file.Exists)
            throw new InvalidOperationException($"The UI's {name} is missing from the build.");
        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
