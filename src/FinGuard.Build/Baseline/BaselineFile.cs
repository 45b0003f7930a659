using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using FinGuard.Build.Json;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Baseline
{
    /// <summary>
    /// <c>finguard.baseline.json</c>: the findings a project had when it adopted FinGuard, keyed by fingerprint,
    /// so that only new findings block. Written sorted with one entry per line for stable, reviewable diffs; it
    /// holds no source text (flagged text can be a secret or a card number).
    /// </summary>
    internal sealed class BaselineFile
    {
        public const int CurrentVersion = 1;

        private readonly Dictionary<string, int> _remaining = new Dictionary<string, int>(StringComparer.Ordinal);

        public int Count { get; private set; }

        /// <summary>Consumes one baseline entry for the fingerprint; false when the finding is new.</summary>
        public bool TryMatch(string fingerprint)
        {
            if (_remaining.TryGetValue(fingerprint, out int count) && count > 0)
            {
                _remaining[fingerprint] = count - 1;
                return true;
            }

            return false;
        }

        /// <summary>Reads a baseline; a missing file is an empty baseline, a bad one an FG9011 error (and null).</summary>
        public static BaselineFile? Load(string path, List<GateDiagnostic> diagnostics)
        {
            var baseline = new BaselineFile();
            if (!File.Exists(path))
            {
                return baseline;
            }

            JsonValue root;
            try
            {
                root = JsonParser.Parse(File.ReadAllText(path));
            }
            catch (JsonParseException e)
            {
                diagnostics.Add(Error(path, e.Line, e.Column, "the FinGuard baseline is not valid JSON: " + e.Message + "; restore it from version control or regenerate it with -p:FinGuardUpdateBaseline=true"));
                return null;
            }

            if (root.Kind != JsonKind.Object || root["findings"] is not { Kind: JsonKind.Array } findings)
            {
                diagnostics.Add(Error(path, root.Line, root.Column, "not a FinGuard baseline: expected an object with \"version\" and a \"findings\" array"));
                return null;
            }

            JsonValue? version = root["version"];
            int? number = version?.AsInt();
            if (number == null || number < 1)
            {
                diagnostics.Add(Error(path, (version ?? root).Line, (version ?? root).Column, $"the baseline has no valid \"version\"; expected {CurrentVersion}"));
                return null;
            }

            if (number > CurrentVersion)
            {
                diagnostics.Add(Error(path, version!.Line, version.Column,
                    $"the baseline has format version {number}, newer than this FinGuard understands ({CurrentVersion}); update the FinGuard package (the file was left untouched)"));
                return null;
            }

            foreach (JsonValue entry in findings.Items)
            {
                if (entry["fingerprint"]?.AsString() is not string fingerprint || fingerprint.Length == 0)
                {
                    diagnostics.Add(Error(path, entry.Line, entry.Column, "a baseline entry has no \"fingerprint\"; expected { \"rule\", \"file\", \"symbol\", \"fingerprint\", \"count\" }"));
                    return null;
                }

                int count = entry["count"]?.AsInt() ?? 1;
                baseline._remaining.TryGetValue(fingerprint, out int existing);
                baseline._remaining[fingerprint] = existing + Math.Max(count, 1);
                baseline.Count += Math.Max(count, 1);
            }

            return baseline;
        }

        /// <summary>Renders the baseline for the given findings, sorted by file, rule, symbol and fingerprint.</summary>
        public static string Render(IEnumerable<Finding> findings)
        {
            var entries = new SortedDictionary<string, (Finding Finding, int Count)>(StringComparer.Ordinal);
            foreach (Finding finding in findings)
            {
                string key = (finding.RelativePath ?? string.Empty) + "\u0001" + finding.RuleId + "\u0001" + (finding.Symbol ?? string.Empty) + "\u0001" + finding.Fingerprint;
                entries[key] = entries.TryGetValue(key, out var existing) ? (existing.Finding, existing.Count + 1) : (finding, 1);
            }

            var builder = new StringBuilder();
            builder.Append("{\n  \"version\": ").Append(CurrentVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            builder.Append("  \"comment\": \"FinGuard baseline: existing findings that do not block. Regenerate with dotnet build -p:FinGuardUpdateBaseline=true; review removals and additions like code.\",\n");
            builder.Append("  \"findings\": [");
            bool first = true;
            foreach (var entry in entries.Values)
            {
                builder.Append(first ? "\n" : ",\n");
                first = false;
                builder.Append("    { \"rule\": ").Append(JsonText.Quote(entry.Finding.RuleId))
                    .Append(", \"file\": ").Append(JsonText.Quote(entry.Finding.RelativePath ?? string.Empty))
                    .Append(", \"symbol\": ").Append(JsonText.Quote(entry.Finding.Symbol ?? string.Empty))
                    .Append(", \"fingerprint\": ").Append(JsonText.Quote(entry.Finding.Fingerprint ?? string.Empty))
                    .Append(", \"count\": ").Append(entry.Count.ToString(CultureInfo.InvariantCulture)).Append(" }");
            }

            builder.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            return builder.ToString();
        }

        private static GateDiagnostic Error(string path, int line, int column, string message) => new GateDiagnostic(GateCodes.BaselineUnreadable, true, path, line, column, message);
    }
}
