using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using FinGuard.Analyzers.CardData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.CardData
{
    /// <summary>
    /// FG1003 fix: wraps the logged card number in the generated <c>FinGuard.Security.CardMasking.Mask(...)</c>
    /// (last four digits visible, PCI DSS 3.4.1). Offered for string PANs only: a security code or PIN must not be
    /// logged in any form, so the right edit there is to delete it, which only the author can decide.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CardDataLoggedFixer)), Shared]
    public sealed class CardDataLoggedFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG1003.Mask";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CardDataLogged);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(CardDataLoggedAnalyzer.MaskableProperty, out string? maskable) || maskable != "true")
                {
                    continue;
                }

                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mask the card number with CardMasking.Mask",
                        ct => MaskAsync(context.Document, expression, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> MaskAsync(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            ExpressionSyntax mask = SyntaxFactory.ParseExpression("global::FinGuard.Security.CardMasking.Mask")
                .WithAdditionalAnnotations(Simplifier.Annotation);
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                mask,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))));
            if (expression.Parent is InterpolationSyntax)
            {
                // In an interpolation hole "{global::X}" would parse "::..." as a format clause: parenthesize.
                call = SyntaxFactory.ParenthesizedExpression(call);
            }

            call = call.WithTriviaFrom(expression).WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(expression, call));
        }
    }
}
