using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FinGuard.Build.Policy;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting
{
    /// <summary>
    /// Writes <c>finguard-report.md</c> for people and auditors: the verdict, the findings grouped by PCI DSS v4.0
    /// requirement with their status and location, and the policy's waivers with owner, expiry and state.
    /// </summary>
    internal static class MarkdownReportWriter
    {
        public static string Render(string projectName, IReadOnlyList<(Finding Finding, FindingStatus Status)> findings, string projectDirectory)
            => Render(projectName, findings.Select(f => new DecidedFinding(f.Finding, f.Status, null)).ToList(), projectDirectory);

        public static string Render(string projectName, IReadOnlyList<DecidedFinding> findings, string projectDirectory, GatePolicy? policy = null, DateTime? today = null)
        {
            int blocking = Count(findings, FindingStatus.Blocking);
            var builder = new StringBuilder();
            builder.Append("# FinGuard report: ").Append(projectName).Append('\n').Append('\n');
            builder.Append(blocking > 0 ? "**Verdict: blocked**" : "**Verdict: passed**")
                .Append(" — ").Append(findings.Count).Append(" finding(s), ")
                .Append(blocking).Append(" blocking, ")
                .Append(Count(findings, FindingStatus.Waived)).Append(" waived, ")
                .Append(Count(findings, FindingStatus.Baselined)).Append(" baselined, ")
                .Append(Count(findings, FindingStatus.Reported)).Append(" reported, ")
                .Append(Count(findings, FindingStatus.Suppressed)).Append(" suppressed, ")
                .Append(Count(findings, FindingStatus.Excluded)).Append(" excluded.\n\n");
            builder.Append("Policy: ").Append(policy?.FilePath != null ? "`" + policy.FilePath.Replace('\\', '/') + "`" : "FinGuard defaults (card data and secrets block at warning, everything at error)").Append(".\n\n");
            if (findings.Count == 0)
            {
                builder.Append("No FinGuard findings.\n");
            }

            foreach (var group in findings
                .GroupBy(f => PciRequirements.Of(f.Finding.Family))
                .OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Title, StringComparer.Ordinal))
            {
                builder.Append("## PCI DSS v4.0 ").Append(group.Key.Title).Append("\n\n");
                builder.Append("| Status | Rule | Location | Message |\n|---|---|---|---|\n");
                foreach (DecidedFinding d in group
                    .OrderBy(f => f.Status)
                    .ThenBy(f => f.Finding.FilePath, StringComparer.Ordinal)
                    .ThenBy(f => f.Finding.Line))
                {
                    Finding finding = d.Finding;
                    string rule = finding.HelpUri != null ? $"[{finding.RuleId}]({finding.HelpUri})" : finding.RuleId;
                    string location = Escape(RelativePath(finding.FilePath, projectDirectory)) + (finding.Line > 0 ? "(" + finding.Line + "," + finding.Column + ")" : string.Empty);
                    string message = Escape(finding.Message);
                    if (d.Waiver != null)
                    {
                        message += d.Status == FindingStatus.Waived
                            ? " — waived until " + d.Waiver.ExpiresText + (d.Waiver.Owner != null ? " (" + Escape(d.Waiver.Owner) + ")" : string.Empty) + ": " + Escape(d.Waiver.Justification)
                            : " — waiver expired on " + d.Waiver.ExpiresText;
                    }

                    builder.Append("| ").Append(d.Status.ToString().ToLowerInvariant())
                        .Append(" | ").Append(rule)
                        .Append(" | ").Append(location)
                        .Append(" | ").Append(message).Append(" |\n");
                }

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
}
