using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
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

        public static string Render(string projectName, IReadOnlyList<DecidedFinding> findings, bool hasBaseline, string? version = null)
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
                    FindingStatus.Suppressed => "{ \"kind\": \"inSource\", \"status\": \"accepted\" }",
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

                b.Append(" } }");
            }

            b.Append(findings.Count == 0 ? "]\n" : "\n      ]\n");
            b.Append("    }\n  ]\n}\n");
            return b.ToString();
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
