using System.Globalization;
using System.IO;
using System.Text.Json;
using FinGuard.Build.Integrity;
using FinGuard.Build.Json;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting;

/// <summary>
/// Writes <c>finguard.sarif</c>: SARIF 2.1.0 as GitHub code scanning accepts it. Blocking findings are
/// errors; waived, baselined, excluded and source-suppressed findings carry a SARIF suppression with the
/// reason, so code scanning shows them as dismissed rather than open. Rules carry help links and tags.
/// </summary>
internal static class SarifReportWriter
{
    public const string InformationUri = "https://github.com/finguard/finguard";

    public const string GateHelpUriPrefix = "https://github.com/finguard/finguard/blob/main/docs/rules/";

    public static string Render(string projectName, IReadOnlyList<DecidedFinding> findings, bool hasBaseline, string? version = null, GateIntegrity? integrity = null)
    {
        var rules = new List<RuleInfo>();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (DecidedFinding d in findings)
        {
            if (!ruleIndex.ContainsKey(d.Finding.RuleId))
            {
                ruleIndex[d.Finding.RuleId] = rules.Count;
                rules.Add(d.Finding.Rule ?? new RuleInfo(d.Finding.RuleId, null, null, d.Finding.HelpUri, null));
            }
        }

        List<Deviation> deviations = integrity?.Deviations ?? new List<Deviation>();
        foreach (Deviation d in deviations)
        {
            if (!ruleIndex.ContainsKey(d.Code))
            {
                ruleIndex[d.Code] = rules.Count;
                rules.Add(new RuleInfo(d.Code, d.Code == GateCodes.GeneratedCodeNotAnalyzed ? "Source file skipped by the analyzers as generated" : "FinGuard rule weakened outside the policy", null, GateHelpUriPrefix + d.Code + ".md", null));
            }
        }

        // Compact: code scanning and tools read it, and with 1,000 findings indentation doubled the size and the time.
        using var output = new MemoryStream(512 + (findings.Count * 600));
        using (var w = new Utf8JsonWriter(output, JsonOutput.Compact))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "FinGuard");
            if (version != null)
            {
                w.WriteString("semanticVersion", version);
            }

