using System.IO;
using FinGuard.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Keeps the rule catalogue honest: unique IDs, help links, one doc page per rule whose title matches the
/// descriptor, release tracking, and no fix for an ID that no analyzer reports.
/// </summary>
public class RuleCatalogTests
{
    [Fact]
    public void Every_analyzer_is_found() => Assert.NotEmpty(FinGuardComponents.Analyzers);

    [Fact]
    public void Rule_ids_are_unique_per_analyzer_and_well_formed()
    {
        // One analyzer owns each ID. It may report it through more than one descriptor (FG2004's Swish v1 message),
        // but those must agree on everything but the message, so the rule reads as one rule in the IDE, SARIF and the gate.
        var ids = FinGuardComponents.Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id).Distinct()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^FG[1-9][0-9]{3}$", id));
        foreach (var sameId in FinGuardComponents.Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id))
        {
            DiagnosticDescriptor first = sameId.First();
            Assert.All(sameId, d => Assert.True(
                d.Title.ToString() == first.Title.ToString() && d.Category == first.Category && d.DefaultSeverity == first.DefaultSeverity
                && d.IsEnabledByDefault == first.IsEnabledByDefault && d.HelpLinkUri == first.HelpLinkUri && d.CustomTags.SequenceEqual(first.CustomTags),
                sameId.Key + " has descriptors that differ in more than their message"));
        }
    }

    // dotnet format analyzers and the IDE's "Fix all in document/project/solution" all go through the provider's
    // Fix All; the testing library then runs every fix test at all three scopes.
    [Fact]
    public void Every_code_fix_offers_Fix_All_in_document_project_and_solution()
    {
        Assert.NotEmpty(FinGuardComponents.CodeFixes);
        foreach (CodeFixProvider fixer in FinGuardComponents.CodeFixes)
        {
            FixAllProvider? fixAll = fixer.GetFixAllProvider();
            Assert.True(fixAll != null, fixer.GetType().Name + " has no Fix All");
            Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution },
                fixAll!.GetSupportedFixAllScopes().Where(s => s != FixAllScope.Custom && s != FixAllScope.ContainingMember && s != FixAllScope.ContainingType).OrderBy(s => s));
        }
    }

    // One place for options (docs/options.md): every finguard.* key the analyzers read is documented there
    // (the analyzer assembly is the only reader of analyzer config options).
    [Fact]
    public void Every_finguard_option_key_is_documented_in_the_options_page()
    {
        string options = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "options.md"));
        string[] keys = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "FinGuard.Analyzers"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"(finguard\\.[a-z_]+(\\.[a-z_]+)*)\"").Select(m => m.Groups[1].Value))
            .Where(k => k != FinGuardDiagnostic.SymbolProperty) // a diagnostic property for the gate, not an option
            .Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("`" + key + "`", options));
    }

    [Fact]
    public void Help_links_point_at_the_rule_page()
    {
        Assert.All(FinGuardComponents.Descriptors, d => Assert.Equal(RuleIds.GetHelpUri(d.Id), d.HelpLinkUri));
    }

    [Fact]
    public void Every_rule_has_a_doc_page_whose_title_matches()
    {
        Assert.All(FinGuardComponents.Descriptors, d =>
        {
            string path = Path.Combine(RepoPaths.Docs, d.Id + ".md");
            Assert.True(File.Exists(path), "missing doc page " + path);
            string firstLine = File.ReadLines(path).First();
            Assert.Equal("# " + d.Id + ": " + d.Title.ToString(), firstLine);
        });
    }

    [Fact]
    public void Every_rule_is_in_release_tracking_with_its_severity()
    {
        string tracking = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "FinGuard.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "FinGuard.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.All(FinGuardComponents.Descriptors, d =>
            Assert.Contains($"{d.Id} | {d.Category} | {SeverityName(d.DefaultSeverity)} |", tracking));
    }

    [Fact]
    public void Every_message_is_one_sentence_that_says_what_to_do()
    {
        Assert.All(FinGuardComponents.Descriptors, d =>
        {
            string message = d.MessageFormat.ToString();
            Assert.DoesNotContain(". ", message);
            Assert.False(message.EndsWith(".", StringComparison.Ordinal), d.Id + ": messages carry no final period (the compiler appends context)");
            Assert.Contains(":", message);
        });
    }

    [Fact]
    public void Every_fixable_id_is_reported_by_an_analyzer()
    {
        var reported = FinGuardComponents.Descriptors.Select(d => d.Id).ToHashSet();
        Assert.All(FinGuardComponents.CodeFixes.SelectMany(f => f.FixableDiagnosticIds), id => Assert.Contains(id, reported));
    }

    [Fact]
    public void Every_rule_is_in_the_readme_table()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(FinGuardComponents.Descriptors, d => Assert.Contains($"[{d.Id}](docs/rules/{d.Id}.md)", readme));
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        DiagnosticSeverity.Info => "Info",
        _ => "Hidden",
    };
}
