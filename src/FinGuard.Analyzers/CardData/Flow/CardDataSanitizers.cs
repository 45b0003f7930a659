using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>
/// Calls whose result is no longer card data (PCI DSS 3.4/3.5: masked to at most first six and last four,
/// tokenized, encrypted or keyed-hashed): masking and truncation helpers by name (<c>Mask*</c>, <c>Last4</c>,
/// <c>LastFour</c>, <c>Redact*</c>, <c>Truncate*</c>), <c>Substring</c>, ranges (<c>pan[^4..]</c>, <c>pan[..6]</c>) and
/// spans that keep at most four trailing or six leading characters (<see cref="IsTruncation"/>), <c>Replace</c> of the number's own middle (<c>pan.Replace(pan[4..^4], "....")</c>), tokenizers (<c>ICardTokenizer</c>, <c>finguard.tokenizer_type</c>), encryption
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

        if (name is "Substring" or "Slice" or "AsSpan" or "AsMemory" && IsTruncation(invocation))
        {
            return true;
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

    /// <summary>Masking by name only (Mask, Last4, LastFour, Redact, Truncate, Obfuscate): what leaves a security code unreadable, unlike encryption or hashing.</summary>
    public static bool IsMaskingName(string name)
        => name.IndexOf("Mask", StringComparison.Ordinal) >= 0
           || name.IndexOf("Last4", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("LastFour", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("Redact", StringComparison.Ordinal) >= 0
           || name.IndexOf("Truncat", StringComparison.Ordinal) >= 0
           // ObfuscateNumber, ObfuscateVerificationCode: masking by another name (issue 18, set 15).
           || name.IndexOf("Obfuscat", StringComparison.Ordinal) >= 0
           // hideCardNumber, HidePan: masking by another verb (issue 18, set 21).
           || (name.Length > 4 && (name[0] == 'h' || name[0] == 'H') && CardDataNames.IsHidingHelperName(name));

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

    /// <summary>
    /// A value cut down to at most the first six or last four characters of what it reads (PCI DSS 3.4.1 truncation):
    /// <c>pan.Substring(pan.Length - 4)</c>, <c>pan.Substring(0, 6)</c>, and the C# index and range forms
    /// <c>pan[^4..]</c>, <c>pan[..6]</c>, <c>pan[0..6]</c>, <c>pan[12..16]</c>, <c>pan.AsSpan(^4)</c>,
    /// <c>pan.AsSpan()[^4..]</c>, <c>span.Slice(0, 6)</c>. The one test every rule uses for a truncated value.
    /// </summary>
    public static bool IsTruncation(IOperation value)
    {
        switch (value)
        {
            case IImplicitIndexerReferenceOperation { Argument: var argument } slice:
                // pan[^4..]: string's Substring or a span's Slice, called by the compiler for a range.
                return slice.IndexerSymbol is IMethodSymbol { Name: "Substring" or "Slice" } && IsShortRange(WrappedValues.Strip(argument));
            case IInvocationOperation invocation:
                IMethodSymbol method = invocation.TargetMethod;
                if (method.Name == "Substring" && method.ContainingType?.SpecialType == SpecialType.System_String)
                {
                    return IsShortSubstring(invocation);
                }

                if ((method.Name == "Slice" && invocation.Instance != null && IsSpanType(method.ContainingType))
                    || (method.Name is "AsSpan" or "AsMemory" && method.ContainingType?.Name == "MemoryExtensions"))
                {
                    return IsShortCut(invocation, method.Name == "Slice" ? 0 : 1);
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// A range that keeps at most six characters counted from the start (<c>..6</c>, <c>0..6</c>, <c>12..16</c>) or four
    /// counted from the end (<c>^4..</c>, <c>^4..^0</c>); <c>4..^4</c> (the middle) and <c>6..</c> (everything after
    /// the first six) keep an unknown number.
    /// </summary>
    internal static bool IsShortRange(IOperation range)
    {
        if (range is not IRangeOperation { } bounds)
        {
            return false;
        }

        if (!TryIndex(bounds.LeftOperand, fromEndIfAbsent: false, out int start, out bool startFromEnd)
            || !TryIndex(bounds.RightOperand, fromEndIfAbsent: true, out int end, out bool endFromEnd)
            || startFromEnd != endFromEnd)
        {
            return false;
        }

        int length = startFromEnd ? start - end : end - start;
        return length >= 0 && length <= (startFromEnd ? 4 : 6);
    }

    /// <summary>The syntax form of <see cref="IsShortRange(IOperation)"/> with literal bounds, for rules that read syntax before binding.</summary>
    internal static bool IsShortRange(RangeExpressionSyntax range)
    {
        if (!TryIndex(range.LeftOperand, fromEndIfAbsent: false, out int start, out bool startFromEnd)
            || !TryIndex(range.RightOperand, fromEndIfAbsent: true, out int end, out bool endFromEnd)
            || startFromEnd != endFromEnd)
        {
            return false;
        }

        int length = startFromEnd ? start - end : end - start;
        return length >= 0 && length <= (startFromEnd ? 4 : 6);
    }

    // An absent bound is the start (left) or the end (right): 0 or ^0.
    private static bool TryIndex(IOperation? bound, bool fromEndIfAbsent, out int value, out bool fromEnd)
    {
        value = 0;
        fromEnd = fromEndIfAbsent;
        if (bound == null)
        {
            return true;
        }

        bound = WrappedValues.Strip(bound);
        if (bound is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
        {
            fromEnd = true;
            bound = WrappedValues.Strip(hat.Operand);
        }
        else
        {
            fromEnd = false;
        }

        if (bound.ConstantValue is { HasValue: true, Value: int constant })
        {
            value = constant;
            return true;
        }

        return false;
    }

    private static bool TryIndex(ExpressionSyntax? bound, bool fromEndIfAbsent, out int value, out bool fromEnd)
    {
        value = 0;
        fromEnd = fromEndIfAbsent;
        if (bound == null)
        {
            return true;
        }

        fromEnd = bound is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression };
        if (bound is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression } hat)
        {
            bound = hat.Operand;
        }

        if (bound is LiteralExpressionSyntax { Token.Value: int literal })
        {
            value = literal;
            return true;
        }

        return false;
    }

    // pan.AsSpan(^4..), pan.AsSpan(^4), pan.AsSpan(0, 6), span.Slice(12, 4): the arguments after the receiver (first is
    // the index of the first one: 1 for the extension's text argument, 0 for Slice).
    private static bool IsShortCut(IInvocationOperation invocation, int first)
    {
        ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
        int count = arguments.Length - first;
        if (count == 2)
        {
            return arguments[first + 1].Value.ConstantValue is { HasValue: true, Value: int length } && length <= 6;
        }

        if (count != 1)
        {
            return false;
        }

        IOperation argument = WrappedValues.Strip(arguments[first].Value);
        if (argument is IRangeOperation)
        {
            return IsShortRange(argument);
        }

        // AsSpan(^4): from the fourth-last character to the end.
        return argument is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand: var fromEnd }
               && WrappedValues.Strip(fromEnd).ConstantValue is { HasValue: true, Value: int tail } && tail <= 4;
    }

    private static bool IsSpanType(INamedTypeSymbol? type)
        => type is { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", ContainingNamespace.Name: "System" };

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
