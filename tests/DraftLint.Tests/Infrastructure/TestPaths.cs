using System.Reflection;

namespace DraftLint.Tests.Infrastructure;

/// <summary>Where the repository and its tools are, as the build recorded them.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string SarifMultitool { get; } = Metadata("SarifMultitool");

    public static string Seed(string name) => Path.Combine(Seeds, name);

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>The five seed texts, by what they are.</summary>
internal static class SeedFiles
{
    public const string Draft2012 = "kazakhstan-2012-motion-draft.en.txt";
    public const string Summary2012 = "kazakhstan-2012-oeil-summary.en.txt";
    public const string Motion2019 = "kazakhstan-2019-motion-B8-0205.en.txt";
    public const string Adopted2012Dutch = "kazakhstan-2012-text-adopted.nl.txt";
    public const string HelsinkiAppeal = "kazakhstan-2012-helsinki-appeal.en.txt";

    public static readonly string[] All = [Draft2012, Summary2012, Motion2019, Adopted2012Dutch, HelsinkiAppeal];
}
