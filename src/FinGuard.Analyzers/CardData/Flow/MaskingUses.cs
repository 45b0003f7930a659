using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>How one read of a local or parameter named like a PAN uses the value.</summary>
internal enum MaskingUse
{
    /// <summary>The value goes somewhere whole (an argument, a return, a member, a log).</summary>
    Other,

    /// <summary>A write to the variable itself or a clean-up written back to it.</summary>
    Neutral,

    /// <summary>A length or emptiness check.</summary>
    Checks,

    /// <summary>The value is cut to its first six or last four digits, masked, or removed from other text.</summary>
    Masks,
}

/// <summary>
/// FG1001's question about a local or a parameter named like a PAN: is every read of it a masking use? A copy that
/// exists only to be cut to its last four digits (<c>pan.Substring(pan.Length - 4)</c>, <c>pan[^4..]</c>,
/// <c>pan[..6]</c>), masked, or removed from other text holds nothing the masked result does not. Shared by the
/// local check (<c>PanMemberAnalyzer</c>) and the parameter check (<see cref="SanitizedMembers.IsOnlyMaskedInBody"/>);
/// and the question about what a local is given (<see cref="HoldsOnlyTruncatedDigits"/>), shared by FG1001 and the flow.
/// </summary>
internal static class MaskingUses
{
    /// <summary>
    /// Classifies one reference to <paramref name="variable"/>. <paramref name="maskedParameter"/> answers whether a
    /// source method's parameter is itself only masked (a helper the value is handed to); null to not follow calls.
    /// </summary>
    public static MaskingUse Classify(IOperation reference, ISymbol variable, Func<IParameterSymbol, bool>? maskedParameter)
    {
        IOperation used = reference;
        while (used.Parent is IConversionOperation or IParenthesizedOperation)
        {
            used = used.Parent;
        }

        switch (used.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == used:
                return MaskingUse.Neutral;
            case IPropertyReferenceOperation { Property.Name: "Length" }:
                return MaskingUse.Checks;
            case IImplicitIndexerReferenceOperation slice when slice.Instance == used:
                // pan[^4..], pan[..6]; pan[4..] keeps the rest of the number.
                return CardDataSanitizers.IsTruncation(slice) ? MaskingUse.Masks : MaskingUse.Other;
            case IInvocationOperation invocation when invocation.Instance == used:
                string name = invocation.TargetMethod.Name;
                // A local's Substring counts as before; a helper parameter's must keep at most the first six or last
                // four digits: Chunk(value) => value.Substring(i, Math.Min(4, ...)) in a loop keeps every digit.
                if ((name == "Substring" && (variable is not IParameterSymbol || CardDataSanitizers.IsTruncation(invocation))) || IsMaskingName(name))
                {
                    return MaskingUse.Masks;
                }

                return IsWrittenBackTo(invocation, variable) ? MaskingUse.Neutral : MaskingUse.Other;
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                string method = invocation.TargetMethod.Name;
                if (method == "IsNullOrEmpty" || method == "IsNullOrWhiteSpace")
                {
                    return MaskingUse.Checks;
                }

                // kept.Replace(cardNumber, last4): the PAN is the text being removed from another string; pan.AsSpan(^4..).
                if (IsMaskingName(method)
                    || (method == "Replace" && invocation.Instance != null && invocation.Arguments.Length > 0 && invocation.Arguments[0] == argument)
                    || (invocation.Instance == null && invocation.Arguments[0] == argument && CardDataSanitizers.IsTruncation(invocation)))
                {
                    return MaskingUse.Masks;
                }

                // cardNumber = digitsOnly.Replace(cardNumber, ""): a clean-up of the same value.
                if (IsWrittenBackTo(invocation, variable))
                {
                    return MaskingUse.Neutral;
                }

                // BillingHelper.MapToSap(..., cardNumber, ...) whose cardNumber is only ever cut to cardNumber[^4..].
                return argument.Parameter is { RefKind: RefKind.None } parameter && maskedParameter != null && maskedParameter(parameter)
                    ? MaskingUse.Masks
                    : MaskingUse.Other;
            default:
                return MaskingUse.Other;
        }
    }

