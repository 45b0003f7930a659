using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit;

/// <summary>A call that moves money, where it is, and whether the FG5xxx rules count it (charges only when configured).</summary>
/// <remarks>A class, not a record: <see cref="MoneyFlowGraph"/> merges callees' operations with <c>Contains</c>, by identity.</remarks>
internal sealed class MoneyOperation
{
    public MoneyOperation(Location location, MoneyMovementKind kind, string name, bool counts, ISymbol owner)
    {
        Location = location;
        Owner = owner;
        Kind = kind;
        Name = name;
        Counts = counts;
    }

    public Location Location { get; }
    /// <summary>The method (or lambda, field) whose body makes the call: the symbol the FG5002 finding belongs to.</summary>
    public ISymbol Owner { get; }
    public MoneyMovementKind Kind { get; }
    public string Name { get; }
    public bool Counts { get; }
}

/// <summary>An HTTP endpoint: a controller action or page handler (method), or a minimal API route (its handler).</summary>
/// <param name="RouteAuthorization">For minimal APIs: what the route's fluent chain and group say.</param>
internal sealed record HttpEndpoint(ISymbol Handler, string Name, Location Location, EndpointAuthorization RouteAuthorization);

/// <summary>What one method (or handler lambda) does directly: its own money movements, audit writes, signature checks and calls.</summary>
internal sealed class MethodFacts
{
    private static readonly List<MoneyOperation> NoOperations = new List<MoneyOperation>();
    private static readonly HashSet<IMethodSymbol> NoCallees = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

    // Most methods move no money and call nothing of this compilation: their collections are never allocated, and
    // the graph does not keep them at all (an absent method summarises to nothing, as an empty one would).
    private List<MoneyOperation>? _moneyOperations;
    private HashSet<IMethodSymbol>? _callees;

    public IReadOnlyList<MoneyOperation> MoneyOperations => _moneyOperations ?? NoOperations;
    public IReadOnlyCollection<IMethodSymbol> Callees => _callees ?? NoCallees;
    public bool WritesAudit { get; set; }
    public bool VerifiesSignature { get; set; }

    public bool IsEmpty => _moneyOperations == null && _callees == null && !WritesAudit && !VerifiesSignature;

    public void AddMoneyOperation(MoneyOperation operation) => (_moneyOperations ??= new List<MoneyOperation>()).Add(operation);

    public void AddCallee(IMethodSymbol callee) => (_callees ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)).Add(callee);
}

/// <summary>What a method reaches through its calls within the compilation.</summary>
internal sealed record FlowSummary(ImmutableArray<MoneyOperation> Operations, bool WritesAudit, bool VerifiesSignature)
{
    public static readonly FlowSummary Empty = new FlowSummary(ImmutableArray<MoneyOperation>.Empty, false, false);
}

/// <summary>
/// The compilation's call graph as far as money, audit and signatures go. Each method body is walked once, when the
/// compiler hands it to the analyzer (operation block action), into <see cref="MethodFacts"/>; at compilation end
/// summaries are computed on demand, memoised per method, following calls into source methods (including interface
/// and virtual dispatch to source implementations), cycle-safe and bounded in depth (12 calls). Cost grows with the
/// code, not with the number of call paths.
/// </summary>
internal sealed class MoneyFlowGraph
{
    private const int MaxDepth = 12;
    private const int MaxOperationsPerSummary = 32;

