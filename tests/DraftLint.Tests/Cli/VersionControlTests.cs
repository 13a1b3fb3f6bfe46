using System.Text.Json;
using DraftLint.Cli.Output;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>SARIF's versionControlProvenance, read from a repository's files as git writes them (no git is run).</summary>
public sealed class VersionControlTests : IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Other = "89abcdef0123456789abcdef0123456789abcdef";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void Repository(string git = ".git", string remotes = "[remote \"upstream\"]\n\turl = https://example.org/up.git\n[remote \"origin\"]\n\turl = https://user:secret-token@github.com/draftlint/drafts.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
    {
        _folder.Write($"{git}/config", "[core]\n\tbare = false\n" + remotes);
        _folder.Write($"{git}/HEAD", "ref: refs/heads/main\n");
    }

    [Fact]
    public void A_branch_with_a_loose_ref_gives_origin_without_its_credentials_the_commit_and_the_branch()
    {
        Repository();
        _folder.Write(".git/refs/heads/main", Commit + "\n");

        GitRepository.Read(Path.Combine(_folder.Path, "drafts")).ShouldBe(new GitProvenance(_folder.Path, new Uri("https://github.com/draftlint/drafts.git"), Commit, "main"));
    }

    [Fact]
    public void A_packed_ref_is_read_and_a_detached_head_has_no_branch()
    {
        Repository(remotes: "[remote \"origin\"]\n\turl = git@github.com:draftlint/drafts.git\n");
        _folder.Write(".git/packed-refs", $"# pack-refs with: peeled fully-peeled sorted\n{Other} refs/heads/mainline\n{Commit} refs/heads/main\n^{Other}\n");

        GitRepository.Read(_folder.Path)!.ShouldSatisfyAllConditions(
            g => g.RevisionId.ShouldBe(Commit),
            g => g.RepositoryUri.ShouldBe(new Uri("ssh://github.com/draftlint/drafts.git")));

        _folder.Write(".git/HEAD", Other.ToUpperInvariant() + "\n");
        GitRepository.Read(_folder.Path).ShouldBe(new GitProvenance(_folder.Path, new Uri("ssh://github.com/draftlint/drafts.git"), Other, null));
    }

    [Fact]
    public void A_worktree_reads_its_own_head_and_the_shared_refs_and_remotes()
    {
        Repository(git: "main/.git");
        _folder.Write("main/.git/refs/heads/feature", Other + "\n");
        _folder.Write("main/.git/worktrees/feature/HEAD", "ref: refs/heads/feature\n");
        _folder.Write("main/.git/worktrees/feature/commondir", "../..\n");
        _folder.Write("feature/.git", $"gitdir: {Path.Combine(_folder.Path, "main/.git/worktrees/feature")}\n");

        GitRepository.Read(Path.Combine(_folder.Path, "feature")).ShouldBe(
            new GitProvenance(Path.Combine(_folder.Path, "feature"), new Uri("https://github.com/draftlint/drafts.git"), Other, "feature"));
    }

    [Fact]
    public void A_repository_without_a_remote_is_the_one_on_this_machine_and_an_unborn_branch_has_no_commit()
    {
        Repository(remotes: "");

        GitRepository.Read(_folder.Path).ShouldBe(new GitProvenance(_folder.Path, new Uri(SarifReportWriter.FileUri(_folder.Path)), null, "main"));
    }

    [Theory]
    [InlineData(".git", "gitdir: nowhere\n")]
    [InlineData(".git", "")]
    [InlineData(".git/HEAD", "ref: refs/heads/../../../etc/passwd\n")]
    [InlineData(".git/config", "[remote \"origin\n\turl = ::::\n")]
    public void A_repository_that_cannot_be_read_gives_no_provenance_or_less_of_it_and_never_fails(string file, string content)
    {
        if (file != ".git")
        {
            Repository();
        }

        _folder.Write(file, content);

        Should.NotThrow(() => GitRepository.Read(_folder.Path)).ShouldSatisfyAllConditions(g => g?.RevisionId.ShouldBeNull());
    }

    [Fact]
    public void The_log_of_a_run_in_a_repository_states_it_mapped_to_the_source_root()
    {
        Repository();
        _folder.Write(".git/refs/heads/main", Commit + "\n");
        _folder.Write("drafts/a.txt", "The European Parliament,\n\nA. whereas one;\n\nC. whereas three;\n");

        var (_, stdout, _) = CliRunner.Run(Path.Combine(_folder.Path, "drafts"), "a.txt", "--format", "sarif");
        var provenance = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("versionControlProvenance")[0];

        provenance.GetProperty("repositoryUri").GetString().ShouldBe("https://github.com/draftlint/drafts.git");
        provenance.GetProperty("revisionId").GetString().ShouldBe(Commit);
        provenance.GetProperty("branch").GetString().ShouldBe("main");
        provenance.GetProperty("mappedTo").GetProperty("uri").GetString().ShouldBe("../");
        provenance.GetProperty("mappedTo").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        stdout.ShouldNotContain("secret-token");
    }

    [Fact]
    public void The_log_of_a_run_outside_a_repository_has_none()
    {
        _folder.Write("a.txt", "The European Parliament,\n\nA. whereas one;\n");

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--format", "sarif");

        JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].TryGetProperty("versionControlProvenance", out _).ShouldBeFalse();
    }
}
