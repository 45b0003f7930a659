using System.IO;
using FinGuard.Build.Json;

namespace FinGuard.Build.Sarif;

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

    public static IReadOnlyList<Finding> Read(string path) => ReadLog(path).Findings;

    /// <summary>The findings plus what the log says about the analyzers themselves (rules loaded, overrides, failures).</summary>
    public static CompilerLog ReadLog(string path)
    {
        JsonValue root;
        try
        {
            root = JsonFile.Read(path);
        }
        catch (JsonParseException e)
        {
            throw new SarifReadException(e.Message, e.Line, e.Column);
        }

        return ReadLog(root, Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
    }

    internal static IReadOnlyList<Finding> Read(JsonValue root, string baseDirectory) => ReadLog(root, baseDirectory).Findings;

    internal static CompilerLog ReadLog(JsonValue root, string baseDirectory)
    {
        if (root.Kind != JsonKind.Object || root["runs"] is not { Kind: JsonKind.Array } runs)
        {
            throw new SarifReadException("not a SARIF log: expected an object with a \"runs\" array", root.Line, root.Column);
        }

        bool isVersion1 = root["version"]?.AsString() == "1.0.0";
        var log = new CompilerLog(isVersion1);
        foreach (JsonValue run in runs.Items)
        {
            Dictionary<string, RuleInfo> helpUris = ReadRules(run, isVersion1);
            foreach (KeyValuePair<string, RuleInfo> rule in helpUris)
            {
                if (rule.Key.StartsWith(RulePrefix, StringComparison.Ordinal))
                {
                    log.Rules[rule.Key] = rule.Value;
                }
            }

            if (!isVersion1)
            {
                ReadOverrides(run, log);
            }

            if (run["results"] is not { Kind: JsonKind.Array } results)
            {
                continue;
            }

            foreach (JsonValue result in results.Items)
            {
                string? ruleId = result["ruleId"]?.AsString();
                if (ruleId == AnalyzerExceptionId)
                {
                    // AD0001: "Analyzer 'FinGuard.Analyzers....' threw an exception ...": a FinGuard analyzer that threw saw nothing.
                    string text = (isVersion1 ? result["message"]?.AsString() : result["message"]?["text"]?.AsString()) ?? string.Empty;
                    if (text.IndexOf("'FinGuard.", StringComparison.Ordinal) >= 0)
                    {
                        log.AnalyzerFailures.Add(text);
                    }

                    continue;
                }

                if (ruleId == null || !ruleId.StartsWith(RulePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                log.Findings.Add(isVersion1 ? ReadVersion1(result, ruleId, baseDirectory, helpUris) : ReadVersion2(result, ruleId, baseDirectory, helpUris));
            }
        }

        return log;
    }

    /// <summary>The id the compiler reports when an analyzer throws.</summary>
    public const string AnalyzerExceptionId = "AD0001";

    /// <summary>
    /// <c>invocations[].ruleConfigurationOverrides</c>: the compiler records every rule whose effective severity
    /// differs from its default (.editorconfig, global configs, category and bulk keys, NoWarn), without saying which
    /// setting did it: <c>"configuration": { "enabled": false }</c> or <c>{ "level": "note" }</c>.
    /// </summary>
    private static void ReadOverrides(JsonValue run, CompilerLog log)
    {
        if (run["invocations"] is not { Kind: JsonKind.Array } invocations)
        {
            return;
        }

        foreach (JsonValue invocation in invocations.Items)
        {
            if (invocation["ruleConfigurationOverrides"] is not { Kind: JsonKind.Array } overrides)
            {
                continue;
            }

            foreach (JsonValue item in overrides.Items)
            {
                string? id = item["descriptor"]?["id"]?.AsString();
                if (id == null || !id.StartsWith(RulePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                JsonValue? configuration = item["configuration"];
                bool enabled = configuration?["enabled"]?.Kind != JsonKind.False;
                log.Overrides.Add(new RuleOverride(id, enabled, configuration?["level"]?.AsString()));
            }
        }
    }

    private static Finding ReadVersion2(JsonValue result, string ruleId, string baseDirectory, Dictionary<string, RuleInfo> helpUris)
    {
        string level = result["level"]?.AsString() ?? "warning";
        string message = result["message"]?["text"]?.AsString() ?? ruleId;
        JsonValue? physical = FirstItem(result["locations"])?["physicalLocation"];
        string? file = ToPath(physical?["artifactLocation"]?["uri"]?.AsString(), baseDirectory);
        JsonValue? region = physical?["region"];
        JsonValue? suppression = FirstItem(result["suppressions"]);
        Finding finding = CreateFinding(ruleId, level, message, file, region, suppression != null, helpUris);
        finding.Symbol = result["properties"]?["customProperties"]?[SymbolProperty]?.AsString();
        if (suppression != null)
        {
            finding.SuppressionKind = suppression["properties"]?["suppressionType"]?.AsString() ?? suppression["kind"]?.AsString() ?? "inSource";
            finding.SuppressionJustification = suppression["justification"]?.AsString();
        }

        return finding;
    }

    private static Finding ReadVersion1(JsonValue result, string ruleId, string baseDirectory, Dictionary<string, RuleInfo> helpUris)
    {
        string level = result["level"]?.AsString() ?? "warning";
        string message = result["message"]?.AsString() ?? ruleId;
        JsonValue? location = FirstItem(result["locations"])?["resultFile"];
        string? file = ToPath(location?["uri"]?.AsString(), baseDirectory);
        bool suppressed = result["suppressionStates"] is { Kind: JsonKind.Array } s && s.Items.Count > 0;
        Finding finding = CreateFinding(ruleId, level, message, file, location?["region"], suppressed, helpUris);
        finding.SuppressionKind = suppressed ? "inSource" : null;

        // Both of the compiler's SARIF writers put a diagnostic's properties in properties.customProperties.
        finding.Symbol = result["properties"]?["customProperties"]?[SymbolProperty]?.AsString();
        return finding;
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
                        rule["helpUri"]?.AsString(), rule["properties"]?["category"]?.AsString())
                    {
                        // SARIF's default level is "warning" when defaultConfiguration is absent.
                        DefaultLevel = rule["defaultConfiguration"]?["level"]?.AsString() ?? "warning",
                    };
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

/// <summary>A compiler error log as the gate needs it: FinGuard findings, the FinGuard rules the analyzers registered, severity overrides and analyzer failures.</summary>
internal sealed class CompilerLog
{
    public CompilerLog(bool isVersion1)
    {
        IsVersion1 = isVersion1;
    }

    /// <summary>SARIF 1.0 (a user's ErrorLog without ",version=2.1") lists only rules with results and no overrides.</summary>
    public bool IsVersion1 { get; }

    public List<Finding> Findings { get; } = new List<Finding>();

    /// <summary>FinGuard rule descriptors in the log: SARIF 2.1 lists every loaded analyzer's rules, with or without results.</summary>
    public Dictionary<string, RuleInfo> Rules { get; } = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);

    public List<RuleOverride> Overrides { get; } = new List<RuleOverride>();

    /// <summary>AD0001 messages naming a FinGuard analyzer.</summary>
    public List<string> AnalyzerFailures { get; } = new List<string>();
}

/// <summary>One <c>ruleConfigurationOverrides</c> entry for a FinGuard rule.</summary>
/// <param name="RuleId">The FinGuard rule the override is for.</param>
/// <param name="Enabled">False when the rule was turned off (severity none, NoWarn).</param>
/// <param name="Level">The effective level when changed: error, warning, note (suggestion/silent both log as note), none.</param>
internal sealed record RuleOverride(string RuleId, bool Enabled, string? Level);
