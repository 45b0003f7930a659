using System.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// Chooses the idempotency key a fix writes: derived from the business operation when an order, payment, invoice
/// (...) id is visible in the enclosing method's parameters (<c>$"order-{order.Id}-payment-intent-create"</c>),
/// else null and the fix creates a key once before the call with a TODO.
/// </summary>
internal static class IdempotencyKeys
{
    private static readonly HashSet<string> BusinessWords = new HashSet<string>
    {
        "order", "payment", "invoice", "checkout", "cart", "basket", "booking", "reservation", "transaction",
        "purchase", "subscription", "refund", "payout", "transfer", "sale", "settlement", "withdrawal", "deposit",
    };

    private static readonly HashSet<string> IdWords = new HashSet<string> { "id", "number", "no", "ref", "reference", "key" };

    /// <summary>A C# interpolated-string key from a visible business id, or null.</summary>
    public static string? Derive(ISymbol? enclosing, string operation)
    {
        for (ISymbol? symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (IsIdType(parameter.Type) && BusinessWordOfId(parameter.Name) is string word)
                {
                    return $"$\"{word}-{{{parameter.Name}}}-{operation}\"";
                }
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Type is INamedTypeSymbol type && type.TypeKind is TypeKind.Class or TypeKind.Struct && type.SpecialType == SpecialType.None)
                {
                    string? typeWord = FirstBusinessWord(type.Name) ?? FirstBusinessWord(parameter.Name);
                    IPropertySymbol? id = FindIdProperty(type, typeWord, out string? propertyWord);
                    string? chosen = propertyWord ?? typeWord;
                    if (id != null && chosen != null)
                    {
                        return $"$\"{chosen}-{{{parameter.Name}.{id.Name}}}-{operation}\"";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A camel-case local name for an operation's key or request: <c>payment-intent-create</c>, "Key" → <c>paymentIntentCreateKey</c>.
    /// Named after the operation so that Fix All, which fixes each call on its own, does not declare one name twice in a block.</summary>
    public static string LocalName(string operation, string suffix)
    {
        var builder = new StringBuilder();
        bool upper = false;
        foreach (char c in operation)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = builder.Length > 0;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : builder.Length == 0 ? char.ToLowerInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || !char.IsLetter(builder[0]))
        {
            builder.Insert(0, "payment");
        }

        return builder.Append(suffix).ToString();
    }

    /// <summary><c>PaymentIntentService.CreateAsync</c> → <c>payment-intent-create</c>.</summary>
    public static string OperationName(IMethodSymbol method)
    {
        string service = method.ContainingType.Name;
        if (service.EndsWith("Service"))
        {
            service = service.Substring(0, service.Length - "Service".Length);
        }

        string name = method.Name.EndsWith("Async") ? method.Name.Substring(0, method.Name.Length - "Async".Length) : method.Name;
        var builder = new StringBuilder();
        foreach (string part in IdentifierWords.Split(service))
        {
            builder.Append(part.ToLowerInvariant()).Append('-');
        }

        List<string> verbs = IdentifierWords.Split(name);
        for (int i = 0; i < verbs.Count; i++)
        {
            builder.Append(verbs[i].ToLowerInvariant());
            if (i < verbs.Count - 1)
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }

    private static bool IsIdType(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
           || type is INamedTypeSymbol { Name: "Guid", ContainingNamespace.Name: "System" };

    /// <summary><c>orderId</c> → <c>order</c>; <c>paymentReference</c> → <c>payment</c>; <c>id</c> → null.</summary>
    private static string? BusinessWordOfId(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        if (words.Count < 2 || !IdWords.Contains(words[words.Count - 1].ToLowerInvariant()))
        {
            return null;
        }

        for (int i = 0; i < words.Count - 1; i++)
        {
            string word = words[i].ToLowerInvariant();
            if (BusinessWords.Contains(word))
            {
                return word;
            }
        }

        return null;
    }

    private static string? FirstBusinessWord(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            string lower = word.ToLowerInvariant();
            if (BusinessWords.Contains(lower))
            {
                return lower;
            }
        }

        return null;
    }

    private static IPropertySymbol? FindIdProperty(INamedTypeSymbol type, string? typeWord, out string? propertyWord)
    {
        propertyWord = null;
        IPropertySymbol? plainId = null;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property || !IsIdType(property.Type))
                {
                    continue;
                }

                if (property.Name == "Id")
                {
                    plainId ??= property;
                }
                else if (BusinessWordOfId(property.Name) is string word)
                {
                    propertyWord = word;
                    return property;
                }
            }
        }

        return typeWord != null ? plainId : null;
    }
}
