using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// Rewrites verbatim string literals that contain doubled quotes ("") into raw string literals with byte-identical values
// (issue 22). A file is written only if it parses with the same number of errors and every string literal keeps its value,
// in order. A literal with a line break becomes a multi-line raw literal whose closing quotes are at column 0, so its
// content keeps every character, including a leading line break (an empty first line). Re-run after a merge:
//   dotnet run --project tools/RawStringLiterals -- $(git ls-files 'tests/*.cs' | grep -v /Corpus/ | grep -v FinGuard.Benchmarks/)
int total = 0, files = 0;
var parse = new CSharpParseOptions(LanguageVersion.Preview);
foreach (string path in args)
{
    byte[] bytes = File.ReadAllBytes(path);
    bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    string text = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
    string nl = text.Contains("\r\n") ? "\r\n" : "\n";
    SyntaxTree tree = CSharpSyntaxTree.ParseText(text, parse);
    int errorsBefore = tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    var edits = new List<(int Start, int Length, string Replacement, string Value)>();
    foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
    {
        if (!token.IsKind(SyntaxKind.StringLiteralToken) || !token.Text.StartsWith("@\"", StringComparison.Ordinal) || !token.Text.EndsWith("\"", StringComparison.Ordinal))
            continue;
        string inner = token.Text.Substring(2, token.Text.Length - 3);
        if (!inner.Contains("\"\"", StringComparison.Ordinal))
            continue;
        string value = token.ValueText;
        int run = 0, longest = 0;
        foreach (char c in value) { run = c == '"' ? run + 1 : 0; longest = Math.Max(longest, run); }
        string quotes = new string('"', Math.Max(3, longest + 1));
        bool multiLine = value.Contains('\n') || value.Contains('\r') || value.StartsWith('"') || value.EndsWith('"') || value.Length == 0;
        string replacement = multiLine ? quotes + nl + value + nl + quotes : quotes + value + quotes;
        edits.Add((token.SpanStart, token.Span.Length, replacement, value));
    }
    if (edits.Count == 0) continue;
    var sb = new StringBuilder(text);
    foreach (var e in edits.OrderByDescending(e => e.Start))
        sb.Remove(e.Start, e.Length).Insert(e.Start, e.Replacement);
    string result = sb.ToString();
    SyntaxTree check = CSharpSyntaxTree.ParseText(result, parse);
    int errorsAfter = check.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    // Every literal must keep its value, in order.
    var before = tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)).Select(t => t.ValueText).ToList();
    var after = check.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)).Select(t => t.ValueText).ToList();
    if (errorsAfter != errorsBefore || !before.SequenceEqual(after, StringComparer.Ordinal))
    {
        Console.Error.WriteLine($"SKIP {path}: errors {errorsBefore}->{errorsAfter}, literals equal={before.SequenceEqual(after, StringComparer.Ordinal)}");
        continue;
    }
    var output = new List<byte>();
    if (bom) output.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
    output.AddRange(new UTF8Encoding(false).GetBytes(result));
    File.WriteAllBytes(path, output.ToArray());
    total += edits.Count; files++;
    Console.WriteLine($"{path}: {edits.Count}");
}
Console.WriteLine($"total {total} literals in {files} files");
