using System.IO;
using System.Text;
using FinGuard.Build.Integrity;
using FinGuard.Build.Policy;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting;

/// <summary>
/// Writes <c>finguard-report.md</c> for people and auditors: the verdict, the findings grouped by PCI DSS v4.0
/// requirement with their status and location, and the policy's waivers with owner, expiry and state.
/// </summary>
internal static class MarkdownReportWriter
{
    public static string Render(string projectName, IReadOnlyList<(Finding Finding, FindingStatus Status)> findings, string projectDirectory)
    {
        var decided = new List<DecidedFinding>(findings.Count);
        foreach ((Finding finding, FindingStatus status) in findings)
        {
            decided.Add(new DecidedFinding(finding, status, null));
        }

        return Render(projectName, decided, projectDirectory);
    }

    public static string Render(string projectName, IReadOnlyList<DecidedFinding> findings, string projectDirectory, GatePolicy? policy = null, DateTime? today = null, GateIntegrity? integrity = null)
    {
        int blocking = Count(findings, FindingStatus.Blocking);
        int blockingDeviations = 0;
        foreach (Deviation deviation in integrity?.Deviations ?? new List<Deviation>())
        {
            blockingDeviations += deviation.Status == FindingStatus.Blocking ? 1 : 0;
        }

        var builder = new StringBuilder();
        builder.Append("# FinGuard report: ").Append(projectName).Append('\n').Append('\n');
        builder.Append(blocking > 0 || blockingDeviations > 0 ? "**Verdict: blocked**" : "**Verdict: passed**")
            .Append(" — ").Append(findings.Count).Append(" finding(s), ")
            .Append(blocking).Append(" blocking, ")
            .Append(Count(findings, FindingStatus.Waived)).Append(" waived, ")
            .Append(Count(findings, FindingStatus.Baselined)).Append(" baselined, ")
            .Append(Count(findings, FindingStatus.Reported)).Append(" reported, ")
            .Append(Count(findings, FindingStatus.Suppressed)).Append(" suppressed, ")
            .Append(Count(findings, FindingStatus.Excluded)).Append(" excluded")
            .Append(integrity != null ? "; " + integrity.Deviations.Count + " deviation(s), " + blockingDeviations + " blocking" : string.Empty).Append(".\n\n");
        builder.Append("Policy: ").Append(policy?.FilePath != null ? "`" + policy.FilePath.Replace('\\', '/') + "`" : "FinGuard defaults (card data and secrets block at warning, everything at error)").Append(".\n\n");
        if (integrity != null)
        {
            RenderIntegrity(builder, integrity, projectDirectory);
        }
        if (findings.Count == 0)
        {
            builder.Append("No FinGuard findings.\n");
        }

        // Sorted by requirement, status, file and line; no LINQ (the task runs cold in every CI build).
        var ordered = new List<(DecidedFinding Finding, int Order, string Title, int Index)>(findings.Count);
        for (int i = 0; i < findings.Count; i++)
        {
            (int order, string title) = PciRequirements.Of(findings[i].Finding.Family, findings[i].Finding.RuleId);
            ordered.Add((findings[i], order, title, i));
        }

        ordered.Sort((a, b) =>
        {
            int c = a.Order.CompareTo(b.Order);
            c = c != 0 ? c : string.CompareOrdinal(a.Title, b.Title);
            c = c != 0 ? c : ((int)a.Finding.Status).CompareTo((int)b.Finding.Status);
            c = c != 0 ? c : string.CompareOrdinal(a.Finding.Finding.FilePath, b.Finding.Finding.FilePath);
            c = c != 0 ? c : a.Finding.Finding.Line.CompareTo(b.Finding.Finding.Line);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        string? currentTitle = null;
        foreach (var entry in ordered)
        {
            if (!string.Equals(entry.Title, currentTitle, StringComparison.Ordinal))
            {
                if (currentTitle != null)
                {
                    builder.Append('\n');
                }

                currentTitle = entry.Title;
                builder.Append("## PCI DSS v4.0 ").Append(entry.Title).Append("\n\n");
                builder.Append("| Status | Rule | Location | Message |\n|---|---|---|---|\n");
            }

            DecidedFinding d = entry.Finding;
            Finding finding = d.Finding;
            string rule = finding.HelpUri != null ? "[" + finding.RuleId + "](" + finding.HelpUri + ")" : finding.RuleId;
            builder.Append("| ").Append(StatusName(d.Status))
                .Append(" | ").Append(rule)
                .Append(" | ").Append(Escape(RelativePath(finding.FilePath, projectDirectory)));
            if (finding.Line > 0)
            {
                builder.Append('(').Append(finding.Line).Append(',').Append(finding.Column).Append(')');
            }

            builder.Append(" | ").Append(Escape(finding.Message));
            if (finding.SuppressionKind != null)
            {
                builder.Append(" — suppressed by ").Append(Escape(SuppressionName(finding.SuppressionKind)));
                builder.Append(finding.SuppressionJustification != null ? ": " + Escape(finding.SuppressionJustification) : " (no justification)");
                if (d.SuppressionIgnored)
                {
                    builder.Append(" — **ignored: the policy locks ").Append(finding.RuleId).Append("**");
                }
            }

            if (d.Waiver != null)
            {
                if (d.Status == FindingStatus.Waived)
                {
                    builder.Append(" — waived until ").Append(d.Waiver.ExpiresText);
                    if (d.Waiver.Owner != null)
                    {
                        builder.Append(" (").Append(Escape(d.Waiver.Owner)).Append(')');
                    }

                    builder.Append(": ").Append(Escape(d.Waiver.Justification));
                }
                else
                {
                    builder.Append(" — waiver expired on ").Append(d.Waiver.ExpiresText);
                }
            }

            builder.Append(" |\n");
        }

        if (currentTitle != null)
        {
            builder.Append('\n');
        }

        if (policy != null && policy.Waivers.Count > 0)
        {
            DateTime day = (today ?? DateTime.UtcNow).Date;
            builder.Append("## Waivers\n\n| Rule | Path | Symbol | Owner | Expires | State | Findings | Justification |\n|---|---|---|---|---|---|---|---|\n");
            foreach (Waiver waiver in policy.Waivers)
            {
                string state = waiver.IsExpired(day) ? "**expired**" : waiver.Matched == 0 ? "stale (matches nothing)" : "active";
                builder.Append("| ").Append(waiver.Rule.Text)
                    .Append(" | ").Append(Escape(waiver.Path?.Pattern ?? "any"))
                    .Append(" | ").Append(Escape(waiver.Symbol ?? "any"))
                    .Append(" | ").Append(Escape(waiver.Owner ?? "—"))
                    .Append(" | ").Append(waiver.ExpiresText)
                    .Append(" | ").Append(state)
                    .Append(" | ").Append(waiver.Matched)
                    .Append(" | ").Append(Escape(waiver.Justification)).Append(" |\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The "whole truth" section: whether every FinGuard analyzer ran, what is locked, and every rule turned down,
    /// property, or file the analyzers skip as generated, with what did it and what the gate decided.
    /// </summary>
    private static void RenderIntegrity(StringBuilder builder, GateIntegrity integrity, string projectDirectory)
    {
        builder.Append("## Gate integrity\n\n");
        builder.Append("- Analyzers: ").Append(integrity.AnalyzersSentence()).Append(".\n");
        builder.Append("- Locked rules (only finguard.json may weaken them): ").Append(integrity.Locked.Count > 0 ? string.Join(", ", integrity.Locked.ToArray()) : "none").Append(".\n");
        builder.Append("- TreatWarningsAsErrors: ").Append(integrity.TreatWarningsAsErrors ? "true" : "false").Append(".\n\n");
        if (integrity.Deviations.Count == 0)
        {
            builder.Append("No FinGuard rule was turned off or lowered, and no source file is skipped as generated.\n\n");
            return;
        }

        builder.Append("| Status | Code | Location | What | By |\n|---|---|---|---|---|\n");
        foreach (Deviation d in integrity.Deviations)
        {
            string what = d.Kind == DeviationKind.GeneratedCode
                ? (d.Change.StartsWith("marks", StringComparison.Ordinal) ? d.Change + ": not analysed" : "not analysed (card-data and secret rules skip generated code)")
                : d.RuleId + " " + d.Change;
            if (d.Locked)
            {
                what += " (locked)";
            }

            if (d.Waiver != null && d.Status == FindingStatus.Waived)
            {
                what += " — waived until " + d.Waiver.ExpiresText + ": " + d.Waiver.Justification;
            }

            string location = RelativePath(d.File, projectDirectory) + (d.Line > 0 ? "(" + d.Line + ")" : string.Empty);
            builder.Append("| ").Append(StatusName(d.Status)).Append(" | ").Append(d.Code).Append(" | ").Append(Escape(location))
                .Append(" | ").Append(Escape(what)).Append(" | `").Append(Escape(d.By).Replace("`", "'")).Append("` |\n");
        }

        builder.Append('\n');
    }

    internal static string SuppressionName(string kind) => kind switch
    {
        "Pragma Directive" => "#pragma or a global [SuppressMessage]",
        "SuppressMessageAttribute" => "[SuppressMessage]",
        "external" => "a DiagnosticSuppressor",
        _ => kind,
    };

    private static string StatusName(FindingStatus status) => status switch
    {
        FindingStatus.Blocking => "blocking",
        FindingStatus.Reported => "reported",
        FindingStatus.Waived => "waived",
        FindingStatus.Baselined => "baselined",
        FindingStatus.Suppressed => "suppressed",
        _ => "excluded",
    };

    private static int Count(IReadOnlyList<DecidedFinding> findings, FindingStatus status)
    {
        int count = 0;
        foreach (DecidedFinding d in findings)
        {
            if (d.Status == status)
            {
                count++;
            }
        }

        return count;
    }

    internal static string RelativePath(string? path, string baseDirectory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "(no location)";
        }

        string fullBase = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path!.StartsWith(fullBase, StringComparison.Ordinal) ? path.Substring(fullBase.Length).Replace('\\', '/') : path.Replace('\\', '/');
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
