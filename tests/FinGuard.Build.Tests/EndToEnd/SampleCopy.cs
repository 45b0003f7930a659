using System.IO;
using System.Text.RegularExpressions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// A copy of one sample project with the sample's own build settings and a feed that holds the package under
/// test, so tests never touch the developer's samples/ folder.
/// </summary>
public static class SampleCopy
{
    // Analyzer findings only: the gate's own FG9xxx warnings (a stale sample waiver, say) are not findings.
    private static readonly Regex CompilerFinding = new Regex(@"^(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): (warning|error|info) (?<id>FG[1-8]\d{3}):", RegexOptions.Multiline);

    /// <summary>Copies samples/<paramref name="name"/> (without bin/obj) and returns the project's folder.</summary>
    public static string Create(PackageFeed feed, string name)
    {
        string root = Path.Combine(feed.Directory, "samples-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        string source = Path.Combine(feed.RepoRoot, "samples");
        Directory.CreateDirectory(root);
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "finguard.json" })
        {
            File.Copy(Path.Combine(source, file), Path.Combine(root, file));
        }

        File.WriteAllText(Path.Combine(root, "nuget.config"), feed.NuGetConfig);
        string target = Path.Combine(root, name);
        CopyDirectory(Path.Combine(source, name), target);
        return target;
    }

    /// <summary>
    /// The distinct FinGuard findings in the output of <c>dotnet build</c> or <c>dotnet format</c>, as sorted
    /// <c>file(line,col) FGnnnn</c> lines relative to <paramref name="sample"/> (a sample copy or any test project).
    /// </summary>
    public static string[] Findings(string sample, string buildOutput) =>
        CompilerFinding.Matches(buildOutput)
            .Select(m => $"{Relative(sample, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["id"].Value}")
            .Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();

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
