using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting
{
    /// <summary>Writes <c>finguard-report.md</c>: the verdict, then every finding with its status and location.</summary>
    internal static class MarkdownReportWriter
    {
        public static string Render(string projectName, IReadOnlyList<(Finding Finding, FindingStatus Status)> findings, string projectDirectory)
        {
            int blocking = findings.Count(f => f.Status == FindingStatus.Blocking);
            var builder = new StringBuilder();
            builder.Append("# FinGuard report: ").Append(projectName).Append('\n').Append('\n');
            builder.Append(blocking > 0 ? "**Verdict: blocked**" : "**Verdict: passed**")
                .Append(" — ").Append(findings.Count).Append(" finding(s), ")
                .Append(blocking).Append(" blocking, ")
                .Append(findings.Count(f => f.Status == FindingStatus.Reported)).Append(" reported, ")
                .Append(findings.Count(f => f.Status == FindingStatus.Suppressed)).Append(" suppressed.\n\n");
            if (findings.Count == 0)
            {
                builder.Append("No FinGuard findings.\n");
                return builder.ToString();
            }

            builder.Append("| Status | Rule | Location | Message |\n|---|---|---|---|\n");
            foreach ((Finding finding, FindingStatus status) in findings
                .OrderBy(f => f.Status)
                .ThenBy(f => f.Finding.FilePath, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.Line))
            {
                string rule = finding.HelpUri != null ? $"[{finding.RuleId}]({finding.HelpUri})" : finding.RuleId;
                builder.Append("| ").Append(status.ToString().ToLowerInvariant())
                    .Append(" | ").Append(rule)
                    .Append(" | ").Append(Escape(RelativePath(finding.FilePath, projectDirectory))).Append('(').Append(finding.Line).Append(',').Append(finding.Column).Append(')')
                    .Append(" | ").Append(Escape(finding.Message)).Append(" |\n");
            }

            return builder.ToString();
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
