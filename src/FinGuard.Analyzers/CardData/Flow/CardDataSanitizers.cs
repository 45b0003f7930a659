using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>
/// Calls whose result is no longer card data (PCI DSS 3.4/3.5: masked to at most first six and last four,
/// tokenized, encrypted or keyed-hashed): masking and truncation helpers by name (<c>Mask*</c>, <c>Last4</c>,
/// <c>LastFour</c>, <c>Redact*</c>, <c>Truncate*</c>), <c>Substring</c> that keeps at most four trailing or six
/// leading characters, <c>Replace</c> of the number's own middle (<c>pan.Replace(pan[4..^4], "....")</c>), tokenizers (<c>ICardTokenizer</c>, <c>finguard.tokenizer_type</c>), encryption
/// (<c>IDataProtector.Protect</c>, <c>FieldEncryption.Encrypt</c>, <c>Aes</c>/<c>AesGcm</c>), HMAC, methods marked
/// <c>[NotCardData]</c>, and the project's own helpers listed in <c>finguard.card_data.sanitizers</c>.
/// </summary>
internal static class CardDataSanitizers
{
    /// <summary><c>finguard.card_data.sanitizers</c>: the project's masking/tokenizing methods (<c>Name</c> or <c>Type.Name</c>, comma-separated).</summary>
    public const string SanitizersKey = "finguard.card_data.sanitizers";

    /// <summary>Attribute (any namespace) that marks a member, parameter or method result as card data.</summary>
    public const string CardDataAttribute = "CardDataAttribute";

    /// <summary>Attribute (any namespace) that marks a member, parameter or method (its result) as never card data.</summary>
    public const string NotCardDataAttribute = "NotCardDataAttribute";

    public static bool IsSanitizer(IInvocationOperation invocation, FinGuardOptions options)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string name = method.Name;
        if (IsSanitizingName(name))
        {
            return true;
        }

        INamedTypeSymbol? type = method.ContainingType;
        if (type == null)
        {
            return false;
        }

        if (name == "Substring" && type.SpecialType == SpecialType.System_String)
        {
            return IsShortSubstring(invocation);
        }

        if (name == "Replace" && type.SpecialType == SpecialType.System_String)
        {
            return IsMiddleReplaced(invocation);
        }

        string typeName = type.Name;
        if (typeName == "CardMasking" || typeName.StartsWith("HMAC", StringComparison.Ordinal) || typeName == "AesGcm" || typeName == "Aes" || typeName == "FieldEncryption")
        {
            return true;
        }

        if (options.IsTokenizer(type, invocation.Syntax.SyntaxTree))
        {
            return true;
        }

        if (CardDataSinks.HasAttribute(method, NotCardDataAttribute))
        {
            return true;
        }

        return IsConfigured(method, options, invocation.Syntax.SyntaxTree);
    }

    /// <summary>Mask, MaskPan, Last4, LastFour, Tokenize, Encrypt, Protect (not Unprotect), Redact, Truncate, Hmac.</summary>
    public static bool IsSanitizingName(string name)
        => IsMaskingName(name)
           || name.IndexOf("Tokeni", StringComparison.Ordinal) >= 0
           || name.IndexOf("Encrypt", StringComparison.Ordinal) >= 0
           || name.IndexOf("Hmac", StringComparison.OrdinalIgnoreCase) >= 0
           || name == "Protect" || name == "ProtectString";

    /// <summary>Masking by name only (Mask, Last4, LastFour, Redact, Truncate): what leaves a security code unreadable, unlike encryption or hashing.</summary>
    public static bool IsMaskingName(string name)
        => name.IndexOf("Mask", StringComparison.Ordinal) >= 0
           || name.IndexOf("Last4", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("LastFour", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("Redact", StringComparison.Ordinal) >= 0
           || name.IndexOf("Truncat", StringComparison.Ordinal) >= 0;

    // pan.Substring(pan.Length - 4), pan.Substring(0, 6), pan.Substring(12, 4): at most first six or last four.
    internal static bool IsShortSubstring(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 2)
        {
            return invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int length } && length <= 6;
        }

        if (invocation.Arguments.Length == 1 && invocation.Arguments[0].Value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract
            && subtract.LeftOperand is IPropertyReferenceOperation { Property.Name: "Length" }
            && subtract.RightOperand.ConstantValue is { HasValue: true, Value: int tail })
        {
            return tail <= 4;
        }

        return false;
    }

    // pan.Replace(pan[4..^4], "...."), pan.Replace(pan[6..], "*"): the middle (or the tail) of the number itself is
    // replaced by literal text, keeping at most the first six and last four digits (issue 18, set 12).
    internal static bool IsMiddleReplaced(IInvocationOperation invocation)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: { } receiver }, ArgumentList.Arguments: { Count: 2 } arguments }
            || !arguments[1].Expression.IsKind(SyntaxKind.StringLiteralExpression)
            || arguments[0].Expression is not ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } slice } element
            || !SyntaxFactory.AreEquivalent(element.Expression, receiver)
            || slice[0].Expression is not RangeExpressionSyntax range)
        {
            return false;
        }

        int start = range.LeftOperand == null ? 0 : range.LeftOperand is LiteralExpressionSyntax { Token.Value: int from } ? from : -1;
        int end = range.RightOperand == null ? 0
            : range.RightOperand is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression, Operand: LiteralExpressionSyntax { Token.Value: int fromEnd } } ? fromEnd : -1;
        return start is >= 0 and <= 6 && end is >= 0 and <= 4;
    }

    private static bool IsConfigured(IMethodSymbol method, FinGuardOptions options, SyntaxTree? tree)
    {
        string? configured = options.GetString(tree, SanitizersKey);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return false;
        }

        foreach (string entry in configured!.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            int dot = entry.LastIndexOf('.');
            if (dot < 0)
            {
                if (string.Equals(entry, method.Name, StringComparison.Ordinal))
                {
                    return true;
                }

                continue;
            }

            if (string.Equals(entry.Substring(dot + 1), method.Name, StringComparison.Ordinal))
            {
                string typePart = entry.Substring(0, dot);
                INamedTypeSymbol? type = method.ContainingType;
                if (type != null && (string.Equals(typePart, type.Name, StringComparison.Ordinal)
                                     || string.Equals(typePart, type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
