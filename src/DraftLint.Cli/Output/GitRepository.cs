namespace DraftLint.Cli.Output;

/// <summary>Where a run's files are under version control, as SARIF's <c>versionControlProvenance</c> states it.</summary>
/// <param name="Root">The repository's working folder (the one with the <c>.git</c>).</param>
/// <param name="RepositoryUri">The <c>origin</c> remote (else the first remote, else the repository on this machine), without credentials.</param>
/// <param name="RevisionId">The commit checked out; null where it cannot be read (an unborn branch, a reftable store).</param>
/// <param name="Branch">The branch checked out; null for a detached HEAD.</param>
internal sealed record GitProvenance(string Root, Uri RepositoryUri, string? RevisionId, string? Branch);

/// <summary>
/// Reads a git repository's remote, HEAD and branch from its files, without running git: a <c>.git</c> folder or, in
/// a worktree or submodule, a <c>.git</c> file naming the git folder (with <c>commondir</c> for the shared refs and
/// configuration); refs loose or packed; HEAD on a branch or detached. Whatever cannot be read is left out, and a
/// repository that cannot be read at all is none: the log is never lost over its provenance.
/// </summary>
internal static class GitRepository
{
    /// <summary>The nearest folder at or above <paramref name="start"/> with a <c>.git</c> folder or file; null outside a repository.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            // A worktree or a submodule has a .git file rather than a folder.
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The provenance of the repository at or above <paramref name="start"/>; null outside one or where it cannot be read.</summary>
    public static GitProvenance? Read(string start)
    {
        try
        {
            return FindRoot(start) is { } root && GitFolder(root) is { } gitDir ? Read(root, gitDir) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UriFormatException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static GitProvenance? Read(string root, string gitDir)
    {
        var commonDir = File.Exists(Path.Combine(gitDir, "commondir"))
            ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
            : gitDir;
        var headPath = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headPath))
        {
            return null;
        }

        var head = File.ReadAllText(headPath).Trim();
        string? branch = null;
        string? revision;
        if (head.StartsWith("ref:", StringComparison.Ordinal))
        {
            var reference = head["ref:".Length..].Trim();
            branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : null;
            revision = ResolveRef(reference, gitDir, commonDir);
        }
        else
        {
            revision = IsObjectId(head) ? head : null;
        }

        var repository = RemoteUri(Path.Combine(commonDir, "config")) ?? LocalUri(commonDir);
        return new GitProvenance(root, repository, revision?.ToLowerInvariant(), branch);
    }

    /// <summary>The git folder of a working folder: its <c>.git</c> folder, or the one its <c>.git</c> file names ("gitdir: …").</summary>
    private static string? GitFolder(string root)
    {
        var git = Path.Combine(root, ".git");
        if (Directory.Exists(git))
        {
            return git;
        }

        var line = File.ReadLines(git).FirstOrDefault()?.Trim();
        if (line is null || !line.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(root, line["gitdir:".Length..].Trim()));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>A ref's commit: its loose file (the worktree's own, then the shared one), else its line in packed-refs.</summary>
    private static string? ResolveRef(string reference, string gitDir, string commonDir)
    {
        if (reference.Split('/').Any(s => s is "" or "." or ".."))
        {
            return null;
        }

        foreach (var folder in new[] { gitDir, commonDir })
        {
            var loose = Path.Combine(folder, reference);
            if (File.Exists(loose))
            {
                var value = File.ReadAllText(loose).Trim();
                return IsObjectId(value) ? value : null;
            }
        }

        var packed = Path.Combine(commonDir, "packed-refs");
        if (!File.Exists(packed))
        {
            return null;
        }

        foreach (var line in File.ReadLines(packed))
        {
            // "# pack-refs with: …" is the header and "^…" the peeled commit of the tag above.
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && line[0] is not ('#' or '^') && line.AsSpan(space + 1).Trim().SequenceEqual(reference) && IsObjectId(line[..space]))
            {
                return line[..space];
            }
        }

        return null;
    }

    /// <summary>
    /// The URL of remote <c>origin</c> in a git configuration, else of its first remote, as a URI without user name or
    /// password (a token in a remote's URL must not end up in a log that is uploaded); scp-like
    /// <c>git@host:owner/repo.git</c> is <c>ssh://host/owner/repo.git</c>.
    /// </summary>
    private static Uri? RemoteUri(string configPath)
    {
        if (!File.Exists(configPath))
        {
            return null;
        }

        var urls = new List<(string Remote, string Url)>();
        string? remote = null;
        foreach (var raw in File.ReadLines(configPath))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                // [remote "origin"]
                var quoted = line.Split('"');
                remote = line.StartsWith("[remote", StringComparison.OrdinalIgnoreCase) && quoted.Length >= 3 ? quoted[1] : null;
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (remote is not null && equals > 0 && line[..equals].Trim().Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                urls.Add((remote, line[(equals + 1)..].Trim().Trim('"')));
            }
        }

        var url = urls.FirstOrDefault(u => u.Remote == "origin").Url ?? urls.FirstOrDefault().Url;
        return url is null ? null : ToUri(url);
    }

    private static Uri? ToUri(string url)
    {
        // A URL, or an absolute path (a remote on this machine), which .NET reads as a file URI.
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsFile || url.Contains("://", StringComparison.Ordinal)))
        {
            return uri.UserInfo.Length == 0 ? uri : new Uri(uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped));
        }

        // scp-like syntax: [user@]host:path, where the host has no slash before the colon.
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        if (colon > 1 && (slash < 0 || slash > colon))
        {
            var host = url[..colon];
            host = host[(host.LastIndexOf('@') + 1)..];
            return Uri.TryCreate($"ssh://{host}/{url[(colon + 1)..].TrimStart('/')}", UriKind.Absolute, out var ssh) ? ssh : null;
        }

        return null;
    }

    /// <summary>A repository without remotes is the one on this machine: its working folder, or its git folder where it is bare.</summary>
    private static Uri LocalUri(string commonDir)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(commonDir)) == ".git" ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(commonDir))! : commonDir;
        return new Uri(SarifReportWriter.FileUri(folder), UriKind.Absolute);
    }

    private static bool IsObjectId(string value) => value.Length is 40 or 64 && value.All(char.IsAsciiHexDigit);
}
