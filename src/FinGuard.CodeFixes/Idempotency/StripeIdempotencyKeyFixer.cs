using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.Idempotency;

/// <summary>
/// FG2001/FG2002 fix: passes <c>new RequestOptions { IdempotencyKey = ... }</c> (or adds the key to the
/// <c>RequestOptions</c> already built in the method). The key is derived from a visible order/payment id
/// (<c>$"order-{order.Id}-payment-intent-create"</c>); when none is visible, a key is created once before the call
/// with a TODO saying it must come from the business operation to survive application retries.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StripeIdempotencyKeyFixer))]
public sealed class StripeIdempotencyKeyFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG2001.AddIdempotencyKey";

    private const string TodoComment = "// TODO(FinGuard {0}): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.StripeMoneyMovementWithoutKey, RuleIds.StripeObjectCreationWithoutKey);

    public StripeIdempotencyKeyFixer()
        : base(EquivalenceKey)
    {
    }

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is InvocationExpressionSyntax invocation
            && Plan(site.Model, invocation, site.CancellationToken) is FixPlan plan)
        {
            Document document = site.Document;
            string id = site.Diagnostic.Id;
            site.Register(CodeAction.Create(
                plan.DerivedKey != null ? "Add an idempotency key derived from the business operation" : "Add an idempotency key created once before the call",
                ct => ApplyAsync(document, invocation, id, ct),
                EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private sealed class FixPlan
    {
        public string? DerivedKey { get; set; }

        public string KeyExpression { get; set; } = "";

        public StatementSyntax? Anchor { get; set; }

        public string? NewLocalName { get; set; }

        /// <summary>The node to replace and its replacement.</summary>
        public SyntaxNode Target { get; set; } = null!;

        public SyntaxNode Replacement { get; set; } = null!;
    }

    private static FixPlan? Plan(SemanticModel model, InvocationExpressionSyntax invocationSyntax, CancellationToken cancellationToken)
    {
        StripeIdempotencySymbols? stripe = StripeIdempotencySymbols.Create(model.Compilation);
        if (stripe == null || model.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation
            || stripe.FindRequestOptionsArgument(invocation) is not IArgumentOperation argument || argument.Parameter == null)
        {
            return null;
        }

        string operation = IdempotencyKeys.OperationName(invocation.TargetMethod);
        var plan = new FixPlan { DerivedKey = IdempotencyKeys.Derive(model.GetEnclosingSymbol(invocationSyntax.SpanStart, cancellationToken), operation) };

        // Where the key goes: a new argument, the null passed today, or the RequestOptions creation already in the method.
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            plan.Target = invocationSyntax.ArgumentList;
        }
        else if (argument.Syntax is ArgumentSyntax { Expression: var expression } && WrappedValues.StripImplicit(argument.Value) is { } value)
        {
            switch (value)
            {
                case ILiteralOperation or IDefaultValueOperation:
                    plan.Target = expression;
                    break;
                case IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax creation }:
                    plan.Target = creation;
                    break;
                case ILocalReferenceOperation local when FindLocalCreation(local.Local, cancellationToken) is BaseObjectCreationExpressionSyntax creation && creation.SyntaxTree == invocationSyntax.SyntaxTree:
                    plan.Target = creation;
                    break;
                default:
                    return null;
            }
        }
        else
        {
            return null;
        }

        plan.Anchor = StatementInsertion.AnchorStatement(plan.Target);
        if (plan.DerivedKey != null)
        {
            plan.KeyExpression = plan.DerivedKey;
        }
        else
        {
            if (plan.Anchor == null)
            {
                return null;
            }

            plan.NewLocalName = StatementInsertion.UniqueLocalName(model, plan.Anchor, IdempotencyKeys.LocalName(operation, "Key"));
            plan.KeyExpression = plan.NewLocalName;
        }

        plan.Replacement = BuildReplacement(plan, argument.Parameter.Name);
        return plan;
    }

    private static SyntaxNode? FindLocalCreation(ILocalSymbol local, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation })
            {
                return creation;
            }
        }

        return null;
    }

    private static SyntaxNode BuildReplacement(FixPlan plan, string parameterName)
    {
        var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new global::Stripe.RequestOptions { IdempotencyKey = " + plan.KeyExpression + " }");
        creation = creation.WithType(creation.Type.WithAdditionalAnnotations(Simplifier.Annotation));
        switch (plan.Target)
        {
            case ArgumentListSyntax list:
                ArgumentSyntax added = SyntaxFactory.Argument(
                    SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
                    default,
                    creation);
                if (list.Arguments.Count == 0)
                {
                    return list.WithArguments(SyntaxFactory.SingletonSeparatedList(added));
                }

                SyntaxNodeOrTokenList items = list.Arguments.GetWithSeparators();
                items = items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)).Add(added);
                return list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items));
            case BaseObjectCreationExpressionSyntax existing:
                return InitializerEdits.SetProperty(existing, "IdempotencyKey", plan.KeyExpression);
            default:
                return creation.WithTriviaFrom(plan.Target);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, InvocationExpressionSyntax invocationSyntax, string diagnosticId, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model == null || Plan(model, invocationSyntax, cancellationToken) is not FixPlan plan)
        {
            return document;
        }

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(plan.Target, plan.Replacement);
        if (plan.NewLocalName != null && plan.Anchor != null)
        {
            SyntaxTrivia indent = StatementInsertion.Indentation(plan.Anchor);
            SyntaxTrivia newLine = StatementInsertion.EndOfLine(plan.Anchor);
            StatementSyntax declaration = SyntaxFactory.ParseStatement("var " + plan.NewLocalName + " = global::System.Guid.NewGuid().ToString();")
                .WithLeadingTrivia(indent, SyntaxFactory.Comment(string.Format(System.Globalization.CultureInfo.InvariantCulture, TodoComment, diagnosticId)), newLine, indent)
                .WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            editor.InsertBefore(plan.Anchor, declaration);
        }

        return editor.GetChangedDocument();
    }
}
