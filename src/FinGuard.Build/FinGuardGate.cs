using System.Globalization;
using System.IO;
using System.Text;
using FinGuard.Build.Audit;
using FinGuard.Build.Integrity;
using BaselineStore = FinGuard.Build.Baseline.BaselineFile;
using FinGuard.Build.Policy;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FinGuard.Build;

/// <summary>
/// The build gate: reads the compiler's SARIF log after compilation, applies the team's policy
/// (<c>finguard.json</c>: blocking severities, exclusions, waivers, dependency audit) and the baseline, fails
/// the build with one MSBuild error per blocking finding (so CI logs and IDEs link to the file and line),
/// prints one summary line and writes <c>finguard-report.md</c> and <c>finguard.sarif</c>. Bad input is an
/// FG9xxx error or warning naming the file, line and column, never a stack trace.
/// </summary>
public sealed class FinGuardGate : Task
{
    internal const string LogMissingCode = GateCodes.LogMissing;
    internal const string LogUnreadableCode = GateCodes.LogUnreadable;

    /// <summary>The compiler's error log: the <c>ErrorLog</c> property, optionally with a ",version=..." suffix.</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The project file, the location of dependency-audit findings.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Where to write the Markdown report (under obj/ by default).</summary>
    public string? ReportFile { get; set; }

    /// <summary>Where to write the SARIF report (under obj/ by default).</summary>
    public string? SarifFile { get; set; }

    /// <summary>When set, both reports are also written here as &lt;ReportName&gt;.finguard-report.md / .finguard.sarif.</summary>
    public string? ReportDirectory { get; set; }

    /// <summary>The report's name in <see cref="ReportDirectory"/> (the project name, plus the TFM when multi-targeting).</summary>
    public string? ReportName { get; set; }

