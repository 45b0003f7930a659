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
        if (HoldsEmvTagId(member))
        {
            return true;
        }

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

    // The EMV tag ids of card data (EMV Book 3, annex A): 5A PAN, 57 track 2 equivalent data, 56 track 1 data, 9F6B track 2
    // data, 9F1F/9F20 track 1/2 discretionary data, 5F34 PAN sequence number.
    private static readonly HashSet<string> CardDataEmvTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "5a", "57", "56", "9f6b", "9f1f", "9f20", "5f34",
    };

    /// <summary>
    /// A tag table's entry (issue 18, set 22: TLVTags { string _track2 = "57"; string _cardNumber = "5a"; string Track2 { get
    /// { return _track2; } set ... } }): a field initialized with the EMV tag id of the card data it is named for, or a
    /// property whose getter only returns such a field, holds the tag a TLV parser looks for, never the value. A card
    /// number, track or PAN sequence number is never one of these two- and four-character hex strings.
    /// </summary>
    private static bool HoldsEmvTagId(ISymbol member)
    {
        switch (member)
        {
            case IFieldSymbol field:
                return IsInitializedWithEmvTag(field);
            case IPropertySymbol { GetMethod: not null } property:
                foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is PropertyDeclarationSyntax declaration && ReturnedName(declaration) is { } returned)
                    {
                        foreach (ISymbol candidate in property.ContainingType.GetMembers(returned))
                        {
                            if (candidate is IFieldSymbol backing && IsInitializedWithEmvTag(backing))
                            {
                                return true;
                            }
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsInitializedWithEmvTag(IFieldSymbol field)
    {
        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value }
                && WrappedValues.StripSyntax(value, throughCasts: false) is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && CardDataEmvTags.Contains(StripHexPrefix(literal.Token.ValueText)))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripHexPrefix(string text)
        => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.Substring(2) : text;

    // get { return this._track2; }, get => _track2, => _track2: the one name a getter returns.
    private static string? ReturnedName(PropertyDeclarationSyntax declaration)
    {
        ExpressionSyntax? returned = declaration.ExpressionBody?.Expression;
        if (returned == null && declaration.AccessorList != null)
        {
            foreach (AccessorDeclarationSyntax accessor in declaration.AccessorList.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    returned = accessor.ExpressionBody?.Expression
                               ?? (accessor.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
                }
            }
        }

        return returned switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
            _ => null,
        };
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
