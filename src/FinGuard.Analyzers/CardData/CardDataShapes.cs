using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Finds card data inside a type's shape: the first public instance property or field (also one level of nested
/// DTOs, collection elements, <c>Task&lt;T&gt;</c> and <c>ActionResult&lt;T&gt;</c>) that holds a PAN or sensitive
/// authentication data and is not excluded from serialization/mapping (<c>[JsonIgnore]</c>, <c>[NotMapped]</c>,
/// <c>[IgnoreDataMember]</c>). One instance per compilation (<see cref="GetOrCreate"/>); results are cached per type.
/// </summary>
internal sealed class CardDataShapes
{
    private readonly FinGuardOptions _options;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ITypeSymbol, CardMember> _cache = new ConcurrentDictionary<ITypeSymbol, CardMember>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CardMember> _loadedCache = new ConcurrentDictionary<ITypeSymbol, CardMember>(SymbolEqualityComparer.Default);

    // One per compilation, shared by FG1003, FG1004 and the flow (issue #26: three caches of the same types, filled
    // concurrently, met on the dictionary's locks). The options come from the same provider for every rule.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CardDataShapes> Shared = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CardDataShapes>();

    private CardDataShapes(Compilation compilation, FinGuardOptions options)
    {
        _compilation = compilation;
        _options = options;
    }

    /// <summary>The compilation's instance, created by the first rule that asks.</summary>
    public static CardDataShapes GetOrCreate(Compilation compilation, FinGuardOptions options)
        => Shared.GetValue(compilation, c => new CardDataShapes(c, options));

    /// <summary>The card-data member the type carries, or <c>default</c>.</summary>
    public CardMember Find(ITypeSymbol? type) => FindAt(type, 0);

    /// <summary>
    /// As <see cref="Find(ITypeSymbol?)"/>, without looking into navigations: the members of an EF entity that point to
    /// another row (<c>public virtual UserAccount User</c>, <c>virtual ICollection&lt;Card&gt; Cards</c>, a <c>[ForeignKey]</c>
    /// member, <c>Card</c> beside <c>CardId</c>; one test for FG1004 and FG3007, <see cref="EfNavigations.IsNavigation"/>)
    /// hold data only when the query includes them, a multi-mapping fills them or lazy-loading proxies load them. For an
    /// object a call of unknown body returns; a navigation's own card member (a virtual <c>CardNumber</c>) still counts.
    /// </summary>
    public CardMember FindLoaded(ITypeSymbol? type) => FindAt(type, 0, skipNavigations: true);

    /// <summary>
    /// The card-data member the type carries at most <paramref name="maxDepth"/> nested objects down (0: its own
    /// members and collection elements; 2: as <see cref="Find(ITypeSymbol?)"/>).
    /// </summary>
    public CardMember Find(ITypeSymbol? type, int maxDepth) => maxDepth >= 2 ? FindAt(type, 0) : FindAt(type, 2 - System.Math.Max(0, maxDepth));

    /// <summary>Whether one member holds card data, judged by its own name, type and declaring type.</summary>
    public CardDataKind Classify(ISymbol member, ITypeSymbol type)
    {
        // A source symbol builds a new Locations array on every call: read it once.
        ImmutableArray<Location> locations = member.Locations;
        if (locations.Length == 0 || IsExcluded(member))
        {
            return CardDataKind.None;
        }

        INamedTypeSymbol? containing = member.ContainingType;
        CardDataKind kind = CardDataNames.Classify(member.Name, containing?.Name, containing?.MemberNames, _options.GetCardDataNames(locations[0].SourceTree));
        if (kind == CardDataKind.Pan && CardDataTypes.IsTooShortForPan(member))
        {
            return CardDataKind.None;
        }

        return kind != CardDataKind.None && CardDataTypes.CanHold(kind, type) && !NonPaymentCardMembers.IsOtherCardOrAccountCode(member, kind, _compilation)
            ? kind
            : CardDataKind.None;
    }

    private CardMember FindAt(ITypeSymbol? type, int depth, bool skipNavigations = false)
    {
        type = Unwrap(type);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple && depth <= 2)
        {
            // (CardModel, string?) and List<(CardModel, string?)>: a tuple is serialized element by element (Item1, Item2).
            foreach (IFieldSymbol element in tuple.TupleElements)
            {
                CardMember inElement = FindAt(element.Type, depth + 1, skipNavigations);
                if (inElement.Member != null)
                {
                    return inElement;
                }
            }

            return default;
        }

