namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Members whose value is fixed in their declaration: a get-only property whose getter only returns a string literal
/// (<c>public static string AvsCvvData { get { return "merchAvsCvvData"; } }</c>, <c>string CardNumberKey => "cc_number"</c>)
/// or a static readonly string field initialized with one. They hold a key, a column or a message name, never card
/// data, whatever they are called. Checked only once a name matched (one declaration lookup).
/// </summary>
internal static class ConstantValuedMembers
{
    public static bool HoldsOnlyALiteral(ISymbol member)
    {
        switch (member)
        {
            case IPropertySymbol { SetMethod: null } property:
                foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is PropertyDeclarationSyntax declaration && ReturnsOnlyLiteral(declaration))
                    {
                        return true;
                    }
                }

                return false;
            case IFieldSymbol { IsStatic: true, IsReadOnly: true } field:
                foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value } && IsStringLiteral(value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool ReturnsOnlyLiteral(PropertyDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody != null)
        {
            return IsStringLiteral(declaration.ExpressionBody.Expression);
        }

        if (declaration.AccessorList == null || declaration.AccessorList.Accessors.Count != 1)
        {
            return false;
        }

        AccessorDeclarationSyntax getter = declaration.AccessorList.Accessors[0];
        if (getter.ExpressionBody != null)
        {
            return IsStringLiteral(getter.ExpressionBody.Expression);
        }

        return getter.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax { Expression: var returned } && returned != null && IsStringLiteral(returned);
    }

    private static bool IsStringLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.StringLiteralExpression)
            || expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };
    }
}
