using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.Secrets;

/// <summary>
/// FG4004 fix: removes the assignment that installs the bypass (a statement, or a member of an object
/// initializer), so the platform's default certificate validation applies again. Not offered when the bypass is
/// used in some other way (passed as an argument, stored in a variable).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationFixer))]
public sealed class CertificateValidationFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG4004.RemoveBypass";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CertificateValidationDisabled);

    public CertificateValidationFixer()
        : base(EquivalenceKey)
    {
    }

    protected override Task RegisterFixesAsync(FixSite site)
    {
        SyntaxNode? removable = FindRemovable(site.Node);
        if (removable != null)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create("Remove the certificate validation bypass", ct => RemoveAsync(document, removable, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static SyntaxNode? FindRemovable(SyntaxNode node)
    {
        // Climb from the flagged value to the assignment whose right-hand side it is.
        SyntaxNode current = node;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or ObjectCreationExpressionSyntax or ArgumentSyntax or ArgumentListSyntax)
        {
            current = current.Parent;
        }

        if (current.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != current)
        {
            return null;
        }

        return assignment.Parent switch
        {
            ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement => statement.Parent is GlobalStatementSyntax global ? global : statement,
            InitializerExpressionSyntax => assignment,
            _ => null,
        };
    }

    private static async Task<Document> RemoveAsync(Document document, SyntaxNode removable, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SyntaxNode? newRoot = root?.RemoveNode(removable, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        return newRoot == null ? document : document.WithSyntaxRoot(newRoot);
    }
}