        if (type is IErrorTypeSymbol { CandidateReason: CandidateReason.Ambiguous } ambiguous && depth <= 2)
        {
            return FindInCandidates(ambiguous, depth, skipNavigations);
        }

        if (type == null || depth > 2 || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || IsFrameworkType(type))
        {
            return default;
        }

        ConcurrentDictionary<ITypeSymbol, CardMember> cache = skipNavigations ? _loadedCache : _cache;
        if (depth == 0 && cache.TryGetValue(type, out CardMember cached))
        {
            return cached;
        }

        CardMember found = default;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is not IPropertySymbol)
            {
                continue;
            }

            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol { IsIndexer: false } property => property.Type,
                IFieldSymbol { IsConst: false } field => field.Type,
                _ => null,
            };
            if (memberType == null)
            {
                continue;
            }

            CardDataKind kind = Classify(member, memberType);
            if (kind != CardDataKind.None)
            {
                found = new CardMember(member, kind);
                break;
            }

            if (!IsExcluded(member) && !SymbolEqualityComparer.Default.Equals(Unwrap(memberType), type) && !(skipNavigations && EfNavigations.IsNavigation(member, memberType, (INamedTypeSymbol)type)))
            {
                CardMember nested = FindAt(memberType, depth + 1, skipNavigations);
                if (nested.Member != null)
                {
                    found = nested;
                    break;
                }
            }
        }

        if (depth == 0)
        {
            cache.TryAdd(type, found);
        }

        return found;
    }

    // 'CreditCard' is an ambiguous reference between Models.Entities.CreditCard and Models.MongoEntites.CreditCard (CS0104:
    // two namespaces imported, each with a type of that name, of which the project's real build excludes one): the type
    // is an error type whose candidates are the declarations. When every candidate carries card data, so does the value,
    // whichever the build picks (issue 18, set 16: a Mongo card document returned by a controller).
    private CardMember FindInCandidates(IErrorTypeSymbol ambiguous, int depth, bool skipNavigations)
    {
        CardMember first = default;
        foreach (ISymbol candidate in ambiguous.CandidateSymbols)
        {
            CardMember found = candidate is ITypeSymbol candidateType && candidateType.TypeKind != TypeKind.Error ? FindAt(candidateType, depth, skipNavigations) : default;
            if (found.Member == null)
            {
                return default;
            }

            first = first.Member == null ? found : first;
        }

        return first;
    }

    // Task<T>, ValueTask<T>, ActionResult<T>, T[], List<T>, IEnumerable<T>...: the T is what is written.
    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
    {
        for (int i = 0; i < 4 && type != null; i++)
        {
            if (type is IArrayTypeSymbol array)
            {
                type = array.ElementType;
                continue;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1
                && (named.Name is "Task" or "ValueTask" or "ActionResult" or "IEnumerable" or "List" or "IList" or "IReadOnlyList"
                    or "ICollection" or "IReadOnlyCollection" or "IAsyncEnumerable" or "Ok" or "Created" or "Nullable"))
            {
                type = named.TypeArguments[0];
                continue;
            }

            break;
        }

        return type;
    }

    private static bool IsFrameworkType(ITypeSymbol type)
    {
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return ns.Name is "System" or "Microsoft" or "Stripe" or "Braintree" or "Adyen" or "Checkout" or "Newtonsoft";
            }
        }

        return false;
    }

    private static bool IsExcluded(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            if (name is "JsonIgnoreAttribute" or "NotMappedAttribute" or "IgnoreDataMemberAttribute" or "NonSerializedAttribute" or "BsonIgnoreAttribute"
                || (name != null && (name.IndexOf("Encrypt", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Mask", System.StringComparison.Ordinal) >= 0)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A member that holds card data, and which kind.</summary>
/// <param name="Member">The member, or null in <c>default</c> (no card-data member found).</param>
internal readonly record struct CardMember(ISymbol? Member, CardDataKind Kind)
{
    public string DisplayName => Member == null ? string.Empty : Member.ContainingType?.Name + "." + Member.Name;
}