    /// <summary>"error" (default) fails the build on blocking findings; "warn" reports them as warnings.</summary>
    public string? Mode { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The policy file found above the project, or named with FinGuardPolicyFile; empty for the defaults.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>True when the user named the policy file: then a missing file is an error (FG9012).</summary>
    public bool PolicyFileIsExplicit { get; set; }

    /// <summary>The baseline (finguard.baseline.json beside the project by default).</summary>
    public string? BaselineFile { get; set; }

    /// <summary>Writes the baseline from the current findings instead of failing on them.</summary>
    public bool UpdateBaseline { get; set; }

    /// <summary>NuGet's project.assets.json, for the dependency audit (NU1901-NU1904).</summary>
    public string? AssetsFile { get; set; }

    /// <summary>The date waivers are judged against (yyyy-MM-dd); today (UTC) when empty.</summary>
    public string? Today { get; set; }

    /// <summary>The rule IDs the package ships (one per line, written at pack time); policies naming other FG IDs are FG9005 errors.</summary>
    public string? KnownRulesFile { get; set; }

    /// <summary>The package version, written into the SARIF report.</summary>
    public string? Version { get; set; }

    // Fail-closed inputs (issue 19): how the build ran the analyzers and what could weaken FinGuard outside finguard.json.

    /// <summary>The SDK's $(_SkipAnalyzers): true when the compiler ran with /skipanalyzers.</summary>
    public bool SkipAnalyzers { get; set; }

    /// <summary>The SDK's $(_ImplicitlySkipAnalyzers): Visual Studio skipped analyzers for a build it triggered itself (Run Tests, F5).</summary>
    public bool ImplicitlySkipAnalyzers { get; set; }

    public string? RunAnalyzers { get; set; }

    public string? RunAnalyzersDuringBuild { get; set; }

    /// <summary>FinGuardAllowSkippedAnalyzers=true: a build without analyzers says "skipped" instead of failing (local inner loop only).</summary>
    public bool AllowSkippedAnalyzers { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>The project's own WarningsNotAsErrors, before FinGuard's targets added every FinGuard ID.</summary>
    public string? WarningsNotAsErrors { get; set; }

    public string? WarningLevel { get; set; }

    /// <summary>@(EditorConfigFiles): the analyzer configuration files the compiler read, searched to name the line that changed a severity.</summary>
    public ITaskItem[]? AnalyzerConfigFiles { get; set; }

    /// <summary>@(Compile): source files, checked for files that call themselves generated (the analyzers skip them).</summary>
    public ITaskItem[]? SourceFiles { get; set; }

    /// <summary>Build output folders (obj/, bin/): generated files there are the build's own.</summary>
    public ITaskItem[]? OutputDirectories { get; set; }

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
        catch (Exception e) when (!(e is OutOfMemoryException || e is StackOverflowException))
        {
            // Never a stack trace in a user's build log: one error that says what happened and what to do.
            Log.LogError(null, LogUnreadableCode, null, ErrorLog, 0, 0, 0, 0,
                "FinGuard's gate failed unexpectedly (" + e.GetType().Name + ": " + e.Message + "); rebuild with dotnet build --no-incremental, and report it with the compiler log if it persists");
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

        var diagnostics = new List<GateDiagnostic>();
        GatePolicy? policy = LoadPolicy(diagnostics);
        string baselinePath = Path.GetFullPath(string.IsNullOrWhiteSpace(BaselineFile) ? Path.Combine(ProjectDirectory, "finguard.baseline.json") : Path.Combine(ProjectDirectory, BaselineFile!));
        BaselineStore? baseline = BaselineStore.Load(baselinePath, diagnostics, regenerating: UpdateBaseline);
        if (policy == null || baseline == null)
        {
            LogDiagnostics(diagnostics);
            return false;
        }

        var findings = new List<Finding>();
        CompilerLog compilerLog;
        try
        {
            compilerLog = SarifLogReader.ReadLog(logPath);
            findings.AddRange(compilerLog.Findings);
        }
        catch (SarifReadException e)
        {
            Log.LogError(null, LogUnreadableCode, null, logPath, e.Line, e.Column, 0, 0,
                "FinGuard cannot read the compiler log: " + e.Message + "; rebuild the project (dotnet build --no-incremental) to rewrite it.");
            return false;
        }

        // Fail closed: never "passed" about code the analyzers did not see; the last reports stay as they were.
        if (!AnalyzersRan(compilerLog, logPath, out bool skipAllowed))
        {
            LogDiagnostics(diagnostics);
            return skipAllowed && !Log.HasLoggedErrors;
        }

        if (policy.AuditEnabled && !string.IsNullOrWhiteSpace(AssetsFile))
        {
            findings.AddRange(NuGetAuditReader.Read(Path.GetFullPath(AssetsFile), ProjectFile ?? ProjectDirectory, diagnostics, policy));
        }

        DateTime today = TodayUtc();
        List<DecidedFinding> decided = GateEvaluator.EvaluateFindings(findings, policy, UpdateBaseline ? null : baseline, ProjectDirectory, TreatWarningsAsErrors, today);
        List<Deviation> deviations = IntegrityChecker.Check(compilerLog, policy, IntegrityInputs(), today);
        GateEvaluator.ReportWaiverProblems(policy, ProjectDirectory, today, diagnostics);
        var integrity = new GateIntegrity(compilerLog, policy, deviations, ReadKnownRules(), TreatWarningsAsErrors);

        string? baselineNote = null;
        if (UpdateBaseline)
        {
            var recorded = new List<Finding>();
            foreach (DecidedFinding d in decided)
            {
                if (d.Status == FindingStatus.Blocking)
                {
                    recorded.Add(d.Finding);
                    d.Status = FindingStatus.Baselined;
                }
            }

            string content = BaselineStore.Render(recorded);
            if (!File.Exists(baselinePath) || File.ReadAllText(baselinePath) != content)
            {
                AtomicFile.WriteAllText(baselinePath, content);
            }

            baselineNote = $"; baseline updated: {recorded.Count} finding(s) in {baselinePath}";
        }

        bool warnOnly = string.Equals(Mode, "warn", StringComparison.OrdinalIgnoreCase);
        int blockingDeviations = 0;
        foreach (Deviation deviation in deviations)
        {
            if (deviation.Status == FindingStatus.Blocking)
            {
                blockingDeviations++;
                diagnostics.Add(new GateDiagnostic(deviation.Code, !warnOnly, deviation.File, deviation.Line, deviation.Column, deviation.Message));
            }
        }

        LogDiagnostics(diagnostics);
        var counts = new Dictionary<FindingStatus, int>();
        var blockingFamilies = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (DecidedFinding d in decided)
        {
            counts.TryGetValue(d.Status, out int count);
            counts[d.Status] = count + 1;
            if (d.Status != FindingStatus.Blocking)
            {
                continue;
            }

            Finding finding = d.Finding;
            blockingFamilies.TryGetValue(finding.Family, out int familyCount);
            blockingFamilies[finding.Family] = familyCount + 1;
            string message = finding.Message + (d.Waiver != null ? " (the waiver for it expired on " + d.Waiver.ExpiresText + ")" : string.Empty);
            string code = finding.RuleId;
            string? file = finding.FilePath;
            int line = finding.Line;
            int column = finding.Column;
            if (d.SuppressionIgnored)
            {
                // The error points at the #pragma or [SuppressMessage] that tried to hide a locked rule.
                SuppressionSite site = SuppressionLocator.Find(finding, SourcePaths());
                code = GateCodes.LockedRuleSuppressed;
                file = site.File ?? file;
                line = site.File != null ? site.Line : line;
                column = site.File != null ? site.Column : column;
                message = SuppressionLocator.Describe(finding, site, ProjectDirectory);
            }

            if (warnOnly)
            {
                Log.LogWarning(null, code, null, file, line, column, 0, 0, message);
            }
            else
            {
                Log.LogError(null, code, null, file, line, column, 0, 0, message);
            }
        }

        FindingCount = decided.Count;
        BlockingCount = Get(counts, FindingStatus.Blocking);

        var reportPaths = new List<string>();
        string markdown = MarkdownReportWriter.Render(ProjectName, decided, ProjectDirectory, policy, today, integrity);
        string sarif = SarifReportWriter.Render(ProjectName, decided, baseline.Count > 0 || UpdateBaseline, Version, integrity);
        if (!string.IsNullOrWhiteSpace(ReportFile))
        {
            reportPaths.Add(Write(ReportFile!, markdown));
        }

        if (!string.IsNullOrWhiteSpace(SarifFile))
        {
            Write(SarifFile!, sarif);
        }

        if (!string.IsNullOrWhiteSpace(ReportDirectory))
        {
            string name = string.IsNullOrWhiteSpace(ReportName) ? ProjectName : ReportName!;
            reportPaths.Add(Write(Path.Combine(ReportDirectory!, name + ".finguard-report.md"), markdown));
            Write(Path.Combine(ReportDirectory!, name + ".finguard.sarif"), sarif);
        }

        var summary = new StringBuilder();
        summary.Append("FinGuard: ").Append(ProjectName).Append(": ").Append(FindingCount).Append(" finding(s), ").Append(BlockingCount).Append(" blocking");
        if (blockingFamilies.Count > 0)
        {
            summary.Append(" (");
            bool first = true;
            foreach (KeyValuePair<string, int> family in blockingFamilies)
            {
                summary.Append(first ? string.Empty : ", ").Append(family.Key).Append(": ").Append(family.Value);
                first = false;
            }

            summary.Append(')');
        }

        summary.Append(", ").Append(Get(counts, FindingStatus.Waived)).Append(" waived, ")
            .Append(Get(counts, FindingStatus.Baselined)).Append(" baselined, ")
            .Append(Get(counts, FindingStatus.Reported)).Append(" reported, ")
            .Append(Get(counts, FindingStatus.Suppressed)).Append(" suppressed");
        if (Get(counts, FindingStatus.Excluded) > 0)
        {
            summary.Append(", ").Append(Get(counts, FindingStatus.Excluded)).Append(" excluded");
        }

        if (deviations.Count > 0)
        {
            summary.Append(", ").Append(deviations.Count).Append(" deviation(s)");
            if (blockingDeviations > 0)
            {
                summary.Append(" (").Append(blockingDeviations).Append(" blocking)");
            }
        }

        summary.Append((BlockingCount > 0 || blockingDeviations > 0) && !warnOnly ? " — gate FAILED" : " — gate passed");
        if (reportPaths.Count > 0)
        {
            summary.Append("; report: ").Append(reportPaths[reportPaths.Count - 1]);
        }

        summary.Append(baselineNote);
        Log.LogMessage(MessageImportance.High, summary.ToString());
        return !Log.HasLoggedErrors && (warnOnly || BlockingCount == 0);
    }

    /// <summary>
    /// False when the log shows the FinGuard analyzers did not look at the code: skipped (/skipanalyzers), not loaded
    /// (no FinGuard rule among the log's rule descriptors, which SARIF 2.1 lists for every loaded analyzer even
    /// without results), or failed (AD0001 naming a FinGuard analyzer). Logs the FG9014-FG9016 error, or the
    /// "skipped" line when the build opted in (<paramref name="skipAllowed"/>).
    /// </summary>
    private bool AnalyzersRan(CompilerLog log, string logPath, out bool skipAllowed)
    {
        skipAllowed = false;
        bool noRules = log.Rules.Count == 0;
        if (SkipAnalyzers && (noRules || log.IsVersion1))
        {
            string cause = string.Equals(RunAnalyzers?.Trim(), "false", StringComparison.OrdinalIgnoreCase) ? "RunAnalyzers=false"
                : string.Equals(RunAnalyzersDuringBuild?.Trim(), "false", StringComparison.OrdinalIgnoreCase) ? "RunAnalyzersDuringBuild=false"
                : ImplicitlySkipAnalyzers ? "Visual Studio skipped analyzers for a build it triggered itself" : "the compiler ran with /skipanalyzers";
            if (AllowSkippedAnalyzers || ImplicitlySkipAnalyzers)
            {
                skipAllowed = true;
                Log.LogMessage(MessageImportance.High, "FinGuard: " + ProjectName + ": skipped: analyzers did not run (" + cause + "); no finding was judged and the reports were left as they were");
                return false;
            }

            Log.LogError(null, GateCodes.AnalyzersSkipped, null, ProjectFile ?? logPath, 0, 0, 0, 0,
                "FinGuard's analyzers did not run (" + cause + "), so the gate cannot judge this build: remove " + (cause.Contains("=") ? cause : "the setting") + " from the build, or pass -p:FinGuardAllowSkippedAnalyzers=true for a local build that skips the gate");
            return false;
        }

        if (noRules && !log.IsVersion1)
        {
            Log.LogError(null, GateCodes.AnalyzersMissing, null, logPath, 0, 0, 0, 0,
                "the compiler log lists no FinGuard rule, so FinGuard's analyzers were not loaded in this compilation: restore the FinGuard package reference with its analyzers (no ExcludeAssets=analyzers, no <Analyzer Remove>), then rebuild");
            return false;
        }

        if (log.AnalyzerFailures.Count > 0)
        {
            foreach (string failure in log.AnalyzerFailures)
            {
                Log.LogError(null, GateCodes.AnalyzerFailed, null, logPath, 0, 0, 0, 0,
                    "a FinGuard analyzer failed (AD0001), so part of the code was not analysed: " + failure.TrimEnd('.') + "; update FinGuard or report the failure with this log, and rebuild");
            }

            return false;
        }

        return true;
    }

    private IntegrityInputs IntegrityInputs()
    {
        var outputs = new List<string>();
        foreach (ITaskItem item in OutputDirectories ?? Array.Empty<ITaskItem>())
        {
            if (!string.IsNullOrWhiteSpace(item.ItemSpec))
            {
                string full = Path.GetFullPath(Path.Combine(ProjectDirectory, item.ItemSpec));
                outputs.Add(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar);
            }
        }

        var configs = new List<string>();
        foreach (ITaskItem item in AnalyzerConfigFiles ?? Array.Empty<ITaskItem>())
        {
            configs.Add(Path.GetFullPath(Path.Combine(ProjectDirectory, item.ItemSpec)));
        }

        return new IntegrityInputs
        {
            ProjectDirectory = ProjectDirectory,
            ProjectFile = ProjectFile,
            NoWarn = NoWarn,
            WarningsNotAsErrors = WarningsNotAsErrors,
            WarningLevel = WarningLevel,
            ConfigFiles = configs,
            SourceFiles = SourcePaths(),
            OutputDirectories = outputs,
        };
    }

    private List<string>? _sourcePaths;

    private List<string> SourcePaths()
    {
        if (_sourcePaths == null)
        {
            _sourcePaths = new List<string>();
            foreach (ITaskItem item in SourceFiles ?? Array.Empty<ITaskItem>())
            {
                _sourcePaths.Add(Path.GetFullPath(Path.Combine(ProjectDirectory, item.ItemSpec)));
            }
        }

        return _sourcePaths;
    }

    private GatePolicy? LoadPolicy(List<GateDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(PolicyFile))
        {
            return GatePolicy.CreateDefault(ProjectDirectory);
        }

        string path = Path.GetFullPath(Path.Combine(ProjectDirectory, PolicyFile!.Trim()));
        if (!File.Exists(path))
        {
            if (PolicyFileIsExplicit)
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.PolicyMissing, true, path, 0, 0,
                    "the policy file named by FinGuardPolicyFile does not exist; expected a finguard.json at '" + path + "' (or remove the property to use finguard.json above the project)"));
                return null;
            }

