using FinGuard.Benchmarks.RealCode;

namespace FinGuard.Build.Tests.RealCode;

/// <summary>
/// The real-code evaluation's label parsing and scoring (tests/FinGuard.Benchmarks/RealCode/RealCodeScoring.cs),
/// without any sources: the evaluation itself runs from RealCode/run.sh, never in CI.
/// </summary>
public class RealCodeScoringTests
{
    private const string Repo = "acme+shop";

    [Fact]
    public void Parses_header_labels_families_and_none_and_reports_bad_lines()
    {
        RealCodeLabelFile file = RealCodeLabelParser.ParseLabels("acme+shop.labels", new[]
        {
            "# repo: acme/shop @ 0123456789abcdef0123456789abcdef01234567",
            "# a comment",
            "",
            "acme+shop/src/Pay/Card.cs:12 FG1001 # CardNumber holds the PAN # really",
            "acme+shop/src/Pay/Card.cs:13 fg1 # family only",
            "acme+shop/src/Gift Cards/GiftCard.cs:7 none # gift-card number, not a PAN",
            "acme+shop\\src\\Pay\\Win.cs:3 FG4 #why",
            "acme+shop/src/Pay/Card.cs:x FG1001 # bad line number",
            "other+repo/src/A.cs:1 FG2001 # wrong repository",
        });

        Assert.Equal("acme/shop", file.Repo);
        Assert.Equal("acme+shop", file.RepoKey);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", file.Commit);
        Assert.Equal(5, file.Labels.Count);

        RealCodeLabel pan = file.Labels[0];
        Assert.Equal(("acme+shop/src/Pay/Card.cs", 12, "FG1001", "FG1", "FG1001"), (pan.File, pan.Line, pan.What, pan.Family, pan.RuleId));
        Assert.Equal("CardNumber holds the PAN # really", pan.Why);

        RealCodeLabel family = file.Labels[1];
        Assert.Equal(("FG1", "FG1", (string?)null), (family.What, family.Family, family.RuleId));

        RealCodeLabel none = file.Labels[2];
        Assert.True(none.IsNone);
        Assert.Null(none.Family);
        Assert.Equal("acme+shop/src/Gift Cards/GiftCard.cs", none.File);

        Assert.Equal("acme+shop/src/Pay/Win.cs", file.Labels[3].File);
        Assert.Contains(file.Problems, p => p.Contains("acme+shop.labels:8") && p.Contains("not a label line"));
        Assert.Contains(file.Problems, p => p.Contains("acme+shop.labels:9") && p.Contains("does not start with acme+shop/"));
    }

    [Fact]
    public void Reports_a_missing_header_and_two_labels_of_one_family_on_one_line()
    {
        RealCodeLabelFile file = RealCodeLabelParser.ParseLabels("acme+shop.labels", new[]
        {
            "acme+shop/A.cs:1 FG1001 # one",
            "acme+shop/A.cs:1 FG1002 # same family, same line",
            "acme+shop/A.cs:1 FG4001 # another family is fine",
        });

        Assert.Equal("acme/shop", file.Repo);
        Assert.Contains(file.Problems, p => p.Contains("line 1 is not"));
        Assert.Single(file.Problems, p => p.Contains("several labels of one family"));
    }

    [Fact]
    public void Matches_within_one_line_and_each_label_at_most_once()
    {
        var labels = Labels(
            "acme+shop/A.cs:10 FG1001 # PAN property",
            "acme+shop/A.cs:20 FG1001 # another PAN property",
            "acme+shop/A.cs:30 FG2001 # Stripe call without an idempotency key");
        var diagnostics = new List<RealCodeDiagnostic>
        {
            D("A.cs", 11, "FG1001"), // +1: matches line 10
            D("A.cs", 10, "FG1001"), // exact: preferred for line 10, so line 11's diagnostic stays unlabelled
            D("A.cs", 22, "FG1001"), // +2: too far from line 20
            D("A.cs", 30, "FG2001"),
            D("B.cs", 30, "FG2001"), // another file
        };

        RealCodeScore score = RealCodeScorer.Score(labels, new List<RealCodeJudgement>(), diagnostics);

        Assert.Equal(2, score.Matches.Count);
        Assert.Contains(score.Matches, m => m.Label.Line == 10 && m.Diagnostic.Line == 10);
        Assert.Contains(score.Matches, m => m.Label.Line == 30 && m.Diagnostic.File == Repo + "/A.cs");
        Assert.Equal(20, Assert.Single(score.Missed).Line);
        Assert.Equal(new[] { 11, 22, 30 }, score.Unjudged.Select(d => d.Line).OrderBy(l => l));

        RealCodeCounts fg1 = score.Families["FG1"];
        Assert.Equal((2, 1, 1, 3), (fg1.Labels, fg1.TruePositives, fg1.FalseNegatives, fg1.Diagnostics));
        Assert.Equal(2, fg1.Unjudged);
        Assert.Equal(0.5, fg1.Recall);
        Assert.Equal(1.0, fg1.Precision);           // nothing judged false yet
        Assert.Equal(1.0 / 3, fg1.PrecisionFloor);  // if both unjudged were false
        Assert.Equal(1.0, score.Families["FG2"].Recall);
    }

