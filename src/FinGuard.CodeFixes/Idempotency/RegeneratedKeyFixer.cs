using FinGuard.Analyzers.Idempotency;
using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;

namespace FinGuard.CodeFixes.Idempotency;

/// <summary>
/// FG2005 fix: hoists the key out of the retried code. A key made inline (<c>IdempotencyKey = Guid.NewGuid().ToString()</c>)
/// becomes a local declared before the retry loop or the statement that hands the lambda to the retry policy; a key
/// local declared inside moves before it. Not offered when the key uses anything declared inside the retried code
/// (the attempt counter, the lambda's parameters) or when the local is assigned again inside.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegeneratedKeyFixer))]
public sealed class RegeneratedKeyFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG2005.HoistKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KeyRegeneratedPerAttempt);

    // Sequential, not batch: two hoisted keys in one block must get different names.
    public RegeneratedKeyFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => new SequentialFixAllProvider("Create idempotency keys once, before the retry", ApplyToNodeAsync);

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if ((site.Node is ArgumentSyntax argument ? argument.Expression : site.Node) is ExpressionSyntax value
            && Plan(site.Model, value, site.CancellationToken) != null)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create("Create the idempotency key once, before the retry", ct => ApplyAsync(document, value, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private sealed class FixPlan
    {
        public StatementSyntax Anchor { get; set; } = null!;

        public SyntaxNode Scope { get; set; } = null!;

        /// <summary>Inline case: the expression to move into a new local.</summary>
        public ExpressionSyntax? Inline { get; set; }

        public string? NewName { get; set; }

        /// <summary>Local case: the declaration to move.</summary>
        public LocalDeclarationStatementSyntax? Declaration { get; set; }
    }

    private static FixPlan? Plan(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (model.GetOperation(value, cancellationToken) is not IOperation operation
            || RetryScopes.FindRetriedScope(operation) is not IOperation scope
            || StatementInsertion.AnchorStatement(scope.Syntax) is not StatementSyntax anchor)
        {
            return null;
        }

        var plan = new FixPlan { Anchor = anchor, Scope = scope.Syntax };
        if (IdempotencyOperations.FindFreshValue(operation) != null)
        {
            if (UsesSymbolsDeclaredIn(model, value, scope.Syntax, cancellationToken))
            {
                return null;
            }

            plan.Inline = value;
            plan.NewName = StatementInsertion.UniqueLocalName(model, anchor, "idempotencyKey");
            return plan;
        }

        if (WrappedValues.StripImplicit(operation) is ILocalReferenceOperation local
            && local.Local.DeclaringSyntaxReferences.Length == 1
            && local.Local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration
            && declaration.Parent is LocalDeclarationStatementSyntax statement
            && statement.UsingKeyword.IsKind(SyntaxKind.None)
            && statement.Parent is BlockSyntax
            && scope.Syntax.Span.Contains(statement.Span)
            && !UsesSymbolsDeclaredIn(model, initializer.Value, scope.Syntax, cancellationToken)
            && !IsAssignedIn(model, local.Local, scope.Syntax, cancellationToken)
            && !IsNameTakenOutside(model, local.Local.Name, anchor, scope.Syntax))
        {
            plan.Declaration = statement;
            return plan;
        }

        return null;
    }

    private static bool UsesSymbolsDeclaredIn(SemanticModel model, SyntaxNode expression, SyntaxNode scope, CancellationToken cancellationToken)
    {
        foreach (IdentifierNameSyntax identifier in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            ISymbol? symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
            if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol)
            {
                foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(reference.Span))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsAssignedIn(SemanticModel model, ILocalSymbol local, SyntaxNode scope, CancellationToken cancellationToken)
    {
        foreach (AssignmentExpressionSyntax assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
            {
                return true;
            }
        }

        return false;
    }

    // Moving 'key' before the loop clashes with another 'key' declared later in the enclosing block (CS0136/CS0128).
    private static bool IsNameTakenOutside(SemanticModel model, string name, StatementSyntax anchor, SyntaxNode scope)
    {
        if (anchor.Parent is BlockSyntax block)
        {
            foreach (SyntaxNode node in block.DescendantNodes())
            {
                if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == name && !scope.Span.Contains(declarator.Span))
                {
                    return true;
                }
            }
        }

        foreach (ISymbol symbol in model.LookupSymbols(anchor.SpanStart, name: name))
        {
            if (symbol is ILocalSymbol or IParameterSymbol)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<Document> ApplyToNodeAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
        => (node is ArgumentSyntax argument ? argument.Expression : node) is ExpressionSyntax value
            ? ApplyAsync(document, value, cancellationToken)
            : Task.FromResult(document);

    private static async Task<Document> ApplyAsync(Document document, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model == null || Plan(model, value, cancellationToken) is not FixPlan plan)
        {
            return document;
        }

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        SyntaxTrivia indent = StatementInsertion.Indentation(plan.Anchor);
        SyntaxTrivia newLine = StatementInsertion.EndOfLine(plan.Anchor);
        if (plan.Inline != null && plan.NewName != null)
        {
            StatementSyntax declaration = SyntaxFactory.ParseStatement("var " + plan.NewName + " = " + plan.Inline.WithoutTrivia().ToString() + ";")
                .WithLeadingTrivia(indent)
                .WithTrailingTrivia(newLine);
            editor.InsertBefore(plan.Anchor, declaration);
            editor.ReplaceNode(plan.Inline, SyntaxFactory.IdentifierName(plan.NewName).WithTriviaFrom(plan.Inline));
        }
        else if (plan.Declaration != null)
        {
            editor.RemoveNode(plan.Declaration, SyntaxRemoveOptions.KeepNoTrivia);
            editor.InsertBefore(plan.Anchor, plan.Declaration.WithLeadingTrivia(indent).WithTrailingTrivia(newLine));
        }

        return editor.GetChangedDocument();
    }
}
