namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Decides whether a value (an operation) is raw card data: a local, parameter, field or property whose name,
/// type and containing type say it holds a PAN or sensitive authentication data. Anything computed by a call
/// is not: <c>CardMasking.Mask(pan)</c>, the user's tokenizer, an HMAC or <c>pan[^4..]</c> give safe forms, and
/// following arbitrary calls would trade precision for guesses.
/// </summary>
internal static class CardDataValues
{
    /// <summary>The kind of card data the value holds and the name it is known by, or <see cref="CardDataKind.None"/>.</summary>
    public static CardDataKind Classify(IOperation? value, FinGuardOptions options, out string name)
    {
        name = string.Empty;
        if (value == null)
        {
            return CardDataKind.None;
        }

        string? containingTypeName = null;
        IEnumerable<string>? siblings = null;
        ITypeSymbol? type;
        ISymbol holder;
        switch (value)
        {
            case ILocalReferenceOperation local:
                if (local.Local.IsConst)
                {
                    return CardDataKind.None;
                }

                name = local.Local.Name;
                type = local.Local.Type;
                holder = local.Local;
                break;
            case IParameterReferenceOperation parameter:
                name = parameter.Parameter.Name;
                type = parameter.Parameter.Type;
                holder = parameter.Parameter;
                break;
            case IFieldReferenceOperation field:
                if (field.Field.IsConst)
                {
                    // A constant is a literal: the Luhn rule (FG1006) judges its value.
                    return CardDataKind.None;
                }

                name = field.Field.Name;
                type = field.Field.Type;
                holder = field.Field;
                containingTypeName = field.Field.ContainingType?.Name;
                siblings = field.Field.ContainingType?.MemberNames;
                break;
            case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                name = property.Property.Name;
                type = property.Property.Type;
                holder = property.Property;
                containingTypeName = property.Property.ContainingType?.Name;
                siblings = property.Property.ContainingType?.MemberNames;
                break;
            default:
                return CardDataKind.None;
        }

        SyntaxTree? tree = value.Syntax.SyntaxTree;
        CardDataKind kind = CardDataNames.Classify(name, containingTypeName, siblings, options.GetCardDataNames(tree));
        if (kind == CardDataKind.Pan && containingTypeName != null && CardDataTypes.IsTooShortForPan(((IMemberReferenceOperation)value).Member))
        {
            // [StringLength(10)] string Pan: India's ten-character tax PAN, or anything else too short for a card number.
            return CardDataKind.None;
        }

        // A loyalty card's number, a member-card shop's card number, an account's security code: judged as FG1001 and
        // FG1002 judge the declaration.
        return kind != CardDataKind.None && CardDataTypes.CanHold(kind, type)
               && !FinGuard.Analyzers.CardData.NonPaymentCardMembers.IsOtherCardOrAccountCode(holder, kind, value.SemanticModel?.Compilation)
            ? kind
            : CardDataKind.None;
    }

    /// <summary>The name of a referenced local, parameter, field or property; null for anything else.</summary>
    public static string? ReferencedName(IOperation value) => value switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    /// <summary>Looks through conversions and text-preserving calls (<c>ToString()</c>, <c>Trim()</c>, <c>ToCharArray()</c>, <c>AsSpan()</c>).</summary>
    public static IOperation Unwrap(IOperation value)
    {
        for (int depth = 0; depth < 16; depth++)
        {
            value = WrappedValues.Strip(value);
            switch (value)
            {
                case IInvocationOperation invocation when invocation.Instance != null && IsTextPreserving(invocation.TargetMethod):
                    value = invocation.Instance;
                    continue;
                case IInvocationOperation { Instance: null, Arguments.Length: 1 } extension when extension.TargetMethod.IsExtensionMethod && IsTextPreserving(extension.TargetMethod):
                    value = extension.Arguments[0].Value;
                    continue;
                case IConditionalAccessOperation conditional:
                    // user.Card?.Number, card.Cvv?.ToString(): null-conditional access yields the accessed value or null.
                    value = conditional.WhenNotNull;
                    continue;
                case IConditionalAccessInstanceOperation instance when EnclosingConditionalAccess(instance) is { } owner:
                    // The receiver of ?.ToString() is the value the enclosing '?.' tested.
                    value = owner.Operation;
                    continue;
            }

            return value;
        }

        return value;
    }

    /// <summary>
    /// The value inside a fallback for a missing one: <c>card?.Number ?? string.Empty</c>, <c>IsNullOrEmpty(x.Cvv) ? "" :
    /// x.Cvv</c>, <c>(object)pan ?? DBNull.Value</c> (the other side is a constant, <c>string.Empty</c> or <c>DBNull.Value</c>,
    /// so what is written or shown is the card value or nothing; issue 18, set 23).
    /// </summary>
    public static IOperation WithoutFallback(IOperation value)
    {
        for (int depth = 0; depth < 4; depth++)
        {
            value = WrappedValues.Strip(value);
            switch (value)
            {
                case ICoalesceOperation coalesce when IsFallback(coalesce.WhenNull):
                    value = coalesce.Value;
                    continue;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional when IsFallback(conditional.WhenTrue):
                    value = whenFalse;
                    continue;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional when IsFallback(whenFalse):
                    value = conditional.WhenTrue;
                    continue;
            }

            return value;
        }

        return value;
    }

    // "", string.Empty, null, DBNull.Value: what is put where there is no value.
    private static bool IsFallback(IOperation operation)
    {
        operation = WrappedValues.Strip(operation);
        return operation.ConstantValue.HasValue
               || operation is IFieldReferenceOperation { Field.Name: "Empty" or "Value", Field.ContainingType.Name: "String" or "DBNull" };
    }

    /// <summary>
    /// Whether the value's syntax can be wrapped in a masking call as it is: not the inside of a null-conditional access
    /// (<c>.CardNumber</c> of <c>user.Card?.CardNumber</c>), which <see cref="Unwrap"/> looks into but a fix cannot rewrite alone.
    /// Called only when a diagnostic is reported.
    /// </summary>
    public static bool IsRewritableAlone(IOperation value)
    {
        foreach (SyntaxNode node in value.Syntax.DescendantNodesAndSelf())
        {
            if (node is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax)
            {
                return false;
            }
        }

        return true;
    }

    // The nearest '?.' whose WhenNotNull holds the instance reference (the one that tested it).
    private static IConditionalAccessOperation? EnclosingConditionalAccess(IOperation instance)
    {
        IOperation child = instance;
        for (IOperation? parent = instance.Parent; parent != null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation conditional && conditional.WhenNotNull == child)
            {
                return conditional;
            }
        }

        return null;
    }

    private static bool IsTextPreserving(IMethodSymbol method)
    {
        switch (method.Name)
        {
            case "ToString":
                return method.Parameters.Length == 0;
            case "Trim":
            case "TrimStart":
            case "TrimEnd":
            case "ToUpper":
            case "ToUpperInvariant":
            case "ToLower":
            case "ToLowerInvariant":
            case "ToCharArray":
            case "AsSpan":
            case "AsMemory":
                return method.ContainingType?.SpecialType == SpecialType.System_String
                    || method.ContainingType?.Name == "MemoryExtensions";
            default:
                return false;
        }
    }
}