    private readonly ConcurrentDictionary<ISymbol, MethodFacts> _facts = new ConcurrentDictionary<ISymbol, MethodFacts>(SymbolEqualityComparer.Default);
    private readonly ConcurrentBag<HttpEndpoint> _routes = new ConcurrentBag<HttpEndpoint>();
    private readonly Dictionary<ISymbol, CachedSummary> _summaries = new Dictionary<ISymbol, CachedSummary>(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _inProgress = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
    private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _implementations;

    public bool HasGlobalAuthorization { get; set; }

    public IEnumerable<KeyValuePair<ISymbol, MethodFacts>> Methods => _facts;

    public IEnumerable<HttpEndpoint> Routes => _routes;

    public void Add(ISymbol symbol, MethodFacts facts)
    {
        if (!facts.IsEmpty)
        {
            _facts[symbol] = facts;
        }
    }

    public void AddRoute(HttpEndpoint endpoint) => _routes.Add(endpoint);

    /// <summary>Only called from the (single-threaded) compilation end action.</summary>
    public FlowSummary Summarize(ISymbol method) => Summarize(method, MaxDepth, out _);

    // A summary is memoised with the depth budget it had. One that was cut short (by the budget or by a call back
    // into a method still being summarised) is reused only by requests with no larger budget, so each method is
    // summarised at most MaxDepth + 1 times: linear in the code, however the calls branch or recurse.
    private FlowSummary Summarize(ISymbol method, int budget, out bool truncated)
    {
        if (_summaries.TryGetValue(method, out CachedSummary? known) && (!known.Truncated || known.Budget >= budget))
        {
            truncated = known.Truncated;
            return known.Summary;
        }

        if (!_facts.TryGetValue(method, out MethodFacts? facts))
        {
            truncated = false;
            return FlowSummary.Empty;
        }

        if (budget < 0 || !_inProgress.Add(method))
        {
            truncated = true;
            return FlowSummary.Empty;
        }

        ImmutableArray<MoneyOperation>.Builder operations = ImmutableArray.CreateBuilder<MoneyOperation>();
        foreach (MoneyOperation operation in facts.MoneyOperations)
        {
            if (operations.Count < MaxOperationsPerSummary)
            {
                operations.Add(operation);
            }
        }

        bool audit = facts.WritesAudit;
        bool signature = facts.VerifiesSignature;
        bool cut = false;
        foreach (IMethodSymbol callee in facts.Callees)
        {
            foreach (ISymbol target in Targets(callee))
            {
                FlowSummary inner = Summarize(target, budget - 1, out bool innerCut);
                cut |= innerCut;
                audit |= inner.WritesAudit;
                signature |= inner.VerifiesSignature;
                foreach (MoneyOperation operation in inner.Operations)
                {
                    if (operations.Count < MaxOperationsPerSummary && !operations.Contains(operation))
                    {
                        operations.Add(operation);
                    }
                }
            }
        }

        _inProgress.Remove(method);
        var summary = new FlowSummary(operations.ToImmutable(), audit, signature);
        _summaries[method] = new CachedSummary(summary, budget, cut);
        truncated = cut;
        return summary;
    }

    private sealed record CachedSummary(FlowSummary Summary, int Budget, bool Truncated);

    // The method itself when it has a body here, else the source implementations of an interface or virtual member.
    private IEnumerable<ISymbol> Targets(IMethodSymbol callee)
    {
        if (_facts.ContainsKey(callee))
        {
            yield return callee;
        }

        if (!(callee.IsAbstract || callee.IsVirtual || callee.ContainingType?.TypeKind == TypeKind.Interface))
        {
            yield break;
        }

        _implementations ??= BuildImplementations();
        if (_implementations.TryGetValue(callee, out List<IMethodSymbol>? implementations))
        {
            foreach (IMethodSymbol implementation in implementations)
            {
                yield return implementation;
            }
        }
    }

    private Dictionary<IMethodSymbol, List<IMethodSymbol>> BuildImplementations()
    {
        var map = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (KeyValuePair<ISymbol, MethodFacts> entry in _facts)
        {
            if (entry.Key is not IMethodSymbol method)
            {
                continue;
            }

            for (IMethodSymbol? overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                AddTo(map, overridden.OriginalDefinition, method);
            }

            foreach (IMethodSymbol explicitImplementation in method.ExplicitInterfaceImplementations)
            {
                AddTo(map, explicitImplementation.OriginalDefinition, method);
            }

            if (method.ContainingType is { } type && types.Add(type))
            {
                foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                {
                    foreach (ISymbol member in @interface.GetMembers())
                    {
                        if (member is IMethodSymbol interfaceMethod && type.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation
                            && _facts.ContainsKey(implementation.OriginalDefinition))
                        {
                            AddTo(map, interfaceMethod.OriginalDefinition, (IMethodSymbol)implementation.OriginalDefinition);
                        }
                    }
                }
            }
        }

        return map;
    }

    private static void AddTo(Dictionary<IMethodSymbol, List<IMethodSymbol>> map, IMethodSymbol key, IMethodSymbol value)
    {
        if (!map.TryGetValue(key, out List<IMethodSymbol>? list))
        {
            list = new List<IMethodSymbol>();
            map.Add(key, list);
        }

        list.Add(value);
    }
}

/// <summary>Walks one operation block into <see cref="MethodFacts"/>.</summary>
internal sealed class MoneyFlowCollector
{
    private readonly IAssemblySymbol _assembly;
    private readonly MoneyMovements _money;
    private readonly AspNetCoreSymbols _aspNet;
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly MoneyFlowGraph _graph;
    private readonly ConcurrentDictionary<SyntaxTree, (bool IncludeCharges, ImmutableArray<string> Sinks)> _treeOptions
        = new ConcurrentDictionary<SyntaxTree, (bool, ImmutableArray<string>)>();

