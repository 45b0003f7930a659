using System.Threading;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Which related objects an entity read from the database actually holds (shared by FG1004's response checks and
/// FG3007): a query without <c>Include</c>, or a call whose body is not followed, fills the entity's own columns and
/// leaves its navigations empty, unless the context turns on lazy-loading proxies (<c>UseLazyLoadingProxies</c>
/// anywhere in the compilation: the serializer then loads them as it reads them).
/// </summary>
internal sealed class EfNavigations
{
    private readonly Compilation _compilation;
    private int _lazyLoading; // 0 unknown, 1 off, 2 on
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? _implementations;

    public EfNavigations(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// Whether lazy-loading proxies are on: <c>UseLazyLoadingProxies</c> in some file of the compilation. Searched once per
    /// compilation, and only when a response depends on it.
    /// </summary>
    public bool LazyLoading(CancellationToken cancellationToken)
    {
        int state = Volatile.Read(ref _lazyLoading);
        if (state == 0)
        {
            bool on = false;
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                if (TreeText.Contains(tree, "UseLazyLoadingProxies", cancellationToken))
                {
                    on = true;
                    break;
                }
            }

            state = on ? 2 : 1;
            Volatile.Write(ref _lazyLoading, state);
        }

        return state == 2;
    }

    /// <summary>
    /// Whether a member of <paramref name="owner"/> is a navigation to another row rather than a part of the row: a
    /// class-typed member (or a collection of one) that is <c>virtual</c> (EF's proxy-friendly navigations), carries
    /// <c>[ForeignKey]</c>, has a foreign key beside it (<c>Customer</c> or <c>CustomerDto</c> beside <c>CustomerId</c>), or
    /// whose type points back to the owner (the other end of the relationship). Mapped DTOs keep the same shape as the
    /// entities they copy.
    /// </summary>
    public static bool IsNavigation(ISymbol member, ITypeSymbol memberType, INamedTypeSymbol owner)
    {
        if (memberType.SpecialType != SpecialType.None || memberType.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Array or TypeKind.Error))
        {
            return false;
        }

        if (member.IsVirtual)
        {
            return true;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "ForeignKeyAttribute" or "ForeignKey")
            {
                return true;
            }
        }

        string name = member.Name;
        foreach (string suffix in ShapeSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - suffix.Length);
                break;
            }
        }

        return !owner.GetMembers(name + "Id").IsEmpty || !owner.GetMembers(name + "ID").IsEmpty || PointsBack(memberType, owner);
    }

    // The two ends of a relationship (issue 18, session 26): the member's type (a collection's element) has a member of the
    // owner's type or a collection of it (ICollection<CardDetail> Cards where CardDetail has ApplicationUser User;
    // ShoppingCart.Customer where Customer has ICollection<ShoppingCart>). EF maps such pairs as one relationship whatever
    // the foreign key is named, and a response DTO rarely points back to its owner, since serializers reject the cycle.
    private static bool PointsBack(ITypeSymbol memberType, INamedTypeSymbol owner)
    {
        if (Element(memberType) is not INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } target
            || SymbolEqualityComparer.Default.Equals(target, owner))
        {
            return false;
        }

        foreach (ISymbol member in target.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property
                && SymbolEqualityComparer.Default.Equals(Element(property.Type), owner))
            {
                return true;
            }
        }

        return false;
    }

    // T of T, T[], List<T>, ICollection<T>, HashSet<T>... (one generic argument of a type that is a collection).
    private static ITypeSymbol Element(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } named
            && named.Name is "ICollection" or "IList" or "List" or "IEnumerable" or "HashSet" or "ISet" or "Collection"
                or "IReadOnlyCollection" or "IReadOnlyList")
        {
            return named.TypeArguments[0];
        }

        return type;
    }

    // A navigation named for the DTO it is mapped to (CustomerDto beside CustomerId).
    private static readonly string[] ShapeSuffixes = { "Dto", "DTO", "Model", "ViewModel", "Vm" };

    /// <summary>
    /// The method whose body runs: the method itself when it has a body in source and cannot be overridden, or the one
    /// implementation of an interface method among the compilation's types; null otherwise.
    /// </summary>
    public IMethodSymbol? Implementation(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        method = method.OriginalDefinition;
        if (method.ContainingType is not { } type || !method.Locations.Any(l => l.IsInSource))
        {
            return null;
        }

        if (type.TypeKind != TypeKind.Interface)
        {
            return method.IsAbstract || method.IsVirtual || method.IsOverride && !method.IsSealed ? null : method;
        }

        if (!Implementations().TryGetValue(type, out List<INamedTypeSymbol>? implementers) || implementers.Count != 1)
        {
            return null;
        }

        return implementers[0].FindImplementationForInterfaceMember(method) is IMethodSymbol implementation
               && !implementation.IsAbstract && !implementation.IsVirtual
            ? implementation
            : null;
    }

    // Source interfaces and the source classes that implement them, built once per compilation, and only when an
    // action returns what an interface method gives back.
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Implementations()
    {
        Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? map = Volatile.Read(ref _implementations);
        if (map != null)
        {
            return map;
        }

        map = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(_compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            foreach (INamespaceOrTypeSymbol member in namespaces.Pop().GetMembers())
            {
                if (member is INamespaceSymbol nested)
                {
                    namespaces.Push(nested);
                }
                else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type)
                {
                    foreach (INamedTypeSymbol contract in type.AllInterfaces)
                    {
                        INamedTypeSymbol key = contract.OriginalDefinition;
                        if (!map.TryGetValue(key, out List<INamedTypeSymbol>? list))
                        {
                            map[key] = list = new List<INamedTypeSymbol>();
                        }

                        list.Add(type);
                    }
                }
            }
        }

        Interlocked.CompareExchange(ref _implementations, map, null);
        return Volatile.Read(ref _implementations)!;
    }

    /// <summary>
    /// Whether the body of the method a call runs (<see cref="Implementation"/>: a service or repository of the compilation)
    /// asks EF to load navigations: an <c>Include</c> or <c>ThenInclude</c> in it (<c>db.Contacts.Include(c =&gt; c.Customer)</c>).
    /// False when the body is not in source.
    /// </summary>
    public bool CalleeIncludesNavigations(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (Implementation(method) is not { } implementation)
        {
            return false;
        }

        foreach (SyntaxReference reference in implementation.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in TreeText.TokensNamed(reference.GetSyntax(cancellationToken), "Include", cancellationToken))
            {
                if (token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax })
                {
                    return true;
                }
            }

            foreach (SyntaxToken token in TreeText.TokensNamed(reference.GetSyntax(cancellationToken), "ThenInclude", cancellationToken))
            {
                if (token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a query or call chain asks EF to load navigations: an <c>Include</c> or <c>ThenInclude</c> anywhere in it
    /// (<c>_db.Accounts.Include(a =&gt; a.Owner).FirstAsync()</c>), by syntax, so it holds before restore.
    /// </summary>
    public static bool IncludesNavigations(ExpressionSyntax? expression)
    {
        for (int i = 0; i < 16 && expression != null; i++)
        {
            switch (expression = WrappedValues.StripSyntax(expression, throughCasts: false, throughAwait: true))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    if (access.Name.Identifier.ValueText is "Include" or "ThenInclude")
                    {
                        return true;
                    }

                    expression = access.Expression;
                    continue;
                case MemberAccessExpressionSyntax member:
                    expression = member.Expression;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
