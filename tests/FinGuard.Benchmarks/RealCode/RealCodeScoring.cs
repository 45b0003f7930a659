using System.Globalization;
using System.Text.RegularExpressions;

// The real-code evaluation's label files and scoring (docs/benchmarks.md, "Real-code evaluation"). No Roslyn here:
// this file is also compiled into FinGuard.Build.Tests, which tests the scoring without any sources.
namespace FinGuard.Benchmarks.RealCode;

/// <summary>
/// One line of a <c>.labels</c> file: <c>owner+name/path:line WHAT # why</c>. WHAT is a rule ID (FG1003), a family
/// (FG1) or <c>none</c> (a look-alike where any FinGuard diagnostic is a false positive).
/// </summary>
public sealed record RealCodeLabel(string File, int Line, string What, string Why, string Origin)
{
    public bool IsNone => string.Equals(What, "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>FG1 for FG1003 or FG1; null for none.</summary>
    public string? Family => IsNone ? null : RealCodeScorer.FamilyOf(What);

    /// <summary>The rule ID when the label names one (FG1003), else null (a family or none).</summary>
    public string? RuleId => IsNone || What.Length == 3 ? null : What;

    public override string ToString() => $"{File}:{Line} {What}";
}

/// <summary>One line of a <c>.judged</c> file: <c>owner+name/path:line FGnnnn tp|fp # why</c>.</summary>
public sealed record RealCodeJudgement(string File, int Line, string RuleId, bool IsTruePositive, string Why, string Origin);

/// <summary>
/// A FinGuard diagnostic as the evaluation sees it; File is <c>owner+name/path</c>, Line is 1-based. CallLine is the
/// first line of the call or object creation the diagnostic's node sits in, when that call starts on an earlier line
/// (a value on the third line of a multi-line <c>LogInformation(...)</c>): labels are written on the invocation's line
/// (benchmarks.md, "Label format"), rules report on the value; 0 when the same as Line.
/// </summary>
public sealed record RealCodeDiagnostic(string File, int Line, string Id, string Message, int CallLine = 0)
{
    public string Family => RealCodeScorer.FamilyOf(Id);

    /// <summary>Lines between a label and this diagnostic: from its own line or from the first line of its call.</summary>
    public int DistanceTo(int labelLine)
        => CallLine > 0 ? Math.Min(Math.Abs(Line - labelLine), Math.Abs(CallLine - labelLine)) : Math.Abs(Line - labelLine);

    public override string ToString() => $"{File}:{Line} {Id} {Message}";
}

/// <summary>A parsed <c>.labels</c> file: the repository and snapshot commit of line 1, its labels, and what was wrong.</summary>
public sealed record RealCodeLabelFile(string Path, string Repo, string Commit, List<RealCodeLabel> Labels, List<string> Problems)
{
    /// <summary>owner+name, the folder the sources are unpacked into and the first segment of every label path.</summary>
    public string RepoKey => Repo.Replace('/', '+');
}

public static class RealCodeLabelParser
{
    private static readonly Regex Header = new Regex(@"^#\s*repo:\s*(?<repo>[^\s/]+/[^\s@]+)\s*@\s*(?<commit>[0-9a-fA-F]{7,40})\s*$", RegexOptions.CultureInvariant);

