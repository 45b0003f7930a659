using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FinGuard.Build
{
    /// <summary>
    /// The build gate: reads the compiler's SARIF log after compilation, fails the build with one MSBuild error
    /// per blocking FinGuard finding (so CI logs and IDEs link to the file and line), prints one summary line and
    /// writes a Markdown report. Bad input is an FG9xxx error naming the file, never a stack trace.
    /// </summary>
    public sealed class FinGuardGate : Task
    {
        internal const string LogMissingCode = "FG9001";
        internal const string LogUnreadableCode = "FG9002";

        /// <summary>The compiler's error log: the <c>ErrorLog</c> property, optionally with a ",version=..." suffix.</summary>
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string ProjectName { get; set; } = string.Empty;

        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>Where to write the Markdown report (under obj/ by default).</summary>
        public string? ReportFile { get; set; }

        /// <summary>"error" (default) fails the build on blocking findings; "warn" reports them as warnings.</summary>
        public string? Mode { get; set; }

        public bool TreatWarningsAsErrors { get; set; }

        [Output]
        public int FindingCount { get; set; }

        [Output]
        public int BlockingCount { get; set; }

        public override bool Execute()
        {
            try
            {
                return Run();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.LogError(null, LogUnreadableCode, null, ErrorLog, 0, 0, 0, 0, "FinGuard could not read or write its files: " + e.Message);
                return false;
            }
        }

        private bool Run()
        {
            string logPath = LogPathOf(ErrorLog);
            if (!File.Exists(logPath))
            {
                Log.LogError(null, LogMissingCode, null, logPath, 0, 0, 0, 0,
                    "FinGuard found no compiler log at '" + logPath + "': rebuild the project (dotnet build --no-incremental) so the compiler writes it.");
                return false;
            }

            IReadOnlyList<Finding> findings;
            try
            {
                findings = SarifLogReader.Read(logPath);
            }
            catch (SarifReadException e)
            {
                Log.LogError(null, LogUnreadableCode, null, logPath, e.Line, e.Column, 0, 0,
                    "FinGuard cannot read the compiler log: " + e.Message + "; rebuild the project (dotnet build --no-incremental) to rewrite it.");
                return false;
            }

            bool warnOnly = string.Equals(Mode, "warn", StringComparison.OrdinalIgnoreCase);
            var decided = findings
                .Distinct(FindingIdentity.Instance)
                .Select(f => (Finding: f, Status: DefaultPolicy.Decide(f, TreatWarningsAsErrors)))
                .ToList();

            foreach ((Finding finding, FindingStatus status) in decided)
            {
                if (status != FindingStatus.Blocking)
                {
                    continue;
                }

                if (warnOnly)
                {
                    Log.LogWarning(null, finding.RuleId, null, finding.FilePath, finding.Line, finding.Column, 0, 0, finding.Message);
                }
                else
                {
                    Log.LogError(null, finding.RuleId, null, finding.FilePath, finding.Line, finding.Column, 0, 0, finding.Message);
                }
            }

            FindingCount = decided.Count;
            BlockingCount = decided.Count(d => d.Status == FindingStatus.Blocking);

            string? reportPath = null;
            if (!string.IsNullOrWhiteSpace(ReportFile))
            {
                reportPath = Path.GetFullPath(ReportFile);
                AtomicFile.WriteAllText(reportPath, MarkdownReportWriter.Render(ProjectName, decided, ProjectDirectory));
            }

            string families = string.Join(", ", decided
                .Where(d => d.Status == FindingStatus.Blocking)
                .GroupBy(d => d.Finding.Family)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + ": " + g.Count()));
            string summary = $"FinGuard: {ProjectName}: {FindingCount} finding(s), {BlockingCount} blocking{(families.Length > 0 ? " (" + families + ")" : string.Empty)}, "
                + $"{decided.Count(d => d.Status == FindingStatus.Reported)} reported, {decided.Count(d => d.Status == FindingStatus.Suppressed)} suppressed"
                + (BlockingCount > 0 && !warnOnly ? " — gate FAILED" : " — gate passed")
                + (reportPath != null ? "; report: " + reportPath : string.Empty);
            Log.LogMessage(MessageImportance.High, summary);
            return warnOnly || BlockingCount == 0;
        }

        internal static string LogPathOf(string errorLog)
        {
            // ErrorLog may carry the SARIF version: "obj/finguard.sarif,version=2.1".
            int comma = errorLog.IndexOf(",version=", StringComparison.OrdinalIgnoreCase);
            string path = comma >= 0 ? errorLog.Substring(0, comma) : errorLog;
            return Path.GetFullPath(path.Trim());
        }

        /// <summary>Multi-targeted and linked files can produce the same finding twice; count it once.</summary>
        private sealed class FindingIdentity : IEqualityComparer<Finding>
        {
            public static readonly FindingIdentity Instance = new FindingIdentity();

            public bool Equals(Finding? x, Finding? y)
                => x != null && y != null && x.RuleId == y.RuleId && x.FilePath == y.FilePath && x.Line == y.Line && x.Column == y.Column && x.Message == y.Message;

            public int GetHashCode(Finding obj) => (obj.RuleId + obj.FilePath + obj.Line + ":" + obj.Column).GetHashCode();
        }
    }
}
