using System.Text;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The one way FinGuard's analyzers create diagnostics: <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, object[])"/>
/// plus the property <see cref="SymbolProperty"/>, the fully qualified name of the symbol the finding belongs to. The
/// build gate has no Roslyn: it reads that property from the compiler's SARIF log
/// (<c>result.properties.customProperties["finguard.symbol"]</c>) for baseline fingerprints and symbol waivers,
/// instead of guessing the enclosing declaration from the source text.
/// </summary>
/// <remarks>
/// Pass the symbol at hand: the operation's or node's <c>ContainingSymbol</c>, or the declared symbol a finding is
/// reported on. The recorded name is the enclosing member or type of the flagged code: a finding on a declaration's
/// own name belongs to its container (a PAN property to its type, a parameter or local to its method); accessors
/// count as their property or event, lambdas and local functions as the member around them. The name is
/// namespace, containing types and member joined by '.', without type parameters or parameter lists
/// (<c>App.Payments.Checkout.Pay</c>; constructors are named after their type, as C# declares them), so a waiver
/// on <c>App.Payments.Checkout</c> covers its members. When there is no such symbol (a finding in a configuration
/// file, or at assembly level) the property is left out and the gate fingerprints with an empty symbol.
/// The name is built only for diagnostics actually reported, never per node.
/// </remarks>
internal static class FinGuardDiagnostic
{
    /// <summary>The diagnostic property the gate reads (SarifLogReader.SymbolProperty in FinGuard.Build).</summary>
    public const string SymbolProperty = "finguard.symbol";

#pragma warning disable RS0030 // the one place Diagnostic.Create is allowed (BannedSymbols.txt)
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ISymbol? symbol, params object?[]? messageArgs)
        => Diagnostic.Create(descriptor, location, WithSymbol(null, symbol, location), messageArgs);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ISymbol? symbol, ImmutableDictionary<string, string?>? properties, params object?[]? messageArgs)
        => Diagnostic.Create(descriptor, location, WithSymbol(properties, symbol, location), messageArgs);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ISymbol? symbol, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?>? properties, params object?[]? messageArgs)
        => Diagnostic.Create(descriptor, location, additionalLocations, WithSymbol(properties, symbol, location), messageArgs);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ISymbol? symbol, DiagnosticSeverity effectiveSeverity, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?>? properties, params object?[]? messageArgs)
        => Diagnostic.Create(descriptor, location, effectiveSeverity, additionalLocations, WithSymbol(properties, symbol, location), messageArgs);
#pragma warning restore RS0030

    private static ImmutableDictionary<string, string?>? WithSymbol(ImmutableDictionary<string, string?>? properties, ISymbol? symbol, Location location)
    {
        string? name = SymbolName(symbol, location);
        if (name == null)
        {
            return properties;
        }

        return (properties ?? ImmutableDictionary<string, string?>.Empty).SetItem(SymbolProperty, name);
    }

    /// <summary>The fully qualified name recorded for a finding at <paramref name="location"/> given <paramref name="symbol"/>, or null.</summary>
    internal static string? SymbolName(ISymbol? symbol, Location location)
    {
        if (symbol is IMethodSymbol { AssociatedSymbol: { } associated } accessor && IsAccessor(accessor))
        {
            symbol = associated;
        }
        else if (symbol != null && IsDeclaredAt(symbol, location))
        {
            symbol = symbol.ContainingSymbol;
        }

        symbol = EnclosingMemberOrType(symbol);
        if (symbol == null)
        {
            return null;
        }

        var builder = new StringBuilder();
        Append(builder, symbol);
        return builder.ToString();
    }

    private static ISymbol? EnclosingMemberOrType(ISymbol? symbol)
    {
        while (symbol != null)
        {
            switch (symbol)
            {
                case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction }:
                case IParameterSymbol:
                case ILocalSymbol:
                case ITypeParameterSymbol:
                case IRangeVariableSymbol:
                case ILabelSymbol:
                    symbol = symbol.ContainingSymbol;
                    continue;
                case IMethodSymbol { AssociatedSymbol: { } associated } accessor when IsAccessor(accessor):
                    return associated;
                case INamespaceSymbol { IsGlobalNamespace: true }:
                case IAssemblySymbol:
                case IModuleSymbol:
                    return null;
                default:
                    return symbol;
            }
        }

        return null;
    }

    private static bool IsAccessor(IMethodSymbol method)
        => method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise;

    private static bool IsDeclaredAt(ISymbol symbol, Location location)
    {
        foreach (Location declared in symbol.Locations)
        {
            if (declared.SourceTree == location.SourceTree && declared.SourceSpan == location.SourceSpan)
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(StringBuilder builder, ISymbol symbol)
    {
        ISymbol? container = symbol.ContainingSymbol;
        if (container is INamedTypeSymbol || container is INamespaceSymbol { IsGlobalNamespace: false })
        {
            Append(builder, container);
            builder.Append('.');
        }

        builder.Append(NameOf(symbol));
    }

    private static string NameOf(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor } method)
        {
            return method.ContainingType.Name;
        }

        // An explicit interface implementation's name carries the interface ("App.IGateway.Charge"): keep the member's.
        string name = symbol.Name;
        int dot = name.LastIndexOf('.');
        return dot >= 0 && dot < name.Length - 1 ? name.Substring(dot + 1) : name;
    }
}
