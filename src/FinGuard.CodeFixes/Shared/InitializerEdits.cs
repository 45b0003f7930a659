namespace FinGuard.CodeFixes.Shared;

/// <summary>Adds or replaces one property assignment in an object creation's initializer, keeping its layout (one line or one per line).</summary>
internal static class InitializerEdits
{
    public static SyntaxNode SetProperty(BaseObjectCreationExpressionSyntax creation, string propertyName, string key)
    {
        ExpressionSyntax keyExpression = SyntaxFactory.ParseExpression(key);
        InitializerExpressionSyntax? initializer = creation.Initializer;
        if (initializer != null)
        {
            // An empty key ("" or null) already there: replace its value.
            foreach (ExpressionSyntax expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment && string.Equals(left.Identifier.ValueText, propertyName, System.StringComparison.OrdinalIgnoreCase))
                {
                    return creation.ReplaceNode(assignment.Right, keyExpression.WithTriviaFrom(assignment.Right));
                }
            }
        }

        if (initializer == null || initializer.Expressions.Count == 0)
        {
            BaseObjectCreationExpressionSyntax bare = creation.WithInitializer(null);
            SyntaxTriviaList trailing = creation.GetTrailingTrivia();
            if (bare is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } named)
            {
                bare = named.WithArgumentList(null);
            }

            InitializerExpressionSyntax fresh = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(KeyAssignment(propertyName, keyExpression).WithTrailingTrivia(SyntaxFactory.Space)),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken));
            return bare.WithoutTrailingTrivia().WithTrailingTrivia(SyntaxFactory.Space).WithInitializer(fresh.WithTrailingTrivia(trailing));
        }

        SeparatedSyntaxList<ExpressionSyntax> expressions = initializer.Expressions;
        ExpressionSyntax last = expressions[expressions.Count - 1];
        SyntaxNodeOrTokenList items = expressions.GetWithSeparators();
        if (expressions.SeparatorCount == expressions.Count)
        {
            SyntaxToken trailingComma = expressions.GetSeparator(expressions.SeparatorCount - 1);
            items = items.Add(KeyAssignment(propertyName, keyExpression).WithLeadingTrivia(last.GetLeadingTrivia())).Add(trailingComma);
        }
        else
        {
            SyntaxTriviaList lastTrailing = last.GetTrailingTrivia();
            items = items.RemoveAt(items.Count - 1)
                .Add(last.WithoutTrailingTrivia())
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lastTrailing))
                .Add(KeyAssignment(propertyName, keyExpression).WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(lastTrailing));
        }

        return creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
    }

    private static ExpressionSyntax KeyAssignment(string propertyName, ExpressionSyntax key)
        => SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(propertyName).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            key);
}