            w.WriteString("informationUri", InformationUri);
            w.WriteStartArray("rules");
            foreach (RuleInfo rule in rules)
            {
                WriteRule(w, rule);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("automationDetails");
            w.WriteString("id", "finguard/" + projectName + "/");
            w.WriteEndObject();
            if (integrity != null)
            {
                WriteIntegrity(w, integrity);
            }

            w.WriteStartArray("results");
            foreach (DecidedFinding d in findings)
            {
                WriteResult(w, d, ruleIndex[d.Finding.RuleId], hasBaseline);
            }

            foreach (Deviation d in deviations)
            {
                WriteDeviation(w, d, ruleIndex[d.Code]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return JsonOutput.Text(output);
    }

    private static void WriteRule(Utf8JsonWriter w, RuleInfo rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        WriteText(w, "shortDescription", rule.Title ?? rule.Id);
        if (rule.Description != null)
        {
            WriteText(w, "fullDescription", rule.Description);
        }

        if (rule.HelpUri != null)
        {
            w.WriteString("helpUri", rule.HelpUri);
            WriteText(w, "help", "See " + rule.HelpUri);
        }

        string family = rule.Id.StartsWith("NU", StringComparison.Ordinal) ? "NuGet" : rule.Id.Substring(0, Math.Min(3, rule.Id.Length));
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("security");
        w.WriteStringValue("PCI-DSS");
        w.WriteEndArray();
        w.WriteString("security-severity", family == "FG1" || family == "FG4" || rule.Id == "NU1904" ? "9.0" : family == "NuGet" && rule.Id == "NU1903" ? "7.5" : "5.0");
        w.WriteString("pci-dss", PciRequirements.Of(family, rule.Id).Title);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, DecidedFinding d, int ruleIndex, bool hasBaseline)
    {
        Finding f = d.Finding;
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", LevelOf(d));
        WriteText(w, "message", f.Message);
        if (f.FilePath != null)
        {
            WriteLocation(w, f.FilePath, f.Line, f.Line > 0 ? Math.Max(f.Column, 1) : 0, Math.Max(f.EndLine, f.Line), Math.Max(f.EndColumn, 1));
        }

        if (f.Fingerprint != null)
        {
            w.WriteStartObject("partialFingerprints");
            w.WriteString("finguard/v" + Baseline.BaselineFile.CurrentVersion.ToString(CultureInfo.InvariantCulture), f.Fingerprint);
            w.WriteEndObject();
        }

        if (hasBaseline)
        {
            w.WriteString("baselineState", d.Status == FindingStatus.Baselined ? "unchanged" : "new");
        }

        switch (d.Status)
        {
            case FindingStatus.Suppressed:
                WriteSuppression(w, "inSource", f.SuppressionJustification);
                break;
            case FindingStatus.Waived:
                WriteSuppression(w, "external", d.Waiver!.Justification + " (waiver expires " + d.Waiver.ExpiresText + (d.Waiver.Owner != null ? ", owner " + d.Waiver.Owner : string.Empty) + ")");
                break;
            case FindingStatus.Baselined:
                WriteSuppression(w, "external", "existing finding recorded in the FinGuard baseline");
                break;
            case FindingStatus.Excluded:
                WriteSuppression(w, "external", "path excluded by the FinGuard policy");
                break;
        }

        w.WriteStartObject("properties");
        w.WriteString("finguard.status", d.Status.ToString().ToLowerInvariant());
        if (f.Symbol != null)
        {
            w.WriteString("finguard.symbol", f.Symbol);
        }

        if (f.SuppressionKind != null)
        {
            w.WriteString("finguard.suppressedBy", MarkdownReportWriter.SuppressionName(f.SuppressionKind));
            if (d.SuppressionIgnored)
            {
                w.WriteString("finguard.suppressionIgnored", "the policy locks this rule");
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDeviation(Utf8JsonWriter w, Deviation d, int ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", d.Status == FindingStatus.Blocking ? "error" : d.Kind == DeviationKind.GeneratedCode || !d.Locked ? "note" : "warning");
        WriteText(w, "message", d.Message);
        if (d.File != null)
        {
            WriteLocation(w, d.File, d.Line, 0, 0, 0);
        }

        if (d.Status == FindingStatus.Waived && d.Waiver != null)
        {
            WriteSuppression(w, "external", d.Waiver.Justification + " (waiver expires " + d.Waiver.ExpiresText + ")");
        }
        else if (d.Status == FindingStatus.Excluded)
        {
            WriteSuppression(w, "external", "path excluded by the FinGuard policy");
        }

        w.WriteStartObject("properties");
        w.WriteString("finguard.status", d.Status.ToString().ToLowerInvariant());
        w.WriteString("finguard.deviation", d.Kind == DeviationKind.GeneratedCode ? "not analysed" : d.RuleId + " " + d.Change);
        w.WriteString("finguard.by", d.By);
        w.WriteBoolean("finguard.locked", d.Locked);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>One physical location; the region only with a line (a column 0 leaves out everything but startLine).</summary>
    private static void WriteLocation(Utf8JsonWriter w, string file, int line, int column, int endLine, int endColumn)
    {
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", FileUri(file));
        w.WriteEndObject();
        if (line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            if (column > 0)
            {
                w.WriteNumber("startColumn", column);
                w.WriteNumber("endLine", endLine);
                w.WriteNumber("endColumn", endColumn);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteSuppression(Utf8JsonWriter w, string kind, string? justification)
    {
        w.WriteStartArray("suppressions");
        w.WriteStartObject();
        w.WriteString("kind", kind);
        w.WriteString("status", "accepted");
        if (justification != null)
        {
            w.WriteString("justification", justification);
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>A SARIF message object: <c>{ "text": ... }</c>.</summary>
    private static void WriteText(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    /// <summary>
    /// Run properties (did every FinGuard analyzer run, what is locked) and the compiler's own
    /// ruleConfigurationOverrides for FinGuard rules, so code scanning and auditors see how the rules were configured.
    /// </summary>
    private static void WriteIntegrity(Utf8JsonWriter w, GateIntegrity integrity)
    {
        // One override per FinGuard rule a deviation turned off or lowered (not the compiler's raw list: with
        // TreatWarningsAsErrors it records every rule as "error" and drops per-file and global-config changes).
        var overrides = new List<(string Rule, bool TurnedOff)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Deviation d in integrity.Deviations)
        {
            if (d.Kind == DeviationKind.GeneratedCode)
            {
                continue;
            }

            foreach (string rule in d.Rules)
            {
                if (rule != "*" && seen.Add(rule + d.Change))
                {
                    if (d.Change == "turned off" || d.By == "NoWarn")
                    {
                        overrides.Add((rule, true));
                    }
                    else if (d.Change.StartsWith("lowered", StringComparison.Ordinal))
                    {
                        overrides.Add((rule, false));
                    }
                }
            }
        }

        if (overrides.Count > 0)
        {
            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", true);
            w.WriteStartArray("ruleConfigurationOverrides");
            foreach ((string rule, bool turnedOff) in overrides)
            {
                w.WriteStartObject();
                w.WriteStartObject("descriptor");
                w.WriteString("id", rule);
                w.WriteEndObject();
                w.WriteStartObject("configuration");
                if (turnedOff)
                {
                    w.WriteBoolean("enabled", false);
                }
                else
                {
                    w.WriteString("level", "note");
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteString("finguard.analyzers", integrity.AnalyzersSentence());
        w.WriteBoolean("finguard.analyzersRan", integrity.MissingRules.Count == 0);
        w.WriteNumber("finguard.rulesInCompilerLog", integrity.RulesInLog);
        w.WriteStartArray("finguard.lockedRules");
        foreach (string locked in integrity.Locked)
        {
            w.WriteStringValue(locked);
        }

        w.WriteEndArray();
        w.WriteBoolean("finguard.treatWarningsAsErrors", integrity.TreatWarningsAsErrors);
        w.WriteNumber("finguard.deviations", integrity.Deviations.Count);
        w.WriteEndObject();
    }

    private static string LevelOf(DecidedFinding d)
    {
        if (d.Status == FindingStatus.Blocking)
        {
            return "error";
        }

        string level = d.Finding.Level;
        return level == "error" || level == "warning" || level == "note" || level == "none" ? level : "warning";
    }

    internal static string FileUri(string path)
    {
        try
        {
            return new Uri(path).AbsoluteUri;
        }
        catch (UriFormatException)
        {
            return path.Replace('\\', '/');
        }
    }
}