    // Lazy path up to the last ":<digits>" followed by blanks, so a path may contain ':' or spaces.
    private static readonly Regex LabelLine = new Regex(@"^(?<path>\S.*?):(?<line>\d+)\s+(?<what>FG\d{4}|FG\d|none)\b\s*(?:#\s*(?<why>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex JudgedLine = new Regex(@"^(?<path>\S.*?):(?<line>\d+)\s+(?<id>FG\d{4})\s+(?<verdict>tp|fp)\b\s*(?:#\s*(?<why>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static RealCodeLabelFile ParseLabels(string path, IEnumerable<string> lines)
    {
        var labels = new List<RealCodeLabel>();
        var problems = new List<string>();
        string repo = "", commit = "";
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim().TrimStart('\uFEFF');
            string origin = System.IO.Path.GetFileName(path) + ":" + number.ToString(CultureInfo.InvariantCulture);
            if (number == 1)
            {
                Match header = Header.Match(line);
                if (header.Success)
                {
                    repo = header.Groups["repo"].Value;
                    commit = header.Groups["commit"].Value.ToLowerInvariant();
                    continue;
                }

                problems.Add(origin + ": line 1 is not '# repo: <owner>/<name> @ <commit>'");
            }

            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            Match m = LabelLine.Match(line);
            if (!m.Success || !int.TryParse(m.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int lineNumber) || lineNumber < 1)
            {
                problems.Add(origin + ": not a label line: " + line);
                continue;
            }

            string what = m.Groups["what"].Value;
            what = what.Equals("none", StringComparison.OrdinalIgnoreCase) ? "none" : what.ToUpperInvariant();
            labels.Add(new RealCodeLabel(NormalizePath(m.Groups["path"].Value), lineNumber, what, m.Groups["why"].Value.Trim(), origin));
        }

        if (repo.Length == 0 && labels.Count > 0)
        {
            // Without the header the repository is the first segment of the label paths.
            string first = labels[0].File;
            int slash = first.IndexOf('/');
            repo = slash > 0 ? first.Substring(0, slash).Replace('+', '/') : "";
        }

        string key = repo.Replace('/', '+');
        foreach (RealCodeLabel label in labels)
        {
            if (!label.File.StartsWith(key + "/", StringComparison.Ordinal))
            {
                problems.Add(label.Origin + ": path does not start with " + key + "/: " + label.File);
            }
        }

        foreach (IGrouping<(string, int, string?), RealCodeLabel> same in labels.GroupBy(l => (l.File, l.Line, l.Family)).Where(g => g.Count() > 1))
        {
            problems.Add(string.Join(", ", same.Select(l => l.Origin)) + ": several labels of one family on one line (" + same.Key.Item1 + ":" + same.Key.Item2.ToString(CultureInfo.InvariantCulture) + ")");
        }

        return new RealCodeLabelFile(path, repo, commit, labels, problems);
    }

    public static List<RealCodeJudgement> ParseJudged(string path, IEnumerable<string> lines, List<string> problems)
    {
        var judged = new List<RealCodeJudgement>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            string origin = System.IO.Path.GetFileName(path) + ":" + number.ToString(CultureInfo.InvariantCulture);
            Match m = JudgedLine.Match(line);
            if (!m.Success || !int.TryParse(m.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int lineNumber))
            {
                problems.Add(origin + ": not a judgement line (path:line FGnnnn tp|fp # why): " + line);
                continue;
            }

            judged.Add(new RealCodeJudgement(NormalizePath(m.Groups["path"].Value), lineNumber, m.Groups["id"].Value.ToUpperInvariant(),
                m.Groups["verdict"].Value.Equals("tp", StringComparison.OrdinalIgnoreCase), m.Groups["why"].Value.Trim(), origin));
        }

        return judged;
    }

    public static string NormalizePath(string path)
    {
        string p = path.Trim().Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p.Substring(2);
        }

        return p;
    }
}

public sealed record RealCodeMatch(RealCodeLabel Label, RealCodeDiagnostic Diagnostic)
{
    /// <summary>The label names a rule and a different rule of the same family reported: TP for the family, listed.</summary>
    public bool IsRuleMismatch => Label.RuleId != null && !string.Equals(Label.RuleId, Diagnostic.Id, StringComparison.Ordinal);
}

public sealed record RealCodeJudged(RealCodeJudgement Judgement, RealCodeDiagnostic Diagnostic);

/// <summary>Counts of one family or one rule.</summary>
public sealed class RealCodeCounts
{
    /// <summary>Positive labels.</summary>
    public int Labels { get; set; }

    /// <summary>Positive labels matched by a diagnostic (recall's TP).</summary>
    public int TruePositives { get; set; }

    public int FalseNegatives { get; set; }

    /// <summary>
    /// Diagnostics that matched a positive label (precision's TP). For a family it equals TruePositives; for a rule
    /// it counts on the reported rule's row, while TruePositives counts on the labelled rule's row.
    /// </summary>
    public int MatchedDiagnostics { get; set; }

    /// <summary>Diagnostics on a none line.</summary>
    public int LookAlikeHits { get; set; }

    public int JudgedTruePositives { get; set; }

    public int JudgedFalsePositives { get; set; }

    /// <summary>Unlabelled diagnostics nobody has judged yet (not in precision).</summary>
    public int Unjudged { get; set; }

    public int RuleMismatches { get; set; }

    public int Diagnostics { get; set; }

    public int FalsePositives => LookAlikeHits + JudgedFalsePositives;

    /// <summary>(matched + judged tp) / (matched + judged tp + FP); null when nothing was reported.</summary>
    public double? Precision => MatchedDiagnostics + JudgedTruePositives + FalsePositives == 0 ? null : (double)(MatchedDiagnostics + JudgedTruePositives) / (MatchedDiagnostics + JudgedTruePositives + FalsePositives);

