using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinGuard.Build.Baseline;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Tests.Unit;

public class FingerprintTests : IDisposable
{
    private const string Source = """
using System;

namespace App.Payments
{
    [Serializable]
    public class Checkout
    {
        public string CardNumber { get; set; } = "";

        public void Pay(string pan, int amount = 1)
        {
            if (amount > 0)
            {
                var text = "{ not a brace }";
                Console.WriteLine(pan);
            }
        }

        public class Nested<T> where T : class
        {
            public string Pan => "}";
        }
    }
}

""";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-fp-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public FingerprintTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("public class {")]
    [InlineData("\"unterminated")]
    [InlineData("}}}}{{{{")]
    [InlineData("")]
    public void Half_typed_code_never_throws(string source)
    {
        var text = new SourceText(source);
        text.NormalizedRegion(1, 1, 5, 5);
        text.NormalizedRegion(3, 9, 1, 1);
    }

    [Fact]
    public void The_gate_reads_no_CSharp_the_symbol_is_the_analyzers()
    {
        string path = Path.Combine(_directory, "A.cs");
        File.WriteAllText(path, Source);
        var (line, column) = Position(Source, "CardNumber");
        var named = new Finding("FG1001", "warning", "m", path, line, column, line, column + 10, false, null) { Symbol = "App.Payments.Checkout" };
        var unnamed = new Finding("FG1001", "warning", "m", path, line, column, line, column + 10, false, null);
        var fingerprinter = new Fingerprinter(_directory);
        fingerprinter.Apply(named);
        fingerprinter.Apply(unnamed);
        Assert.Equal("App.Payments.Checkout", named.Symbol);
        Assert.Null(unnamed.Symbol);
        Assert.NotEqual(named.Fingerprint, unnamed.Fingerprint);
        Assert.Equal("A.cs", named.RelativePath);
    }

    [Fact]
    public void Fingerprints_survive_line_moves_and_reindentation_but_not_changes_to_the_flagged_code()
    {
        string original = Fingerprint(Source, "CardNumber");
        string moved = Fingerprint("// a new header comment\n\n" + Source.Replace("        public string CardNumber", "\n\n            public   string CardNumber"), "CardNumber");
        string renamedElsewhere = Fingerprint(Source.Replace("Console.WriteLine(pan)", "Log(pan)"), "CardNumber");
        string otherType = Fingerprint(Source.Replace("class Checkout", "class Refund"), "CardNumber", "App.Payments.Refund");
        string otherText = Fingerprint(Source.Replace("string CardNumber", "string CardNo"), "CardNo");
        Assert.Equal(original, moved);
        Assert.Equal(original, renamedElsewhere);
        Assert.NotEqual(original, otherType);
        Assert.NotEqual(original, otherText);
        Assert.Equal(32, original.Length);
    }

    [Fact]
    public void Baseline_is_sorted_counted_stable_and_round_trips()
    {
        var findings = new List<Finding>
        {
            new Finding("FG4001", "warning", "m", null, 0, 0, 0, 0, false, null) { RelativePath = "b/Z.cs", Symbol = "Z", Fingerprint = "ff" },
            new Finding("FG1001", "warning", "m", null, 0, 0, 0, 0, false, null) { RelativePath = "a/A.cs", Symbol = "A", Fingerprint = "aa" },
            new Finding("FG1001", "warning", "m", null, 0, 0, 0, 0, false, null) { RelativePath = "a/A.cs", Symbol = "A", Fingerprint = "aa" },
        };
        string rendered = BaselineFile.Render(findings);
        Assert.Equal(rendered, BaselineFile.Render(new[] { findings[2], findings[0], findings[1] }));
        Assert.True(rendered.IndexOf("a/A.cs", StringComparison.Ordinal) < rendered.IndexOf("b/Z.cs", StringComparison.Ordinal));
        Assert.True(rendered.Contains("\n    {\"rule\":\"FG1001\",\"file\":\"a/A.cs\",\"symbol\":\"A\",\"fingerprint\":\"aa\",\"count\":2},\n", StringComparison.Ordinal), rendered);
        Assert.StartsWith("{\n  \"version\": 2,\n", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", rendered);
        JsonNode entry = JsonNode.Parse(rendered)!["findings"]![0]!;
        Assert.Equal(("FG1001", "a/A.cs", "A", "aa", 2), ((string)entry["rule"]!, (string)entry["file"]!, (string)entry["symbol"]!, (string)entry["fingerprint"]!, (int)entry["count"]!));
        Assert.Equal("{\n  \"version\": 2,\n  \"comment\": " + JsonSerializer.Serialize((string)JsonNode.Parse(rendered)!["comment"]!) + ",\n  \"findings\": []\n}\n", BaselineFile.Render(new Finding[0]));

        string path = Path.Combine(_directory, "finguard.baseline.json");
        File.WriteAllText(path, rendered);
        var diagnostics = new List<GateDiagnostic>();
        BaselineFile? baseline = BaselineFile.Load(path, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(3, baseline!.Count);
        Assert.True(baseline.TryMatch("aa"));
        Assert.True(baseline.TryMatch("aa"));
        Assert.False(baseline.TryMatch("aa"));
        Assert.True(baseline.TryMatch("ff"));
        Assert.False(baseline.TryMatch("00"));
    }

    [Theory]
    [InlineData("{ \"version\": 3, \"findings\": [] }", 1, 14, "format version 3, newer than this FinGuard understands (2)")]
    [InlineData("{ \"version\": 1, \"findings\": [] }", 1, 14, "format version 1, written by an earlier FinGuard whose fingerprints this version does not compute (expected 2); regenerate it with -p:FinGuardUpdateBaseline=true")]
    [InlineData("{ \"version\": 2, \"findings\": [ ", 1, 31, "not valid JSON: unexpected end of file")]
    [InlineData("{ \"findings\": [] }", 1, 1, "no valid \"version\"")]
    [InlineData("[]", 1, 1, "not a FinGuard baseline")]
    public void Bad_baselines_are_FG9011_errors(string json, int line, int column, string message)
    {
        string path = Path.Combine(_directory, "finguard.baseline.json");
        File.WriteAllText(path, json);
        var diagnostics = new List<GateDiagnostic>();
        Assert.Null(BaselineFile.Load(path, diagnostics));
        GateDiagnostic d = Assert.Single(diagnostics);
        Assert.Equal(("FG9011", line, column), (d.Code, d.Line, d.Column));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void An_old_format_baseline_is_empty_when_it_is_being_regenerated()
    {
        string path = Path.Combine(_directory, "finguard.baseline.json");
        File.WriteAllText(path, "{ \"version\": 1, \"findings\": [ { \"rule\": \"FG1001\", \"file\": \"A.cs\", \"symbol\": \"A\", \"fingerprint\": \"aa\", \"count\": 1 } ] }");
        var diagnostics = new List<GateDiagnostic>();
        BaselineFile? baseline = BaselineFile.Load(path, diagnostics, regenerating: true);
        Assert.Empty(diagnostics);
        Assert.Equal(0, baseline!.Count);
    }

    private string Fingerprint(string source, string marker, string symbol = "App.Payments.Checkout")
    {
        string path = Path.Combine(_directory, "Checkout.cs");
        File.WriteAllText(path, source);
        var (line, column) = Position(source, marker);
        var finding = new Finding("FG1001", "warning", "m", path, line, column, line, column + marker.Length, false, null) { Symbol = symbol };
        new Fingerprinter(_directory).Apply(finding);
        return finding.Fingerprint!;
    }

    private static (int Line, int Column) Position(string source, string marker)
    {
        int offset = source.IndexOf(marker, StringComparison.Ordinal);
        int lineStart = source.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            if (source[i] == '\n')
            {
                line++;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
