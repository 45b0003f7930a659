using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>Where a flow ends: FG1003's logs and exception messages, or FG1004's stores, serializers and responses.</summary>
internal enum FlowSinkKind
{
    Log,
    Persist,
}

/// <summary>Card data reaching a sink inside a callee: which sink and through which hops (for the message).</summary>
internal sealed record FlowHit(FlowSinkKind Kind, string Sink, string Path);

/// <summary>A tainted value: the source expression it came from, the calls it went through, and how many hops it took.</summary>
/// <param name="Source">The source expression in the analysed body, when the card data entered there.</param>
internal sealed record FlowTaint(string Origin, CardDataKind Kind, string Path, int Hops, IOperation? Source = null)
{
    public FlowTaint Hop(string hop) => new FlowTaint(Origin, Kind, Join(Path, hop), Hops + 1, Source);

    public FlowTaint Step() => new FlowTaint(Origin, Kind, Path, Hops + 1, Source);

    public static string Join(string first, string second)
        => first.Length == 0 ? second : second.Length == 0 ? first : first + " then " + second;
}

/// <summary>One value of the analysed body that reaches a sink, directly or through calls, fields and locals.</summary>
internal readonly struct FlowEvent
{
    public FlowEvent(FlowSinkKind kind, string sink, IOperation value, FlowTaint taint, string? placeholder = null, bool atSink = true)
    {
        AtSink = atSink;
        Placeholder = placeholder;
        Kind = kind;
        Sink = sink;
        Value = value;
        Taint = taint;
    }

    public FlowSinkKind Kind { get; }

    public string Sink { get; }

    public IOperation Value { get; }

    public FlowTaint Taint { get; }

    /// <summary>Whether the value is written by a sink of the analysed body itself (the rule's direct check also sees it), not by a callee or another method.</summary>
    public bool AtSink { get; }

    /// <summary>
    /// Where to report: the source expression when it sits inside the value (<c>"paid with " + form.CardNumber</c>),
    /// otherwise the value that enters the sink or the call.
    /// </summary>
    public IOperation ReportedOperation
        => Taint.Source is { } source && source.Syntax.SyntaxTree == Value.Syntax.SyntaxTree && Value.Syntax.Span.Contains(source.Syntax.Span) ? source : Value;

    /// <summary>The structured-log placeholder the value fills, when the sink is a log call.</summary>
    public string? Placeholder { get; }
}

/// <summary>
/// Card-data flow inside one compilation (issue #20). Sources are what the recogniser classifies as card data (and
/// <c>[CardData]</c> members), values decrypted from encrypted card members; propagation through locals, fields
/// of the type, object and collection initializers, string building, returns and arguments into parameters of
/// methods with source in this compilation; sanitizers in <see cref="CardDataSanitizers"/>; sinks are the log
/// sinks (<see cref="LogSinks"/>) and the store/response sinks (<see cref="CardDataSinks"/>).
/// Method summaries (which parameters reach which sinks, whether a parameter is returned, whether the method
/// returns card data of its own) are computed on demand, once per method, and cached for the compilation; a
/// method being summarised counts as "no flow" for its recursive callers. Create in CompilationStart.
/// </summary>
internal sealed class CardDataFlow
{
    private const int MaxCallDepth = 6;
    private const int MaxFixpointRounds = 4;

    private static readonly ImmutableArray<FlowHit> NoHits = ImmutableArray<FlowHit>.Empty;
    private static readonly ParamSummary NoFlow = new ParamSummary(NoHits, null);
    // A sentinel, tested with ReferenceEquals: FlowTaint is a record, so == would compare values.
    private static readonly FlowTaint NoTaint = new FlowTaint(string.Empty, CardDataKind.None, string.Empty, 0);

    private readonly Compilation _compilation;
    private readonly FinGuardOptions _options;
    private readonly LogSinks _logSinks;
    private readonly CardDataSinks _sinks;
    private readonly CardDataShapes _shapes;
    private readonly ConcurrentDictionary<ParamKey, ParamSummary> _paramSummaries = new ConcurrentDictionary<ParamKey, ParamSummary>();
    private readonly ConcurrentDictionary<IMethodSymbol, FlowTaint> _returnSummaries = new ConcurrentDictionary<IMethodSymbol, FlowTaint>(SymbolEqualityComparer.Default);
    private static readonly List<FlowEvent> NoEvents = new List<FlowEvent>();

    // How many rules read the flow's block events (FG1003, FG1004): the first reader's pass waits for the others.
    private int _blockReaders;

    // Per callee: whether its body names card data or decrypts (the syntax prefilter of return summaries), shared by
    // the summaries and by the block prefilter below.
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _mayReturnCardData = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
    private readonly Lazy<bool> _mentionsCardDataAttribute;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<FlowHit>> _fieldSinks = new ConcurrentDictionary<ISymbol, ImmutableArray<FlowHit>>(SymbolEqualityComparer.Default);

    // Shared by FG1003 and FG1004 so that a callee is summarised once per compilation, not once per rule; keyed by
    // the compilation (as NetAnalyzers' WellKnownTypeProvider), collected with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CardDataFlow> Shared = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CardDataFlow>();

    /// <summary>The compilation's flow analysis, created by the first rule that asks.</summary>
    public static CardDataFlow GetOrCreate(Compilation compilation, AnalyzerOptions options)
        => Shared.GetValue(compilation, c => new CardDataFlow(c, new FinGuardOptions(options.AnalyzerConfigOptionsProvider), LogSinks.Create(c), new CardDataSinks(c)));