    /// <summary>Precision if every unjudged diagnostic turned out false (the floor until they are judged).</summary>
    public double? PrecisionFloor => MatchedDiagnostics + JudgedTruePositives + FalsePositives + Unjudged == 0 ? null : (double)(MatchedDiagnostics + JudgedTruePositives) / (MatchedDiagnostics + JudgedTruePositives + FalsePositives + Unjudged);

    /// <summary>TP / (TP + FN); null without positive labels.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}

public sealed class RealCodeScore
{
    public List<RealCodeMatch> Matches { get; } = new List<RealCodeMatch>();

    public List<RealCodeLabel> Missed { get; } = new List<RealCodeLabel>();

    public List<RealCodeMatch> LookAlikeHits { get; } = new List<RealCodeMatch>();

    public List<RealCodeJudged> Judged { get; } = new List<RealCodeJudged>();

    public List<RealCodeDiagnostic> Unjudged { get; } = new List<RealCodeDiagnostic>();

    /// <summary>Judgements that no current diagnostic matches (the rule changed, or the line moved): informational.</summary>
    public List<RealCodeJudgement> StaleJudgements { get; } = new List<RealCodeJudgement>();

    /// <summary>FG1..FG4 always, then any other family seen (FG5 ...), in order.</summary>
    public SortedDictionary<string, RealCodeCounts> Families { get; } = new SortedDictionary<string, RealCodeCounts>(StringComparer.Ordinal);

    /// <summary>Per rule ID, and per family for labels that name only the family (key "FG1 (family label)").</summary>
    public SortedDictionary<string, RealCodeCounts> Rules { get; } = new SortedDictionary<string, RealCodeCounts>(StringComparer.Ordinal);

    public IEnumerable<RealCodeMatch> RuleMismatches => Matches.Where(m => m.IsRuleMismatch);
}

/// <summary>
/// Scores diagnostics against labels as docs/notes LABELS.md says: a diagnostic matches a positive label of the same
/// file and family whose line is within ±1 (an exact rule ID and an exact line are preferred); each label and each
/// diagnostic matches at most once. An unmatched diagnostic within ±1 of a <c>none</c> label is a false positive;
/// any other unmatched diagnostic is looked up in the judgements (same file, line and rule ID) or listed unjudged.
/// </summary>
public static class RealCodeScorer
{
    public const int LineTolerance = 1;

    public static readonly string[] CoreFamilies = { "FG1", "FG2", "FG3", "FG4" };

    /// <summary>FG1003 → FG1; FG1 → FG1.</summary>
    public static string FamilyOf(string id) => id.Length >= 3 ? id.Substring(0, 3).ToUpperInvariant() : id;

