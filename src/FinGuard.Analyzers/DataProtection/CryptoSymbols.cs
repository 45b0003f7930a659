using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>Cheap checks for .NET cryptography types by namespace and name (no per-call symbol lookups).</summary>
internal static class CryptoSymbols
{
    public static bool IsCryptographyType(INamedTypeSymbol? type)
        => type?.ContainingNamespace is { Name: "Cryptography" } ns
           && ns.ContainingNamespace is { Name: "Security" } security
           && security.ContainingNamespace is { Name: "System" } system
           && system.ContainingNamespace is { IsGlobalNamespace: true };

    /// <summary>True when <paramref name="type"/> is or derives from System.Security.Cryptography.<paramref name="name"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, string name)
    {
        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (current.Name == name && current is INamedTypeSymbol named && IsCryptographyType(named))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name that holds an IV or nonce (<c>iv</c>, <c>ivBytes</c>, <c>vector</c>, <c>InitVector</c>, <c>nonce</c>), not one that
    /// sizes, names or counts it (<c>ivSize</c>, <c>nonceLength</c>, <c>ivName</c>) or a salt or key beside it.
    /// </summary>
    public static bool IsIvName(string name)
    {
        bool iv = false;
        foreach (string word in IdentifierWords.Split(name))
        {
            switch (word)
            {
                case "iv" or "ivs" or "vector" or "nonce" or "initialization":
                    iv = true;
                    break;
                case "size" or "length" or "len" or "bits" or "name" or "id" or "count" or "salt" or "key":
                    return false;
            }
        }

        return iv;
    }
}
