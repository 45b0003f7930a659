using System.IO;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Integrity;

/// <summary>Where a suppression that the compiler log reports (without a location of its own) was written.</summary>
/// <param name="What">"#pragma warning disable FG1001", "[SuppressMessage]", "a DiagnosticSuppressor".</param>
internal sealed record SuppressionSite(string? File, int Line, int Column, string What);

/// <summary>
/// The compiler log says a finding was suppressed and how ("Pragma Directive", "SuppressMessageAttribute", or
/// "external" for a suppressor), but not where the suppression is. To name the line (FG9018), this looks for the
/// nearest <c>#pragma warning disable</c> above the finding, then for a <c>SuppressMessage</c> naming the rule in
/// the project's sources (GlobalSuppressions.cs, the type, the namespace). Only searched for locked findings.
/// </summary>
internal static class SuppressionLocator
{
    public static SuppressionSite Find(Finding finding, IReadOnlyList<string> sources)
    {
        if (string.Equals(finding.SuppressionKind, "external", StringComparison.OrdinalIgnoreCase))
        {
            return new SuppressionSite(null, 0, 0, "a DiagnosticSuppressor");
        }

        if (finding.FilePath != null && ReadLines(finding.FilePath) is string[] lines)
        {
            for (int i = Math.Min(finding.Line, lines.Length) - 1; i >= 0; i--)
            {
                string t = lines[i].Trim();
                if (t.StartsWith("#pragma", StringComparison.Ordinal) && t.IndexOf("disable", StringComparison.Ordinal) > 0)
                {
                    string ids = t.Substring(t.IndexOf("disable", StringComparison.Ordinal) + 7);
                    int comment = ids.IndexOf("//", StringComparison.Ordinal);
                    ids = comment >= 0 ? ids.Substring(0, comment) : ids;
                    if (ids.Trim().Length == 0 || ids.IndexOf(finding.RuleId, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return new SuppressionSite(finding.FilePath, i + 1, lines[i].IndexOf('#') + 1, t);
                    }
                }
            }
        }

        // [SuppressMessage("FinGuard.CardData", "FG1001:...")]: the finding's own file first, then every other source.
        var ordered = new List<string>(sources.Count + 1);
        if (finding.FilePath != null)
        {
            ordered.Add(finding.FilePath);
        }

        ordered.AddRange(sources);
        foreach (string source in ordered)
        {
            if (ReadLines(source) is not string[] text)
            {
                continue;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int at = text[i].IndexOf("SuppressMessage", StringComparison.Ordinal);
                if (at >= 0 && text[i].IndexOf("\"" + finding.RuleId, StringComparison.OrdinalIgnoreCase) > at)
                {
                    int open = text[i].LastIndexOf('[', at);
                    return new SuppressionSite(source, i + 1, (open >= 0 ? open : at) + 1, "[SuppressMessage]");
                }
            }
        }

        return new SuppressionSite(null, 0, 0, string.Equals(finding.SuppressionKind, "SuppressMessageAttribute", StringComparison.Ordinal) ? "[SuppressMessage]" : "an in-source suppression");
    }

    public static string Describe(Finding finding, SuppressionSite site, string projectDirectory)
    {
        string where = MarkdownReportWriter.RelativePath(finding.FilePath, projectDirectory) + (finding.Line > 0 ? "(" + finding.Line + "," + finding.Column + ")" : string.Empty);
        string justification = string.IsNullOrWhiteSpace(finding.SuppressionJustification) ? string.Empty : " (justification: \"" + finding.SuppressionJustification!.Trim() + "\")";
        return $"{site.What}{justification} suppresses {finding.RuleId} at {where}, which the FinGuard policy locks, so the finding still counts: {finding.Message}; fix the code, or replace the suppression with a justified waiver in finguard.json";
    }

    private static string[]? ReadLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }
}
