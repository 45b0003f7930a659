using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;

namespace FinGuard.CodeFixes.Idempotency;

/// <summary>
/// FG2006 fix for the shared-header case: removes <c>client.DefaultRequestHeaders.Add("Idempotency-Key", ...)</c>.
/// A key on the client is sent with every request, so every payment after the first gets the first one's result;
/// after the removal, FG2004 points at each payment request that needs its own key and its fix adds it there.
/// Literal and static-field keys get no fix: only the author knows which business id the key should come from.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantOrSharedKeyFixer))]
public sealed class ConstantOrSharedKeyFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG2006.RemoveSharedHeader";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ConstantOrSharedKey);

    public ConstantOrSharedKeyFixer()
        : base(EquivalenceKey)
    {
    }

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (FindSharedHeaderStatement(site.Node) is ExpressionStatementSyntax statement)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create("Remove the idempotency header from DefaultRequestHeaders (set one per request)", ct => RemoveAsync(document, statement, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static ExpressionStatementSyntax? FindSharedHeaderStatement(SyntaxNode node)
    {
        InvocationExpressionSyntax? invocation = node as InvocationExpressionSyntax ?? (node as ArgumentSyntax)?.Expression as InvocationExpressionSyntax;
        if (invocation?.Expression is MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DefaultRequestHeaders" } }
            && invocation.Parent is ExpressionStatementSyntax statement
            && statement.Parent is BlockSyntax)
        {
            return statement;
        }

        return null;
    }

    private static async Task<Document> RemoveAsync(Document document, ExpressionStatementSyntax statement, CancellationToken cancellationToken)
    {
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        return editor.GetChangedDocument();
    }
}