    [Fact]
    public void A_same_family_other_rule_hit_counts_for_the_family_and_is_listed_as_a_rule_mismatch()
    {
        var labels = Labels(
            "acme+shop/A.cs:5 FG1003 # the PAN is logged",
            "acme+shop/A.cs:9 FG1 # PAN persisted, rule unclear",
            "acme+shop/A.cs:14 FG3001 # unencrypted balance column");
        var diagnostics = new List<RealCodeDiagnostic>
        {
            D("A.cs", 5, "FG1001"),  // same family, other rule: TP, mismatch
            D("A.cs", 9, "FG1004"),  // family label: any FG1 rule, no mismatch
            D("A.cs", 14, "FG4001"), // other family on the line: no match
        };

        RealCodeScore score = RealCodeScorer.Score(labels, new List<RealCodeJudgement>(), diagnostics);

        Assert.Equal(2, score.Matches.Count);
        RealCodeMatch mismatch = Assert.Single(score.RuleMismatches);
        Assert.Equal(("FG1003", "FG1001"), (mismatch.Label.What, mismatch.Diagnostic.Id));
        Assert.Equal(2, score.Families["FG1"].TruePositives);
        Assert.Equal(1, score.Families["FG1"].RuleMismatches);
        Assert.Equal(14, Assert.Single(score.Missed).Line);
        Assert.Equal("FG4001", Assert.Single(score.Unjudged).Id);
        Assert.Equal(1, score.Rules["FG1 (family label)"].TruePositives);
        Assert.Equal(1, score.Rules["FG1003"].TruePositives);

        // Per rule, recall counts on the labelled rule's row and precision on the reported rule's row.
        Assert.Equal((0, 1), (score.Rules["FG1001"].TruePositives, score.Rules["FG1001"].MatchedDiagnostics));
        Assert.Equal(1.0, score.Rules["FG1001"].Precision);
        Assert.Equal(1.0, score.Rules["FG1004"].Precision);
        Assert.Null(score.Rules["FG1004"].Recall);
        Assert.Equal(1.0, score.Rules["FG1003"].Recall);
        Assert.Null(score.Rules["FG1003"].Precision);
    }

    [Fact]
    public void An_exact_rule_match_wins_over_a_family_match_for_the_same_diagnostic()
    {
        var labels = Labels(
            "acme+shop/A.cs:5 FG1002 # CVV stored",
            "acme+shop/A.cs:6 FG1001 # PAN stored");
        var diagnostics = new List<RealCodeDiagnostic> { D("A.cs", 5, "FG1001"), D("A.cs", 6, "FG1002") };

        RealCodeScore score = RealCodeScorer.Score(labels, new List<RealCodeJudgement>(), diagnostics);

        Assert.Equal(2, score.Matches.Count);
        Assert.Empty(score.RuleMismatches);
    }

