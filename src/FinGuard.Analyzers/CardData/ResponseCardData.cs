using System.Threading;
using FinGuard.Analyzers.CardData.Flow;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// What a value sent to the client (an action's return, <c>Ok(value)</c>) really carries, judged by where it comes
/// from rather than by its declared type alone (issue 18, session 16; recurring in several repositories):
/// <list type="bullet">
/// <item>an EF Core query (<c>_db.Cards.Where(...)</c>, <c>FindAsync</c>, <c>ToListAsync</c>, also before restore,
/// when <c>DbSet&lt;T&gt;</c> does not bind): its entity type <c>T</c>. Card data that is only reachable through a
/// navigation (<c>order.PaymentCard.Number</c>) is not loaded by a query without <c>Include</c>, unless the
/// context turns on lazy-loading proxies (<c>UseLazyLoadingProxies</c>), so only the entity's own members count;</item>
/// <item>a mediator request (<c>await _mediator.Send(query)</c>, MediatR's <c>IRequest&lt;TResponse&gt;</c>): its
/// <c>TResponse</c>;</item>
/// <item>a fresh object (<c>new CardResponse { Banks = banks }</c>, or a local created and then filled): only the
/// members the code assigns; a shared response type whose card member this action never sets returns no card;</item>
/// <item>the request body echoed back (a parameter): its own members and one level of nested objects, as for
/// serialized payloads; a card two navigations away exists only if the client posted it itself;</item>
/// <item>a call of a method of the compilation (a repository or service, also through an interface with one
/// implementation in source; one call is followed): what its body returns, when every return is an EF query, a local
/// initialized by one, a parameter (which stands for the caller's argument) or <c>null</c>; otherwise the call's
/// declared type;</item>
/// <item>an action's return value that does not bind (an entity loaded before restore, in a local or a member; not a
/// call, which may be a result such as <c>Ok(...)</c>): the action's declared <c>ActionResult&lt;T&gt;</c>.</item>
/// </list>
/// </summary>
internal sealed class ResponseCardData
{
    private const int MaxHops = 6;

    // A call is followed into its body only from the action's own values (at most two hops away: the return, a local,
    // an Ok argument); inside the callee, hops start above this, so its own calls are not followed again.
    private const int FollowCallHops = 2;

    private readonly Compilation _compilation;
    private readonly CardDataShapes _shapes;
    private readonly FinGuardOptions _options;
    private readonly EfNavigations _navigations;