    public MoneyFlowCollector(IAssemblySymbol assembly, MoneyMovements money, AspNetCoreSymbols aspNet, AnalyzerConfigOptionsProvider options, MoneyFlowGraph graph)
    {
        _assembly = assembly;
        _money = money;
        _aspNet = aspNet;
        _options = options;
        _graph = graph;
    }

    public void Collect(OperationBlockAnalysisContext context)
    {
        var facts = new MethodFacts();
        foreach (IOperation block in context.OperationBlocks)
        {
            Walk(block, facts, context.OwningSymbol, context.CancellationToken);
        }

        _graph.Add(context.OwningSymbol is IMethodSymbol method ? method.OriginalDefinition : context.OwningSymbol, facts);
    }

    private void Walk(IOperation block, MethodFacts facts, ISymbol owner, System.Threading.CancellationToken cancellationToken)
    {
        foreach (IOperation operation in block.DescendantOperationsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IInvocationOperation invocation:
                    Visit(invocation, facts, block, owner);
                    break;
                case IMethodReferenceOperation reference when IsInSource(reference.Method):
                    facts.AddCallee(reference.Method.OriginalDefinition);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    if (AspNetCoreSymbols.AppWideRequirement(creation) == EndpointAuthorization.Policy)
                    {
                        _graph.HasGlobalAuthorization = true;
                    }
                    else if (IsInSource(constructor))
                    {
                        facts.AddCallee(constructor.OriginalDefinition);
                    }

                    break;
                case ISimpleAssignmentOperation assignment when AspNetCoreSymbols.AppWideRequirement(assignment) == EndpointAuthorization.Policy:
                    _graph.HasGlobalAuthorization = true;
                    break;
            }
        }
    }

    private void Visit(IInvocationOperation invocation, MethodFacts facts, IOperation root, ISymbol owner)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (IsInSource(method))
        {
            facts.AddCallee(method.OriginalDefinition);
        }

        var (includeCharges, sinks) = TreeOptions(invocation.Syntax.SyntaxTree);
        if (IsAuditWrite(invocation, sinks))
        {
            facts.WritesAudit = true;
            return;
        }

        if (IsSignatureVerification(method))
        {
            facts.VerifiesSignature = true;
            return;
        }

        if (_aspNet.IsMinimalApiMap(method))
        {
            RecordRoute(invocation, root);
            return;
        }

        // Razor Pages conventions and app-wide requirements: endpoints without their own attributes are protected.
        EndpointAuthorization appWide = AspNetCoreSymbols.AppWideRequirement(invocation);
        if (appWide != EndpointAuthorization.None)
        {
            _graph.HasGlobalAuthorization |= appWide == EndpointAuthorization.Policy;
            return;
        }

