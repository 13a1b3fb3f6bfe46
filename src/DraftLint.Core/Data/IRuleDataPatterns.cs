namespace DraftLint.Data;

/// <summary>
/// A <c>rules/*.json</c> shape that holds regular expressions. <see cref="RuleDataSet"/> checks each one when it
/// reads the file, so a broken pattern is reported with its file and place, not as a failure in mid-run.
/// </summary>
public interface IRuleDataPatterns
{
    /// <summary>Each pattern, with where the file holds it ("debrisPatterns[3]").</summary>
    IEnumerable<(string Where, string Pattern)> RegularExpressions();
}