    public CardDataFlow(Compilation compilation, FinGuardOptions options, LogSinks logSinks, CardDataSinks sinks)
    {
        SanitizedMembers = SanitizedMembers.GetOrCreate(compilation, options);
        _mentionsCardDataAttribute = new Lazy<bool>(() => MentionsCardDataAttribute(compilation), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        _compilation = compilation;
        _options = options;
        _logSinks = logSinks;
        _sinks = sinks;
        _shapes = CardDataShapes.GetOrCreate(compilation, options);
    }

    public FinGuardOptions Options => _options;

    /// <summary>The compilation-wide "every assignment is sanitized" check (shared with FG1001).</summary>
    public SanitizedMembers SanitizedMembers { get; }

    /// <summary>
    /// Registers an operation-block action that reports, in the document being analysed, every value that reaches a
    /// sink of <paramref name="kind"/> through at least one hop (a local, a field, an object, a call); values that go
    /// straight into a sink are the rule's own direct check.
    /// </summary>
    public void RegisterBlockAction(CompilationStartAnalysisContext start, FlowSinkKind kind, Action<OperationBlockAnalysisContext, FlowEvent> report)
    {
        System.Threading.Interlocked.Increment(ref _blockReaders);
        start.RegisterOperationBlockAction(context =>
        {
            IMethodSymbol? method = context.OwningSymbol as IMethodSymbol;
            if (method == null)
            {
                return;
            }

            // One diagnostic per place, value and kind: a value passed to a helper that logs it on six paths
            // (Tools.DecodeWebException(ex, name, xmlSent)) is one finding at the call, not six (held-out set 18).
            HashSet<(int Start, int Length, string Origin, CardDataKind Kind)>? reported = null;
            foreach (IOperation block in context.OperationBlocks)
            {
                if (block is not (IBlockOperation or IMethodBodyOperation or IConstructorBodyOperation))
                {
                    continue;
                }

                foreach (FlowEvent e in GetBlockEvents(block, method, context.CancellationToken))
                {
                    if (e.Kind == kind && e.Taint.Hops > 0)
                    {
                        Microsoft.CodeAnalysis.Text.TextSpan span = e.ReportedOperation.Syntax.Span;
                        if ((reported ??= new HashSet<(int, int, string, CardDataKind)>()).Add((span.Start, span.Length, e.Taint.Origin, e.Taint.Kind)))
                        {
                            report(context, e);
                        }
                    }
                }
            }
        });
    }

    // FG1003 and FG1004 analyse the same blocks: the driver hands both the same operation tree, and when FinGuardAnalyzer
    // hosts them (the shape the package ships) one right after the other on the same thread, so the pass runs once and
    // its events wait for the other readers in a one-entry cache of that thread. A shared dictionary keyed by block
    // cost a hash, a lock and, on two cores, spinning on that lock for every block of the compilation (issue #26).
    // Rules loaded one by one may read a block on different threads: each then computes it (the results are equal).
    // The entry holds at most one block's events per thread and is dropped by its last reader.
    [ThreadStatic]
    private static PendingEvents? t_pending;

    private List<FlowEvent> GetBlockEvents(IOperation block, IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        int readers = System.Threading.Volatile.Read(ref _blockReaders);
        if (readers > 1 && t_pending is { } pending && ReferenceEquals(pending.Flow, this) && ReferenceEquals(pending.Block, block))
        {
            if (--pending.Remaining <= 0)
            {
                t_pending = null;
            }

            return pending.Events;
        }

        List<FlowEvent> events = ComputeBlockEvents(block, method, cancellationToken);
        t_pending = readers > 1 ? new PendingEvents(this, block, events, readers - 1) : null;
        return events;
    }

    private List<FlowEvent> ComputeBlockEvents(IOperation block, IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        if (!MayHaveSource(block, cancellationToken))
        {
            return NoEvents;
        }

        List<FlowEvent>? events = null;
        var pass = new BodyPass(this, new Run(cancellationToken), method, block, intrinsic: true, depth: 0);
        if (pass.Prepare(sourceKnown: true))
        {
            pass.Events(e =>
            {
                if (e.Taint.Hops > 0)
                {
                    (events ??= new List<FlowEvent>()).Add(e);
                }
            });
        }

        return events ?? NoEvents;
    }

    private sealed class PendingEvents
    {
        public PendingEvents(CardDataFlow flow, IOperation block, List<FlowEvent> events, int remaining)
        {
            Flow = flow;
            Block = block;
            Events = events;
            Remaining = remaining;
        }

        public CardDataFlow Flow { get; }

        public IOperation Block { get; }

        public List<FlowEvent> Events { get; }

        public int Remaining;
    }

    /// <summary>Whether the member or parameter is marked <c>[NotCardData]</c>.</summary>
    public static bool IsMarkedSafe(ISymbol symbol) => CardDataSinks.HasAttribute(symbol, CardDataSanitizers.NotCardDataAttribute);

    /// <summary>A readable form of a sink method: <c>ILogger.LogInformation</c> for the extension method on ILogger.</summary>
    public static string SinkName(IMethodSymbol method)
    {
        string type = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : method.ContainingType?.Name ?? string.Empty;
        return type + "." + method.Name;
    }

    private ParamSummary GetParamSummary(IMethodSymbol method, int ordinal, Run run, int depth)
    {
        var key = new ParamKey(method, ordinal);
        if (_paramSummaries.TryGetValue(key, out ParamSummary? cached))
        {
            return cached;
        }

        if (depth > MaxCallDepth || !run.Active.Add(key))
        {
            // Recursion: the method being summarised counts as "no flow" for its recursive callers.
            return NoFlow;
        }

        try
        {
            ParamSummary summary = ComputeParamSummary(method, ordinal, run, depth);
            return _paramSummaries.GetOrAdd(key, summary);
        }
        finally
        {
            run.Active.Remove(key);
        }
    }

    private ParamSummary ComputeParamSummary(IMethodSymbol method, int ordinal, Run run, int depth)
    {
        IOperation? body = GetBody(method, run.CancellationToken);
        if (body == null || ordinal >= method.Parameters.Length)
        {
            return NoFlow;
        }

        IParameterSymbol parameter = method.Parameters[ordinal];
        var pass = new BodyPass(this, run, method, body, intrinsic: false, depth);
        pass.Seed(parameter, new FlowTaint(parameter.Name, CardDataKind.Pan, string.Empty, 0));
        pass.Prepare();
        ImmutableArray<FlowHit>.Builder? hits = null;
        pass.Events(e =>
        {
            hits ??= ImmutableArray.CreateBuilder<FlowHit>();
            if (hits.Count < 8)
            {
                hits.Add(new FlowHit(e.Kind, e.Sink, e.Taint.Path));
            }
        });
        FlowTaint? returned = pass.ReturnedTaint;
        return hits == null && returned == null ? NoFlow : new ParamSummary(hits?.ToImmutable() ?? NoHits, returned);
    }

    /// <summary>Whether the method returns card data of its own (a getter of a card member, a decryption).</summary>
    private FlowTaint? GetReturnSummary(IMethodSymbol method, Run run, int depth)
    {
        if (_returnSummaries.TryGetValue(method, out FlowTaint? cached))
        {
            return ReferenceEquals(cached, NoTaint) ? null : cached;
        }

        var key = new ParamKey(method, -1);
        if (depth > MaxCallDepth || !run.Active.Add(key))
        {
            return null;
        }

        try
        {
            FlowTaint? result = null;
            if (MayReturnCardDataCached(method, run.CancellationToken) && GetBody(method, run.CancellationToken) is { } body)
            {
                var pass = new BodyPass(this, run, method, body, intrinsic: true, depth);
                pass.Prepare();
                result = pass.ReturnedTaint;
            }

            cached = _returnSummaries.GetOrAdd(method, result ?? NoTaint);
            return ReferenceEquals(cached, NoTaint) ? null : cached;
        }
        finally
        {
            run.Active.Remove(key);
        }
    }

    // A necessary condition for each kind of source BodyPass.Eval knows: a name the recogniser could classify (its own
    // allocation-free prefilter), [CardData], a literal long enough to be a PAN, a decryption, or a call of a source
    // method whose body names card data (return summaries).
    private bool MayStartTaint(IOperation operation, System.Threading.CancellationToken cancellationToken)
    {
        ISymbol? symbol;
        switch (operation)
        {
            case ILocalReferenceOperation local:
                symbol = local.Local;
                break;
            case IParameterReferenceOperation parameter:
                symbol = parameter.Parameter;
                break;
            case IFieldReferenceOperation field:
                symbol = field.Field;
                break;
            case IPropertyReferenceOperation property:
                symbol = property.Property;
                break;
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return text.Length >= 12;
            case IInvocationOperation invocation:
                IMethodSymbol target = invocation.TargetMethod;
                return IsDecryptName(target.Name) || (!target.ReturnsVoid && MayReturnCardDataCached(Normalize(target), cancellationToken))
                       || (target.Name.StartsWith("Serialize", StringComparison.Ordinal) && _sinks.IsSerializer(invocation))
                       || BodyPass.IsJsonHelper(target);
            case IInvalidOperation invalid:
                return BodyPass.UnboundCallName(invalid.Syntax) is { } unbound && IsDecryptName(unbound);
            default:
                return false;
        }

        return CardDataNames.MayNameCardData(symbol.Name)
               || (symbol.Kind != SymbolKind.Local && _mentionsCardDataAttribute.Value && CardDataSinks.HasAttribute(symbol, CardDataSanitizers.CardDataAttribute));
    }

    // Before any pass object is made: most blocks of a code base have nothing a taint can start from.
    private bool MayHaveSource(IOperation block, System.Threading.CancellationToken cancellationToken)
    {
        if (_options.GetCardDataNames(block.Syntax.SyntaxTree).HasExtraNames)
        {
            return true;
        }

        foreach (IOperation operation in block.DescendantOperations())
        {
            if (MayStartTaint(operation, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool MayReturnCardDataCached(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        if (!_mayReturnCardData.TryGetValue(method, out bool may))
        {
            // Source methods only (metadata has no body to summarise), judged once per method.
            may = _mayReturnCardData.GetOrAdd(method, BodyPass.IsSourceMethod(method) && MayReturnCardData(method, cancellationToken));
        }

        return may;
    }

    // Whether any file could put [CardData] on a member or parameter: "CardData" followed by something other than a
    // letter or digit (an attribute list, an argument list, a comma). A plain text search, once per compilation, so
    // that the block prefilter reads attributes only where they may exist.
    private static bool MentionsCardDataAttribute(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            // Remembered per syntax tree: in the editor only the edited file's text is searched again.
            if (!TreeText.Contains(tree, "CardData"))
            {
                continue;
            }

            string content = TreeText.Of(tree);
            for (int at = content.IndexOf("CardData", StringComparison.Ordinal); at >= 0; at = content.IndexOf("CardData", at + 8, StringComparison.Ordinal))
            {
                int next = at + 8;
                if (next >= content.Length || !char.IsLetterOrDigit(content[next]) || string.CompareOrdinal(content, next, "Attribute", 0, 9) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Cheap syntax prefilter before binding a callee: only a body that names card data (or decrypts) can return it.
    private static bool MayReturnCardData(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        ITypeSymbol returnType = method.ReturnType;
        if (method.ReturnsVoid || returnType.SpecialType == SpecialType.System_Boolean || returnType.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken
                    && (MayNameCardDataWord(token.ValueText) || IsDecryptName(token.ValueText)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whole words, not fragments: the recogniser's fragment prefilter ("num", "pin", "cc", "mag") passes Number, Shipping,
    // Account and Image, so nearly every callee's body was bound for its return summary (issue #26). A card member
    // named with none of these words (order.Payment.Number of a card type) is found where it is read, not here.
    private static readonly HashSet<string> CardWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "card", "cards", "cc", "pan", "pans", "primary", "cvv", "cvv2", "cvc", "cvc2", "cav", "cav2", "cid", "cid2", "csc", "cvn",
        "security", "track", "track1", "track2", "mag", "magstripe", "magnetic", "pin", "pinblock", "creditcard", "debitcard",
    };

    private static bool MayNameCardDataWord(string identifier)
    {
        if (!CardDataNames.MayNameCardData(identifier))
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(identifier))
        {
            if (CardWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sinks reached by values stored in a field or property of a type in this compilation: every method of the type that reads it.</summary>
    private ImmutableArray<FlowHit> GetFieldSinks(ISymbol member, Run run, int depth)
    {
        if (_fieldSinks.TryGetValue(member, out ImmutableArray<FlowHit> cached))
        {
            return cached;
        }

        var key = new ParamKey(member, -2);
        if (depth > MaxCallDepth || !run.Active.Add(key))
        {
            return NoHits;
        }

        try
        {
            ImmutableArray<FlowHit>.Builder? hits = null;
            INamedTypeSymbol? type = member.ContainingType;
            if (type != null)
            {
                foreach (ISymbol candidate in type.GetMembers())
                {
                    if (candidate is not IMethodSymbol method || !MentionsName(method, member.Name, run.CancellationToken) || GetBody(method, run.CancellationToken) is not { } body)
                    {
                        continue;
                    }

                    var pass = new BodyPass(this, run, method, body, intrinsic: false, depth + 1);
                    pass.Seed(member, new FlowTaint(member.Name, CardDataKind.Pan, member.Name, 0));
                    pass.Prepare();
                    pass.Events(e =>
                    {
                        hits ??= ImmutableArray.CreateBuilder<FlowHit>();
                        if (hits.Count < 8)
                        {
                            hits.Add(new FlowHit(e.Kind, e.Sink, FlowTaint.Join(e.Taint.Path, method.Name + "()")));
                        }
                    });
                }
            }

            return _fieldSinks.GetOrAdd(member, hits?.ToImmutable() ?? NoHits);
        }
        finally
        {
            run.Active.Remove(key);
        }
    }

    private static bool MentionsName(IMethodSymbol method, string name, System.Threading.CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken && token.ValueText == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The callee's body as operations, from its declaring syntax in this compilation; null for metadata, abstract or extern methods.</summary>
    private IOperation? GetBody(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        method = method.PartialImplementationPart ?? method;
        if (method.IsAbstract || method.IsExtern)
        {
            return null;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            SyntaxNode syntax = reference.GetSyntax(cancellationToken);
            if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
            {
                continue;
            }

#pragma warning disable RS1030 // Callee bodies are bound only when a call passes card data (issue #20); the driver's compilation caches its semantic models.
            SemanticModel model = _compilation.GetSemanticModel(reference.SyntaxTree);
#pragma warning restore RS1030
            IOperation? operation = model.GetOperation(syntax, cancellationToken);
            if (operation != null)
            {
                return operation;
            }
        }

        return null;
    }

    private static bool IsDecryptName(string name)
        => name.IndexOf("Unprotect", StringComparison.Ordinal) >= 0 || name.IndexOf("Decrypt", StringComparison.Ordinal) >= 0;

    private static IMethodSymbol Normalize(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        return method.OriginalDefinition;
    }

    /// <param name="Returned">Non-null when the parameter's value is returned; its path is the hops inside the callee.</param>
    private sealed record ParamSummary(ImmutableArray<FlowHit> Hits, FlowTaint? Returned);

    private readonly struct ParamKey : IEquatable<ParamKey>
    {
        private readonly ISymbol _symbol;
        private readonly int _ordinal;

        public ParamKey(ISymbol symbol, int ordinal)
        {
            _symbol = symbol;
            _ordinal = ordinal;
        }

        public bool Equals(ParamKey other) => _ordinal == other._ordinal && SymbolEqualityComparer.Default.Equals(_symbol, other._symbol);

        public override bool Equals(object? obj) => obj is ParamKey other && Equals(other);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(_symbol) * 31) + _ordinal;
    }

    /// <summary>A member of a local or parameter object, by name: <c>user.CreditCardNo</c>.</summary>
    private readonly struct MemberKey : IEquatable<MemberKey>
    {
        public MemberKey(ISymbol holder, string name)
        {
            Holder = holder;
            Name = name;
        }

        public ISymbol Holder { get; }

        public string Name { get; }

        public bool Equals(MemberKey other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(Holder, other.Holder);

        public override bool Equals(object? obj) => obj is MemberKey other && Equals(other);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Holder) * 31) + StringComparer.Ordinal.GetHashCode(Name);
    }

    /// <summary>State of one analysis run on one thread: the summaries in progress (cycle guard).</summary>
    private sealed class Run
    {
        public Run(System.Threading.CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
        }

        public HashSet<ParamKey> Active { get; } = new HashSet<ParamKey>();

        public System.Threading.CancellationToken CancellationToken { get; }
    }

    /// <summary>
    /// Flow-insensitive taint over one body (lambdas and local functions in it included): which locals, parameters
    /// and fields hold card data, then which values reach sinks, callees, fields and returns.
    /// </summary>
    private sealed class BodyPass
    {
        private readonly CardDataFlow _flow;
        private readonly Run _run;
        private readonly IMethodSymbol _method;
        private readonly IOperation _root;
        private readonly bool _intrinsic;
        private readonly int _depth;
        private readonly Dictionary<ISymbol, FlowTaint> _env = new Dictionary<ISymbol, FlowTaint>(SymbolEqualityComparer.Default);
        private readonly List<(ISymbol Target, IOperation Value)> _stores = new List<(ISymbol, IOperation)>();

        // user.CreditCardNo = Decrypt(user.CreditCardNo) on a local or parameter object: that member's later reads in
        // this body, keyed by the holder and the member's name (the receiver may not bind before restore: an entity
        // loaded through an EF Core context).
        private List<(MemberKey Target, IOperation Value)>? _memberStores;
        private Dictionary<MemberKey, FlowTaint>? _memberEnv;
        private readonly List<IOperation> _uses = new List<IOperation>();
        private readonly List<IReturnOperation> _returns = new List<IReturnOperation>();

        // Locals named like card data that are only ever given the first six or last four digits, or text around them.
        private Dictionary<ILocalSymbol, bool>? _truncatedLocals;

        public BodyPass(CardDataFlow flow, Run run, IMethodSymbol method, IOperation root, bool intrinsic, int depth)
        {
            _flow = flow;
            _run = run;
            _method = method;
            _root = root;
            _intrinsic = intrinsic;
            _depth = depth;
        }

        public FlowTaint? ReturnedTaint
        {
            get
            {
                foreach (IReturnOperation ret in _returns)
                {
                    // A lambda's return is not the method's.
                    if (ret.ReturnedValue != null && IsOwnReturn(ret) && Eval(ret.ReturnedValue, 0) is { } taint)
                    {
                        return taint;
                    }
                }

                return null;
            }
        }

        public void Seed(ISymbol symbol, FlowTaint taint) => _env[symbol] = taint;

        /// <summary>Collects stores and uses and runs the taint to a fixpoint; false when the body has nothing a flow could use.</summary>
        public bool Prepare(bool sourceKnown = false)
        {
            bool hasUse = false;

            // The body pass of the analysed block (and of return summaries) starts from nothing: unless the body has
            // something a taint can start from, no event can follow, and the sinks and arguments are not examined.
            // (sourceKnown: the caller's MayHaveSource already said so.)
            bool mayHaveSource = sourceKnown || !_intrinsic || _env.Count > 0 || _flow._options.GetCardDataNames(_root.Syntax.SyntaxTree).HasExtraNames;
            foreach (IOperation operation in _root.DescendantOperations())
            {
                if (!mayHaveSource)
                {
                    mayHaveSource = _flow.MayStartTaint(operation, _run.CancellationToken);
                }

                switch (operation)
                {
                    case ISimpleAssignmentOperation assignment:
                        if (StoreTarget(assignment.Target) is { } target)
                        {
                            _stores.Add((target, assignment.Value));
                        }
                        else if (MemberOfHolder(assignment.Target) is { } member && !IsSafeTarget(assignment.Target))
                        {
                            // vm.Display = pan: the member's later reads, and the object itself (as new Vm { Display = pan }).
                            (_memberStores ??= new List<(MemberKey, IOperation)>()).Add((member, assignment.Value));
                            _stores.Add((member.Holder, assignment.Value));
                        }

                        _uses.Add(assignment);
                        hasUse = true;
                        break;
                    case ICompoundAssignmentOperation compound when StoreTarget(compound.Target) is { } compoundTarget:
                        _stores.Add((compoundTarget, compound.Value));
                        break;
                    case IVariableDeclaratorOperation declarator:
                        IOperation? initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                        if (initializer != null)
                        {
                            _stores.Add((declarator.Symbol, initializer));
                        }

                        break;
                    case IForEachLoopOperation loop when loop.LoopControlVariable is IVariableDeclaratorOperation variable:
                        _stores.Add((variable.Symbol, loop.Collection));
                        break;
                    case IInvocationOperation invocation:
                        // sb.Append(pan), list.Add(pan): the receiver now holds card data.
                        if (invocation.Instance != null && IsAccumulating(invocation.TargetMethod) && StoreTarget(Receiver(invocation.Instance)) is { } receiver)
                        {
                            foreach (IArgumentOperation argument in invocation.Arguments)
                            {
                                _stores.Add((receiver, argument.Value));
                            }
                        }

                        if (!invocation.Arguments.IsEmpty)
                        {
                            _uses.Add(invocation);
                            hasUse = true;
                        }

                        break;
                    case IObjectCreationOperation creation when !creation.Arguments.IsEmpty:
                        _uses.Add(creation);
                        hasUse = true;
                        break;
                    case IReturnOperation ret when ret.ReturnedValue != null:
                        _returns.Add(ret);
                        hasUse = true;
                        break;
                }
            }

            if (!hasUse || !mayHaveSource)
            {
                return false;
            }

            for (int round = 0; round < MaxFixpointRounds; round++)
            {
                bool changed = false;
                foreach ((ISymbol target, IOperation value) in _stores)
                {
                    if (_env.ContainsKey(target))
                    {
                        continue;
                    }

                    FlowTaint? taint = Eval(value, 0);
                    if (taint != null)
                    {
                        _env[target] = taint.Step();
                        changed = true;
                    }
                }

                if (_memberStores != null)
                {
                    foreach ((MemberKey member, IOperation value) in _memberStores)
                    {
                        if (_memberEnv != null && _memberEnv.ContainsKey(member))
                        {
                            continue;
                        }

                        if (Eval(value, 0) is { } taint)
                        {
                            (_memberEnv ??= new Dictionary<MemberKey, FlowTaint>())[member] = taint.Step();
                            changed = true;
                        }
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            return true;
        }

        public void Events(Action<FlowEvent> onEvent)
        {
            foreach (IOperation use in _uses)
            {
                _run.CancellationToken.ThrowIfCancellationRequested();
                switch (use)
                {
                    case IInvocationOperation invocation:
                        Invocation(invocation, onEvent);
                        break;
                    case IObjectCreationOperation creation:
                        if (_flow._logSinks.IsExceptionCreation(creation))
                        {
                            string sink = "the message of " + creation.Type?.Name;
                            _flow._logSinks.VisitLoggedValues(creation, onEvent, (value, _, callback) => Sink(FlowSinkKind.Log, sink, value, callback));
                        }
                        else if (_flow._sinks.IsClaimCreation(creation))
                        {
                            foreach (IArgumentOperation argument in creation.Arguments)
                            {
                                if (argument.Parameter?.Name == "value")
                                {
                                    Sink(FlowSinkKind.Persist, "a claim (Claim)", argument.Value, onEvent);
                                }
                            }
                        }
                        else if (creation.Constructor is { } constructor)
                        {
                            Call(constructor, creation.Arguments, onEvent);
                        }

                        break;
                    case ISimpleAssignmentOperation assignment:
                        if (_flow._sinks.IsSqlParameterValue(assignment))
                        {
                            Sink(FlowSinkKind.Persist, "a SQL parameter", assignment.Value, onEvent);
                        }
                        else if (FieldOfSourceType(assignment.Target) is { } member && Eval(assignment.Value, 0) is { } stored)
                        {
                            // this._pending = value: every method of the type that writes _pending to a sink.
                            foreach (FlowHit hit in _flow.GetFieldSinks(member, _run, _depth + 1))
                            {
                                onEvent(new FlowEvent(hit.Kind, hit.Sink, assignment.Value, new FlowTaint(stored.Origin, stored.Kind, FlowTaint.Join(stored.Path, hit.Path), stored.Hops + 1, stored.Source), atSink: false));
                            }
                        }

                        break;
                }
            }

            if (_sinksControllerAction())
            {
                foreach (IReturnOperation ret in _returns)
                {
                    if (IsOwnReturn(ret))
                    {
                        Sink(FlowSinkKind.Persist, "the response of " + _method.Name, ret.ReturnedValue!, onEvent);
                    }
                }
            }
        }

        private bool _sinksControllerAction() => _intrinsic && _depth == 0 && _flow._sinks.IsControllerAction(_method);

        private void Invocation(IInvocationOperation invocation, Action<FlowEvent> onEvent)
        {
            if (_flow._logSinks.IsSink(invocation))
            {
                string sink = SinkName(invocation.TargetMethod);
                _flow._logSinks.VisitLoggedValues(invocation, onEvent, (value, placeholder, callback) => Sink(FlowSinkKind.Log, sink, value, callback, placeholder));
                return;
            }

            string? persist = _flow._sinks.GetSink(invocation, out string valueParameter, includeViews: true);
            if (persist != null)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (CardDataSinks.IsValueArgument(argument, valueParameter))
                    {
                        Sink(FlowSinkKind.Persist, persist, argument.Value, onEvent);
                    }
                }

                return;
            }

            Call(invocation.TargetMethod, invocation.Arguments, onEvent);
        }

        // A call into a method of this compilation with card data in an argument: the callee's summary says where it goes.
        private void Call(IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments, Action<FlowEvent> onEvent)
        {
            if (!IsSourceMethod(target))
            {
                return;
            }

            IMethodSymbol callee = Normalize(target);
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue || Eval(argument.Value, 0) is not { } taint)
                {
                    continue;
                }

                ParamSummary summary = _flow.GetParamSummary(callee, argument.Parameter.Ordinal, _run, _depth + 1);
                if (summary.Hits.IsEmpty)
                {
                    continue;
                }

                string hop = HopName(callee, argument.Parameter.Name);
                foreach (FlowHit hit in summary.Hits)
                {
                    onEvent(new FlowEvent(hit.Kind, hit.Sink, argument.Value, new FlowTaint(taint.Origin, taint.Kind, FlowTaint.Join(FlowTaint.Join(taint.Path, hop), hit.Path), taint.Hops + 1, taint.Source), atSink: false));
                }
            }
        }

        private void Sink(FlowSinkKind kind, string sink, IOperation value, Action<FlowEvent> onEvent, string? placeholder = null)
        {
            if (Eval(value, 0) is { } taint)
            {
                onEvent(new FlowEvent(kind, sink, value, taint, placeholder));
            }
        }

        private bool IsOwnReturn(IReturnOperation ret)
        {
            for (IOperation? parent = ret.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation)
                {
                    return false;
                }

                if (parent is ILocalFunctionOperation local)
                {
                    return SymbolEqualityComparer.Default.Equals(local.Symbol, _method);
                }
            }

            return true;
        }

        /// <summary>The taint of a value, or null when it holds no card data.</summary>
        private FlowTaint? Eval(IOperation? value, int depth)
        {
            if (value == null || depth > 16)
            {
                return null;
            }

            if (value.ConstantValue.HasValue)
            {
                return _intrinsic && value is ILiteralOperation && value.ConstantValue.Value is string text ? LuhnLiteral(value, text) : null;
            }

            depth++;
            switch (value)
            {
                case IConversionOperation conversion:
                    return Eval(conversion.Operand, depth);
                case IParenthesizedOperation parenthesized:
                    return Eval(parenthesized.Operand, depth);
                case IAwaitOperation awaited:
                    return Eval(awaited.Operation, depth);
                case ILocalReferenceOperation local:
                    return _env.TryGetValue(local.Local, out FlowTaint? localTaint) ? localTaint : Intrinsic(value);
                case IParameterReferenceOperation parameter:
                    return _env.TryGetValue(parameter.Parameter, out FlowTaint? parameterTaint) ? parameterTaint : Intrinsic(value);
                case IFieldReferenceOperation field:
                    return _env.TryGetValue(field.Field, out FlowTaint? fieldTaint) ? fieldTaint : StoredMember(value) ?? Intrinsic(value);
                case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                    return _env.TryGetValue(property.Property, out FlowTaint? propertyTaint) ? propertyTaint : StoredMember(value) ?? Intrinsic(value);
                case IInvalidOperation:
                    return StoredMember(value) ?? UnboundDecryption(value);
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation && !LogSinks.WritesOnlyTypeName(interpolation.Expression) && Eval(interpolation.Expression, depth) is { } partTaint)
                        {
                            return partTaint;
                        }
                    }

                    return null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    return (LogSinks.WritesOnlyTypeName(binary.LeftOperand) ? null : Eval(binary.LeftOperand, depth))
                        ?? (LogSinks.WritesOnlyTypeName(binary.RightOperand) ? null : Eval(binary.RightOperand, depth));
                case IConditionalOperation conditional:
                    return Eval(conditional.WhenTrue, depth) ?? Eval(conditional.WhenFalse, depth);
                case ICoalesceOperation coalesce:
                    return Eval(coalesce.Value, depth) ?? Eval(coalesce.WhenNull, depth);
                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    return AnyOf(arrayInitializer.ElementValues, depth);
                case IObjectCreationOperation creation:
                    return ObjectTaint(creation.Arguments, creation.Initializer, depth);
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (IOperation initializer in anonymous.Initializers)
                    {
                        if (initializer is not ISimpleAssignmentOperation assignment)
                        {
                            continue;
                        }

                        if (Eval(assignment.Value, depth) is { } memberTaint)
                        {
                            return memberTaint.Step();
                        }

                        if (ReaderColumnTaint(assignment) is { } columnTaint)
                        {
                            return columnTaint;
                        }
                    }

                    return null;
                case ITupleOperation tuple:
                    return AnyOf(tuple.Elements, depth);
                case IInvocationOperation invocation:
                    return InvocationTaint(invocation, depth);
                case IImplicitIndexerReferenceOperation slice when slice.Argument.Type?.Name == "Range":
                    // pan[^4..] and pan[..6] keep the last four or first six digits; pan[4..], pan[..^4] keep the rest of the number.
                    return CardDataSanitizers.IsTruncation(slice) ? null : Eval(slice.Instance, depth);
                default:
                    return null;
            }
        }

        // DecryptData(user.CreditCardNo) where the entity's type does not bind before restore: the call does not bind
        // either, so its name and the member it is given say what it returns.
        private FlowTaint? UnboundDecryption(IOperation value)
        {
            if (!_intrinsic || UnboundCallName(value.Syntax) is not { } name || !IsDecryptName(name))
            {
                return null;
            }

            foreach (IOperation child in value.ChildOperations)
            {
                if (child.Syntax.Parent is ArgumentSyntax && DecryptedCardMember(child, out CardDataKind kind) is { } decrypted)
                {
                    return new FlowTaint(decrypted, kind, string.Empty, 1);
                }
            }

            return null;
        }

        internal static string? UnboundCallName(SyntaxNode syntax) => syntax is InvocationExpressionSyntax invocation
            ? invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            }
            : null;

        private FlowTaint? StoredMember(IOperation value)
            => _memberEnv != null && MemberOfHolder(value) is { } member && _memberEnv.TryGetValue(member, out FlowTaint? taint) ? taint : null;

        // holder.Member where the holder is a local or a parameter; also when the member access does not bind (the
        // holder's type is missing before restore) and only its syntax names the member.
        private static MemberKey? MemberOfHolder(IOperation target)
        {
            switch (target)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance } property:
                    return Holder(instance) is { } propertyHolder ? new MemberKey(propertyHolder, property.Property.Name) : null;
                case IFieldReferenceOperation { Instance: { } instance } field:
                    return Holder(instance) is { } fieldHolder ? new MemberKey(fieldHolder, field.Field.Name) : null;
                case IInvalidOperation invalid when invalid.Syntax is MemberAccessExpressionSyntax access:
                    foreach (IOperation child in invalid.ChildOperations)
                    {
                        if (child.Syntax == access.Expression && Holder(child) is { } holder)
                        {
                            return new MemberKey(holder, access.Name.Identifier.ValueText);
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static ISymbol? Holder(IOperation instance) => instance switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        private FlowTaint? AnyOf(ImmutableArray<IOperation> values, int depth)
        {
            foreach (IOperation element in values)
            {
                if (Eval(element, depth) is { } taint)
                {
                    return taint.Step();
                }
            }

            return null;
        }

        // new Vm(pan) / new Vm { Number = pan } / new List<string> { pan }: the object carries card data.
        private FlowTaint? ObjectTaint(ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, int depth)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (Eval(argument.Value, depth) is { } argumentTaint)
                {
                    return argumentTaint.Step();
                }
            }

            if (initializer == null)
            {
                return null;
            }

            foreach (IOperation element in initializer.Initializers)
            {
                FlowTaint? taint = element switch
                {
                    ISimpleAssignmentOperation assignment when !IsSafeTarget(assignment.Target) => Eval(assignment.Value, depth),
                    IMemberInitializerOperation nested => ObjectTaint(ImmutableArray<IArgumentOperation>.Empty, nested.Initializer, depth),
                    IInvocationOperation add => AnyOf(ArgumentValues(add.Arguments), depth),
                    _ => null,
                };
                if (taint != null)
                {
                    return taint.Step();
                }
            }

            return null;
        }

        // new { CardNumber = reader.GetString(2) }: a column read straight from a data reader is what the table holds,
        // so the member's name says what it is (a call result is otherwise not judged by the name it lands in: masking,
        // tokenizing). Only in the analysed body, as the other name-classified sources.
        private FlowTaint? ReaderColumnTaint(ISimpleAssignmentOperation assignment)
        {
            if (!_intrinsic || assignment.Target is not IPropertyReferenceOperation { Property: { } member }
                || !CardDataNames.MayNameCardData(member.Name) || !(_flow._sinks.IsDataReaderRead(assignment.Value) || CardDataSinks.IsUnboundReaderRead(assignment.Value)))
            {
                return null;
            }

            // Before restore a provider's reader (SqlDataReader, NpgsqlDataReader) does not bind: the member's type is
            // unknown and only its name can say what the column holds.
            CardDataKind kind = member.Type.TypeKind == TypeKind.Error
                ? CardDataNames.Classify(member.Name, null, null, _flow._options.GetCardDataNames(assignment.Syntax.SyntaxTree))
                : _flow._shapes.Classify(member, member.Type);
            return kind == CardDataKind.None ? null : new FlowTaint(member.Name, kind, string.Empty, 1, assignment);
        }

        private static ImmutableArray<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
        {
            var builder = ImmutableArray.CreateBuilder<IOperation>(arguments.Length);
            foreach (IArgumentOperation argument in arguments)
            {
                builder.Add(argument.Value);
            }

            return builder.MoveToImmutable();
        }

        private FlowTaint? InvocationTaint(IInvocationOperation invocation, int depth)
        {
            if (CardDataSanitizers.IsSanitizer(invocation, _flow._options))
            {
                return null;
            }

            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol? type = method.ContainingType;
            if (type?.SpecialType == SpecialType.System_String)
            {
                if (method.IsStatic && method.Name is "Format" or "Concat" or "Join")
                {
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Type.Name != "IFormatProvider" && Eval(argument.Value, depth) is { } taint)
                        {
                            return taint;
                        }
                    }

                    return null;
                }

                // Text-preserving: ToString, Trim, ToUpper, Replace(" ", ""), Normalize, PadLeft, Substring beyond first six/last four...
                return method.Name is "Length" or "StartsWith" or "EndsWith" or "Contains" or "Equals" or "IndexOf" or "GetHashCode" or "CompareTo"
                    ? null
                    : Eval(invocation.Instance, depth);
            }

            if (type?.Name == "StringBuilder" && invocation.Instance != null && method.Name is "ToString" or "Append" or "AppendLine" or "AppendFormat" or "Insert")
            {
                return Eval(invocation.Instance, depth);
            }

            if (type?.Name == "MemoryExtensions" && method.Name is "AsSpan" or "AsMemory" or "Trim" && !invocation.Arguments.IsEmpty)
            {
                return Eval(invocation.Arguments[0].Value, depth);
            }

            if (method.Name == "ToString" && method.Parameters.IsEmpty && invocation.Instance != null && invocation.Instance.Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_Decimal or SpecialType.System_UInt64)
            {
                return Eval(invocation.Instance, depth);
            }

            // _cipher.Unprotect(row.ProtectedPan), _encryption.DecryptText(order.CardNumber): the decrypted value is the
            // card data again, whatever the stored member holds (ciphertext: FG1001 leaves such a member alone).
            if (IsDecryptName(method.Name) && _intrinsic)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (DecryptedCardMember(argument.Value, out CardDataKind decryptedKind) is { } decrypted)
                    {
                        return new FlowTaint(decrypted, decryptedKind, string.Empty, 1);
                    }
                }
            }

            // var json = JsonConvert.SerializeObject(cards): the text carries what the object carried. The serializer is a
            // sink of its own (FG1004 reports the argument there), so the result starts a new chain (no hop): only a
            // later sink the text reaches through a local, a field or a call (return Ok(json), a log) is a second finding.
            if (_flow._sinks.IsSerializer(invocation))
            {
                return SerializedTaint(invocation, depth);
            }

            if (!IsSourceMethod(method))
            {
                return IsJsonHelper(method) ? JsonHelperTaint(invocation, depth) : null;
            }

            IMethodSymbol callee = Normalize(method);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue || Eval(argument.Value, depth) is not { } taint)
                {
                    continue;
                }

                if (_flow.GetParamSummary(callee, argument.Parameter.Ordinal, _run, _depth + 1).Returned is { } returned)
                {
                    return new FlowTaint(taint.Origin, taint.Kind, FlowTaint.Join(FlowTaint.Join(taint.Path, HopName(callee, argument.Parameter.Name)), returned.Path), taint.Hops + 1, taint.Source);
                }
            }

            if (_intrinsic && _flow.GetReturnSummary(callee, _run, _depth + 1) is { } own)
            {
                return new FlowTaint(own.Origin, own.Kind, FlowTaint.Join(own.Path, HopName(callee, null)), own.Hops + 1);
            }

            return IsJsonHelper(method) ? JsonHelperTaint(invocation, depth) : null;
        }

        private FlowTaint? SerializedTaint(IInvocationOperation invocation, int depth)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (!CardDataSinks.IsValueArgument(argument, "value"))
                {
                    continue;
                }

                if (Eval(argument.Value, depth) is { } taint)
                {
                    return new FlowTaint(taint.Origin, taint.Kind, FlowTaint.Join(taint.Path, HopName(invocation.TargetMethod, null)), 0, taint.Source ?? argument.Value);
                }

                // An object whose type carries card data (CardModel.CardNumber), as FG1004's direct check judges it.
                IOperation serialized = CardDataValues.Unwrap(argument.Value);
                if (_intrinsic && serialized is not (IInvocationOperation or ILiteralOperation) && serialized.Type is { } type && _flow._shapes.Find(type) is { Member: { } member } found
                    && !IsMarkedSafe(member) && !SanitizedMembers.IsSanitizedMember(_flow.SanitizedMembers, member, _run.CancellationToken))
                {
                    return new FlowTaint(found.DisplayName, found.Kind, HopName(invocation.TargetMethod, null), 0, serialized);
                }
            }

