using System.Collections.Concurrent;
using System.Net;
using DraftLint.Diagnostics;
using Humanizer;

namespace DraftLint.Rules.References;

/// <summary>The outcome of probing one URL: where it is dead, DR4009's message that says why (its id) and the message's values after the URL.</summary>
internal sealed record LinkStatus(string? Problem, string[] Values)
{
    public static LinkStatus Alive { get; } = new(null, []);
}

/// <summary>
/// Probes URLs for DR4009: HEAD first, then GET where HEAD is refused; a timeout per request; at most
/// <see cref="MaxConcurrency"/> requests at once; each URL probed once per run however often it is cited.
/// 401, 403 and 429 mean the server is there but will not answer a robot: not dead.
/// </summary>
internal sealed class LinkChecker(TimeSpan timeout) : IDisposable
{
    public const int MaxConcurrency = 8;

    private static readonly HttpStatusCode[] Restricted = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests];

    private readonly ConcurrentDictionary<string, Lazy<Task<LinkStatus>>> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(MaxConcurrency);
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = timeout,
        DefaultRequestHeaders = { { "User-Agent", "DraftLint link checker" } },
    };

    /// <summary>How many URLs were actually requested (each at most once).</summary>
    public int Probed => _cache.Count;

    public LinkStatus Check(string url) =>
        _cache.GetOrAdd(url, u => new Lazy<Task<LinkStatus>>(() => ProbeAsync(u))).Value.GetAwaiter().GetResult();

    public void Dispose()
    {
        _client.Dispose();
        _gate.Dispose();
    }

    private async Task<LinkStatus> ProbeAsync(string url)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            using var head = await SendAsync(HttpMethod.Head, url).ConfigureAwait(false);
            if (head.IsSuccessStatusCode || Restricted.Contains(head.StatusCode))
            {
                return LinkStatus.Alive;
            }

            using var get = await SendAsync(HttpMethod.Get, url).ConfigureAwait(false);
            return get.IsSuccessStatusCode || Restricted.Contains(get.StatusCode)
                ? LinkStatus.Alive
                : new LinkStatus(DiagnosticDescriptor.DefaultMessageId, [$"{(int)get.StatusCode} {get.ReasonPhrase}"]);
        }
        catch (TaskCanceledException)
        {
            return new LinkStatus(DR4009DeadLink.NoAnswer, [Wording.Quantity((int)timeout.TotalSeconds, "second")]);
        }
        catch (HttpRequestException ex)
        {
            return new LinkStatus(DR4009DeadLink.Unreachable, [ex.HttpRequestError.Humanize(LetterCasing.LowerCase)]);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url) =>
        _client.SendAsync(new HttpRequestMessage(method, url), HttpCompletionOption.ResponseHeadersRead);
}