    public ResponseCardData(Compilation compilation, CardDataShapes shapes, FinGuardOptions options)
    {
        _compilation = compilation;
        _shapes = shapes;
        _options = options;
        _navigations = new EfNavigations(compilation);
        _entities = new System.Lazy<EfEntityIndex>(() => EfEntityIndex.Build(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // The compilation's stored types (DbSet<T>, Entity<T>, document collections), read once when a page needs them.
    private readonly System.Lazy<EfEntityIndex> _entities;

    /// <summary>
    /// The card member of <b>stored</b> data a page is handed (<c>View(model)</c>, <c>ViewBag.Cards = cards</c>; issue 18,
    /// session 25), or <c>default</c>. Only what comes from storage counts: an EF query, a local or a call of the
    /// compilation that returns one, a call whose type (or element type) is a stored entity of the compilation, and a
    /// fresh view model filled with one of those. A parameter (the posted form model echoed back with validation
    /// errors), objects built from it and types that are not stored stay silent: their card members are the form's
    /// empty fields, not stored card data (PCI DSS 3.4.1: a PAN displayed must be masked).
    /// </summary>
    public CardMember FindStored(IOperation value, CancellationToken cancellationToken) => Stored(value, 0, cancellationToken);

    private CardMember Stored(IOperation value, int hops, CancellationToken cancellationToken)
    {
        value = WrappedValues.Strip(value, throughAwait: true);
        if (hops > MaxHops || value.ConstantValue.HasValue || value is IParameterReferenceOperation)
        {
            return default;
        }

        if (value is IInvocationOperation sanitizer && CardDataSanitizers.IsSanitizer(sanitizer, _options))
        {
            return default;
        }

        if (QueriedEntity(value.Syntax as ExpressionSyntax, value.SemanticModel, out int loadedDepth, cancellationToken) is { } entity)
        {
            return _shapes.Find(entity, LazyLoading(cancellationToken) ? 2 : loadedDepth);
        }

        switch (value)
        {
            case IObjectCreationOperation creation when IsFreshObject(creation):
                return StoredInFresh(creation, null, null, hops, cancellationToken);
            case ILocalReferenceOperation local:
                IOperation? initializer = LocalInitializer(local);
                if (initializer != null && WrappedValues.Strip(initializer, throughAwait: true) is IObjectCreationOperation fresh && IsFreshObject(fresh))
                {
                    return StoredInFresh(fresh, local.Local, EnclosingBody(local), hops, cancellationToken);
                }

                return initializer == null ? default : Stored(initializer, hops + 1, cancellationToken);
            case IInvocationOperation call:
                // cards.ToList() on a local that holds a query; a repository whose returns are queries; else the call's
                // type when it is (a collection of) a stored entity.
                if (KeepsElements(call.TargetMethod.Name))
                {
                    IOperation? source = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                    if (source != null && WrappedValues.Strip(source, throughAwait: true) is ILocalReferenceOperation)
                    {
                        return Stored(source, hops + 1, cancellationToken);
                    }
                }

                if (hops <= FollowCallHops && CalleeResult(call, null, cancellationToken) is { } fromCallee)
                {
                    return fromCallee;
                }

                return IsStoredType(call.Type) ? _shapes.FindLoaded(call.Type) : default;
            default:
                return default;
        }
    }

    // new CheckoutView { Credit = _db.GetCredit(id) }, or checkout.Credit = ... later: only stored values count.
    private CardMember StoredInFresh(IObjectCreationOperation creation, ILocalSymbol? local, IOperation? body, int hops, CancellationToken cancellationToken)
    {
        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment && Stored(assignment.Value, hops + 1, cancellationToken) is { Member: not null } found)
                {
                    return found;
                }
            }
        }

        if (local != null && body != null)
        {
            foreach (IOperation operation in body.DescendantOperations())
            {
                if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } } assignment
                    && SymbolEqualityComparer.Default.Equals(owner.Local, local)
                    && Stored(assignment.Value, hops + 1, cancellationToken) is { Member: not null } found)
                {
                    return found;
                }
            }
        }

        return default;
    }

    // Card, List<Card>, IEnumerable<Card>, Card[] where Card is mapped by the compilation (DbSet<Card>, Entity<Card>...).
    private bool IsStoredType(ITypeSymbol? type)
    {
        for (int i = 0; i < 3 && type != null; i++)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    type = array.ElementType;
                    continue;
                case INamedTypeSymbol { TypeArguments.Length: 1 } generic when generic.TypeKind != TypeKind.Error:
                    type = generic.TypeArguments[0];
                    continue;
                case INamedTypeSymbol { TypeKind: TypeKind.Class, TypeArguments.Length: 0 } named:
                    return _entities.Value.IsEntity(named);
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The card member the response value carries, or <c>default</c>.</summary>
    /// <param name="declared">The action's declared return type, used when the value does not bind.</param>
    /// <param name="returned">
    /// Whether the value is the action's return value: it must convert to the declared <c>ActionResult&lt;T&gt;</c>, so an
    /// unbound call returned there is a <c>T</c>. An argument of <c>Ok(object)</c> is only held to it when it is a local
    /// (the entity the action fetched), not when it is any call's result.
    /// </param>
    public CardMember Find(IOperation value, ITypeSymbol? declared, bool returned, CancellationToken cancellationToken)
        => Find(value, declared, returned ? 0 : 1, cancellationToken);

    private CardMember Find(IOperation value, ITypeSymbol? declared, int hops, CancellationToken cancellationToken)
    {
        value = WrappedValues.Strip(value, throughAwait: true);
        if (hops > MaxHops || value.ConstantValue.HasValue)
        {
            return default;
        }

        switch (value)
        {
            case IObjectCreationOperation creation when IsFreshObject(creation):
                return FreshObject(creation, null, null, hops, cancellationToken);
            case ILocalReferenceOperation local:
                return Local(local, declared, hops, cancellationToken);
            case IParameterReferenceOperation parameter when !IsUnbound(parameter.Type):
                // The request body sent back: what the client posted, its own members and one nested object.
                return _shapes.Find(parameter.Type, maxDepth: 1);
            case IInvocationOperation call when CardDataSanitizers.IsSanitizer(call, _options):
                return default;
            case IConditionalOperation conditional when conditional.WhenFalse != null:
                // return result.IsFailure ? result.ToProblemDetails() : Ok(result.Value): either branch may be sent.
                CardMember whenTrue = Find(conditional.WhenTrue, declared, hops + 1, cancellationToken);
                return whenTrue.Member != null ? whenTrue : Find(conditional.WhenFalse, declared, hops + 1, cancellationToken);
            case ICoalesceOperation coalesce:
                CardMember value0 = Find(coalesce.Value, declared, hops + 1, cancellationToken);
                return value0.Member != null ? value0 : Find(coalesce.WhenNull, declared, hops + 1, cancellationToken);
        }

        if (QueriedEntity(value.Syntax as ExpressionSyntax, value.SemanticModel, out int loadedDepth, cancellationToken) is { } entity)
        {
            return _shapes.Find(entity, LazyLoading(cancellationToken) ? 2 : loadedDepth);
        }

        if (value is IInvocationOperation invocation && hops <= FollowCallHops
            && CalleeResult(invocation, declared, cancellationToken) is { } fromCallee)
        {
            return fromCallee;
        }

        if (!IsUnbound(value.Type))
        {
            return FindInType(value.Type, value, cancellationToken);
        }

        if (MediatorResponse(value, cancellationToken) is { } response)
        {
            return _shapes.Find(response);
        }

        // An unbound member (return _session.Card) is held to the declared type. An unbound call is not: Ok(...),
        // NotFound() and result.ToProblemDetails() are results, not the data (Ok's argument is judged on its own), and
        // queries and mediator requests are recognised above.
        return declared == null || hops > 0 || IsCall(value.Syntax) ? default : _shapes.Find(declared);
    }

    private static bool IsCall(SyntaxNode syntax)
    {
        while (syntax is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            syntax = syntax is AwaitExpressionSyntax awaited ? awaited.Expression : ((ParenthesizedExpressionSyntax)syntax).Expression;
        }

        return syntax is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax;
    }

    // var card = await _db.Cards.FindAsync(id); return card;  var dto = new CardDto(); dto.Last4 = ...; return dto;
    private CardMember Local(ILocalReferenceOperation local, ITypeSymbol? declared, int hops, CancellationToken cancellationToken)
    {
        IOperation? body = EnclosingBody(local);
        IOperation? initializer = null;
        if (body != null)
        {
            foreach (IOperation operation in body.DescendantOperations())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                {
                    initializer = declarator.Initializer?.Value;
                    break;
                }
            }
        }

        if (initializer != null && WrappedValues.Strip(initializer, throughAwait: true) is IObjectCreationOperation creation && IsFreshObject(creation))
        {
            return FreshObject(creation, local.Local, body, hops, cancellationToken);
        }

        // var account = await _repository.Get(id); return account;  the repository's body decides, as for a returned call.
        if (initializer != null && hops + 1 <= FollowCallHops
            && WrappedValues.Strip(initializer, throughAwait: true) is IInvocationOperation call
            && CalleeResult(call, IsUnbound(local.Local.Type) ? declared : null, cancellationToken) is { } fromCallee)
        {
            return fromCallee;
        }

        if (initializer != null)
        {
            CardMember fromInitializer = Find(initializer, IsUnbound(local.Local.Type) ? declared : null, hops + 1, cancellationToken);
            if (fromInitializer.Member != null || InitializerDecides(initializer))
            {
                return fromInitializer;
            }
        }

        return IsUnbound(local.Local.Type) ? (declared == null ? default : _shapes.Find(declared))
            : initializer != null ? FindInType(local.Local.Type, initializer, cancellationToken) : _shapes.Find(local.Local.Type);
    }

    // The object a call returns whose body is not followed (a service or repository behind an interface, a Dapper query):
    // its type's own members and nested objects, not its virtual navigations, which hold data only when the query loads
    // them (issue 18, set 13: donation, charity and testimonial rows whose user's card navigation is never filled; as an
    // EF query without Include, above). With lazy-loading proxies on, the serializer loads them.
    private CardMember FindInType(ITypeSymbol? type, IOperation source, CancellationToken cancellationToken)
        => WrappedValues.Strip(source, throughAwait: true) is IInvocationOperation && !LazyLoading(cancellationToken)
            ? _shapes.FindLoaded(type)
            : _shapes.Find(type);

    // An object built here, judged by what is put into it. A collection (new List<CardDto>(), filled by Add in a
    // loop) is judged by its element type, as before: its elements come from elsewhere.
    private static bool IsFreshObject(IObjectCreationOperation creation)
    {
        if (creation.Initializer == null && !creation.Arguments.IsEmpty || creation.Type is not INamedTypeSymbol type)
        {
            return false;
        }

        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (contract.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return false;
            }
        }

        return true;
    }

    // A query or a fresh object says more than the local's declared type (an entity without its navigations, an object
    // whose card member is never set); anything else falls back to the type.
    private static bool InitializerDecides(IOperation initializer)
        => WrappedValues.Strip(initializer, throughAwait: true) is IObjectCreationOperation creation && IsFreshObject(creation)
           || initializer.Syntax is ExpressionSyntax syntax && IsQueryChain(syntax);

    // new Response { Banks = banks }: only what is assigned, in the initializer or later on the local
    // (response.Cards = cards), carries data; the type's other members stay empty.
    private CardMember FreshObject(IObjectCreationOperation creation, ILocalSymbol? local, IOperation? body, int hops, CancellationToken cancellationToken)
    {
        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                    && AssignedCard(target.Member, assignment.Value, hops, cancellationToken) is { Member: not null } found)
                {
                    return found;
                }
            }
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            CardMember passed = Find(argument.Value, null, hops + 1, cancellationToken);
            if (passed.Member != null)
            {
                return passed;
            }
        }

        if (local != null && body != null)
        {
            foreach (IOperation operation in body.DescendantOperations())
            {
                if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment
                    && SymbolEqualityComparer.Default.Equals(owner.Local, local)
                    && AssignedCard(target.Member, assignment.Value, hops, cancellationToken) is { Member: not null } found)
                {
                    return found;
                }
            }
        }

        return default;
    }

    // CardNumber = card.Number reports the member; Cards = cards reports what the value carries. A masking call or a
    // literal put into a card-named member is no card (the flow follows calls of the compilation).
    private CardMember AssignedCard(ISymbol member, IOperation value, int hops, CancellationToken cancellationToken)
    {
        ITypeSymbol? memberType = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        IOperation assigned = CardDataValues.Unwrap(value);
        if (memberType != null && _shapes.Classify(member, memberType) is var kind && kind != CardDataKind.None)
        {
            return assigned is IInvocationOperation || assigned.ConstantValue.HasValue ? default : new CardMember(member, kind);
        }

        CardDataKind valueKind = CardDataValues.Classify(assigned, _options, out _);
        if (valueKind != CardDataKind.None)
        {
            return new CardMember(member, valueKind);
        }

        return Find(value, null, hops + 1, cancellationToken);
    }

    /// <summary>
    /// What a call of the compilation's own method returns (<c>return await _repository.GetAccount(id);</c>), judged by
    /// the callee's returns, or <c>null</c> when they do not decide it (then the call's type counts, as before). Every
    /// return must be an EF query, a local initialized by one, <c>null</c>/a constant, or a parameter of the callee,
    /// which is judged as the caller's argument (a repository's <c>Add(entity); return
    /// entity;</c> returns what the action passed). An interface method is followed into its one implementation in
    /// source; an abstract or virtual method, or one with several implementations, is not.
    /// </summary>
    private CardMember? CalleeResult(IInvocationOperation call, ITypeSymbol? declared, CancellationToken cancellationToken)
    {
        if (Implementation(call.TargetMethod) is not { } method
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not BaseMethodDeclarationSyntax declaration
            || declaration.Body == null && declaration.ExpressionBody == null
            // A repository in a referenced project: the IDE (and the real-code evaluation) reference projects as
            // compilations, so its syntax is at hand but not part of this compilation and cannot be bound here.
            || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return null;
        }

        SemanticModel model = _compilation.GetSemanticModel(declaration.SyntaxTree);
        if (model.GetOperation(declaration, cancellationToken) is not IMethodBodyOperation body)
        {
            return null;
        }

        var returned = new List<IOperation>();
        CollectReturns(body, returned);
        if (returned.Count == 0)
        {
            return null;
        }

        foreach (IOperation value in returned)
        {
            if (!DecidedInCallee(WrappedValues.Strip(value, throughAwait: true), method))
            {
                return null;
            }
        }

        foreach (IOperation value in returned)
        {
            IOperation stripped = WrappedValues.Strip(value, throughAwait: true);
            CardMember found = stripped is IParameterReferenceOperation parameter
                ? Argument(call, parameter.Parameter) is { } argument ? Find(argument, declared, FollowCallHops + 1, cancellationToken) : default
                : Find(stripped, null, FollowCallHops + 1, cancellationToken);
            if (found.Member != null)
            {
                return found;
            }
        }

        return default(CardMember);
    }

    private static bool DecidedInCallee(IOperation value, IMethodSymbol method)
    {
        switch (value)
        {
            case { ConstantValue.HasValue: true }:
            case IDefaultValueOperation:
                return true;
            case IParameterReferenceOperation parameter:
                return SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, method);
            case ILocalReferenceOperation local:
                return LocalInitializer(local) is { Syntax: ExpressionSyntax initializer } && IsQueryChain(initializer);
            default:
                // Only a query: an object built in the callee may be filled in ways this does not follow (a stub
                // returning new CardDto() stands for data loaded elsewhere), so it keeps the call's type.
                return value.Syntax is ExpressionSyntax syntax && IsQueryChain(syntax);
        }
    }

    private static IOperation? LocalInitializer(ILocalReferenceOperation local)
    {
        if (EnclosingBody(local) is not { } body)
        {
            return null;
        }

        foreach (IOperation operation in body.DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
            {
                return declarator.Initializer?.Value;
            }
        }

        return null;
    }

    private static IOperation? Argument(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter != null && argument.Parameter.Ordinal == parameter.Ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    // The method's own returns, not those of lambdas and local functions inside it.
    private static void CollectReturns(IOperation operation, List<IOperation> returned)
    {
        foreach (IOperation child in operation.ChildOperations)
        {
            if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                continue;
            }

            if (child is IReturnOperation { ReturnedValue: { } value } && child.Kind == OperationKind.Return)
            {
                returned.Add(value);
                continue;
            }

            CollectReturns(child, returned);
        }
    }

    // The method whose body runs (shared with FG3007: EfNavigations.Implementation).
    private IMethodSymbol? Implementation(IMethodSymbol method) => _navigations.Implementation(method);

    /// <summary>
    /// The entity type of an EF Core query, by the shape of the call chain (it holds before restore, when neither
    /// <c>DbSet&lt;T&gt;</c> nor the LINQ operators bind): a member typed <c>DbSet&lt;T&gt;</c> followed only by operators
    /// that keep the element (filters, ordering, paging, <c>Find</c>, <c>First</c>, <c>ToList</c>...). A projection
    /// (<c>Select</c>) or an aggregate ends the recognition.
    /// </summary>
    /// <param name="loadedDepth">
    /// How many navigations down the query loads (0: none, the entity's own members): <c>Include(o => o.Payment)</c>
    /// loads one, <c>.ThenInclude(p => p.Card)</c>, <c>Include(o => o.Payment.Card)</c> or <c>Include("Payment.Card")</c>
    /// two. EF loads nothing past the included path, so a card two navigations away stays null when only the first
    /// is included (issue 18, session 26).
    /// </param>
    private static ITypeSymbol? QueriedEntity(ExpressionSyntax? expression, SemanticModel? model, out int loadedDepth, CancellationToken cancellationToken)
    {
        loadedDepth = 0;
        if (expression == null || model == null || !IsQueryChain(expression))
        {
            return null;
        }

        // Walked from the outermost call inwards: a ThenInclude extends the Include before it in source, which is met
        // later here, so the path lengths of the ThenIncludes seen since the last Include are summed until it comes.
        int thenIncluded = 0;
        for (int i = 0; i < 16 && expression != null; i++)
        {
            switch (expression = WrappedValues.StripSyntax(expression, throughCasts: false, throughAwait: true))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    string name = access.Name.Identifier.ValueText;
                    if (name == "ThenInclude")
                    {
                        thenIncluded += IncludedPathLength(invocation);
                    }
                    else if (name == "Include")
                    {
                        loadedDepth = System.Math.Max(loadedDepth, IncludedPathLength(invocation) + thenIncluded);
                        thenIncluded = 0;
                    }

                    expression = access.Expression;
                    continue;
                case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                    // A ThenInclude with no Include before it (not EF's shape): count what it names.
                    loadedDepth = System.Math.Max(loadedDepth, thenIncluded);
                    return model.GetTypeInfo(expression, cancellationToken).Type is INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set
                        ? set.TypeArguments[0]
                        : null;
                default:
                    return null;
            }
        }

        return null;
    }

    // The navigations one Include or ThenInclude names: the member accesses of its lambda's body (o => o.Payment.Card: 2),
    // the segments of a string path ("Payment.Card": 2). Anything else (EF6's o => o.Items.Select(i => i.Card), a path
    // built at run time) may load any depth: 2.
    private static int IncludedPathLength(InvocationExpressionSyntax include)
    {
        if (include.ArgumentList.Arguments.Count != 1)
        {
            return 2;
        }

        switch (include.ArgumentList.Arguments[0].Expression)
        {
            case SimpleLambdaExpressionSyntax { ExpressionBody: { } body }:
                int length = 0;
                while (body is MemberAccessExpressionSyntax member)
                {
                    length++;
                    body = member.Expression;
                }

                return body is IdentifierNameSyntax && length > 0 ? length : 2;
            case LiteralExpressionSyntax literal when literal.Token.Value is string path && path.Length > 0:
                int segments = 1;
                foreach (char c in path)
                {
                    if (c == '.')
                    {
                        segments++;
                    }
                }

                return segments;
            default:
                return 2;
        }
    }

    // Cheap, syntax only: a chain of element-keeping operators that ends on a member access (the DbSet).
    private static bool IsQueryChain(ExpressionSyntax expression)
    {
        bool sawOperator = false;
        for (int i = 0; i < 16; i++)
        {
            switch (expression = WrappedValues.StripSyntax(expression, throughCasts: false, throughAwait: true))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    if (!KeepsElements(access.Name.Identifier.ValueText))
                    {
                        return false;
                    }

                    sawOperator = true;
                    expression = access.Expression;
                    continue;
                case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                    return sawOperator;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool KeepsElements(string name)
        => name is "Where" or "Include" or "ThenInclude" or "AsNoTracking" or "AsTracking" or "AsQueryable" or "AsEnumerable"
               or "AsSplitQuery" or "AsSingleQuery" or "IgnoreQueryFilters" or "Skip" or "Take" or "Distinct" or "Reverse"
               or "Find" or "FindAsync"
           || name.StartsWith("OrderBy", StringComparison.Ordinal) || name.StartsWith("ThenBy", StringComparison.Ordinal)
           || name.StartsWith("First", StringComparison.Ordinal) || name.StartsWith("Single", StringComparison.Ordinal)
           || name.StartsWith("Last", StringComparison.Ordinal) || name.StartsWith("ElementAt", StringComparison.Ordinal)
           || name.StartsWith("ToList", StringComparison.Ordinal) || name.StartsWith("ToArray", StringComparison.Ordinal);

    // await _mediator.Send(new GetCardsQuery(...)) before MediatR binds: the request's IRequest<TResponse>.
    private static ITypeSymbol? MediatorResponse(IOperation value, CancellationToken cancellationToken)
    {
        SyntaxNode syntax = value.Syntax;
        while (syntax is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            syntax = syntax is AwaitExpressionSyntax awaited ? awaited.Expression : ((ParenthesizedExpressionSyntax)syntax).Expression;
        }

        if (syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Send" }, ArgumentList.Arguments.Count: 1 } send
            || value.SemanticModel is not { } model
            || model.GetTypeInfo(send.ArgumentList.Arguments[0].Expression, cancellationToken).Type is not INamedTypeSymbol request)
        {
            return null;
        }

        if (RequestResponse(request.BaseType) is { } fromBase)
        {
            return fromBase;
        }

        foreach (INamedTypeSymbol contract in request.AllInterfaces)
        {
            if (RequestResponse(contract) is { } response)
            {
                return response;
            }
        }

        return null;
    }

    private static ITypeSymbol? RequestResponse(INamedTypeSymbol? type)
        => type is { Name: "IRequest", TypeArguments.Length: 1 } ? type.TypeArguments[0] : null;

    // UseLazyLoadingProxies() anywhere in the compilation: navigations load when the serializer reads them (shared with
    // FG3007: EfNavigations).
    private bool LazyLoading(CancellationToken cancellationToken) => _navigations.LazyLoading(cancellationToken);

    private static IOperation? EnclosingBody(IOperation operation)
    {
        IOperation? body = null;
        for (IOperation? current = operation; current != null; current = current.Parent)
        {
            if (current is IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }

            body = current;
        }

        return body;
    }

    private static bool IsUnbound(ITypeSymbol? type) => type == null || type.TypeKind == TypeKind.Error;
}
