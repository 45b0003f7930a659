using System.IO;
using System.Text.RegularExpressions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// Builds the sample payments API with the packed package and asserts its exact findings (listed in
/// samples/expected-findings.txt) and a failing gate; the fixed sample must build green.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class SampleTests
{
    private static readonly Regex GateError = new Regex(@"^(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): error (?<id>FG\d{4}):", RegexOptions.Multiline);

    private readonly PackageFeed _feed;

    public SampleTests(PackageFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Vulnerable_sample_reports_exactly_the_expected_findings_and_fails_the_gate()
    {
        string sample = SampleCopy.Create(_feed, "PaymentsApi");
        DotNet.Result result = DotNet.Run(sample, DotNet.BuildArguments(Path.Combine(sample, "PaymentsApi.csproj"), "-p:FinGuardVersion=" + _feed.Version));

        Assert.NotEqual(0, result.ExitCode);
        AssertExactFindings(sample, "expected-findings.txt", result);
        Assert.Contains("gate FAILED", result.Output);
        Assert.NotEmpty(GateError.Matches(result.Output));
        Assert.True(File.Exists(Path.Combine(sample, "obj", "Debug", "net10.0", "finguard-report.md")));
    }

    [Fact]
    public void Fixed_sample_builds_green_with_its_one_justified_waiver()
    {
        string sample = SampleCopy.Create(_feed, "PaymentsApi.Fixed");
        DotNet.Result result = DotNet.Run(sample, DotNet.BuildArguments(Path.Combine(sample, "PaymentsApi.Fixed.csproj"), "-p:FinGuardVersion=" + _feed.Version));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("gate passed", result.Output);
        Assert.Contains("1 waived", result.Output);
        Assert.DoesNotContain("FG9", result.Output);
        AssertExactFindings(sample, "expected-findings.fixed.txt", result);
    }

    private void AssertExactFindings(string sample, string expectedFile, DotNet.Result result)
    {
        string[] expected = File.ReadAllLines(Path.Combine(_feed.RepoRoot, "samples", expectedFile))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        string[] actual = SampleCopy.Findings(sample, result.Output);
        Assert.True(expected.SequenceEqual(actual), "expected:\n" + string.Join("\n", expected) + "\nactual:\n" + string.Join("\n", actual) + "\n\n" + result.Output);
    }
}
