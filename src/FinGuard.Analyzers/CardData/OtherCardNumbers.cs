using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// A parameter named by the bare card word (<c>Kart_No</c>, <c>CardNo</c>, <c>KS_Kart_No</c>) that is not the payer's
/// card number, for FG1001 and FG1005 (issue 18, set 20: a Turkish wallet API whose credit card is <c>KK_No</c> and whose
/// <c>Kart_No</c> is the wallet account or the account a card is stored for):
/// <list type="bullet">
/// <item>its parameter list also holds the credit card's number in the card's own prefixed field group
/// (<see cref="CardDataNames.HasCreditCardFieldGroup"/>: <c>KK_Saklama(G, Kart_No, KK_Sahibi, KK_No, KK_CVV)</c>);</item>
/// <item>or its parameter list carries no security code or track and another method of the same type has such a group:
/// one service's vocabulary (a generated proxy, a repository
/// interface wrapping it) calls the credit card by its own name everywhere, so <c>Bildirim_Gonder(G, Kart_No)</c> is the
/// account.</item>
/// </list>
/// A parameter named by the bare card word next to the card's security code stays a card number, and so does
/// one in a type that never names a credit card. Also a member or parameter whose initializer or default value is a GUID
/// (<c>KS_Kart_No = "0c13d406-…"</c>): a stored card's token.
/// </summary>
internal static class OtherCardNumbers
{
    /// <summary>True when the bare card-number parameter names another card or account (see the type's summary).</summary>
    public static bool NamesAnotherCard(IParameterSymbol parameter)
    {
        List<string> words = IdentifierWords.Split(parameter.Name);
        if (!CardDataNames.NamesBareCardNumber(words) || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        if (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is string text && IsGuid(text))
        {
            return true;
        }

        if (CardDataNames.HasCreditCardFieldGroup(ParameterNames(method), parameter.Name))
        {
            return true;
        }

        foreach (IParameterSymbol other in method.Parameters)
        {
            // Beside the card's security code or track the bare name is the card's.
            if (!SymbolEqualityComparer.Default.Equals(other, parameter) && CardDataNames.MayNameCardData(other.Name)
                && CardDataNames.Classify(other.Name, null, null, CardDataNameOptions.Empty) is not (CardDataKind.None or CardDataKind.Pan))
            {
                return false;
            }
        }

        // CreditCardService.Refund(cardNumber) beside Charge(creditCardNumber): a type named for the credit card means it
        // by either name.
        if (method.ContainingType is not { } type || CardDataNames.NamesCreditCardType(type.Name))
        {
            return false;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol { Parameters.Length: > 1 } other && !SymbolEqualityComparer.Default.Equals(other, method)
                && CardDataNames.HasCreditCardFieldGroup(ParameterNames(other)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ParameterNames(IMethodSymbol method)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            yield return parameter.Name;
        }
    }

    /// <summary>
    /// True when the member's initializer is a GUID literal (<c>public string KS_Kart_No { get; set; } = "0c13d406-…"</c>):
    /// the card number slot holds a stored card's token.
    /// </summary>
    public static bool HasGuidInitializer(ISymbol member)
    {
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            EqualsValueClauseSyntax? initializer = reference.GetSyntax() switch
            {
                PropertyDeclarationSyntax property => property.Initializer,
                VariableDeclaratorSyntax variable => variable.Initializer,
                _ => null,
            };
            if (initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && IsGuid(literal.Token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGuid(string text) => text.Length == 36 && System.Guid.TryParseExact(text, "D", out _);
}