        MoneyMovementKind kind = _money.Classify(invocation, out string name);
        if (kind != MoneyMovementKind.None)
        {
            facts.AddMoneyOperation(new MoneyOperation(invocation.Syntax.GetLocation(), kind, name, kind != MoneyMovementKind.Charge || includeCharges, owner));
        }
    }

    private void RecordRoute(IInvocationOperation map, IOperation root)
    {
        ISymbol? handler = null;
        string route = string.Empty;
        foreach (IArgumentOperation argument in map.Arguments)
        {
            switch (WrappedValues.StripOrNull(argument.Value))
            {
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                    handler = lambda.Symbol;
                    break;
                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                    handler = reference.Method.OriginalDefinition;
                    break;
                case IAnonymousFunctionOperation lambda:
                    handler = lambda.Symbol;
                    break;
                case { ConstantValue: { HasValue: true, Value: string pattern } } when route.Length == 0:
                    route = pattern;
                    break;
            }
        }

        if (handler == null)
        {
            return;
        }

        if (handler is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambdaSymbol)
        {
            // The lambda's own facts, so that only what this route does counts for it.
            var facts = new MethodFacts();
            foreach (IOperation operation in map.DescendantOperations())
            {
                if (operation is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambdaSymbol))
                {
                    Walk(function.Body, facts, lambdaSymbol, default);
                    break;
                }
            }

            _graph.Add(lambdaSymbol, facts);
        }

        EndpointAuthorization authorization = AspNetCoreSymbols.FromRouteChain(map, root);
        _graph.AddRoute(new HttpEndpoint(handler, map.TargetMethod.Name + "(\"" + route + "\")", map.Syntax.GetLocation(), authorization));
    }

    // Called for every invocation: the factory is created once, not as a new closure per call.
    private (bool IncludeCharges, ImmutableArray<string> Sinks) TreeOptions(SyntaxTree tree)
        => _treeOptions.GetOrAdd(tree, _readTreeOptions ??= ReadTreeOptions);

    private Func<SyntaxTree, (bool, ImmutableArray<string>)>? _readTreeOptions;

    private (bool, ImmutableArray<string>) ReadTreeOptions(SyntaxTree tree)
    {
        bool include = _options.GetOptions(tree).TryGetValue(AccessAuditOptions.IncludeChargesKey, out string? value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return (include, AccessAuditOptions.GetList(_options, tree, AccessAuditOptions.AuditSinksKey));
    }

    /// <summary>
    /// An audit record being written: FinGuard's generated <c>AuditTrail</c>, a configured sink
    /// (<c>finguard.audit.sinks</c>), or a call whose type, method, type argument or argument names an audit log
    /// (<c>_audit.RecordAsync(...)</c>, <c>db.AuditEntries.Add(...)</c>, <c>LogAudit(...)</c>). An ordinary log line is not an audit record.
    /// </summary>
    private static bool IsAuditWrite(IInvocationOperation invocation, ImmutableArray<string> sinks)
    {
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null)
        {
            return false;
        }

        if (!sinks.IsEmpty)
        {
            foreach (string sink in sinks)
            {
                int dot = sink.LastIndexOf('.');
                if (AccessAuditOptions.MatchesType(sink, type)
                    || (dot > 0 && string.Equals(sink.Substring(dot + 1), method.Name, StringComparison.Ordinal) && AccessAuditOptions.MatchesType(sink.Substring(0, dot), type)))
                {
                    return true;
                }

                foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                {
                    if (AccessAuditOptions.MatchesType(sink, @interface))
                    {
                        return true;
                    }
                }
            }
        }

        // Reads and removals of audit records are not records.
        string name = method.Name;
        if (name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal) || name.StartsWith("Remove", StringComparison.Ordinal)
            || name.StartsWith("Update", StringComparison.Ordinal) || name.StartsWith("Verify", StringComparison.Ordinal) || name.StartsWith("Read", StringComparison.Ordinal))
        {
            return false;
        }

        if (AccessAuditOptions.IsAuditName(type.Name) || AccessAuditOptions.IsAuditName(name))
        {
            return true;
        }

        foreach (ITypeSymbol argument in type.TypeArguments)
        {
            if (AccessAuditOptions.IsAuditName(argument.Name))
            {
                return true;
            }
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Value.Type is { } argumentType && AccessAuditOptions.IsAuditName(argumentType.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A processor webhook's signature check: Stripe <c>EventUtility.ConstructEvent</c>/<c>ValidateSignature</c>, Adyen
    /// <c>HmacValidator.IsValidHmac</c>, Braintree <c>WebhookNotificationGateway.Parse</c>, Square
    /// <c>WebhooksHelper.IsValidWebhookEventSignature</c>, PayPal's verify-webhook-signature, and a constant-time
    /// comparison of a computed HMAC (<c>CryptographicOperations.FixedTimeEquals</c>).
    /// </summary>
    private static bool IsSignatureVerification(IMethodSymbol method)
    {
        string typeName = method.ContainingType?.Name ?? string.Empty;
        string name = method.Name;
        switch (typeName)
        {
            case "EventUtility":
                return name is "ConstructEvent" or "ValidateSignature";
            case "HmacValidator" or "HMACValidator":
                return name.StartsWith("IsValid", StringComparison.Ordinal);
            case "WebhookNotificationGateway":
                return name == "Parse";
            case "WebhooksHelper":
                return name == "IsValidWebhookEventSignature";
            case "CryptographicOperations":
                return name == "FixedTimeEquals";
        }

        return name.IndexOf("Signature", StringComparison.Ordinal) >= 0
               && (name.StartsWith("Verify", StringComparison.Ordinal) || name.StartsWith("Validate", StringComparison.Ordinal) || name.StartsWith("IsValid", StringComparison.Ordinal));
    }

    // Declared in this compilation's source. Not method.Locations: for a metadata method every call allocates a new
    // array of metadata locations, and this runs for every call in the compilation.
    private bool IsInSource(IMethodSymbol method) => SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _assembly);
}
