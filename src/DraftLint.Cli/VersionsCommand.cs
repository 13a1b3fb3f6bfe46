using DraftLint.Configuration;

namespace DraftLint.Cli;

/// <summary>`draftlint versions PATHS`: which files are language versions of one text, and how their items were aligned.</summary>
internal static class VersionsCommand
{
    public static int Run(string[] paths, CommandLineSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var (inputs, problems) = InputFiles.Expand(paths);
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        using var session = LintSession.Create(settings);
        var view = new Rules.Versions.VersionAlignmentView();
        var result = new Analysis.AnalyzerDriver([view], session.Data).Run(inputs, session.Configuration.ForFile);
        foreach (var notification in result.Notifications.Where(n => n.Level == Diagnostics.DiagnosticSeverity.Error))
        {
            stderr.WriteLine(notification.ToString());
        }

        foreach (var line in view.Lines)
        {
            stdout.WriteLine(line);
        }

        if (view.Lines.Count == 0)
        {
            stdout.WriteLine($"No language versions among {Rules.Wording.Quantity(result.FilesAnalyzed, "file")}: versions have names that differ only by the language (x.en.txt, x.nl.txt) or the same own reference.");
        }

        return problems.Concat(result.Notifications).Any(n => n.Level == Diagnostics.DiagnosticSeverity.Error) ? 2 : 0;
    }
}
