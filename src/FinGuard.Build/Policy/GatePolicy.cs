using System.Globalization;
using System.IO;
using FinGuard.Build.Json;

namespace FinGuard.Build.Policy;

/// <summary>
/// The team's payment-security policy (<c>finguard.json</c>): what blocks, which paths are out of scope, the
/// waivers, and whether known-vulnerable dependencies block. Without a policy file the defaults apply: card
/// data (FG1) and secrets (FG4) block at warning, every FinGuard finding blocks at error.
/// </summary>
internal sealed class GatePolicy
{
    public const int CurrentVersion = 1;
    public const int Note = 1;
    public const int Warning = 2;
    public const int Error = 3;
    public const int Never = int.MaxValue;

    private static readonly string[] TopLevelKeys = { "$schema", "version", "block", "lock", "generatedCode", "exclude", "waivers", "dependencies" };
    private static readonly string[] WaiverKeys = { "rule", "path", "symbol", "justification", "owner", "expires" };
    private static readonly string[] DependencyKeys = { "audit", "minSeverity" };

    private readonly List<KeyValuePair<RulePattern, int>> _block = new List<KeyValuePair<RulePattern, int>>();
    private ISet<string>? _knownRules;

    private GatePolicy(string? filePath, string baseDirectory)
    {
        FilePath = filePath;
        BaseDirectory = baseDirectory;
    }

    /// <summary>The policy file, or null when the defaults apply.</summary>
    public string? FilePath { get; }

    /// <summary>Globs are relative to this folder: the policy file's folder (the project folder without a file).</summary>
    public string BaseDirectory { get; }

    /// <summary>True when the policy file has a "block" section, which then replaces the defaults entirely.</summary>
    public bool HasBlockSection { get; private set; }

    public List<Glob> Exclude { get; } = new List<Glob>();

    /// <summary>
    /// Rules that nothing outside the policy may weaken (.editorconfig, global configs, NoWarn, [SuppressMessage],
    /// #pragma...): "lock" in finguard.json; without it the families that block by default, FG1 and FG4.
    /// </summary>
    public List<RulePattern> Locked { get; } = new List<RulePattern>();

    /// <summary>"report" (default): source files that call themselves generated are listed as not analysed; "block": each one fails the build.</summary>
    public bool BlockGeneratedCode { get; private set; }

    /// <summary>True when a locked rule matches <paramref name="ruleId"/>.</summary>
    public bool IsLocked(string ruleId)
    {
        foreach (RulePattern pattern in Locked)
        {
            if (pattern.Matches(ruleId))
            {
                return true;
            }
        }

        return false;
    }

    public List<Waiver> Waivers { get; } = new List<Waiver>();

    /// <summary>NuGet audit findings (NU1901-NU1904) at or above <see cref="AuditMinSeverity"/> block.</summary>
    public bool AuditEnabled { get; private set; }

    /// <summary>1 low, 2 moderate, 3 high, 4 critical.</summary>
    public int AuditMinSeverity { get; private set; } = 3;

    /// <summary>Where the policy asks for the dependency audit (the "dependencies" value), for diagnostics about it.</summary>
    public int AuditLine { get; private set; }

    /// <inheritdoc cref="AuditLine"/>
    public int AuditColumn { get; private set; }

    public static GatePolicy CreateDefault(string projectDirectory)
    {
        var policy = new GatePolicy(null, projectDirectory);
        policy.AddDefaults();
        policy.AddDefaultLocks();
        return policy;
    }

    /// <summary>The minimum SARIF level (<see cref="Note"/>, <see cref="Warning"/>, <see cref="Error"/>) at which a rule blocks, or <see cref="Never"/>.</summary>
    public int BlockingLevelOf(string ruleId)
    {
        int best = -1;
        int level = Never;
        foreach (KeyValuePair<RulePattern, int> entry in _block)
        {
            if (entry.Key.Specificity > best && entry.Key.Matches(ruleId))
            {
                best = entry.Key.Specificity;
                level = entry.Value;
            }
        }

        return level;
    }

