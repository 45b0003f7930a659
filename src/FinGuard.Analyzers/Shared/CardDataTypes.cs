namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Types that can carry a 13–19 digit card number: text (<c>string</c>, <c>char[]</c>, char spans and memories,
/// <c>StringBuilder</c>) and integers wide enough (<c>long</c>, <c>ulong</c>, <c>decimal</c>).
/// <c>int</c>, <c>bool</c> and <c>DateTime</c> members named "CardNumber..." are counts, flags or dates, not PANs.
/// </summary>
internal static class CardDataTypes
{
    public static bool CanHoldPan(ITypeSymbol? type)
    {
        if (type == null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
                return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.Rank == 1 && array.ElementType.SpecialType == SpecialType.System_Char;
        }

        if (type is INamedTypeSymbol named && named.ContainingNamespace is { Name: "System" or "Text" } ns)
        {
            if (named.Arity == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Char
                && ns.Name == "System" && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return named.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory";
            }

            return named.Name == "StringBuilder" && ns.Name == "Text" && ns.ContainingNamespace is { Name: "System" };
        }

        return false;
    }

    /// <summary>
    /// Types that can carry a security code, PIN or track data: everything that can hold a PAN, plus the smaller
    /// integers (a CVV fits an <c>int</c>) and <c>byte[]</c> (PIN blocks, raw track data). Flags and dates never do.
    /// </summary>
    public static bool CanHoldSensitiveAuthenticationData(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type == null)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
                return true;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        // A cache of codes: Dictionary<string, string> CvvByCustomer, List<string> Cvvs, ConcurrentDictionary<...>.
        if (type is INamedTypeSymbol { IsGenericType: true } collection && collection.ContainingNamespace?.ToDisplayString() is string ns
            && ns.StartsWith("System.Collections", System.StringComparison.Ordinal))
        {
            ITypeSymbol element = collection.TypeArguments[collection.TypeArguments.Length - 1];
            return !(element is INamedTypeSymbol { IsGenericType: true }) && CanHoldSensitiveAuthenticationData(element);
        }

        return CanHoldPan(type);
    }

    /// <summary>Whether a value of this type can carry the given kind of card data.</summary>
    public static bool CanHold(CardDataKind kind, ITypeSymbol? type)
        => kind == CardDataKind.Pan ? CanHoldPan(type) : kind.IsSensitiveAuthenticationData() && CanHoldSensitiveAuthenticationData(type);

    /// <summary>
    /// Whether a type is known and can never carry the given kind of card data: <c>Guid</c> card ids, <c>bool</c> flags,
    /// <c>DateTime</c>/<c>DateTimeOffset</c>/<c>TimeSpan</c> dates, enums and other types that are not text or wide enough
    /// numbers (<see cref="CanHold"/>). Rules that judge by name first (FG1005's request members) ask this of the target
    /// or value type; an unresolved type, <c>object</c>, <c>dynamic</c> or a type parameter may hold anything.
    /// </summary>
    public static bool CannotHold(CardDataKind kind, ITypeSymbol? type)
    {
        ITypeSymbol? unwrapped = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (unwrapped == null || unwrapped.TypeKind is TypeKind.Error or TypeKind.TypeParameter or TypeKind.Dynamic
            || unwrapped.SpecialType == SpecialType.System_Object || ContainsErrorType(unwrapped))
        {
            return false;
        }

        return !CanHold(kind, unwrapped);
    }

    // List<Unresolved>, Unresolved[]: a type built from an unresolved one is unknown too.
    private static bool ContainsErrorType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.TypeKind == TypeKind.Error;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (ITypeSymbol argument in generic.TypeArguments)
            {
                if (argument.TypeKind == TypeKind.Error)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Only <c>string</c> members can be renamed to a token member without changing their type's uses.</summary>
    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    /// <summary>
    /// Whether the member is declared too short for a card number (fewer than 12 characters): <c>[StringLength(10)]</c>,
    /// <c>[MaxLength(10)]</c>, <c>[Length(9, 9)]</c>, <c>[Column(TypeName = "nvarchar(10)")]</c>. India's tax PAN is ten characters, and a
    /// column that holds ten cannot hold a 12-19 digit PAN whatever it is called. Asked only of members named as a PAN.
    /// </summary>
    public static bool IsTooShortForPan(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol or IParameterSymbol))
        {
            return false;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            if (name is "StringLengthAttribute" or "MaxLengthAttribute" or "StringLength" or "MaxLength")
            {
                if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int length && length > 0 && length < 12)
                {
                    return true;
                }
            }
            else if (name is "LengthAttribute" or "Length")
            {
                // [Length(9, 9)] (.NET 8's LengthAttribute(minimumLength, maximumLength); issue 18, set 24: a national ID
                // card's nine-character number): the maximum is the second argument.
                if (attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Value is int maximum && maximum > 0 && maximum < 12)
                {
                    return true;
                }
            }
            else if (name is "ColumnAttribute" or "Column")
            {
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    if (argument.Key == "TypeName" && argument.Value.Value is string typeName && DeclaredLength(typeName) is int declared && declared < 12)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // nvarchar(10), varchar(10), char(10): the length in parentheses.
    private static int? DeclaredLength(string typeName)
    {
        int open = typeName.IndexOf('(');
        int close = open < 0 ? -1 : typeName.IndexOf(')', open);
        return close > open + 1 && int.TryParse(typeName.Substring(open + 1, close - open - 1).Trim(), out int length) ? length : null;
    }
}
