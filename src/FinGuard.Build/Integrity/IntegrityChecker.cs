using System.IO;
using System.Text;
using FinGuard.Build.Baseline;
using FinGuard.Build.Policy;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Integrity;

/// <summary>What the build told the gate besides the compiler log: MSBuild properties, analyzer configuration files, source files.</summary>
internal sealed class IntegrityInputs
{
    public string ProjectDirectory { get; set; } = string.Empty;

    public string? ProjectFile { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>The project's own WarningsNotAsErrors (before FinGuard's targets added the FinGuard IDs).</summary>
    public string? WarningsNotAsErrors { get; set; }

    public string? WarningLevel { get; set; }

    /// <summary>The analyzer configuration files the compiler read (@(EditorConfigFiles): .editorconfig, .globalconfig, global configs).</summary>
    public IReadOnlyList<string> ConfigFiles { get; set; } = Array.Empty<string>();

    /// <summary>The project's @(Compile) items.</summary>
    public IReadOnlyList<string> SourceFiles { get; set; } = Array.Empty<string>();

    /// <summary>Folders whose files are build output (obj/, bin/): their generated files are the build's own, not the source tree's.</summary>
    public IReadOnlyList<string> OutputDirectories { get; set; } = Array.Empty<string>();
}

/// <summary>
/// Finds every way a build weakened FinGuard outside <c>finguard.json</c> (issue 19): rules turned off or lowered
/// (the compiler log's <c>ruleConfigurationOverrides</c>, located in the configuration files that did it),
/// NoWarn / WarningsNotAsErrors / WarningLevel, and source files the analyzers skip because they call
/// themselves generated. The compiler log says <em>what</em> changed; the configuration files are only searched
/// to name <em>where</em>. Locked rules without a valid waiver block (FG9017, FG9019).
/// </summary>
internal static class IntegrityChecker
{
    private static readonly string[] GeneratedSuffixes = { ".g.cs", ".g.i.cs", ".designer.cs", ".generated.cs" };

    public static List<Deviation> Check(CompilerLog log, GatePolicy policy, IntegrityInputs inputs, DateTime today)
    {
        var deviations = new List<Deviation>();
        List<ConfigEntry> config = ReadConfig(inputs.ConfigFiles, inputs.SourceFiles);
        HashSet<string> noWarn = FinGuardIds(inputs.NoWarn);
        CheckRuleConfiguration(log, config, noWarn, inputs, deviations);
        CheckProperties(noWarn, inputs, deviations);
        CheckGeneratedCode(config, policy, inputs, deviations);
        Decide(deviations, policy, inputs, today);
        return deviations;
    }

