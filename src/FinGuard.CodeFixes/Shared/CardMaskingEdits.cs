using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.Shared;

/// <summary>Wraps a card-number expression in the generated <c>CardMasking.Mask(...)</c> (FG1003 logs, FG1004 storage and responses).</summary>
internal static class CardMaskingEdits
{
    /// <param name="keepFirstSix">
    /// false: last four only (<c>Mask(x)</c>); true: first six and last four (<c>Mask(x, keepFirstSix: true)</c>), the
    /// most PCI DSS 3.4.1 allows, useful where the BIN is needed later (routing, fraud rules, support lookups).
    /// </param>
    public static async Task<Document> WrapAsync(Document document, ExpressionSyntax expression, bool keepFirstSix, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !root.Contains(expression))
        {
            return document;
        }

        bool simple = SecurityHelperNames.CanUseSimpleName(model, expression.SpanStart, "CardMasking", cancellationToken);
        ArgumentListSyntax arguments = SyntaxFactory.ParseArgumentList(keepFirstSix ? "(x, keepFirstSix: true)" : "(x)");
        arguments = arguments.ReplaceNode(arguments.Arguments[0].Expression, expression.WithoutTrivia());
        ExpressionSyntax call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SecurityHelperNames.TypeExpression("CardMasking", simple), SyntaxFactory.IdentifierName("Mask")),
            arguments);
        if (!simple && expression.Parent is InterpolationSyntax)
        {
            // In an interpolation hole "{global::X}" would parse "::..." as a format clause: parenthesize.
            call = SyntaxFactory.ParenthesizedExpression(call);
        }

        call = call.WithTriviaFrom(expression).WithAdditionalAnnotations(Formatter.Annotation);
        var marker = new SyntaxAnnotation();
        SyntaxNode replaced = root.ReplaceNode(expression, call.WithAdditionalAnnotations(marker));
        if (simple)
        {
            int position = 0;
            foreach (SyntaxNode node in replaced.GetAnnotatedNodes(marker))
            {
                position = node.SpanStart;
            }

            replaced = SecurityHelperNames.AddImport(replaced, position);
        }

        return document.WithSyntaxRoot(replaced);
    }
}
