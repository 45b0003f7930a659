using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1002 fix: removes the stored security code, PIN or track data: the member and every write to it
/// (assignment statements, object-initializer entries). No masking can make storing it legal (PCI DSS 3.3.1).
/// A read that only forwards the code to a processor SDK's security-code member (<c>Cvc = request.Cvc</c> in a
/// Stripe <c>PaymentMethodCardOptions</c>) goes too: with client-side tokenization the processor collects the
/// code itself, which is what FG1005's fix rewrites that call to. Removing the forward here keeps the fix
/// independent of the order in which Fix All or <c>dotnet format</c> applies FG1002 and FG1005.
/// Offered only when every use, in any document, is such a write or forward with side-effect-free values; a
/// member that is read anywhere else needs a human decision, so nothing is offered there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveAuthenticationDataFixer))]
public sealed class SensitiveAuthenticationDataFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG1002.Remove";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SensitiveAuthenticationData);

    public SensitiveAuthenticationDataFixer()
        : base(EquivalenceKey)
    {
    }

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        Dictionary<DocumentId, List<SyntaxNode>>? removals = await FindRemovalsAsync(site.Document, site.Diagnostic, site.CancellationToken).ConfigureAwait(false);
        if (removals == null)
        {
            return;
        }

        string name = site.Root.FindToken(site.Diagnostic.Location.SourceSpan.Start).ValueText;
        Solution solution = site.Document.Project.Solution;
        site.Register(CodeAction.Create(
            $"Remove stored '{name}' and the writes to it",
            ct => RemoveAsync(solution, removals, ct),
            EquivalenceKey));
    }

    private static async Task<Solution> RemoveAsync(Solution solution, Dictionary<DocumentId, List<SyntaxNode>> removals, CancellationToken cancellationToken)
    {
        Solution changed = solution;
        foreach (KeyValuePair<DocumentId, List<SyntaxNode>> entry in removals)
        {
            Document? document = solution.GetDocument(entry.Key);
            if (document == null)
            {
                continue;
            }

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (SyntaxNode node in entry.Value)
            {
                editor.RemoveNode(node, RemoveOptions(node));
            }

            changed = changed.WithDocumentSyntaxRoot(entry.Key, editor.GetChangedRoot());
        }

        return changed;
    }

    // The last entry of a one-line initializer ("{ Token = t, Cvc = c }") takes the comma before it along; its
    // trailing space stays so the brace does not end up glued to the previous entry.
    private static SyntaxRemoveOptions RemoveOptions(SyntaxNode node) =>
        node.Parent is InitializerExpressionSyntax initializer && initializer.Expressions.Count > 1
            && initializer.Expressions.Last() == node && initializer.Expressions.SeparatorCount < initializer.Expressions.Count
            ? SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepTrailingTrivia
            : SyntaxRemoveOptions.KeepUnbalancedDirectives;

    /// <summary>The declaration and writes to remove, or null when removing them would change behaviour or break the build.</summary>
    private static async Task<Dictionary<DocumentId, List<SyntaxNode>>?> FindRemovalsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxNode? declarator = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
        SyntaxNode declaration;
        switch (declarator)
        {
            case PropertyDeclarationSyntax property:
                declaration = property;
                break;
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } variables }:
                declaration = variables.Variables.Count == 1 ? field : declarator;
                break;
            default:
                // Positional record members change the constructor; leave them to the author.
                return null;
        }

        ISymbol? symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
        if (symbol == null || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var removals = new Dictionary<DocumentId, List<SyntaxNode>> { [document.Id] = new List<SyntaxNode> { declaration } };
        IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        foreach (ReferencedSymbol referenced in references)
        {
            foreach (ReferenceLocation location in referenced.Locations)
            {
                if (location.IsImplicit)
                {
                    continue;
                }

                SyntaxNode? referenceRoot = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? referenceModel = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (referenceRoot == null || referenceModel == null)
                {
                    return null;
                }

                SyntaxNode reference = referenceRoot.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                SyntaxNode? removal = RemovableWrite(reference) ?? RemovableForwardToProcessor(reference, referenceModel, cancellationToken);
                if (removal == null)
                {
                    return null;
                }

                if (!removals.TryGetValue(location.Document.Id, out List<SyntaxNode>? list))
                {
                    removals[location.Document.Id] = list = new List<SyntaxNode>();
                }

                if (!list.Contains(removal))
                {
                    list.Add(removal);
                }
            }
        }

        return removals;
    }

    // "Cvc = request.Cvc" in a processor SDK's card options (initializer entry or statement): the code is only
    // forwarded to the processor, which collects it itself under client-side tokenization.
    private static SyntaxNode? RemovableForwardToProcessor(SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode value = reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : reference;
        if (value.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != value
            || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !IsSideEffectFree(assignment.Right))
        {
            return null;
        }

        PaymentSdkCardMembers? sdk = PaymentSdkCardMembers.Resolve(model.Compilation);
        if (sdk == null
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol target
            || !sdk.TryMatch(target, out _, out CardDataKind kind) || kind != CardDataKind.SecurityCode)
        {
            return null;
        }

        if (assignment.Parent is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax)
        {
            return statement;
        }

        return assignment.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
            ? assignment
            : null;
    }

    // "x.Cvv = value;" as a statement, or "Cvv = value" in an object initializer, with a side-effect-free value.
    private static SyntaxNode? RemovableWrite(SyntaxNode reference)
    {
        SyntaxNode target = reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : reference;
        if (target.Parent is not AssignmentExpressionSyntax assignment || assignment.Left != target
            || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !IsSideEffectFree(assignment.Right))
        {
            return null;
        }

        if (assignment.Parent is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax)
        {
            return statement;
        }

        if (assignment.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return assignment;
        }

        return null;
    }

    private static bool IsSideEffectFree(ExpressionSyntax value)
    {
        switch (value)
        {
            case LiteralExpressionSyntax:
            case IdentifierNameSyntax:
            case DefaultExpressionSyntax:
                return true;
            case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                return IsSideEffectFree(access.Expression);
            case ThisExpressionSyntax:
                return true;
            default:
                return false;
        }
    }
}