            return null;
        }

        // _cardService.TurnCardInfoToJson(card), dto.ToJson(): the application's own serializing helper (an interface,
        // another project, or a body whose serializer does not bind before restore) returns the JSON text of what it was
        // given. Unlike the serializer itself it is no sink, so the text counts as one hop: where it is returned, logged
        // or stored is the finding.
        private FlowTaint? JsonHelperTaint(IInvocationOperation invocation, int depth)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (Eval(argument.Value, depth) is { } taint)
                {
                    return new FlowTaint(taint.Origin, taint.Kind, FlowTaint.Join(taint.Path, HopName(invocation.TargetMethod, null)), taint.Hops + 1, taint.Source);
                }

                IOperation serialized = CardDataValues.Unwrap(argument.Value);
                if (_intrinsic && serialized is not (IInvocationOperation or ILiteralOperation) && serialized.Type is { } type && _flow._shapes.Find(type) is { Member: { } member } found
                    && !IsMarkedSafe(member) && !SanitizedMembers.IsSanitizedMember(_flow.SanitizedMembers, member, _run.CancellationToken))
                {
                    return new FlowTaint(found.DisplayName, found.Kind, HopName(invocation.TargetMethod, null), 1);
                }
            }

            return null;
        }

        // ToJson, TurnCardInfoToJson, SerializeToJson: a method named for JSON that returns text.
        internal static bool IsJsonHelper(IMethodSymbol method)
            => method.ReturnType.SpecialType == SpecialType.System_String && !method.Parameters.IsEmpty
               && method.Name.IndexOf("Json", StringComparison.Ordinal) >= 0 && !CardDataSanitizers.IsSanitizingName(method.Name);

        // "4111 1111 1111 1111"-shaped literals that pass Luhn (processor test numbers excepted): a hard-coded PAN.
        private static FlowTaint? LuhnLiteral(IOperation value, string text)
        {
            if (text.Length < 12 || text.Length > 23)
            {
                return null;
            }

            string? digits = CardNumbers.FindInText(text);
            if (digits == null || digits.Length < 13 || !CardNumbers.PassesLuhn(digits) || CardNumbers.IsKnownTestNumber(digits))
            {
                return null;
            }

            return new FlowTaint("a card-number literal", CardDataKind.Pan, string.Empty, 0, value);
        }

        // A name-classified source: only in the body the editor analyses and in return summaries.
        private FlowTaint? Intrinsic(IOperation value)
        {
            if (!_intrinsic)
            {
                return null;
            }

            ISymbol? symbol = value switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (symbol == null)
            {
                return null;
            }

            CardDataKind kind = CardDataValues.Classify(value, _flow._options, out _);
            if (kind == CardDataKind.None)
            {
                if (symbol.Kind is SymbolKind.Parameter or SymbolKind.Property or SymbolKind.Field && CardDataSinks.HasAttribute(symbol, CardDataSanitizers.CardDataAttribute))
                {
                    return new FlowTaint(Display(value), CardDataKind.Pan, string.Empty, 0, value);
                }

                return null;
            }

            if (IsMarkedSafe(symbol) || (symbol.Kind is SymbolKind.Property or SymbolKind.Field && !symbol.DeclaringSyntaxReferences.IsEmpty
                                         && _flow.SanitizedMembers.IsEveryAssignmentSanitized(symbol, _run.CancellationToken)))
            {
                return null;
            }

            // var cardNumberDetails = ok ? "card ending " + number[^4..] : "": named like a PAN, given only its last digits.
            if (symbol is ILocalSymbol named && IsTruncatedLocal(named))
            {
                return null;
            }

            return new FlowTaint(Display(value), kind, string.Empty, 0, value);
        }

        private bool IsTruncatedLocal(ILocalSymbol local)
        {
            _truncatedLocals ??= new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);
            if (!_truncatedLocals.TryGetValue(local, out bool truncated))
            {
                _truncatedLocals[local] = truncated = MaskingUses.HoldsOnlyTruncatedDigits(_root, local);
            }

            return truncated;
        }

        private string? DecryptedCardMember(IOperation value, out CardDataKind kind)
        {
            kind = CardDataKind.None;
            value = CardDataValues.Unwrap(value);
            string? name = CardDataValues.ReferencedName(value)
                           ?? (value is IInvalidOperation { Syntax: MemberAccessExpressionSyntax access } ? access.Name.Identifier.ValueText : null);
            if (name == null)
            {
                return null;
            }

            CardDataNameOptions names = _flow._options.GetCardDataNames(value.Syntax.SyntaxTree);
            string bare = StripProtectionWord(name);
            if (bare.Length == 0)
            {
                return null;
            }

            if (bare.Length != name.Length)
            {
                // row.ProtectedPan, EncryptedCardNumber: the protection word says it holds the PAN encrypted.
                kind = CardDataNames.Classify(bare, null, null, names) == CardDataKind.Pan ? CardDataKind.Pan : CardDataKind.None;
            }
            else if (CardDataNames.MayNameCardData(name))
            {
                // member.CreditCardNo, order.CardCvv2: a card member that holds ciphertext decrypts to the number or code.
                kind = CardDataNames.Classify(name, null, null, names);
                kind = kind is CardDataKind.Pan or CardDataKind.SecurityCode ? kind : CardDataKind.None;
            }

            return kind == CardDataKind.None ? null : "decrypted " + Display(value);
        }

        private static string StripProtectionWord(string name)
        {
            foreach (string word in new[] { "Encrypted", "Protected", "Ciphertext", "Cipher", "encrypted", "protected", "cipher" })
            {
                if (name.StartsWith(word, StringComparison.Ordinal))
                {
                    return name.Substring(word.Length).TrimStart('_');
                }

                if (name.EndsWith(word, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - word.Length).TrimEnd('_');
                }
            }

            return name;
        }

        private static string Display(IOperation value)
        {
            string text = value.Syntax.ToString();
            return text.Length <= 60 && text.IndexOf('\n') < 0 ? text : CardDataValues.ReferencedName(value) ?? "the value";
        }

        private static string HopName(IMethodSymbol callee, string? parameter)
        {
            string name = callee.MethodKind == MethodKind.Constructor ? "new " + callee.ContainingType?.Name : callee.Name;
            if (parameter == null)
            {
                return name + "()";
            }

            return name + "(" + parameter + ")";
        }

        internal static bool IsSourceMethod(IMethodSymbol method)
        {
            IMethodSymbol normalized = Normalize(method);
            normalized = normalized.PartialImplementationPart ?? normalized;
            if (normalized.IsAbstract || normalized.IsExtern || CardDataSanitizers.IsSanitizingName(normalized.Name))
            {
                return false;
            }

            return !normalized.DeclaringSyntaxReferences.IsEmpty;
        }

        // Where a store lands: a local, a parameter, or a field/property of this instance (or a static one).
        private static ISymbol? StoreTarget(IOperation target) => target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation => field.Field,
            IPropertyReferenceOperation property when !property.Property.IsIndexer && property.Instance is null or IInstanceReferenceOperation => property.Property,
            _ => null,
        };

        // A field or auto-property of a type with source in this compilation: readers in its other methods can be summarised.
        private ISymbol? FieldOfSourceType(IOperation target)
        {
            ISymbol? member = target switch
            {
                IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation => field.Field,
                IPropertyReferenceOperation property when !property.Property.IsIndexer && property.Instance is null or IInstanceReferenceOperation => property.Property,
                _ => null,
            };
            if (member?.ContainingType == null || member.ContainingType.DeclaringSyntaxReferences.IsEmpty || IsSafeTarget(target))
            {
                return null;
            }

            return member;
        }

        // A member named like a safe form (MaskedPan, CardToken) receiving a value is a bug of its own, not a flow to follow.
        private bool IsSafeTarget(IOperation target)
        {
            string? name = CardDataValues.ReferencedName(target)
                           ?? (target is IInvalidOperation { Syntax: MemberAccessExpressionSyntax access } ? access.Name.Identifier.ValueText : null);
            return name != null && CardDataNames.MayNameCardData(name) && CardDataNames.HasSafeForm(name, _flow._options.GetCardDataNames(target.Syntax.SyntaxTree));
        }

        // sb.Append("card ").Append(pan): the chain's first receiver.
        private static IOperation Receiver(IOperation instance)
        {
            while (instance is IInvocationOperation { Instance: { } inner } chained && IsAccumulating(chained.TargetMethod))
            {
                instance = inner;
            }

            return instance;
        }

        private static bool IsAccumulating(IMethodSymbol method)
            => method.Name is "Append" or "AppendLine" or "AppendFormat" or "Insert" or "Add" or "AddRange" or "Push" or "Enqueue";
    }
}
