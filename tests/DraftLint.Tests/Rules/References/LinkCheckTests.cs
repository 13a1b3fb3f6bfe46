using System.Net;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules.References;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.References;

/// <summary>DR4009 against a server the test starts on 127.0.0.1: live, dead, HEAD refused, slow, and one probe per URL.</summary>
/// <remarks>
/// Run alone: with the other classes on both cores, the thread pool could take seconds to answer the server's requests,
/// and the live links timed out (a flaky failure).
/// </remarks>
[Collection(TimedRequests.Name)]
public sealed class LinkCheckTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, int> _requests = [];
    private readonly Lock _lock = new();
    private readonly string _base;

    public LinkCheckTests()
    {
        var port = FreePort();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose() => _listener.Close();

    [Fact]
    public void Dead_links_are_reported_live_ones_not_and_each_url_is_probed_once()
    {
        var text = $"The European Parliament,\n\n– having regard to {_base}ok and {_base}gone,\n\n– having regard to {_base}no-head and {_base}ok again and {_base}forbidden,\n\nA. whereas {_base}slow is slow;\n";
        var driver = new AnalyzerDriver([new DR4009DeadLink()], RuleVerifier.Data);
        var on = new FileConfiguration(
            null,
            null,
            new Dictionary<string, DiagnosticSeverity> { ["DR4009"] = DiagnosticSeverity.Warning },
            ruleOptions: new Dictionary<(string, string), int> { [("DR4009", DR4009DeadLink.TimeoutSeconds.Name)] = 3 });

        var result = driver.Run([LintInput.FromText("a.txt", text), LintInput.FromText("b.txt", text)], _ => on);

        result.Diagnostics.Select(d => $"{d.Location.FilePath} {d.Message}").ShouldBe([
            $"a.txt '{_base}gone' answered '404 Not Found'.",
            $"a.txt '{_base}slow' did not answer within '3 seconds'.",
            $"b.txt '{_base}gone' answered '404 Not Found'.",
            $"b.txt '{_base}slow' did not answer within '3 seconds'.",
        ]);
        lock (_lock)
        {
            _requests["HEAD /ok"].ShouldBe(1, "the run caches each URL's outcome");
            _requests["GET /no-head"].ShouldBe(1, "HEAD refused: GET instead");
        }
    }

    [Fact]
    public void The_rule_is_off_unless_asked_for()
    {
        var driver = new AnalyzerDriver([new DR4009DeadLink()], RuleVerifier.Data);
        var defaults = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());

        driver.Run([LintInput.FromText("a.txt", $"The European Parliament,\n\n– having regard to {_base}gone,\n")], _ => defaults).Diagnostics.ShouldBeEmpty();
        lock (_lock)
        {
            _requests.ShouldBeEmpty();
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        lock (_lock)
        {
            var key = $"{context.Request.HttpMethod} {path}";
            _requests[key] = _requests.GetValueOrDefault(key) + 1;
        }

        context.Response.StatusCode = path switch
        {
            "/ok" => 200,
            "/gone" => 404,
            "/forbidden" => 403,
            "/no-head" => context.Request.HttpMethod == "HEAD" ? 405 : 200,
            _ => 200,
        };
        if (path == "/slow")
        {
            await Task.Delay(TimeSpan.FromSeconds(8));
        }

        try
        {
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

/// <summary>The tests that time requests, run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedRequests
{
    public const string Name = "Link checks";
}
