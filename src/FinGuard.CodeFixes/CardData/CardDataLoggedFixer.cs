using FinGuard.Analyzers;
using FinGuard.Analyzers.CardData;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1003 fix: wraps the logged card number in the generated <c>CardMasking.Mask(...)</c> (last four digits visible,
/// PCI DSS 3.4.1), adding <c>using FinGuard.Security;</c> (fully qualified only where that name would clash).
/// Offered for string PANs only: a security code or PIN must not be logged in any form, so the right edit there is
/// to delete it, which only the author can decide.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CardDataLoggedFixer))]
public sealed class CardDataLoggedFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG1003.Mask";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CardDataLogged);

    // One after another: every fix may add "using FinGuard.Security;", which merged batch edits would add twice.
    private static readonly FixAllProvider FixAll = new SequentialFixAllProvider(_ => "Mask logged card numbers with CardMasking.Mask", ApplyAsync);

    public CardDataLoggedFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAll;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (IsMaskable(site.Diagnostic) && site.Node is ExpressionSyntax expression)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create(
                "Mask the card number with CardMasking.Mask",
                ct => CardMaskingEdits.WrapAsync(document, expression, keepFirstSix: false, ct),
                EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static Task<Document> ApplyAsync(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
        => IsMaskable(diagnostic) && target is ExpressionSyntax expression
            ? CardMaskingEdits.WrapAsync(document, expression, keepFirstSix: false, cancellationToken)
            : Task.FromResult(document);

    private static bool IsMaskable(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(CardDataLoggedAnalyzer.MaskableProperty, out string? maskable) && maskable == "true";
}
