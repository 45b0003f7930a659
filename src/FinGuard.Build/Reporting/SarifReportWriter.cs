using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FinGuard.Build.Integrity;
using FinGuard.Build.Json;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting
{
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

            var b = new StringBuilder(512 + (findings.Count * 600));
            b.Append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n");
            b.Append("      \"tool\": {\n        \"driver\": {\n          \"name\": \"FinGuard\",\n");
            if (version != null)
            {
                b.Append("          \"semanticVersion\": ").Append(JsonText.Quote(version)).Append(",\n");
            }

            b.Append("          \"informationUri\": \"").Append(InformationUri).Append("\",\n          \"rules\": [");
            for (int i = 0; i < rules.Count; i++)
            {
                RuleInfo rule = rules[i];
                b.Append(i == 0 ? "\n" : ",\n");
                b.Append("            { \"id\": ").Append(JsonText.Quote(rule.Id));
                b.Append(", \"shortDescription\": { \"text\": ").Append(JsonText.Quote(rule.Title ?? rule.Id)).Append(" }");
                if (rule.Description != null)
                {
                    b.Append(", \"fullDescription\": { \"text\": ").Append(JsonText.Quote(rule.Description)).Append(" }");
                }

                if (rule.HelpUri != null)
                {
                    b.Append(", \"helpUri\": ").Append(JsonText.Quote(rule.HelpUri));
                    b.Append(", \"help\": { \"text\": ").Append(JsonText.Quote("See " + rule.HelpUri)).Append(" }");
                }

                string family = rule.Id.StartsWith("NU", StringComparison.Ordinal) ? "NuGet" : rule.Id.Substring(0, Math.Min(3, rule.Id.Length));
                b.Append(", \"properties\": { \"tags\": [\"security\", \"PCI-DSS\"], \"security-severity\": \"")
                    .Append(family == "FG1" || family == "FG4" || rule.Id == "NU1904" ? "9.0" : family == "NuGet" && rule.Id == "NU1903" ? "7.5" : "5.0")
                    .Append("\", \"pci-dss\": ").Append(JsonText.Quote(PciRequirements.Of(family, rule.Id).Title)).Append(" } }");
            }

            b.Append(rules.Count == 0 ? "]\n" : "\n          ]\n");
            b.Append("        }\n      },\n");
            b.Append("      \"automationDetails\": { \"id\": ").Append(JsonText.Quote("finguard/" + projectName + "/")).Append(" },\n");
            if (integrity != null)
            {
                RenderIntegrity(b, integrity);
            }

            b.Append("      \"results\": [");
            for (int i = 0; i < findings.Count; i++)
            {
                DecidedFinding d = findings[i];
                Finding f = d.Finding;
                b.Append(i == 0 ? "\n" : ",\n");
                b.Append("        { \"ruleId\": ").Append(JsonText.Quote(f.RuleId))
                    .Append(", \"ruleIndex\": ").Append(ruleIndex[f.RuleId].ToString(CultureInfo.InvariantCulture))
                    .Append(", \"level\": ").Append(JsonText.Quote(LevelOf(d)))
                    .Append(", \"message\": { \"text\": ").Append(JsonText.Quote(f.Message)).Append(" }");
                if (f.FilePath != null)
                {
                    b.Append(", \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": ").Append(JsonText.Quote(FileUri(f.FilePath))).Append(" }");
                    if (f.Line > 0)
                    {
                        b.Append(", \"region\": { \"startLine\": ").Append(f.Line.ToString(CultureInfo.InvariantCulture))
                            .Append(", \"startColumn\": ").Append(Math.Max(f.Column, 1).ToString(CultureInfo.InvariantCulture))
                            .Append(", \"endLine\": ").Append(Math.Max(f.EndLine, f.Line).ToString(CultureInfo.InvariantCulture))
                            .Append(", \"endColumn\": ").Append(Math.Max(f.EndColumn, 1).ToString(CultureInfo.InvariantCulture)).Append(" }");
                    }

                    b.Append(" } } ]");
                }

                if (f.Fingerprint != null)
                {
                    b.Append(", \"partialFingerprints\": { \"finguard/v1\": ").Append(JsonText.Quote(f.Fingerprint)).Append(" }");
                }

                if (hasBaseline)
                {
                    b.Append(", \"baselineState\": ").Append(d.Status == FindingStatus.Baselined ? "\"unchanged\"" : "\"new\"");
                }

                string? suppression = d.Status switch
                {
                    FindingStatus.Suppressed => "{ \"kind\": \"inSource\", \"status\": \"accepted\"" + (f.SuppressionJustification != null ? ", \"justification\": " + JsonText.Quote(f.SuppressionJustification) : string.Empty) + " }",
                    FindingStatus.Waived => "{ \"kind\": \"external\", \"status\": \"accepted\", \"justification\": " + JsonText.Quote(d.Waiver!.Justification + " (waiver expires " + d.Waiver.ExpiresText + (d.Waiver.Owner != null ? ", owner " + d.Waiver.Owner : string.Empty) + ")") + " }",
                    FindingStatus.Baselined => "{ \"kind\": \"external\", \"status\": \"accepted\", \"justification\": \"existing finding recorded in the FinGuard baseline\" }",
                    FindingStatus.Excluded => "{ \"kind\": \"external\", \"status\": \"accepted\", \"justification\": \"path excluded by the FinGuard policy\" }",
                    _ => null,
                };
                if (suppression != null)
                {
                    b.Append(", \"suppressions\": [ ").Append(suppression).Append(" ]");
                }

                b.Append(", \"properties\": { \"finguard.status\": \"").Append(d.Status.ToString().ToLowerInvariant()).Append('"');
                if (f.Symbol != null)
                {
                    b.Append(", \"finguard.symbol\": ").Append(JsonText.Quote(f.Symbol));
                }

                if (f.SuppressionKind != null)
                {
                    b.Append(", \"finguard.suppressedBy\": ").Append(JsonText.Quote(MarkdownReportWriter.SuppressionName(f.SuppressionKind)));
                    if (d.SuppressionIgnored)
                    {
                        b.Append(", \"finguard.suppressionIgnored\": \"the policy locks this rule\"");
                    }
                }

                b.Append(" } }");
            }

            for (int i = 0; i < deviations.Count; i++)
            {
                Deviation d = deviations[i];
                b.Append(findings.Count == 0 && i == 0 ? "\n" : ",\n");
                string level = d.Status == FindingStatus.Blocking ? "error" : d.Kind == DeviationKind.GeneratedCode || !d.Locked ? "note" : "warning";
                b.Append("        { \"ruleId\": ").Append(JsonText.Quote(d.Code))
                    .Append(", \"ruleIndex\": ").Append(ruleIndex[d.Code].ToString(CultureInfo.InvariantCulture))
                    .Append(", \"level\": \"").Append(level).Append('"')
                    .Append(", \"message\": { \"text\": ").Append(JsonText.Quote(d.Message)).Append(" }");
                if (d.File != null)
                {
                    b.Append(", \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": ").Append(JsonText.Quote(FileUri(d.File))).Append(" }");
                    if (d.Line > 0)
                    {
                        b.Append(", \"region\": { \"startLine\": ").Append(d.Line.ToString(CultureInfo.InvariantCulture)).Append(" }");
                    }

                    b.Append(" } } ]");
                }

                if (d.Status == FindingStatus.Waived && d.Waiver != null)
                {
                    b.Append(", \"suppressions\": [ { \"kind\": \"external\", \"status\": \"accepted\", \"justification\": ").Append(JsonText.Quote(d.Waiver.Justification + " (waiver expires " + d.Waiver.ExpiresText + ")")).Append(" } ]");
                }
                else if (d.Status == FindingStatus.Excluded)
                {
                    b.Append(", \"suppressions\": [ { \"kind\": \"external\", \"status\": \"accepted\", \"justification\": \"path excluded by the FinGuard policy\" } ]");
                }

                b.Append(", \"properties\": { \"finguard.status\": \"").Append(d.Status.ToString().ToLowerInvariant()).Append('"')
                    .Append(", \"finguard.deviation\": ").Append(JsonText.Quote(d.Kind == DeviationKind.GeneratedCode ? "not analysed" : d.RuleId + " " + d.Change))
                    .Append(", \"finguard.by\": ").Append(JsonText.Quote(d.By))
                    .Append(", \"finguard.locked\": ").Append(d.Locked ? "true" : "false").Append(" } }");
            }

            b.Append(findings.Count + deviations.Count == 0 ? "]\n" : "\n      ]\n");
            b.Append("    }\n  ]\n}\n");
            return b.ToString();
        }

        /// <summary>
        /// Run properties (did every FinGuard analyzer run, what is locked) and the compiler's own
        /// ruleConfigurationOverrides for FinGuard rules, so code scanning and auditors see how the rules were configured.
        /// </summary>
        private static void RenderIntegrity(StringBuilder b, GateIntegrity integrity)
        {
            // One override per FinGuard rule a deviation turned off or lowered (not the compiler's raw list: with
            // TreatWarningsAsErrors it records every rule as "error" and drops per-file and global-config changes).
            var overrides = new List<string>();
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
                        string? configuration = d.Change == "turned off" || d.By == "NoWarn" ? "\"enabled\": false"
                            : d.Change.StartsWith("lowered", StringComparison.Ordinal) ? "\"level\": \"note\"" : null;
                        if (configuration != null)
                        {
                            overrides.Add("{ \"descriptor\": { \"id\": " + JsonText.Quote(rule) + " }, \"configuration\": { " + configuration + " } }");
                        }
                    }
                }
            }

            if (overrides.Count > 0)
            {
                b.Append("      \"invocations\": [ { \"executionSuccessful\": true, \"ruleConfigurationOverrides\": [ ").Append(string.Join(", ", overrides.ToArray())).Append(" ] } ],\n");
            }

            b.Append("      \"properties\": { \"finguard.analyzers\": ").Append(JsonText.Quote(integrity.AnalyzersSentence()))
                .Append(", \"finguard.analyzersRan\": ").Append(integrity.MissingRules.Count == 0 ? "true" : "false")
                .Append(", \"finguard.rulesInCompilerLog\": ").Append(integrity.RulesInLog.ToString(CultureInfo.InvariantCulture))
                .Append(", \"finguard.lockedRules\": [");
            for (int i = 0; i < integrity.Locked.Count; i++)
            {
                b.Append(i == 0 ? string.Empty : ", ").Append(JsonText.Quote(integrity.Locked[i]));
            }

            b.Append("], \"finguard.treatWarningsAsErrors\": ").Append(integrity.TreatWarningsAsErrors ? "true" : "false")
                .Append(", \"finguard.deviations\": ").Append(integrity.Deviations.Count.ToString(CultureInfo.InvariantCulture)).Append(" },\n");
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
}