    public static RealCodeScore Score(IReadOnlyList<RealCodeLabel> labels, IReadOnlyList<RealCodeJudgement> judgements, IReadOnlyList<RealCodeDiagnostic> diagnostics)
    {
        var score = new RealCodeScore();
        foreach (string family in CoreFamilies)
        {
            score.Families[family] = new RealCodeCounts();
        }

        Dictionary<string, List<int>> diagnosticsByFile = diagnostics.Select((d, i) => (d, i)).GroupBy(x => x.d.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList(), StringComparer.Ordinal);

        // Candidate pairs, best first: exact rule before family-only, then nearer line, then file order.
        var candidates = new List<(int Label, int Diagnostic, int Mismatch, int Distance)>();
        List<RealCodeLabel> positives = labels.Where(l => !l.IsNone).ToList();
        for (int li = 0; li < positives.Count; li++)
        {
            RealCodeLabel label = positives[li];
            if (!diagnosticsByFile.TryGetValue(label.File, out List<int>? inFile))
            {
                continue;
            }

            foreach (int di in inFile)
            {
                RealCodeDiagnostic d = diagnostics[di];
                int distance = d.DistanceTo(label.Line);
                if (distance <= LineTolerance && string.Equals(d.Family, label.Family, StringComparison.Ordinal))
                {
                    int mismatch = label.RuleId != null && !string.Equals(label.RuleId, d.Id, StringComparison.Ordinal) ? 1 : 0;
                    candidates.Add((li, di, mismatch, distance));
                }
            }
        }

        var labelUsed = new bool[positives.Count];
        var diagnosticUsed = new bool[diagnostics.Count];
        foreach ((int li, int di, _, _) in candidates.OrderBy(c => c.Mismatch).ThenBy(c => c.Distance).ThenBy(c => c.Label).ThenBy(c => c.Diagnostic))
        {
            if (labelUsed[li] || diagnosticUsed[di])
            {
                continue;
            }

            labelUsed[li] = true;
            diagnosticUsed[di] = true;
            score.Matches.Add(new RealCodeMatch(positives[li], diagnostics[di]));
        }

        for (int li = 0; li < positives.Count; li++)
        {
            if (!labelUsed[li])
            {
                score.Missed.Add(positives[li]);
            }
        }

        Dictionary<string, List<RealCodeLabel>> noneByFile = labels.Where(l => l.IsNone).GroupBy(l => l.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Dictionary<(string, int, string), RealCodeJudgement> judged = new Dictionary<(string, int, string), RealCodeJudgement>();
        foreach (RealCodeJudgement j in judgements)
        {
            judged[(j.File, j.Line, j.RuleId)] = j; // a later line wins (a re-judgement appended at the end)
        }

        var judgementUsed = new HashSet<(string, int, string)>();
        for (int di = 0; di < diagnostics.Count; di++)
        {
            if (diagnosticUsed[di])
            {
                continue;
            }

            RealCodeDiagnostic d = diagnostics[di];
            RealCodeLabel? none = null;
            if (noneByFile.TryGetValue(d.File, out List<RealCodeLabel>? nones))
            {
                none = nones.Where(l => d.DistanceTo(l.Line) <= LineTolerance).OrderBy(l => d.DistanceTo(l.Line)).FirstOrDefault();
            }

            if (none != null)
            {
                score.LookAlikeHits.Add(new RealCodeMatch(none, d));
            }
            else if (judged.TryGetValue((d.File, d.Line, d.Id), out RealCodeJudgement? j))
            {
                judgementUsed.Add((j.File, j.Line, j.RuleId));
                score.Judged.Add(new RealCodeJudged(j, d));
            }
            else
            {
                score.Unjudged.Add(d);
            }
        }

        score.StaleJudgements.AddRange(judged.Where(kv => !judgementUsed.Contains(kv.Key)).Select(kv => kv.Value));

        // Counts.
        foreach (RealCodeDiagnostic d in diagnostics)
        {
            Counts(score.Families, d.Family).Diagnostics++;
            Counts(score.Rules, d.Id).Diagnostics++;
        }

        foreach (RealCodeLabel label in positives)
        {
            Counts(score.Families, label.Family!).Labels++;
            Counts(score.Rules, RuleKey(label)).Labels++;
        }

        foreach (RealCodeMatch m in score.Matches)
        {
            Counts(score.Families, m.Label.Family!).TruePositives++;
            Counts(score.Rules, RuleKey(m.Label)).TruePositives++;
            Counts(score.Families, m.Diagnostic.Family).MatchedDiagnostics++;
            Counts(score.Rules, m.Diagnostic.Id).MatchedDiagnostics++;
            if (m.IsRuleMismatch)
            {
                Counts(score.Families, m.Label.Family!).RuleMismatches++;
                Counts(score.Rules, RuleKey(m.Label)).RuleMismatches++;
            }
        }

        foreach (RealCodeLabel label in score.Missed)
        {
            Counts(score.Families, label.Family!).FalseNegatives++;
            Counts(score.Rules, RuleKey(label)).FalseNegatives++;
        }

        foreach (RealCodeMatch m in score.LookAlikeHits)
        {
            Counts(score.Families, m.Diagnostic.Family).LookAlikeHits++;
            Counts(score.Rules, m.Diagnostic.Id).LookAlikeHits++;
        }

        foreach (RealCodeJudged j in score.Judged)
        {
            if (j.Judgement.IsTruePositive)
            {
                Counts(score.Families, j.Diagnostic.Family).JudgedTruePositives++;
                Counts(score.Rules, j.Diagnostic.Id).JudgedTruePositives++;
            }
            else
            {
                Counts(score.Families, j.Diagnostic.Family).JudgedFalsePositives++;
                Counts(score.Rules, j.Diagnostic.Id).JudgedFalsePositives++;
            }
        }

        foreach (RealCodeDiagnostic d in score.Unjudged)
        {
            Counts(score.Families, d.Family).Unjudged++;
            Counts(score.Rules, d.Id).Unjudged++;
        }

        return score;
    }

    /// <summary>The per-rule row a label counts on: its rule, or "FG1 (family)" for a family-only label.</summary>
    public static string RuleKey(RealCodeLabel label) => label.RuleId ?? label.Family + " (family label)";

    /// <summary>0.875 → "0.88"; null → "n/a".</summary>
    public static string Format(double? value) => value.HasValue ? value.Value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static RealCodeCounts Counts(SortedDictionary<string, RealCodeCounts> map, string key)
    {
        if (!map.TryGetValue(key, out RealCodeCounts? counts))
        {
            counts = new RealCodeCounts();
            map[key] = counts;
        }

        return counts;
    }
}
