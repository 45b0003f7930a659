using System;
using System.Collections.Generic;
using System.IO;
using FinGuard.Build.Json;

namespace FinGuard.Build.Sarif
{
    /// <summary>Thrown when a SARIF log cannot be used; carries the position for an FG9002 error.</summary>
    internal sealed class SarifReadException : Exception
    {
        public SarifReadException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// Reads the FinGuard results from a compiler error log. Both formats Roslyn writes are understood:
    /// SARIF 2.1 (what FinGuard's targets ask for) and SARIF 1.0 (the compiler's default when a user set
    /// <c>ErrorLog</c> without a version).
    /// </summary>
    internal static class SarifLogReader
    {
        public const string RulePrefix = "FG";

        /// <summary>The Diagnostic property an analyzer may set to name the enclosing symbol (used for baseline fingerprints and waivers).</summary>
        public const string SymbolProperty = "finguard.symbol";

        public static IReadOnlyList<Finding> Read(string path)
        {
            string text = File.ReadAllText(path);
            JsonValue root;
            try
            {
                root = JsonParser.Parse(text);
            }
            catch (JsonParseException e)
            {
                throw new SarifReadException(e.Message, e.Line, e.Column);
            }

            return Read(root, Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
        }

        internal static IReadOnlyList<Finding> Read(JsonValue root, string baseDirectory)
        {
            if (root.Kind != JsonKind.Object || root["runs"] is not { Kind: JsonKind.Array } runs)
            {
                throw new SarifReadException("not a SARIF log: expected an object with a \"runs\" array", root.Line, root.Column);
            }

            bool isVersion1 = root["version"]?.AsString() == "1.0.0";
            var findings = new List<Finding>();
            foreach (JsonValue run in runs.Items)
            {
                Dictionary<string, RuleInfo> helpUris = ReadRules(run, isVersion1);
                if (run["results"] is not { Kind: JsonKind.Array } results)
                {
                    continue;
                }

                foreach (JsonValue result in results.Items)
                {
                    string? ruleId = result["ruleId"]?.AsString();
                    if (ruleId == null || !ruleId.StartsWith(RulePrefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    findings.Add(isVersion1 ? ReadVersion1(result, ruleId, baseDirectory, helpUris) : ReadVersion2(result, ruleId, baseDirectory, helpUris));
                }
            }

            return findings;
        }

        private static Finding ReadVersion2(JsonValue result, string ruleId, string baseDirectory, Dictionary<string, RuleInfo> helpUris)
        {
            string level = result["level"]?.AsString() ?? "warning";
            string message = result["message"]?["text"]?.AsString() ?? ruleId;
            JsonValue? physical = FirstItem(result["locations"])?["physicalLocation"];
            string? file = ToPath(physical?["artifactLocation"]?["uri"]?.AsString(), baseDirectory);
            JsonValue? region = physical?["region"];
            bool suppressed = result["suppressions"] is { Kind: JsonKind.Array } s && s.Items.Count > 0;
            Finding finding = CreateFinding(ruleId, level, message, file, region, suppressed, helpUris);
            finding.Symbol = result["properties"]?["customProperties"]?[SymbolProperty]?.AsString();
            return finding;
        }

        private static Finding ReadVersion1(JsonValue result, string ruleId, string baseDirectory, Dictionary<string, RuleInfo> helpUris)
        {
            string level = result["level"]?.AsString() ?? "warning";
            string message = result["message"]?.AsString() ?? ruleId;
            JsonValue? location = FirstItem(result["locations"])?["resultFile"];
            string? file = ToPath(location?["uri"]?.AsString(), baseDirectory);
            bool suppressed = result["suppressionStates"] is { Kind: JsonKind.Array } s && s.Items.Count > 0;
            return CreateFinding(ruleId, level, message, file, location?["region"], suppressed, helpUris);
        }

        private static Finding CreateFinding(string ruleId, string level, string message, string? file, JsonValue? region, bool suppressed, Dictionary<string, RuleInfo> helpUris)
        {
            int line = region?["startLine"]?.AsInt() ?? 0;
            int column = region?["startColumn"]?.AsInt() ?? 0;
            int endLine = region?["endLine"]?.AsInt() ?? line;
            int endColumn = region?["endColumn"]?.AsInt() ?? column;
            helpUris.TryGetValue(ruleId, out RuleInfo? rule);
            return new Finding(ruleId, level, message, file, line, column, endLine, endColumn, suppressed, rule?.HelpUri) { Rule = rule };
        }

        private static Dictionary<string, RuleInfo> ReadRules(JsonValue run, bool isVersion1)
        {
            var rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
            if (isVersion1)
            {
                if (run["rules"] is { Kind: JsonKind.Object } byId)
                {
                    foreach (KeyValuePair<string, JsonValue> rule in byId.Properties)
                    {
                        rules[rule.Key] = new RuleInfo(rule.Key, rule.Value["shortDescription"]?.AsString(), rule.Value["fullDescription"]?.AsString(),
                            rule.Value["helpUri"]?.AsString(), rule.Value["properties"]?["category"]?.AsString());
                    }
                }

                return rules;
            }

            if (run["tool"]?["driver"]?["rules"] is { Kind: JsonKind.Array } descriptors)
            {
                foreach (JsonValue rule in descriptors.Items)
                {
                    if (rule["id"]?.AsString() is string id)
                    {
                        rules[id] = new RuleInfo(id, rule["shortDescription"]?["text"]?.AsString(), rule["fullDescription"]?["text"]?.AsString(),
                            rule["helpUri"]?.AsString(), rule["properties"]?["category"]?.AsString());
                    }
                }
            }

            return rules;
        }

        private static JsonValue? FirstItem(JsonValue? array)
            => array is { Kind: JsonKind.Array } && array.Items.Count > 0 ? array.Items[0] : null;

        private static string? ToPath(string? uri, string baseDirectory)
        {
            if (string.IsNullOrEmpty(uri))
            {
                return null;
            }

            if (Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) && absolute.IsFile)
            {
                return absolute.LocalPath;
            }

            string relative = Uri.UnescapeDataString(uri!);
            return Path.GetFullPath(Path.Combine(baseDirectory, relative));
        }
    }
}