            return GatePolicy.CreateDefault(ProjectDirectory);
        }

        return GatePolicy.Load(path, diagnostics, ReadKnownRules());
    }

    private HashSet<string>? ReadKnownRules()
    {
        if (string.IsNullOrWhiteSpace(KnownRulesFile) || !File.Exists(KnownRulesFile))
        {
            return null;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(KnownRulesFile))
        {
            if (line.Trim().Length > 0)
            {
                known.Add(line.Trim());
            }
        }

        return known.Count > 0 ? known : null;
    }

    private DateTime TodayUtc()
    {
        if (!string.IsNullOrWhiteSpace(Today)
            && DateTime.TryParseExact(Today!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTime day))
        {
            return day.Date;
        }

        return DateTime.UtcNow.Date;
    }

    private void LogDiagnostics(List<GateDiagnostic> diagnostics)
    {
        foreach (GateDiagnostic d in diagnostics)
        {
            if (d.IsError)
            {
                Log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);
            }
            else
            {
                Log.LogWarning(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);
            }
        }
    }

    private string Write(string path, string content)
    {
        string full = Path.GetFullPath(Path.Combine(ProjectDirectory, path));
        AtomicFile.WriteAllText(full, content);
        return full;
    }

    private static int Get(Dictionary<FindingStatus, int> counts, FindingStatus status) => counts.TryGetValue(status, out int count) ? count : 0;

    internal static string LogPathOf(string errorLog)
    {
        // ErrorLog may carry the SARIF version: "obj/finguard.sarif,version=2.1".
        int comma = errorLog.IndexOf(",version=", StringComparison.OrdinalIgnoreCase);
        string path = comma >= 0 ? errorLog.Substring(0, comma) : errorLog;
        return Path.GetFullPath(path.Trim());
    }
}
