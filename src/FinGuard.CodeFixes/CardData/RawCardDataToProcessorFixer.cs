using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.CardData
{
    /// <summary>
    /// FG1005 fix for Stripe: rewrites <c>new PaymentMethodCardOptions { Number = x, ExpMonth = ..., ExpYear = ..., Cvc = ... }</c>
    /// to <c>new PaymentMethodCardOptions { Token = x }</c> with a comment pointing to client-side tokenization: the value
    /// the server receives must become the token Stripe.js/Elements created in the browser (then FG1001's fix renames
    /// the variable). Offered on the <c>Number</c> finding when the initializer sets nothing but card fields.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RawCardDataToProcessorFixer)), Shared]
    public sealed class RawCardDataToProcessorFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG1005.UseStripeToken";

        private const string Comment = "/* FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number */";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RawCardDataToProcessor);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax
                    {
                        Left: IdentifierNameSyntax { Identifier.ValueText: "Number" },
                        Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } initializer,
                    } assignment
                    || !IsStripePaymentMethodCardOptions(model.GetTypeInfo(creation, context.CancellationToken).Type)
                    || !SetsOnlyCardFields(initializer))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Take the Stripe.js/Elements token instead of the card number",
                        ct => RewriteAsync(context.Document, initializer, assignment.Right, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> RewriteAsync(Document document, InitializerExpressionSyntax initializer, ExpressionSyntax value, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            AssignmentExpressionSyntax token = SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.IdentifierName("Token"),
                    value.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space, SyntaxFactory.Comment(Comment)))
                .WithLeadingTrivia(SyntaxFactory.Space);
            InitializerExpressionSyntax replacement = initializer
                .WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(token))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space))
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(initializer, replacement));
        }

        private static bool IsStripePaymentMethodCardOptions(ITypeSymbol? type)
            => type is { Name: "PaymentMethodCardOptions", ContainingNamespace: { Name: "Stripe", ContainingNamespace.IsGlobalNamespace: true } };

        // Number, Cvc, ExpMonth, ExpYear: the raw card; anything else (metadata, networks) needs the author's eye.
        private static bool SetsOnlyCardFields(InitializerExpressionSyntax initializer)
        {
            foreach (ExpressionSyntax expression in initializer.Expressions)
            {
                if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Number" or "Cvc" or "ExpMonth" or "ExpYear" } })
                {
                    return false;
                }
            }

            return true;
        }
    }
}
