using System.Globalization;
using FinGuard.Build.Audit;
using FinGuard.Build.Baseline;
using FinGuard.Build.Policy;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;

namespace FinGuard.Build;

/// <summary>One finding and what the gate decided for it.</summary>
internal sealed class DecidedFinding
{
    public DecidedFinding(Finding finding, FindingStatus status, Waiver? waiver)
    {
        Finding = finding;
        Status = status;
        Waiver = waiver;
    }

    public Finding Finding { get; }

    public FindingStatus Status { get; set; }

    /// <summary>The waiver that waived it, or the expired waiver that no longer does.</summary>
    public Waiver? Waiver { get; }

    /// <summary>Suppressed in source (#pragma, [SuppressMessage], a suppressor) although the policy locks its rule: judged as if not suppressed.</summary>
    public bool SuppressionIgnored { get; set; }
}

/// <summary>
/// Applies a policy to the findings of one project: suppressed → excluded → below the blocking severity →
/// waived (a valid waiver) → baselined (fingerprint in the baseline) → blocking. Pure: no MSBuild, no output,
/// so the unit tests and the benchmark drive it directly.
/// </summary>
internal static class GateEvaluator
{
    public static List<DecidedFinding> Evaluate(
        IReadOnlyList<Finding> findings,
        GatePolicy policy,
        BaselineFile? baseline,
        string projectDirectory,
        bool treatWarningsAsErrors,
        DateTime today,
        List<GateDiagnostic> diagnostics)
    {
        List<DecidedFinding> decided = EvaluateFindings(findings, policy, baseline, projectDirectory, treatWarningsAsErrors, today);
        ReportWaiverProblems(policy, projectDirectory, today, diagnostics);
        return decided;
    }

    /// <summary>Decides every finding; the caller reports waiver problems afterwards (<see cref="ReportWaiverProblems"/>), once every waiver had its chance to match.</summary>
    public static List<DecidedFinding> EvaluateFindings(
        IReadOnlyList<Finding> findings,
        GatePolicy policy,
        BaselineFile? baseline,
        string projectDirectory,
        bool treatWarningsAsErrors,
        DateTime today)
    {
        var fingerprinter = new Fingerprinter(projectDirectory);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var decided = new List<DecidedFinding>(findings.Count);
        var policyPaths = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Finding finding in findings)
        {
            // Multi-targeted and linked files can produce the same finding twice; count it once.
            string identity = finding.RuleId + "\u0001" + finding.FilePath + "\u0001" + finding.Line.ToString(CultureInfo.InvariantCulture) + ":" + finding.Column.ToString(CultureInfo.InvariantCulture) + "\u0001" + finding.Message + "\u0001" + finding.Symbol;
            if (!seen.Add(identity))
            {
                continue;
            }

            fingerprinter.Apply(finding);
            string? policyPath = null;
            if (finding.FilePath != null && !policyPaths.TryGetValue(finding.FilePath, out policyPath))
            {
                policyPath = Fingerprinter.RelativePath(finding.FilePath, policy.BaseDirectory);
                policyPaths[finding.FilePath] = policyPath;
            }

            decided.Add(Decide(finding, policyPath, policy, baseline, treatWarningsAsErrors, today));
        }

