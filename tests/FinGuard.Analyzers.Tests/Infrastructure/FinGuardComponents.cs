using System.Collections.Immutable;
using FinGuard.CodeFixes.CardData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer and code fix FinGuard ships, found by reflection so new rules are covered automatically.</summary>
internal static class FinGuardComponents
{
    /// <summary>Every rule analyzer, each alone, as tests create them (the host lists them; <c>AnalyzerConventionTests</c> checks the list is complete).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = FinGuardAnalyzer.CreateRuleAnalyzers();

    /// <summary>The host of every rule: the one analyzer the compiler loads.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Host { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new FinGuardAnalyzer());

    /// <summary>Every concrete analyzer type of the analyzers assembly, found by reflection, so a rule the host forgets is caught.</summary>
    public static ImmutableArray<Type> AnalyzerTypes { get; } = typeof(RuleIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = typeof(PanMemberFixer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static IEnumerable<DiagnosticDescriptor> Descriptors
        => Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal);
}