    /// <summary>
    /// Reads a policy file. Every problem becomes an FG9xxx diagnostic with its line and column; the returned
    /// policy is null when the file cannot be used at all (then the gate fails without judging findings).
    /// </summary>
    public static GatePolicy? Load(string path, List<GateDiagnostic> diagnostics, ISet<string>? knownRules = null)
    {
        JsonValue root;
        try
        {
            root = JsonFile.Read(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.PolicyMalformed, true, path, 0, 0, "FinGuard cannot read the policy file: " + e.Message + "; check that it exists and is readable"));
            return null;
        }
        catch (JsonParseException e)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.PolicyMalformed, true, path, e.Line, e.Column, "the FinGuard policy is not valid JSON: " + e.Message));
            return null;
        }

        int errorsBefore = CountErrors(diagnostics);
        var policy = new GatePolicy(path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty) { _knownRules = knownRules };
        policy.Read(root, path, diagnostics);
        return CountErrors(diagnostics) > errorsBefore ? null : policy;
    }

    private static int CountErrors(List<GateDiagnostic> diagnostics)
    {
        int count = 0;
        foreach (GateDiagnostic d in diagnostics)
        {
            if (d.IsError)
            {
                count++;
            }
        }

        return count;
    }

    private void AddDefaults()
    {
        _block.Add(new KeyValuePair<RulePattern, int>(RulePattern.TryParse("FG1")!, Warning));
        _block.Add(new KeyValuePair<RulePattern, int>(RulePattern.TryParse("FG4")!, Warning));
        _block.Add(new KeyValuePair<RulePattern, int>(RulePattern.TryParse("*")!, Error));
    }

    private void AddDefaultLocks()
    {
        Locked.Add(RulePattern.TryParse("FG1")!);
        Locked.Add(RulePattern.TryParse("FG4")!);
    }

    private void ReadLock(JsonValue value, string file, List<GateDiagnostic> diagnostics)
    {
        foreach (JsonValue item in ExpectArray(value, "\"lock\"", "an array of rules or families such as [\"FG1*\", \"FG4\", \"FG3005\"]", file, diagnostics))
        {
            if (ExpectString(item, "a \"lock\" entry", "a rule ID or family string", file, diagnostics) is not string text)
            {
                continue;
            }

            RulePattern? pattern = RulePattern.TryParse(text);
            if (pattern == null || !IsKnown(pattern) || text.StartsWith("NU", StringComparison.Ordinal))
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.UnknownRule, true, file, item.Line, item.Column, $"unknown rule \"{text}\" in \"lock\"; {ExpectedRules()}"));
                continue;
            }

            Locked.Add(pattern);
        }
    }

    private void Read(JsonValue root, string file, List<GateDiagnostic> diagnostics)
    {
        if (root.Kind != JsonKind.Object)
        {
            diagnostics.Add(Invalid(file, root, "the FinGuard policy must be a JSON object; expected { \"block\": ..., \"waivers\": [...] }"));
            return;
        }

        CheckKeys(root, TopLevelKeys, "the policy", file, diagnostics);
        if (root["version"] is JsonValue version && version.AsInt() is not CurrentVersion)
        {
            diagnostics.Add(Invalid(file, version, $"unsupported policy version {version.Text ?? version.Kind.ToString()}; expected {CurrentVersion}"));
        }

        if (root["block"] is JsonValue block)
        {
            ReadBlock(block, file, diagnostics);
        }
        else
        {
            AddDefaults();
        }

        if (root["lock"] is JsonValue locked)
        {
            ReadLock(locked, file, diagnostics);
        }
        else
        {
            AddDefaultLocks();
        }

        if (root["generatedCode"] is JsonValue generated)
        {
            switch (generated.AsString())
            {
                case "report":
                    break;
                case "block":
                    BlockGeneratedCode = true;
                    break;
                default:
                    diagnostics.Add(Invalid(file, generated, $"\"generatedCode\" is {Show(generated)}; expected \"report\" or \"block\""));
                    break;
            }
        }

        if (root["exclude"] is JsonValue exclude)
        {
            foreach (JsonValue item in ExpectArray(exclude, "\"exclude\"", "an array of path globs such as [\"tests/**\"]", file, diagnostics))
            {
                if (ExpectString(item, "an \"exclude\" entry", "a path glob string", file, diagnostics) is string pattern && ReadGlob(item, pattern, file, diagnostics) is Glob glob)
                {
                    Exclude.Add(glob);
                }
            }
        }

        if (root["dependencies"] is JsonValue dependencies)
        {
            ReadDependencies(dependencies, file, diagnostics);
        }

        if (root["waivers"] is JsonValue waivers)
        {
            foreach (JsonValue item in ExpectArray(waivers, "\"waivers\"", "an array of waiver objects", file, diagnostics))
            {
                ReadWaiver(item, file, diagnostics);
            }
        }
    }

    private void ReadBlock(JsonValue block, string file, List<GateDiagnostic> diagnostics)
    {
        HasBlockSection = true;
        if (block.Kind != JsonKind.Object)
        {
            diagnostics.Add(Invalid(file, block, "\"block\" must be an object mapping rules to the minimum blocking severity; expected { \"FG1\": \"warning\", \"*\": \"error\" }"));
            return;
        }

        foreach (KeyValuePair<string, JsonValue> entry in block.Properties)
        {
            RulePattern? pattern = RulePattern.TryParse(entry.Key);
            if (pattern == null || !IsKnown(pattern))
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.UnknownRule, true, file, entry.Value.Line, entry.Value.Column, $"unknown rule \"{entry.Key}\" in \"block\"; {ExpectedRules()}"));
                continue;
            }

            string? severity = entry.Value.AsString();
            int level = severity switch
            {
                "error" => Error,
                "warning" => Warning,
                "note" => Note,
                "never" => Never,
                _ => 0,
            };
            if (level == 0)
            {
                diagnostics.Add(Invalid(file, entry.Value, $"\"{entry.Key}\" has severity {Show(entry.Value)}; expected \"error\", \"warning\", \"note\" or \"never\""));
                continue;
            }

            _block.Add(new KeyValuePair<RulePattern, int>(pattern, level));
        }
    }

    private void ReadDependencies(JsonValue dependencies, string file, List<GateDiagnostic> diagnostics)
    {
        if (dependencies.Kind != JsonKind.Object)
        {
            diagnostics.Add(Invalid(file, dependencies, "\"dependencies\" must be an object; expected { \"audit\": true, \"minSeverity\": \"high\" }"));
            return;
        }

        CheckKeys(dependencies, DependencyKeys, "\"dependencies\"", file, diagnostics);
        AuditEnabled = true;
        AuditLine = dependencies.Line;
        AuditColumn = dependencies.Column;
        if (dependencies["audit"] is JsonValue audit)
        {
            if (audit.Kind != JsonKind.True && audit.Kind != JsonKind.False)
            {
                diagnostics.Add(Invalid(file, audit, $"\"audit\" is {Show(audit)}; expected true or false"));
            }

            AuditEnabled = audit.Kind == JsonKind.True;
        }

        if (dependencies["minSeverity"] is JsonValue min)
        {
            int level = min.AsString() switch
            {
                "low" => 1,
                "moderate" => 2,
                "high" => 3,
                "critical" => 4,
                _ => 0,
            };
            if (level == 0)
            {
                diagnostics.Add(Invalid(file, min, $"\"minSeverity\" is {Show(min)}; expected \"low\", \"moderate\", \"high\" or \"critical\""));
            }
            else
            {
                AuditMinSeverity = level;
            }
        }
    }

    private void ReadWaiver(JsonValue item, string file, List<GateDiagnostic> diagnostics)
    {
        if (item.Kind != JsonKind.Object)
        {
            diagnostics.Add(Invalid(file, item, "a waiver must be an object; expected { \"rule\", \"path\" and/or \"symbol\", \"justification\", \"owner\", \"expires\" }"));
            return;
        }

        CheckKeys(item, WaiverKeys, "a waiver", file, diagnostics);
        int errors = CountErrors(diagnostics);
        RulePattern? rule = null;
        if (item["rule"] is not JsonValue ruleValue)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.WaiverIncomplete, true, file, item.Line, item.Column, "the waiver has no \"rule\"; expected a rule ID or family such as \"FG1001\""));
        }
        else if (ExpectString(ruleValue, "\"rule\"", "a rule ID string", file, diagnostics) is string ruleText)
        {
            rule = RulePattern.TryParse(ruleText);
            if (rule == null || !IsKnown(rule))
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.UnknownRule, true, file, ruleValue.Line, ruleValue.Column, $"unknown rule \"{ruleText}\" in a waiver; {ExpectedRules()}"));
                rule = null;
            }
        }

        Glob? glob = null;
        if (item["path"] is JsonValue pathValue && ExpectString(pathValue, "\"path\"", "a path glob string", file, diagnostics) is string pattern)
        {
            glob = ReadGlob(pathValue, pattern, file, diagnostics);
        }

        string? symbol = null;
        if (item["symbol"] is JsonValue symbolValue)
        {
            symbol = ExpectString(symbolValue, "\"symbol\"", "a fully qualified symbol such as \"App.Legacy.Importer\"", file, diagnostics);
            if (symbol != null && symbol.Trim().Length == 0)
            {
                diagnostics.Add(Invalid(file, symbolValue, "\"symbol\" is empty; expected a fully qualified symbol such as \"App.Legacy.Importer\""));
            }
        }

        if (item["path"] == null && item["symbol"] == null)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.WaiverIncomplete, true, file, item.Line, item.Column, "the waiver names neither \"path\" nor \"symbol\"; expected a path glob and/or a symbol so it waives only what was reviewed"));
        }

        string? justification = item["justification"] is JsonValue j ? ExpectString(j, "\"justification\"", "a sentence saying why the risk is accepted", file, diagnostics) : null;
        if (item["justification"] == null || (justification != null && justification.Trim().Length == 0))
        {
            JsonValue at = item["justification"] ?? item;
            diagnostics.Add(new GateDiagnostic(GateCodes.WaiverIncomplete, true, file, at.Line, at.Column, "the waiver has no justification; expected \"justification\": why the risk is accepted and how it is mitigated"));
        }

        string? owner = item["owner"] is JsonValue o ? ExpectString(o, "\"owner\"", "a person or team", file, diagnostics) : null;

        DateTime expires = default;
        if (item["expires"] is not JsonValue expiresValue)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.WaiverIncomplete, true, file, item.Line, item.Column, "the waiver has no expiry; expected \"expires\": \"yyyy-MM-dd\" (waivers are reviewed, never permanent)"));
        }
        else if (expiresValue.AsString() is not string expiresText
                 || !DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out expires))
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.BadDate, true, file, expiresValue.Line, expiresValue.Column, $"\"expires\" is {Show(expiresValue)}, which is not a date; expected \"yyyy-MM-dd\", for example \"2026-12-31\""));
        }

        if (CountErrors(diagnostics) == errors && rule != null && justification != null)
        {
            Waivers.Add(new Waiver(rule, glob, symbol, justification.Trim(), owner, expires.Date, item.Line, item.Column));
        }
    }

    /// <summary>An exact FinGuard ID must be one the package ships (when the package says which); families, * and NU codes always are.</summary>
    private bool IsKnown(RulePattern pattern)
        => _knownRules == null || pattern.Specificity != 2 || !pattern.Text.StartsWith("FG", StringComparison.Ordinal) || _knownRules.Contains(pattern.Text);

    private string ExpectedRules()
    {
        if (_knownRules == null)
        {
            return RulePattern.Expected;
        }

        var ids = new List<string>(_knownRules);
        ids.Sort(StringComparer.Ordinal);
        return RulePattern.Expected + "; this FinGuard version has " + string.Join(", ", ids);
    }

    private static Glob? ReadGlob(JsonValue at, string pattern, string file, List<GateDiagnostic> diagnostics)
    {
        Glob? glob = Glob.TryParse(pattern, out string? error);
        if (glob == null)
        {
            diagnostics.Add(new GateDiagnostic(GateCodes.BadGlob, true, file, at.Line, at.Column, error!));
        }

        return glob;
    }

    private static void CheckKeys(JsonValue obj, string[] allowed, string where, string file, List<GateDiagnostic> diagnostics)
    {
        foreach (KeyValuePair<string, JsonValue> property in obj.Properties)
        {
            if (Array.IndexOf(allowed, property.Key) < 0)
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.PolicyInvalid, true, file, property.Value.Line, property.Value.Column,
                    $"unknown key \"{property.Key}\" in {where}; expected one of {string.Join(", ", allowed)}"));
            }
        }
    }

    private static IReadOnlyList<JsonValue> ExpectArray(JsonValue value, string what, string expected, string file, List<GateDiagnostic> diagnostics)
    {
        if (value.Kind == JsonKind.Array)
        {
            return value.Items;
        }

        diagnostics.Add(Invalid(file, value, $"{what} is {Show(value)}; expected {expected}"));
        return new JsonValue[0];
    }

    private static string? ExpectString(JsonValue value, string what, string expected, string file, List<GateDiagnostic> diagnostics)
    {
        if (value.Kind == JsonKind.String)
        {
            return value.Text;
        }

        diagnostics.Add(Invalid(file, value, $"{what} is {Show(value)}; expected {expected}"));
        return null;
    }

    private static GateDiagnostic Invalid(string file, JsonValue at, string message) => new GateDiagnostic(GateCodes.PolicyInvalid, true, file, at.Line, at.Column, message);

    private static string Show(JsonValue value) => value.Kind switch
    {
        JsonKind.String => "\"" + value.Text + "\"",
        JsonKind.Number => value.Text ?? "a number",
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.Null => "null",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };
}