        return decided;
    }

    private static DecidedFinding Decide(Finding finding, string? policyPath, GatePolicy policy, BaselineFile? baseline, bool treatWarningsAsErrors, DateTime today)
    {
        DecidedFinding decided = DecideStatus(finding, policyPath, policy, baseline, treatWarningsAsErrors, today);
        decided.SuppressionIgnored = finding.IsSuppressed && decided.Status != FindingStatus.Suppressed;
        return decided;
    }

    private static DecidedFinding DecideStatus(Finding finding, string? policyPath, GatePolicy policy, BaselineFile? baseline, bool treatWarningsAsErrors, DateTime today)
    {
        // A locked rule (finguard.json "lock", FG1 and FG4 by default) ignores in-source suppressions: only the
        // policy's waivers and baseline accept it, so a one-line #pragma or [SuppressMessage] cannot pass the gate.
        if (finding.IsSuppressed && !policy.IsLocked(finding.RuleId))
        {
            return new DecidedFinding(finding, FindingStatus.Suppressed, null);
        }
        if (policyPath != null)
        {
            foreach (Glob glob in policy.Exclude)
            {
                if (glob.IsMatch(policyPath))
                {
                    return new DecidedFinding(finding, FindingStatus.Excluded, null);
                }
            }
        }

        if (!WouldBlock(finding, policy, treatWarningsAsErrors))
        {
            return new DecidedFinding(finding, FindingStatus.Reported, null);
        }

        Waiver? expired = null;
        foreach (Waiver waiver in policy.Waivers)
        {
            if (!waiver.Matches(finding.RuleId, policyPath, finding.Symbol))
            {
                continue;
            }

            waiver.Matched++;
            if (!waiver.IsExpired(today))
            {
                return new DecidedFinding(finding, FindingStatus.Waived, waiver);
            }

            expired ??= waiver;
        }

        if (baseline != null && finding.Fingerprint != null && baseline.TryMatch(finding.Fingerprint))
        {
            return new DecidedFinding(finding, FindingStatus.Baselined, null);
        }

        return new DecidedFinding(finding, FindingStatus.Blocking, expired);
    }

    internal static bool WouldBlock(Finding finding, GatePolicy policy, bool treatWarningsAsErrors)
    {
        int auditSeverity = NuGetAuditReader.SeverityOf(finding.RuleId);
        if (auditSeverity > 0)
        {
            return policy.AuditEnabled && auditSeverity >= policy.AuditMinSeverity;
        }

        int level = finding.Level switch
        {
            "error" => GatePolicy.Error,
            "warning" => GatePolicy.Warning,
            "note" => GatePolicy.Note,
            _ => 0,
        };
        if (level == 0)
        {
            return false;
        }

        if (level >= policy.BlockingLevelOf(finding.RuleId))
        {
            return true;
        }

        // Without a "block" section, TreatWarningsAsErrors keeps its meaning for FinGuard warnings.
        return treatWarningsAsErrors && !policy.HasBlockSection && level == GatePolicy.Warning;
    }

    internal static void ReportWaiverProblems(GatePolicy policy, string projectDirectory, DateTime today, List<GateDiagnostic> diagnostics)
    {
        string projectPrefix = Fingerprinter.RelativePath(projectDirectory, policy.BaseDirectory) ?? string.Empty;
        if (projectPrefix == "." || projectPrefix.StartsWith("../", StringComparison.Ordinal))
        {
            projectPrefix = string.Empty;
        }
        else if (projectPrefix.Length > 0)
        {
            projectPrefix += "/";
        }

        foreach (Waiver waiver in policy.Waivers)
        {
            if (!InScope(waiver, projectPrefix))
            {
                continue;
            }

            if (waiver.IsExpired(today))
            {
                int days = (int)(today.Date - waiver.Expires.Date).TotalDays;
                diagnostics.Add(new GateDiagnostic(GateCodes.WaiverExpired, false, policy.FilePath, waiver.Line, waiver.Column,
                    $"the waiver for {waiver.Describe()} expired on {waiver.ExpiresText} ({days} day(s) ago) and no longer waives anything; {waiver.Matched} finding(s) it covered are judged again: fix them or renew the waiver with a new expiry and justification"));
            }
            else if (waiver.Matched == 0)
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.WaiverStale, false, policy.FilePath, waiver.Line, waiver.Column,
                    $"the waiver for {waiver.Describe()} matches no finding in this project; remove it from the policy (the code it covered was fixed or moved)"));
            }
        }
    }

    /// <summary>A waiver with a path is only judged in projects its path can reach, so a shared policy does not warn in every project.</summary>
    private static bool InScope(Waiver waiver, string projectPrefix)
    {
        if (waiver.Path == null || projectPrefix.Length == 0)
        {
            return true;
        }

        string prefix = waiver.Path.LiteralPrefix;
        return prefix.StartsWith(projectPrefix, StringComparison.OrdinalIgnoreCase) || projectPrefix.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }
}
