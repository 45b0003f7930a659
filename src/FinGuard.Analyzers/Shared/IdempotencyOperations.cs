namespace FinGuard.Analyzers.Shared;

/// <summary>Small operation-tree helpers shared by the FG2xxx idempotency rules and their fixes.</summary>
internal static class IdempotencyOperations
{
    /// <summary>
    /// HTTP headers that carry an idempotency key (Stripe, Adyen, Checkout.com, Square's raw API, PayPal, and YooKassa's
    /// <c>Idempotence-Key</c>, held-out set 18).
    /// </summary>
    public static bool IsIdempotencyHeaderName(string? name)
        => name != null
           && (string.Equals(name, "Idempotency-Key", StringComparison.OrdinalIgnoreCase)
               || string.Equals(name, "Idempotence-Key", StringComparison.OrdinalIgnoreCase)
               || string.Equals(name, "X-Idempotency-Key", StringComparison.OrdinalIgnoreCase)
               || string.Equals(name, "Cko-Idempotency-Key", StringComparison.OrdinalIgnoreCase)
               || string.Equals(name, "PayPal-Request-Id", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>null</c>, <c>""</c> or <c>string.Empty</c>: Stripe.net treats these as "no key".</summary>
    public static bool IsEmptyString(IOperation? value)
    {
        value = WrappedValues.StripImplicit(value);
        if (value == null)
        {
            return false;
        }

        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is null or "";
        }

        return value is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } };
    }

    /// <summary>A non-empty compile-time constant string (a literal, a const, an interpolation of constants).</summary>
    public static bool IsConstantKey(IOperation? value)
    {
        value = WrappedValues.StripImplicit(value);
        return value != null && value.ConstantValue.HasValue && value.ConstantValue.Value is string { Length: > 0 };
    }

    /// <summary>A static, non-const field: one value shared by every request in the process.</summary>
    public static IFieldSymbol? SharedStaticField(IOperation? value)
    {
        value = WrappedValues.StripImplicit(value);
        return value is IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } && field.ContainingType?.SpecialType != SpecialType.System_String
            ? field
            : null;
    }

    /// <summary>The top of the operation tree (the method, lambda-containing member or initializer body).</summary>
    public static IOperation Root(IOperation operation)
    {
        IOperation current = operation;
        while (current.Parent != null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>
    /// The operation that makes a new value each time it runs: <c>Guid.NewGuid()</c>, <c>Guid.CreateVersion7()</c>,
    /// <c>DateTime.Now/UtcNow</c>, <c>DateTimeOffset.Now/UtcNow</c>, <c>Random</c>, <c>RandomNumberGenerator</c>,
    /// <c>Environment.TickCount</c>, <c>Stopwatch.GetTimestamp()</c>; null when the value has none.
    /// </summary>
    public static IOperation? FindFreshValue(IOperation? value)
    {
        value = WrappedValues.StripImplicit(value);
        if (value == null)
        {
            return null;
        }

        if (IsFreshSource(value))
        {
            return value;
        }

        foreach (IOperation descendant in value.DescendantOperations())
        {
            if (IsFreshSource(descendant))
            {
                return descendant;
            }
        }

        return null;
    }

    private static bool IsFreshSource(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                INamedTypeSymbol? type = invocation.TargetMethod.ContainingType;
                string name = invocation.TargetMethod.Name;
                if (type == null || !IsInNamespace(type, "System"))
                {
                    return IsInNamespace(type, "System.Security.Cryptography") && type?.Name == "RandomNumberGenerator"
                        || IsInNamespace(type, "System.Diagnostics") && type?.Name == "Stopwatch" && name == "GetTimestamp";
                }

                return type.Name switch
                {
                    "Guid" => name == "NewGuid" || name == "CreateVersion7",
                    "Random" => name.StartsWith("Next", StringComparison.Ordinal),
                    _ => false,
                };
            case IPropertyReferenceOperation property:
                INamedTypeSymbol? owner = property.Property.ContainingType;
                string propertyName = property.Property.Name;
                if (!IsInNamespace(owner, "System"))
                {
                    return false;
                }

                return owner!.Name switch
                {
                    "DateTime" or "DateTimeOffset" => propertyName is "Now" or "UtcNow" or "Ticks" && property.Instance == null,
                    "Environment" => propertyName is "TickCount" or "TickCount64",
                    "Random" => propertyName == "Shared" && property.Parent is IInvocationOperation,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static bool IsInNamespace(INamedTypeSymbol? type, string ns)
    {
        if (type == null)
        {
            return false;
        }

        INamespaceSymbol? containing = type.ContainingNamespace;
        int end = ns.Length;
        while (containing != null && !containing.IsGlobalNamespace)
        {
            string part = containing.Name;
            int start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(ns, start, part, 0, part.Length) != 0)
            {
                return false;
            }

            end = start - 1;
            containing = containing.ContainingNamespace;
        }

        return end == -1;
    }
}
