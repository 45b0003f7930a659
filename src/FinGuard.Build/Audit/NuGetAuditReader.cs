using System.IO;
using FinGuard.Build.Json;
using FinGuard.Build.Policy;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Audit;

/// <summary>
/// Reads NuGet's audit results (NU1901 low, NU1902 moderate, NU1903 high, NU1904 critical) from the restore
/// log NuGet keeps in <c>obj/project.assets.json</c> ("logs"), so known-vulnerable packages (PCI DSS 6.3.3)
/// go through the same policy, waivers and baseline as code findings. The package ID is the finding's symbol.
/// </summary>
internal static class NuGetAuditReader
{
    public static int SeverityOf(string code) => code switch
    {
        "NU1901" => 1,
        "NU1902" => 2,
        "NU1903" => 3,
        "NU1904" => 4,
        _ => 0,
    };

    private static readonly string[] SeverityNames = { string.Empty, "low", "moderate", "high", "critical" };

    /// <summary>
    /// The audit findings of <paramref name="assetsFile"/>; when <paramref name="policy"/> is given, also an
    /// FG9020 diagnostic at its "dependencies" section if restore did not audit what the policy asks for.
    /// FinGuard does not set NuGet's audit properties itself (a development dependency must not change the
    /// user's restore, and props from a package take effect only from the second restore): the user sets them
    /// in Directory.Build.props, and the gate says plainly when they fall short.
    /// </summary>
    public static IReadOnlyList<Finding> Read(string assetsFile, string projectFile, List<GateDiagnostic> diagnostics, GatePolicy? policy = null)
    {
        var findings = new List<Finding>();
        if (!File.Exists(assetsFile))
        {
            if (policy != null)
            {
                diagnostics.Add(AuditNotDone(policy, true, "the policy asks for a dependency audit but there are no NuGet restore results at '" + assetsFile + "': restore the project with NuGet (PackageReference) so it audits packages"));
            }

            return findings;
        }

        JsonValue root;
        try
        {
            root = JsonFile.Read(assetsFile);
        }
        catch (JsonParseException e)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.AssetsUnreadable, true, assetsFile, e.Line, e.Column,
                "FinGuard cannot read NuGet's restore results for the dependency audit: " + e.Message + "; run dotnet restore again to rewrite it"));
            return findings;
        }

        if (policy != null)
        {
            CheckAuditCoverage(root, policy, diagnostics);
        }

        if (root["logs"] is not { Kind: JsonKind.Array } logs)
        {
            return findings;
        }

        foreach (JsonValue log in logs.Items)
        {
            string? code = log["code"]?.AsString();
            if (code == null || SeverityOf(code) == 0)
            {
                continue;
            }

            string message = log["message"]?.AsString() ?? code;
            string level = string.Equals(log["level"]?.AsString(), "Error", StringComparison.OrdinalIgnoreCase) ? "error" : "warning";
            findings.Add(new Finding(code, level, message, projectFile, 0, 0, 0, 0, isSuppressed: false, helpUri: "https://learn.microsoft.com/nuget/reference/errors-and-warnings/" + code.ToLowerInvariant())
            {
                Symbol = log["libraryId"]?.AsString(),
            });
        }

        return findings;
    }

    /// <summary>
    /// Compares what restore recorded (project.restore.restoreAuditProperties and warningProperties, and NU1900 /
    /// NU1905 in the logs) with what the policy asks for. No audit at all is an error: the gate would otherwise
    /// pass dependencies it never saw. A narrower audit (direct packages only, a higher level, codes in NoWarn)
    /// is a warning naming the MSBuild property to set.
    /// </summary>
    private static void CheckAuditCoverage(JsonValue root, GatePolicy policy, List<GateDiagnostic> diagnostics)
    {
        JsonValue? restore = root["project"]?["restore"];
        JsonValue? audit = restore?["restoreAuditProperties"];
        if (audit == null || !string.Equals(audit["enableAudit"]?.AsString(), "true", StringComparison.OrdinalIgnoreCase))
        {
            string why = audit == null ? "restore recorded no audit settings" : "NuGetAudit is " + (audit["enableAudit"]?.AsString() ?? "not set");
            diagnostics.Add(AuditNotDone(policy, true, "the policy asks for a dependency audit but restore did not audit packages (" + why + "): set <NuGetAudit>true</NuGetAudit> and <NuGetAuditMode>all</NuGetAuditMode> in Directory.Build.props and restore again"));
            return;
        }

        if (root["logs"] is { Kind: JsonKind.Array } logs)
        {
            foreach (JsonValue log in logs.Items)
            {
                string? code = log["code"]?.AsString();
                if (code == "NU1900" || code == "NU1905")
                {
                    diagnostics.Add(AuditNotDone(policy, true, "the policy asks for a dependency audit but restore could not get vulnerability data (" + code + ": " + (log["message"]?.AsString() ?? code) + "): restore again with a package source that provides it"));
                    return;
                }
            }
        }

        string mode = audit["auditMode"]?.AsString() ?? "direct";
        if (!string.Equals(mode, "all", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(AuditNotDone(policy, false, "the policy asks for a dependency audit but restore audited direct packages only (NuGetAuditMode is " + mode + "): set <NuGetAuditMode>all</NuGetAuditMode> in Directory.Build.props so transitive packages are audited too"));
        }

        int level = Array.IndexOf(SeverityNames, (audit["auditLevel"]?.AsString() ?? "low").ToLowerInvariant());
        if (level > policy.AuditMinSeverity)
        {
            diagnostics.Add(AuditNotDone(policy, false, "the policy blocks vulnerabilities from " + SeverityNames[policy.AuditMinSeverity] + " up but restore reports only " + SeverityNames[level] + " and above (NuGetAuditLevel): set <NuGetAuditLevel>" + SeverityNames[policy.AuditMinSeverity] + "</NuGetAuditLevel> in Directory.Build.props"));
        }

        if (restore?["warningProperties"]?["noWarn"] is { Kind: JsonKind.Array } noWarn)
        {
            var hidden = new List<string>();
            foreach (JsonValue item in noWarn.Items)
            {
                string? code = item.AsString();
                if (code != null && SeverityOf(code) >= policy.AuditMinSeverity)
                {
                    hidden.Add(code);
                }
            }

            if (hidden.Count > 0)
            {
                diagnostics.Add(AuditNotDone(policy, false, "the policy blocks " + string.Join(", ", hidden) + " but NoWarn hides them from restore's results: remove them from NoWarn (WarningsNotAsErrors keeps them from failing restore)"));
            }
        }
    }

    private static GateDiagnostic AuditNotDone(GatePolicy policy, bool isError, string message)
        => new GateDiagnostic(GateCodes.AuditNotDone, isError, policy.FilePath, policy.AuditLine, policy.AuditColumn, message);
}