    /// <summary>
    /// Whether the read is one side of a comparison that yields only a flag: <c>a == b</c>, <c>a != b</c>,
    /// <c>a.Equals(b)</c>, <c>string.Equals(a, b)</c>, <c>a.StartsWith("4")</c>, <c>a.EndsWith(b)</c>.
    /// </summary>
    public static bool IsComparison(IOperation reference)
    {
        IOperation used = reference;
        while (used.Parent is IConversionOperation or IParenthesizedOperation)
        {
            used = used.Parent;
        }

        IOperation? parent = used.Parent;
        if (parent is IArgumentOperation argument)
        {
            parent = argument.Parent;
        }

        // cmd.Parameters.AddWithValue("@CardNo", cardNo) in SELECT ... WHERE CardNo = @CardNo: compared by the database, a
        // look-up key (issue 18, set 21); bound or not (the provider is a package an editor may not have restored).
        if (used.Syntax.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } && used.SemanticModel is { } model && IsSqlLookupKey(model, used.Syntax, list))
        {
            return true;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
            IInvocationOperation { TargetMethod.Name: "Equals" or "StartsWith" or "EndsWith" } invocation
                => invocation.TargetMethod.ReturnType.SpecialType == SpecialType.System_Boolean,
            _ => false,
        };
    }

    // The value of Parameters.AddWithValue(name, value) or of Parameters.Add(new XxxParameter(name, value)) whose command, found
    // in the method, only keys on that parameter (SqlParameterNames.IsLookupKey).
    private static bool IsSqlLookupKey(SemanticModel model, SyntaxNode value, ArgumentListSyntax list)
    {
        if (list.Arguments.Count != 2 || list.Arguments[1].Expression != value)
        {
            return false;
        }

        switch (list.Parent)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddWithValue" } access }:
                return SqlParameterNames.IsLookupKey(model, access.Expression, list.Arguments[0].Expression, default);
            case ObjectCreationExpressionSyntax creation
                when TypeSyntaxNames.LastName(creation.Type)?.EndsWith("Parameter", StringComparison.Ordinal) == true
                     && creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add } } }:
                return SqlParameterNames.IsLookupKey(model, add.Expression, list.Arguments[0].Expression, default);
            default:
                return false;
        }
    }

    private static bool IsMaskingName(string methodName) => methodName.IndexOf("Mask", StringComparison.Ordinal) >= 0;

    private static bool IsWrittenBackTo(IOperation value, ISymbol variable)
    {
        IOperation current = value;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not ISimpleAssignmentOperation assignment || assignment.Value != current)
        {
            return false;
        }

        ISymbol? target = assignment.Target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(target, variable);
    }

    // string _cardNumber = ""; ... _cardNumber = account.Substring(length - 4, 4); var cardNumber = string.Empty; ...
    // cardNumber = Decrypt(stored)[^4..]; var cardNumberDetails = ok ? "card ending " + cardNumber : "": a local that is
    // only ever given a fresh value, text, or the first six or last four digits (directly, in a concatenation,
    // interpolation or conditional, or through another such local of the same body) holds no PAN.
    public static bool HoldsOnlyTruncatedDigits(IOperation root, ILocalSymbol local, IOperation? initializer) => HoldsOnlyTruncatedDigits(root, local, initializer, 0);

    /// <summary>As above, finding the local's initializer in <paramref name="root"/>.</summary>
    public static bool HoldsOnlyTruncatedDigits(IOperation root, ILocalSymbol local) => HoldsOnlyTruncatedDigits(root, local, LocalInitializer(root, local), 0);

    private static bool HoldsOnlyTruncatedDigits(IOperation root, ILocalSymbol local, IOperation? initializer, int depth)
    {
        SanitizedMembers.Verdict written = initializer == null ? SanitizedMembers.Verdict.Neutral : JudgeWritten(initializer, root, local, depth);
        if (written == SanitizedMembers.Verdict.Raw)
        {
            return false;
        }

        foreach (IOperation operation in root.DescendantOperations())
        {
            // Parse(input, out cardNumber): a write the assignments do not show.
            if (operation is IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } && SymbolEqualityComparer.Default.Equals(passed.Local, local))
            {
                return false;
            }

            if (operation is IAssignmentOperation { Target: ILocalReferenceOperation target } assignment && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                written = assignment is ISimpleAssignmentOperation ? SanitizedMembers.Both(written, JudgeWritten(assignment.Value, root, local, depth)) : SanitizedMembers.Verdict.Raw;
                if (written == SanitizedMembers.Verdict.Raw)
                {
                    return false;
                }
            }
        }

        return written == SanitizedMembers.Verdict.Sanitized;
    }

    private static SanitizedMembers.Verdict JudgeWritten(IOperation value, IOperation root, ILocalSymbol local, int depth)
    {
        value = CardDataValues.Unwrap(value);
        if (IsFreshValue(value))
        {
            return SanitizedMembers.Verdict.Neutral;
        }

        if (CardDataSanitizers.IsTruncation(value))
        {
            return SanitizedMembers.Verdict.Sanitized;
        }

        switch (value)
        {
            case { ConstantValue: { HasValue: true, Value: string or null } }:
                // Text around the digits ("card ending "); a whole literal card number is FG1006's.
                return SanitizedMembers.Verdict.Neutral;
            case IInvocationOperation call when CardDataSanitizers.IsMaskingName(call.TargetMethod.Name):
                return SanitizedMembers.Verdict.Sanitized;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return SanitizedMembers.Both(JudgeWritten(conditional.WhenTrue, root, local, depth), JudgeWritten(whenFalse, root, local, depth));
            case ICoalesceOperation coalesce:
                return SanitizedMembers.Both(JudgeWritten(coalesce.Value, root, local, depth), JudgeWritten(coalesce.WhenNull, root, local, depth));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return SanitizedMembers.Both(JudgeWritten(concatenation.LeftOperand, root, local, depth), JudgeWritten(concatenation.RightOperand, root, local, depth));
            case IInterpolatedStringOperation interpolated:
                SanitizedMembers.Verdict parts = SanitizedMembers.Verdict.Neutral;
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    parts = SanitizedMembers.Both(parts, part is IInterpolationOperation hole ? JudgeWritten(hole.Expression, root, local, depth) : SanitizedMembers.Verdict.Neutral);
                }

                return parts;
            case ILocalReferenceOperation other when depth < 2 && !SymbolEqualityComparer.Default.Equals(other.Local, local):
                return HoldsOnlyTruncatedDigits(root, other.Local, LocalInitializer(root, other.Local), depth + 1) ? SanitizedMembers.Verdict.Sanitized : SanitizedMembers.Verdict.Raw;
            default:
                return SanitizedMembers.Verdict.Raw;
        }
    }

    private static IOperation? LocalInitializer(IOperation root, ILocalSymbol local)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }
        }

        return null;
    }

    // new StringBuilder(), "", string.Empty, 0: a value that holds nothing yet.
    public static bool IsFreshValue(IOperation value) => value switch
    {
        IObjectCreationOperation { Arguments.Length: 0 } => true,
        ILiteralOperation { ConstantValue: { HasValue: true, Value: string { Length: 0 } } } => true,
        IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } } => true,
        // long number = 0; number = number * 10 + random.Next(0, 10): a numeric accumulator.
        { ConstantValue: { HasValue: true, Value: int or long or decimal or ulong } zero } when System.Convert.ToDecimal(zero.Value, System.Globalization.CultureInfo.InvariantCulture) == 0m => true,
        _ => false,
    };
}
