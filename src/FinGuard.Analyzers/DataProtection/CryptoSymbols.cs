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
}
