using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Members whose value is fixed in their declaration: a get-only property whose getter only returns a string literal
/// (<c>public static string AvsCvvData { get { return "merchAvsCvvData"; } }</c>, <c>string CardNumberKey => "cc_number"</c>),
/// a static readonly string field initialized with one, or a static field initialized with a message or error-code text
/// (<c>public static string CvvMustContain3Numbers = "CvvMustContain3Numbers"</c>). They hold a key, a column or a message name, never card
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
            case IFieldSymbol { IsStatic: true } field:
                foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
                {
                    // public static string CardNumberMustBeNumeric16Digits = "CardNumberMustBeNumeric16Digits": a static
                    // field (readonly or not: a const by habit) initialized with a message or error-code text. A mutable one
                    // counts only when its text has letters, so 'static string CardNumber = ""' later filled in still reports.
                    if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value } && IsStringLiteral(value)
                        && (field.IsReadOnly || HasLetters(value)))
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

    private static bool HasLetters(ExpressionSyntax expression)
    {
        expression = WrappedValues.StripSyntax(expression, throughCasts: false);

        if (expression is not LiteralExpressionSyntax literal)
        {
            return true;
        }

        int letters = 0;
        foreach (char c in literal.Token.ValueText)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }

    private static bool IsStringLiteral(ExpressionSyntax expression)
    {
        expression = WrappedValues.StripSyntax(expression, throughCasts: false);

        return expression.IsKind(SyntaxKind.StringLiteralExpression)
            || expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };
    }
}