    private static void CheckRuleConfiguration(CompilerLog log, List<ConfigEntry> config, HashSet<string> noWarn, IntegrityInputs inputs, List<Deviation> deviations)
    {
        // One deviation per place that did it (a category key turns off seven rules in one line).
        var byPlace = new Dictionary<string, (ConfigEntry? Entry, List<string> Rules, string Change)>(StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (RuleOverride o in log.Overrides)
        {
            log.Rules.TryGetValue(o.RuleId, out RuleInfo? rule);
            string defaultLevel = rule?.DefaultLevel ?? "warning";
            if (o.Enabled && Rank(o.Level) >= Rank(defaultLevel))
            {
                continue; // raised, or the same as the default (the compiler lists the unchanged trees too)
            }

            if (!seen.Add(o.RuleId))
            {
                continue;
            }

            string change = o.Enabled ? "lowered to " + o.Level : "turned off";
            bool found = false;
            foreach (ConfigEntry entry in config)
            {
                if (entry.Weakens(o.RuleId, rule?.Category))
                {
                    found = true;
                    Add(byPlace, order, entry.File + "\u0001" + entry.Line, entry, o.RuleId, entry.Change());
                }
            }

            if (!found && !noWarn.Contains(o.RuleId))
            {
                // Recorded by the compiler but set somewhere the gate cannot see (a configuration file not named by
                // @(EditorConfigFiles), a /nowarn passed another way): still named, at the project file.
                Add(byPlace, order, "\u0001unknown", null, o.RuleId, change);
            }
        }

        // With TreatWarningsAsErrors the compiler records one "error" override per rule and drops per-file,
        // category and global-config changes (measured with the .NET 10 SDK), so every severity key that lowers a
        // FinGuard rule the log lists is named as well, even when the log's overrides do not show it.
        foreach (ConfigEntry entry in config)
        {
            foreach (KeyValuePair<string, RuleInfo> rule in log.Rules)
            {
                if (entry.Weakens(rule.Key, rule.Value.Category)
                    && !(byPlace.TryGetValue(entry.File + "\u0001" + entry.Line, out var place) && place.Rules.Contains(rule.Key)))
                {
                    Add(byPlace, order, entry.File + "\u0001" + entry.Line, entry, rule.Key, entry.Change());
                }
            }
        }

        foreach (string key in order)
        {
            (ConfigEntry? entry, List<string> rules, string change) = byPlace[key];
            rules.Sort(StringComparer.Ordinal);
            Deviation deviation = entry != null
                ? new Deviation(DeviationKind.RuleConfiguration, GateCodes.LockedRuleWeakened, Join(rules), change, entry.Text, entry.File, entry.Line, 1)
                : new Deviation(DeviationKind.RuleConfiguration, GateCodes.LockedRuleWeakened, Join(rules), change, "analyzer configuration recorded in the compiler log (not found in the configuration files the build named)", inputs.ProjectFile, 0, 0);
            deviation.Rules.AddRange(rules);
            deviations.Add(deviation);
        }
    }

    private static void Add(Dictionary<string, (ConfigEntry? Entry, List<string> Rules, string Change)> byPlace, List<string> order, string key, ConfigEntry? entry, string ruleId, string change)
    {
        if (!byPlace.TryGetValue(key, out var place))
        {
            place = (entry, new List<string>(), change);
            byPlace[key] = place;
            order.Add(key);
        }

        place.Rules.Add(ruleId);
    }

    private static void CheckProperties(HashSet<string> noWarn, IntegrityInputs inputs, List<Deviation> deviations)
    {
        if (noWarn.Count > 0)
        {
            var rules = new List<string>(noWarn);
            rules.Sort(StringComparer.Ordinal);
            var d = new Deviation(DeviationKind.Property, GateCodes.LockedRuleWeakened, Join(rules), "turned off", "NoWarn", inputs.ProjectFile, 0, 0);
            d.Rules.AddRange(rules);
            deviations.Add(d);
        }

        HashSet<string> notAsErrors = FinGuardIds(inputs.WarningsNotAsErrors);
        if (notAsErrors.Count > 0)
        {
            var rules = new List<string>(notAsErrors);
            rules.Sort(StringComparer.Ordinal);
            var d = new Deviation(DeviationKind.Property, GateCodes.LockedRuleWeakened, Join(rules), "asked never to fail the build", "WarningsNotAsErrors", inputs.ProjectFile, 0, 0);
            d.Rules.AddRange(rules);
            deviations.Add(d);
        }

        if (inputs.WarningLevel != null && inputs.WarningLevel.Trim() == "0")
        {
            // /warn:0 drops every warning, FinGuard's included, before the log is written (and records no override).
            var d = new Deviation(DeviationKind.Property, GateCodes.LockedRuleWeakened, "every FinGuard warning", "hidden from the compiler log", "WarningLevel=0", inputs.ProjectFile, 0, 0);
            d.Rules.Add("*");
            deviations.Add(d);
        }
    }

    private static void CheckGeneratedCode(List<ConfigEntry> config, GatePolicy policy, IntegrityInputs inputs, List<Deviation> deviations)
    {
        foreach (ConfigEntry entry in config)
        {
            if (string.Equals(entry.Key, "generated_code", StringComparison.OrdinalIgnoreCase) && string.Equals(entry.Value, "true", StringComparison.OrdinalIgnoreCase))
            {
                deviations.Add(new Deviation(DeviationKind.GeneratedCode, GateCodes.GeneratedCodeNotAnalyzed, null,
                    "marks [" + entry.Section + "] as generated", entry.Text, entry.File, entry.Line, 1));
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string source in inputs.SourceFiles)
        {
            string path;
            try
            {
                path = Path.GetFullPath(Path.Combine(inputs.ProjectDirectory, source));
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (!seen.Add(path) || IsBuildOutput(path, inputs.OutputDirectories) || !path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            (string? why, int line) = WhyGenerated(path);
            if (why != null)
            {
                deviations.Add(new Deviation(DeviationKind.GeneratedCode, GateCodes.GeneratedCodeNotAnalyzed, null, "not analysed", why, path, line, 1));
            }
        }
    }

    /// <summary>The compiler's own tests for generated code (GeneratedCodeUtilities): file name, leading comment, [GeneratedCode].</summary>
    internal static (string? Why, int Line) WhyGenerated(string path)
    {
        string name = Path.GetFileName(path);
        foreach (string suffix in GeneratedSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return ("its name ends with " + suffix, 1);
            }
        }

        if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
        {
            return ("its name starts with TemporaryGeneratedFile_", 1);
        }

        // One read per file; lines are split only for the leading comments and around a "GeneratedCode" hit, so
        // a large project costs one ordinal scan per file (the gate's budget is under 200 ms per build).
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return (null, 0);
        }

        // The header counts only in the comments before the first token.
        bool inBlock = false;
        int lineNumber = 0;
        int position = 0;
        while (position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            string t = (end < 0 ? text.Substring(position) : text.Substring(position, end - position)).Trim();
            lineNumber++;
            position = end < 0 ? text.Length : end + 1;
            if (t.Length == 0)
            {
                continue;
            }

            bool comment = inBlock || t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith("/*", StringComparison.Ordinal) || t.StartsWith("#", StringComparison.Ordinal);
            if (!comment)
            {
                break;
            }

            if (t.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0 || t.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ("an <auto-generated> header", lineNumber);
            }

            if (t.StartsWith("/*", StringComparison.Ordinal) || inBlock)
            {
                inBlock = t.IndexOf("*/", StringComparison.Ordinal) < 0;
            }
        }

        int at = text.IndexOf("GeneratedCode", StringComparison.Ordinal);
        while (at >= 0)
        {
            int lineStart = text.LastIndexOf('\n', at) + 1;
            int lineEnd = text.IndexOf('\n', at);
            string line = lineEnd < 0 ? text.Substring(lineStart) : text.Substring(lineStart, lineEnd - lineStart);
            if (HasGeneratedCodeAttribute(line))
            {
                int number = 1;
                for (int i = 0; i < lineStart; i++)
                {
                    number += text[i] == '\n' ? 1 : 0;
                }

                return ("a [GeneratedCode] attribute", number);
            }

            at = lineEnd < 0 ? -1 : text.IndexOf("GeneratedCode", lineEnd, StringComparison.Ordinal);
        }

        return (null, 0);
    }

    private static bool HasGeneratedCodeAttribute(string line)
    {
        int at = line.IndexOf("GeneratedCode", StringComparison.Ordinal);
        while (at >= 0)
        {
            int before = at - 1;
            while (before >= 0 && line[before] == ' ')
            {
                before--;
            }

            int after = at + "GeneratedCode".Length;
            if (string.CompareOrdinal(line, after, "Attribute", 0, 9) == 0)
            {
                after += 9;
            }

            while (after < line.Length && line[after] == ' ')
            {
                after++;
            }

            if (before >= 0 && (line[before] == '[' || line[before] == '.' || line[before] == ',') && after < line.Length && (line[after] == '(' || line[after] == ']' || line[after] == ','))
            {
                return true;
            }

            at = line.IndexOf("GeneratedCode", at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsBuildOutput(string path, IReadOnlyList<string> outputDirectories)
    {
        foreach (string directory in outputDirectories)
        {
            if (directory.Length > 0 && path.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Decide(List<Deviation> deviations, GatePolicy policy, IntegrityInputs inputs, DateTime today)
    {
        foreach (Deviation d in deviations)
        {
            string? relative = d.File != null ? Fingerprinter.RelativePath(d.File, policy.BaseDirectory) : null;
            string where = d.File != null && d.Line > 0 ? string.Empty : " (" + d.By + ")";
            if (d.Kind == DeviationKind.GeneratedCode)
            {
                bool excluded = false;
                if (relative != null)
                {
                    foreach (Glob glob in policy.Exclude)
                    {
                        excluded |= glob.IsMatch(relative);
                    }
                }

                d.Status = excluded ? FindingStatus.Excluded : policy.BlockGeneratedCode ? FindingStatus.Blocking : FindingStatus.Reported;
                d.Message = d.Change.StartsWith("marks", StringComparison.Ordinal)
                    ? $"'{d.By}' {d.Change}, so FinGuard's analyzers skip those files and cannot see card data or secrets in them: remove the setting, or list those paths under \"exclude\" in finguard.json"
                    : $"FinGuard's analyzers skip this file as generated ({d.By}), so card data or secrets in it are never seen: rename it or remove the marker if it is hand-written, or list its folder under \"exclude\" in finguard.json";
                continue;
            }

            d.Locked = false;
            bool allWaived = true;
            Waiver? waiver = null;
            foreach (string rule in d.Rules)
            {
                bool locked = rule == "*" ? policy.Locked.Count > 0 : policy.IsLocked(rule);
                if (!locked)
                {
                    continue;
                }

                d.Locked = true;
                Waiver? match = FindWaiver(policy, rule == "*" ? "FG1001" : rule, relative, today);
                if (match == null)
                {
                    allWaived = false;
                }
                else
                {
                    waiver ??= match;
                }
            }

            d.Waiver = waiver;
            d.Status = !d.Locked ? FindingStatus.Reported : allWaived ? FindingStatus.Waived : FindingStatus.Blocking;
            d.Message = d.Kind == DeviationKind.Property
                ? $"{d.By} {(d.By == "WarningLevel=0" ? "hides" : "names")} {d.RuleId}, which the FinGuard policy locks{(d.By == "WarningsNotAsErrors" ? " (the gate, not the compiler, decides what blocks)" : string.Empty)}: remove {(d.By == "WarningLevel=0" ? "the setting" : "the FinGuard IDs from " + d.By)}, or add a justified waiver for the project file to finguard.json"
                : $"'{d.By}'{where} {(d.Change == "turned off" ? "turns off" : "lowers")} {d.RuleId}{(d.Change.StartsWith("lowered to", StringComparison.Ordinal) ? " to" + d.Change.Substring("lowered to".Length) : string.Empty)}, which the FinGuard policy locks: remove the setting, or add a justified waiver for this file to finguard.json";
        }
    }

    private static Waiver? FindWaiver(GatePolicy policy, string rule, string? relativePath, DateTime today)
    {
        foreach (Waiver waiver in policy.Waivers)
        {
            if (waiver.Path != null && waiver.Matches(rule, relativePath, null) && !waiver.IsExpired(today))
            {
                waiver.Matched++;
                return waiver;
            }
        }

        return null;
    }

    private static int Rank(string? level) => level switch
    {
        "error" => 3,
        "warning" => 2,
        "note" => 1,
        _ => 0,
    };

    private static string Join(List<string> rules)
    {
        var b = new StringBuilder();
        for (int i = 0; i < rules.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : ", ").Append(rules[i]);
        }

        return b.ToString();
    }

    /// <summary>The FinGuard IDs in a NoWarn-style list ("CS1591;FG1001, FG1002").</summary>
    internal static HashSet<string> FinGuardIds(string? list)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(list))
        {
            return ids;
        }

        foreach (string part in list!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string id = part.Trim().ToUpperInvariant();
            if (id.Length == 6 && id.StartsWith("FG", StringComparison.Ordinal) && id[2] >= '1' && id[2] <= '8')
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>
    /// The keys of the configuration files that apply to at least one of the project's sources: a root
    /// .editorconfig shared with a tests folder ([tests/**.cs] ... = none) does not count against the src project.
    /// </summary>
    private static List<ConfigEntry> ReadConfig(IReadOnlyList<string> files, IReadOnlyList<string> sources)
    {
        var applicable = new List<ConfigEntry>();
        foreach (ConfigEntry entry in ReadAllConfig(files))
        {
            if (AppliesToAny(entry, sources))
            {
                applicable.Add(entry);
            }
        }

        return applicable;
    }

    private static readonly Dictionary<string, System.Text.RegularExpressions.Regex> SectionPatterns = new Dictionary<string, System.Text.RegularExpressions.Regex>(StringComparer.Ordinal);

    private static bool AppliesToAny(ConfigEntry entry, IReadOnlyList<string> sources)
    {
        if (entry.Section.Length == 0)
        {
            // Keys before any section count only in global configs (is_global); .editorconfig ignores them.
            return entry.IsGlobal;
        }

        if (sources.Count == 0)
        {
            return true; // nothing to match against (unit tests, a task run without @(Compile)): name it
        }

        System.Text.RegularExpressions.Regex pattern;
        lock (SectionPatterns)
        {
            string key = (entry.IsGlobal ? "g" : "e") + entry.Section;
            if (!SectionPatterns.TryGetValue(key, out pattern!))
            {
                pattern = new System.Text.RegularExpressions.Regex(SectionRegex(entry.Section, entry.IsGlobal), System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                SectionPatterns[key] = pattern;
            }
        }

        string directory = (Path.GetDirectoryName(entry.File) ?? string.Empty).Replace('\\', '/').TrimEnd('/') + "/";
        foreach (string source in sources)
        {
            string path = source.Replace('\\', '/');
            if (entry.IsGlobal)
            {
                if (pattern.IsMatch(path))
                {
                    return true;
                }
            }
            else if (path.StartsWith(directory, StringComparison.Ordinal) && pattern.IsMatch(path.Substring(directory.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>EditorConfig section globs: no '/' matches the file name in any folder; '**' any folders, '*' and '?' within a name, {a,b} alternatives, {n..m} numbers.</summary>
    private static string SectionRegex(string section, bool isGlobal)
    {
        var b = new StringBuilder("^");
        string glob = section;
        if (!isGlobal)
        {
            if (glob.StartsWith("/", StringComparison.Ordinal))
            {
                glob = glob.Substring(1);
            }
            else if (glob.IndexOf('/') < 0)
            {
                b.Append("(.*/)?");
            }
        }

        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*')
            {
                bool doubleStar = i + 1 < glob.Length && glob[i + 1] == '*';
                b.Append(doubleStar ? ".*" : "[^/]*");
                i += doubleStar ? 1 : 0;
            }
            else if (c == '?')
            {
                b.Append("[^/]");
            }
            else if (c == '{')
            {
                int close = glob.IndexOf('}', i);
                if (close < 0)
                {
                    b.Append("\\{");
                    continue;
                }

                string inner = glob.Substring(i + 1, close - i - 1);
                if (inner.IndexOf("..", StringComparison.Ordinal) >= 0)
                {
                    b.Append("-?[0-9]+");
                }
                else
                {
                    string[] options = inner.Split(',');
                    for (int o = 0; o < options.Length; o++)
                    {
                        options[o] = System.Text.RegularExpressions.Regex.Escape(options[o]).Replace("\\*", "[^/]*");
                    }

                    b.Append("(?:").Append(string.Join("|", options)).Append(')');
                }

                i = close;
            }
            else if (c == '[')
            {
                int close = glob.IndexOf(']', i);
                if (close < 0)
                {
                    b.Append("\\[");
                    continue;
                }

                b.Append('[').Append(glob.Substring(i + 1, close - i - 1).Replace("!", "^").Replace("\\", "\\\\")).Append(']');
                i = close;
            }
            else
            {
                b.Append(System.Text.RegularExpressions.Regex.Escape(c.ToString()));
            }
        }

        return b.Append('$').ToString();
    }

    private static List<ConfigEntry> ReadAllConfig(IReadOnlyList<string> files)
    {
        var entries = new List<ConfigEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in files)
        {
            string path = Path.GetFullPath(file);
            if (!seen.Add(path) || !File.Exists(path))
            {
                continue;
            }

            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                continue;
            }

            string section = string.Empty;
            bool isGlobal = string.Equals(Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase);
            foreach (string line in lines)
            {
                string t = line.Trim().Replace(" ", string.Empty);
                if (t.Length > 0 && t[0] == '[')
                {
                    break;
                }

                isGlobal |= string.Equals(t, "is_global=true", StringComparison.OrdinalIgnoreCase);
            }

            for (int i = 0; i < lines.Length; i++)
            {
                string t = lines[i].Trim();
                if (t.Length == 0 || t[0] == '#' || t[0] == ';')
                {
                    continue;
                }

                if (t[0] == '[' && t[t.Length - 1] == ']')
                {
                    section = t.Substring(1, t.Length - 2);
                    continue;
                }

                int eq = t.IndexOfAny(new[] { '=', ':' });
                if (eq <= 0)
                {
                    continue;
                }

                string key = t.Substring(0, eq).Trim();
                string value = t.Substring(eq + 1).Trim();
                int comment = value.IndexOfAny(new[] { '#', ';' });
                if (comment >= 0)
                {
                    value = value.Substring(0, comment).Trim();
                }

                entries.Add(new ConfigEntry(path, i + 1, section, key, value, t) { IsGlobal = isGlobal });
            }
        }

        return entries;
    }

    private sealed record ConfigEntry(string File, int Line, string Section, string Key, string Value, string Text)
    {
        /// <summary>A global analyzer config (.globalconfig or is_global = true): sections are absolute paths, top-level keys apply everywhere.</summary>
        public bool IsGlobal { get; init; }

        /// <summary>What the key's value does to a warning-level rule.</summary>
        public string Change() => Value.ToLowerInvariant() switch
        {
            "none" => "turned off",
            "silent" => "lowered to silent",
            "hidden" => "lowered to silent",
            _ => "lowered to suggestion",
        };

        /// <summary>A severity key that applies to the rule (by ID, its category, or all analyzers) with a value below warning.</summary>
        public bool Weakens(string ruleId, string? category)
        {
            string v = Value.ToLowerInvariant();
            if (v != "none" && v != "silent" && v != "suggestion" && v != "hidden" && v != "info")
            {
                return false;
            }

            string key = Key.ToLowerInvariant();
            return key == "dotnet_diagnostic." + ruleId.ToLowerInvariant() + ".severity"
                   || (category != null && key == "dotnet_analyzer_diagnostic.category-" + category.ToLowerInvariant() + ".severity")
                   || key == "dotnet_analyzer_diagnostic.severity";
        }
    }
}