    [Fact]
    public void Diagnostics_on_none_lines_are_false_positives_and_judgements_count_for_precision_only()
    {
        var labels = Labels(
            "acme+shop/A.cs:3 none # gift-card number",
            "acme+shop/A.cs:40 FG4001 # live key literal");
        var judged = RealCodeLabelParser.ParseJudged("acme+shop.judged", new[]
        {
            "# judged unlabelled diagnostics",
            "acme+shop/B.cs:7 FG1001 tp # a real PAN column the labeller missed",
            "acme+shop/B.cs:9 FG1006 fp # documented test card number",
            "acme+shop/B.cs:99 FG1006 fp # no longer reported",
            "acme+shop/B.cs:10 FG1006 maybe # bad verdict",
        }, new List<string>());
        var problems = new List<string>();
        RealCodeLabelParser.ParseJudged("x.judged", new[] { "acme+shop/B.cs:10 FG1006 maybe # bad verdict" }, problems);
        var diagnostics = new List<RealCodeDiagnostic>
        {
            D("A.cs", 4, "FG1001"),  // within one line of the none label: FP
            D("A.cs", 40, "FG4001"), // TP
            D("B.cs", 7, "FG1001"),  // judged tp
            D("B.cs", 9, "FG1006"),  // judged fp
            D("B.cs", 9, "FG1001"),  // same line, other rule: not judged
        };

        RealCodeScore score = RealCodeScorer.Score(labels, judged, diagnostics);

        Assert.Equal(3, judged.Count);
        Assert.Single(problems);
        Assert.Single(score.LookAlikeHits);
        Assert.Equal(2, score.Judged.Count);
        Assert.Equal(("B.cs", 99), (score.StaleJudgements.Single().File.Substring(Repo.Length + 1), score.StaleJudgements.Single().Line));
        Assert.Equal(9, Assert.Single(score.Unjudged).Line);

        RealCodeCounts fg1 = score.Families["FG1"];
        Assert.Equal((0, 1, 1, 1, 1), (fg1.TruePositives, fg1.LookAlikeHits, fg1.JudgedTruePositives, fg1.JudgedFalsePositives, fg1.Unjudged));
        Assert.Equal(2, fg1.FalsePositives);
        Assert.Equal(1.0 / 3, fg1.Precision); // judged tp / (judged tp + none hit + judged fp)
        Assert.Null(fg1.Recall);              // no positive FG1 label: a judged tp does not count for recall
        Assert.Equal(1, score.Rules["FG1006"].JudgedFalsePositives);
        Assert.Equal(0.0, score.Rules["FG1006"].Precision);
        Assert.Equal(1.0, score.Families["FG4"].Precision);
        Assert.Equal(1.0, score.Families["FG4"].Recall);
    }

    [Fact]
    public void Families_beyond_the_four_core_ones_get_their_own_row()
    {
        var labels = Labels("acme+shop/A.cs:1 FG5001 # new family");
        RealCodeScore score = RealCodeScorer.Score(labels, new List<RealCodeJudgement>(), new List<RealCodeDiagnostic> { D("A.cs", 1, "FG5001") });

        Assert.Equal(new[] { "FG1", "FG2", "FG3", "FG4", "FG5" }, score.Families.Keys);
        Assert.Equal(1, score.Families["FG5"].TruePositives);
    }

    // A value on the fourth line of a multi-line log call: the label sits on the invocation's line (as the label format
    // asks), the diagnostic on the value; they are one finding. A none label on the call's line is hit the same way, and
    // a diagnostic whose call starts on its own line still needs its own line within one of the label.
    [Fact]
    public void A_diagnostic_inside_a_multi_line_call_matches_a_label_on_the_calls_first_line()
    {
        var labels = Labels(
            "acme+shop/Log.cs:10 FG3006 # account number logged",
            "acme+shop/Log.cs:30 none # masked value logged",
            "acme+shop/Log.cs:50 FG3006 # another call");
        var diagnostics = new List<RealCodeDiagnostic>
        {
            new RealCodeDiagnostic(Repo + "/Log.cs", 13, "FG3006", "m", CallLine: 10),
            new RealCodeDiagnostic(Repo + "/Log.cs", 33, "FG3006", "m", CallLine: 30),
            D("Log.cs", 53, "FG3006"),
        };

        RealCodeScore score = RealCodeScorer.Score(labels, new List<RealCodeJudgement>(), diagnostics);

        Assert.Equal(13, Assert.Single(score.Matches).Diagnostic.Line);
        Assert.Equal(33, Assert.Single(score.LookAlikeHits).Diagnostic.Line);
        Assert.Equal(50, Assert.Single(score.Missed).Line);
    }

    private static List<RealCodeLabel> Labels(params string[] lines)
        => RealCodeLabelParser.ParseLabels(Repo + ".labels", new[] { "# repo: acme/shop @ 0123456789abcdef0123456789abcdef01234567" }.Concat(lines)).Labels;

    private static RealCodeDiagnostic D(string path, int line, string id) => new RealCodeDiagnostic(Repo + "/" + path, line, id, id + " message");
}
