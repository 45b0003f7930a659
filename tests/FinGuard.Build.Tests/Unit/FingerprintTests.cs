using System;
using System.Collections.Generic;
using System.IO;
using FinGuard.Build.Baseline;
using FinGuard.Build.Sarif;
using Xunit;

namespace FinGuard.Build.Tests.Unit
{
    public class FingerprintTests : IDisposable
    {
        private const string Source = @"using System;

namespace App.Payments
{
    [Serializable]
    public class Checkout
    {
        public string CardNumber { get; set; } = """";

        public void Pay(string pan, int amount = 1)
        {
            if (amount > 0)
            {
                var text = ""{ not a brace }"";
                Console.WriteLine(pan);
            }
        }

        public class Nested<T> where T : class
        {
            public string Pan => ""}"";
        }
    }
}
";

        private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-fp-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public FingerprintTests() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Theory]
        [InlineData("CardNumber", "App.Payments.Checkout")]
        [InlineData("Console.WriteLine(pan)", "App.Payments.Checkout.Pay")]
        [InlineData("Pan =>", "App.Payments.Checkout.Nested")]
        [InlineData("using System", null)]
        public void The_enclosing_symbol_is_found_without_Roslyn(string marker, string? expected)
        {
            var text = new SourceText(Source);
            Assert.Equal(expected, text.EnclosingSymbol(Source.IndexOf(marker, StringComparison.Ordinal)));
        }

        [Fact]
        public void Comments_and_attributes_before_declarations_are_ignored()
        {
            const string source = "// header\n/* licence */\nnamespace App;\n\n/// <summary>Doc.</summary>\n[Obsolete(\"x\")] // why\npublic class Checkout\n{\n    public string Pan { get; set; }\n}\n";
            Assert.Equal("App.Checkout", new SourceText(source).EnclosingSymbol(source.IndexOf("Pan", StringComparison.Ordinal)));
        }

        [Fact]
        public void File_scoped_namespaces_and_records_are_understood()
        {
            const string source = "namespace App;\n\npublic sealed record Order(string Id)\n{\n    public string Pan { get; init; } = \"\";\n    public void Save() { Store(Pan); }\n}\n";
            var text = new SourceText(source);
            Assert.Equal("App.Order", text.EnclosingSymbol(source.IndexOf("Pan {", StringComparison.Ordinal)));
            Assert.Equal("App.Order.Save", text.EnclosingSymbol(source.IndexOf("Store", StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData("public class {")]
        [InlineData("namespace { class X { void M( { } } }")]
        [InlineData("\"unterminated")]
        [InlineData("}}}}{{{{")]
        [InlineData("[Attr(\"x\"")]
        [InlineData("")]
        public void Half_typed_code_never_throws(string source)
        {
            var text = new SourceText(source);
            text.EnclosingSymbol(source.Length / 2);
            text.NormalizedRegion(1, 1, 5, 5);
        }

        [Fact]
        public void Fingerprints_survive_line_moves_and_reindentation_but_not_changes_to_the_flagged_code()
        {
            string original = Fingerprint(Source, "CardNumber");
            string moved = Fingerprint("// a new header comment\n\n" + Source.Replace("        public string CardNumber", "\n\n            public   string CardNumber"), "CardNumber");
            string renamedElsewhere = Fingerprint(Source.Replace("Console.WriteLine(pan)", "Log(pan)"), "CardNumber");
            string otherType = Fingerprint(Source.Replace("class Checkout", "class Refund"), "CardNumber");
            Assert.Equal(original, moved);
            Assert.Equal(original, renamedElsewhere);
            Assert.NotEqual(original, otherType);
            Assert.Equal(32, original.Length);
        }

        [Fact]
        public void The_analyzer_symbol_property_wins_over_the_heuristic()
        {
            string path = Path.Combine(_directory, "A.cs");
            File.WriteAllText(path, Source);
            var (line, column) = Position(Source, "CardNumber");
            var finding = new Finding("FG1001", "warning", "m", path, line, column, line, column + 10, false, null) { Symbol = "App.Payments.Checkout.CardNumber" };
            new Fingerprinter(_directory).Apply(finding);
            Assert.Equal("App.Payments.Checkout.CardNumber", finding.Symbol);
            Assert.Equal("A.cs", finding.RelativePath);
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
            Assert.Contains("\"fingerprint\": \"aa\", \"count\": 2 }", rendered);

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
        [InlineData("{ \"version\": 2, \"findings\": [] }", 1, 14, "format version 2, newer than this FinGuard understands (1)")]
        [InlineData("{ \"version\": 1, \"findings\": [ ", 1, 31, "not valid JSON")]
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

        private string Fingerprint(string source, string marker)
        {
            string path = Path.Combine(_directory, "Checkout.cs");
            File.WriteAllText(path, source);
            var (line, column) = Position(source, marker);
            var finding = new Finding("FG1001", "warning", "m", path, line, column, line, column + marker.Length, false, null);
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
}
