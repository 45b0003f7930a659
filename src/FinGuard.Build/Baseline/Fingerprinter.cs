using System.IO;
using System.Security.Cryptography;
using System.Text;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Baseline;

/// <summary>
/// Computes each finding's baseline fingerprint: SHA-256 over rule ID, file (relative to the project, '/'),
/// enclosing symbol (the analyzer's <c>finguard.symbol</c>; empty when it has none) and the flagged source text with
/// whitespace normalised. Line numbers are not part of it, so moving code or editing elsewhere keeps the match;
/// changing the flagged code itself makes it new. Source files are read once per build.
/// </summary>
internal sealed class Fingerprinter
{
    private readonly string _projectDirectory;
    private readonly Dictionary<string, SourceText?> _sources = new Dictionary<string, SourceText?>(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _relativePaths = new Dictionary<string, string?>(StringComparer.Ordinal);
    private readonly SHA256 _sha = SHA256.Create();

    public Fingerprinter(string projectDirectory)
    {
        _projectDirectory = projectDirectory;
    }

    public void Apply(Finding finding)
    {
        if (finding.RelativePath == null && finding.FilePath != null)
        {
            if (!_relativePaths.TryGetValue(finding.FilePath, out string? relative))
            {
                relative = RelativePath(finding.FilePath, _projectDirectory);
                _relativePaths[finding.FilePath] = relative;
            }

            finding.RelativePath = relative;
        }

        string text = string.Empty;
        SourceText? source = finding.FilePath != null ? SourceOf(finding.FilePath) : null;
        if (source != null && finding.Line > 0)
        {
            text = source.NormalizedRegion(finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
        }

        if (text.Length == 0)
        {
            // No readable source (generated, deleted, or a NuGet finding): the message stands in for the text.
            text = finding.Message;
        }

        finding.Fingerprint = Compute(finding.RuleId, finding.RelativePath ?? string.Empty, finding.Symbol ?? string.Empty, text);
    }

    public string Compute(string ruleId, string relativePath, string symbol, string normalizedText)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(ruleId + "\n" + relativePath + "\n" + symbol + "\n" + normalizedText);
        byte[] hash = _sha.ComputeHash(bytes);
        var builder = new StringBuilder(32);
        for (int i = 0; i < 16; i++)
        {
            builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private SourceText? SourceOf(string path)
    {
        if (!_sources.TryGetValue(path, out SourceText? source))
        {
            try
            {
                source = File.Exists(path) ? new SourceText(File.ReadAllText(path)) : null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                source = null;
            }

            _sources[path] = source;
        }

        return source;
    }

    internal static string? RelativePath(string? path, string baseDirectory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string fullBase = Path.GetFullPath(baseDirectory).TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(path);
        StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (full.StartsWith(fullBase, comparison))
        {
            return full.Substring(fullBase.Length).Replace('\\', '/');
        }

        // Outside the folder: walk up with "../" so globs and baselines stay relative and portable.
        string[] baseParts = fullBase.TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        string[] parts = full.Split(Path.DirectorySeparatorChar);
        int common = 0;
        while (common < baseParts.Length && common < parts.Length && string.Equals(baseParts[common], parts[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return full.Replace('\\', '/');
        }

        var builder = new StringBuilder();
        for (int i = common; i < baseParts.Length; i++)
        {
            builder.Append("../");
        }

        builder.Append(string.Join("/", parts, common, parts.Length - common));
        return builder.ToString();
    }
}
