using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FinGuard.Build.Tests.EndToEnd
{
    /// <summary>
    /// Builds the sample payments API with the packed package and asserts its exact findings (listed in
    /// samples/expected-findings.txt) and a failing gate; the fixed sample must build green.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public class SampleTests
    {
        private static readonly Regex GateError = new Regex(@"^(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): error (?<id>FG\d{4}):", RegexOptions.Multiline);
        // Analyzer findings only: the gate's own FG9xxx warnings (a sample waiver for a rule still to come is stale) are not findings.
        private static readonly Regex CompilerFinding = new Regex(@"^(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): (warning|error|info) (?<id>FG[1-8]\d{3}):", RegexOptions.Multiline);

        private readonly PackageFeed _feed;

        public SampleTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Vulnerable_sample_reports_exactly_the_expected_findings_and_fails_the_gate()
        {
            string sample = CopySample("PaymentsApi");
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
            string sample = CopySample("PaymentsApi.Fixed");
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
            string[] actual = CompilerFinding.Matches(result.Output)
                .Select(m => $"{Relative(sample, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["id"].Value}")
                .Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
            Assert.True(expected.SequenceEqual(actual), "expected:\n" + string.Join("\n", expected) + "\nactual:\n" + string.Join("\n", actual) + "\n\n" + result.Output);
        }

        // Builds a copy, so the test never touches the developer's samples/ folder, with the sample's own build
        // settings and a feed that holds the package under test.
        private string CopySample(string name)
        {
            string root = Path.Combine(_feed.Directory, "samples-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            string source = Path.Combine(_feed.RepoRoot, "samples");
            foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "finguard.json" })
            {
                Directory.CreateDirectory(root);
                File.Copy(Path.Combine(source, file), Path.Combine(root, file));
            }

            File.WriteAllText(Path.Combine(root, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""finguard-test"" value=""{_feed.FeedPath}"" />
  </packageSources>
</configuration>");
            string target = Path.Combine(root, name);
            CopyDirectory(Path.Combine(source, name), target);
            return target;
        }

        private static void CopyDirectory(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string directory in Directory.GetDirectories(from))
            {
                string name = Path.GetFileName(directory);
                if (name != "bin" && name != "obj")
                {
                    CopyDirectory(directory, Path.Combine(to, name));
                }
            }
        }

        private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
    }
}
