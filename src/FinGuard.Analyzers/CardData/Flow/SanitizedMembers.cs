using System.Collections.Concurrent;
using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>
/// FG1001's "masked earlier in the flow" check: a member named like a PAN whose every assignment in the compilation
/// is sanitized (masking, last four, tokenization, encryption, keyed hash), or comes from a parameter that every
/// caller fills with such a value, does not hold a PAN. Finding every assignment is compilation-wide, so it runs
/// lazily, only for members FG1001 would otherwise report: the files whose text names the member are walked for
/// assignments, invocations and object creations with that name (no binding), then only those candidate nodes are
/// bound. In the IDE this is repeated per compilation snapshot (once per edit and name, not per node).
/// </summary>
internal sealed class SanitizedMembers
{
    private const int MaxDepth = 3;

    private readonly Compilation _compilation;
    private readonly FinGuardOptions _options;
    private readonly NameIndex _index;
    private readonly ConcurrentDictionary<ISymbol, bool> _members = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _maskedMembers = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _maskedParameters = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _checkedParameters = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, Dictionary<ISymbol, List<AssignmentExpressionSyntax>>> _assignmentsByTarget = new ConcurrentDictionary<string, Dictionary<ISymbol, List<AssignmentExpressionSyntax>>>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<ISymbol, List<ExpressionSyntax>>> _callsByTarget = new ConcurrentDictionary<string, Dictionary<ISymbol, List<ExpressionSyntax>>>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WrittenSymbols> _writtenByName = new ConcurrentDictionary<string, WrittenSymbols>(StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, SanitizedMembers> Shared = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, SanitizedMembers>();

    /// <summary>The compilation's instance, shared by FG1001, FG1003 and FG1004 (one name index per compilation).</summary>
    public static SanitizedMembers GetOrCreate(Compilation compilation, FinGuardOptions options)
        => Shared.GetValue(compilation, c => new SanitizedMembers(c, options));

    private SanitizedMembers(Compilation compilation, FinGuardOptions options)
    {
        _compilation = compilation;
        _options = options;
        _index = new NameIndex(compilation);
    }

    /// <summary>Whether every assignment of the field or property (at least one) gives it a sanitized value.</summary>
    public bool IsEveryAssignmentSanitized(ISymbol member, CancellationToken cancellationToken)
        => IsMemberSanitized(member.OriginalDefinition, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), maskedOnly: false, cancellationToken);

    /// <summary>
    /// <c>string WCardNumber;</c> in a form that never sets it (issue 18, set 21): a field only its own type can see (private or
    /// internal), without an initializer, never written anywhere in the compilation (no assignment, object initializer,
    /// <c>ref</c> or <c>out</c> argument, increment or deconstruction names it) holds its default value, the compiler's
    /// CS0649. Not for a field with attributes or of a type with attributes (a serializer, marshaller or mapper fills
    /// those), nor a public field, which code outside the compilation or a deserializer may fill. A write whose target
    /// does not bind counts as a write. Asked only for a field FG1001 would otherwise report; writes are bound once per name.
    /// </summary>
    public bool IsNeverWritten(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.IsImplicitlyDeclared || field.IsConst
            || field.DeclaredAccessibility is not (Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            || field.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type
            || !field.GetAttributes().IsEmpty || !type.GetAttributes().IsEmpty
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: null })
        {
            return false;
        }

        if (!_writtenByName.TryGetValue(field.Name, out WrittenSymbols? written))
        {
            written = _writtenByName.GetOrAdd(field.Name, FindWrites(field.Name, cancellationToken));
        }

        return !written.AnyUnbound && !written.Symbols.Contains(field.OriginalDefinition);
    }

    private WrittenSymbols FindWrites(string name, CancellationToken cancellationToken)
    {
        var written = new WrittenSymbols();
        SemanticModel? model = null;
        foreach (ExpressionSyntax site in _index.WriteSites(name, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model == null || model.SyntaxTree != site.SyntaxTree)
            {
                model = Model(site.SyntaxTree);
            }

            SymbolInfo info = model.GetSymbolInfo(site, cancellationToken);
            if (info.Symbol is { } symbol)
            {
                written.Symbols.Add(symbol.OriginalDefinition);
            }
            else if (!info.CandidateSymbols.IsEmpty)
            {
                foreach (ISymbol candidate in info.CandidateSymbols)
                {
                    written.Symbols.Add(candidate.OriginalDefinition);
                }
            }
            else
            {
                written.AnyUnbound = true;
            }
        }

        return written;
    }

    private sealed class WrittenSymbols
    {
        public HashSet<ISymbol> Symbols { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        public bool AnyUnbound { get; set; }
    }

    /// <summary>
    /// FG1002's stricter question: is every assignment (at least one) a masked or mock value (<c>"XXX"</c>,
    /// <c>"XXXX-XXXX-XXXX-" + last4</c>, <c>new string('*', n) + ...</c>, <c>Random</c> digits, a masking call)?
    /// Encrypting, hashing or tokenizing does not count: a security code may not be kept in any form (PCI DSS 3.3.1).
    /// </summary>
    public bool IsEveryAssignmentMasked(ISymbol member, CancellationToken cancellationToken)
        => IsMemberSanitized(member.OriginalDefinition, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), maskedOnly: true, cancellationToken);

    /// <summary>
    /// The card-data sinks' question (FG1003, FG1004): is <paramref name="member"/> a field or property declared in
    /// source whose every assignment is sanitized? False when there is no index (the option is off) or no member.
    /// </summary>
    public static bool IsSanitizedMember(SanitizedMembers? index, ISymbol? member, CancellationToken cancellationToken)
        => index != null && member is IPropertySymbol or IFieldSymbol && !member.DeclaringSyntaxReferences.IsEmpty
           && index.IsEveryAssignmentSanitized(member, cancellationToken);

    /// <summary>
    /// The sinks' question about a local named like card data (FG1003, FG1004): is it only ever given the first six or
    /// last four digits, or text around them (<c>var cardNumber = Decrypt(stored)[^4..]</c>)? Walks the local's body.
    /// </summary>
    public static bool IsTruncatedLocal(IOperation value)
    {
        if (value is not ILocalReferenceOperation { Local: { } local })
        {
            return false;
        }

        IOperation root = value;
        while (root.Parent != null)
        {
            root = root.Parent;
        }

        return MaskingUses.HoldsOnlyTruncatedDigits(root, local);
    }

    /// <summary>The field or property a value reads directly, if any.</summary>
    public static ISymbol? ReferencedMember(IOperation value) => value switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    /// <summary>Whether every call of the method (at least one) passes a sanitized value for the parameter.</summary>
    public bool IsEveryArgumentSanitized(IParameterSymbol parameter, CancellationToken cancellationToken)
        => IsParameterSanitized(parameter, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), maskedOnly: false, cancellationToken);

    /// <summary>
    /// Whether every read of the parameter in its method's body (declared in this compilation, at least one read) only
    /// masks it (<c>cardNumber[^4..]</c>, <c>cardNumber.Substring(cardNumber.Length - 4)</c>, a masking call), checks
    /// its length or emptiness, or hands it to another such parameter: a helper that keeps the last four digits holds
    /// no PAN, whoever calls it. Bound only for parameters FG1001 would otherwise report, or that a PAN-named local is
    /// passed to; cached per parameter.
    /// </summary>
    public bool IsOnlyMaskedInBody(IParameterSymbol parameter, CancellationToken cancellationToken)
        => IsOnlyMaskedInBody(parameter, 0, cancellationToken);

    /// <summary>
    /// Whether the parameter's method (declared in this compilation, with a body) keeps nothing of it: every read only
    /// checks it (length, emptiness), compares it (<c>==</c>, <c>!=</c>, <c>Equals</c>, <c>StartsWith</c>), masks it, or
    /// hands it to another such parameter, or the body never reads it (issue 18, set 17: existence and brand checks that
    /// return a flag or an amount, <c>IfCardExist</c>, <c>IsMasterCardHolder</c>, a parameter the method ignores). What the
    /// method does decides, not its name; a caller that keeps the value is reported where it keeps it. Cached per parameter.
    /// </summary>
    public bool IsOnlyCheckedInBody(IParameterSymbol parameter, CancellationToken cancellationToken)
        => IsOnlyCheckedInBody(parameter, 0, cancellationToken);

    /// <summary>
    /// <c>interface ICardService { bool CardExists(string cardNumber); }</c>: a parameter of an interface method whose every
    /// implementation in the compilation (at least one) only checks or compares its value (<see cref="IsOnlyCheckedInBody(IParameterSymbol, CancellationToken)"/>)
    /// is a lookup key, like the implementations' own parameters. Implementations are found by the method's name in the
    /// compilation's declarations; asked only for a PAN-named parameter FG1001 would otherwise report.
    /// </summary>
    public bool IsOnlyCheckedByEveryImplementation(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { IsAbstract: true, ContainingType.TypeKind: TypeKind.Interface } method)
        {
            return false;
        }

        int found = 0;
        foreach (ISymbol candidate in _compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member, cancellationToken))
        {
            if (candidate is not IMethodSymbol { IsAbstract: false } implementation || implementation.Parameters.Length != method.Parameters.Length
                || implementation.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type
                || !SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(method)?.OriginalDefinition, implementation.OriginalDefinition))
            {
                continue;
            }

            if (!IsOnlyCheckedInBody(implementation.Parameters[parameter.Ordinal], cancellationToken))
            {
                return false;
            }

            found++;
        }

        return found > 0;
    }

    private bool IsOnlyCheckedInBody(IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
        => CachedBodyVerdict(parameter, depth, checkedOnly: true, _checkedParameters, cancellationToken);

    private bool IsOnlyMaskedInBody(IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
        => CachedBodyVerdict(parameter, depth, checkedOnly: false, _maskedParameters, cancellationToken);

    // One cached path for both questions (masked only / checked only). Only the outermost answer is kept: a deeper one
    // may have stopped at the depth limit.
    private bool CachedBodyVerdict(IParameterSymbol parameter, int depth, bool checkedOnly, ConcurrentDictionary<ISymbol, bool> cache, CancellationToken cancellationToken)
    {
        parameter = parameter.OriginalDefinition;
        if (cache.TryGetValue(parameter, out bool cached))
        {
            return cached;
        }

        if (depth > 1)
        {
            return false;
        }

        bool result = ComputeOnlyMaskedInBody(parameter, depth, checkedOnly, cancellationToken);
        return depth == 0 ? cache.GetOrAdd(parameter, result) : result;
    }

    private bool ComputeOnlyMaskedInBody(IParameterSymbol parameter, int depth, bool checkedOnly, CancellationToken cancellationToken)
    {
        if (parameter.RefKind != RefKind.None || parameter.ContainingSymbol is not IMethodSymbol { IsAbstract: false, IsExtern: false } method
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        SyntaxNode? body = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            BaseMethodDeclarationSyntax declared => (SyntaxNode?)declared.Body ?? declared.ExpressionBody,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
            _ => null,
        };
        if (body == null || !_compilation.ContainsSyntaxTree(body.SyntaxTree)
            || Model(body.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return false;
        }

        bool masks = false;
        bool compares = false;
        bool reads = false;
        foreach (IOperation descendant in operation.DescendantOperationsAndSelf())
        {
            if (descendant is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter))
            {
                continue;
            }

            reads = true;
            if (checkedOnly && MaskingUses.IsComparison(reference))
            {
                compares = true;
                continue;
            }

            switch (MaskingUses.Classify(reference, reference.Parameter, next => checkedOnly ? IsOnlyCheckedInBody(next, depth + 1, cancellationToken) : IsOnlyMaskedInBody(next, depth + 1, cancellationToken)))
            {
                case MaskingUse.Masks:
                    masks = true;
                    break;
                case MaskingUse.Neutral:
                case MaskingUse.Checks:
                    break;
                default:
                    return false;
            }
        }

        // Checked only: at least one comparison (a helper that only checks the length keeps its name test), or no read at
        // all in a body that does something else (an empty body is a stub whose parameter is still to be used).
        return masks || (checkedOnly && (compares || (!reads && body is not BlockSyntax { Statements.Count: 0 })));
    }

    private bool IsMemberSanitized(ISymbol member, int depth, HashSet<ISymbol> visiting, bool maskedOnly, CancellationToken cancellationToken)
    {
        ConcurrentDictionary<ISymbol, bool> members = maskedOnly ? _maskedMembers : _members;
        if (members.TryGetValue(member, out bool cached))
        {
            return cached;
        }

        if (depth > MaxDepth || !visiting.Add(member))
        {
            return false;
        }

        bool result = ComputeMember(member, depth, visiting, maskedOnly, cancellationToken);
        visiting.Remove(member);
        return depth == 0 ? members.GetOrAdd(member, result) : result;
    }

    private bool ComputeMember(ISymbol member, int depth, HashSet<ISymbol> visiting, bool maskedOnly, CancellationToken cancellationToken)
    {
        int found = 0;

        // string CardNumber { get; set; } = Mask(...): the declaration's own initializer.
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            ExpressionSyntax? initializer = declaration switch
            {
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                _ => null,
            };
            if (declaration is ParameterSyntax && member is IPropertySymbol)
            {
                // A positional record member: what the record's creations pass for the parameter.
                return false;
            }

            if (initializer != null)
            {
                Verdict verdict = IsEmptyInitializer(initializer) ? Verdict.Neutral : Judge(Bind(initializer, cancellationToken), depth, visiting, maskedOnly, cancellationToken);
                if (verdict == Verdict.Raw)
                {
                    return false;
                }

                found += verdict == Verdict.Sanitized ? 1 : 0;
            }
        }

        if (AssignmentsOf(member, cancellationToken) is { } assignments)
        {
            foreach (AssignmentExpressionSyntax assignment in assignments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsOverwrittenAtOnce(assignment))
                {
                    continue;
                }

                Verdict verdict = Judge(Model(assignment.SyntaxTree).GetOperation(assignment.Right, cancellationToken), depth, visiting, maskedOnly, cancellationToken);
                if (verdict == Verdict.Raw)
                {
                    return false;
                }

                found += verdict == Verdict.Sanitized ? 1 : 0;
            }
        }

        return found > 0;
    }

    // The assignments of one member: the name's assignments are bound once and grouped by the member they assign, so
    // that judging the members of a name (CardNumber on every card type of a solution) binds each assignment once,
    // not once per member of that name (issue #26: members x assignments grew with the square of the code).
    private List<AssignmentExpressionSyntax>? AssignmentsOf(ISymbol member, CancellationToken cancellationToken)
    {
        if (!_assignmentsByTarget.TryGetValue(member.Name, out Dictionary<ISymbol, List<AssignmentExpressionSyntax>>? byTarget))
        {
            byTarget = _assignmentsByTarget.GetOrAdd(member.Name, GroupByTarget(
                _index.Assignments(member.Name, cancellationToken),
                static (model, assignment, token) => model.GetSymbolInfo(assignment.Left, token).Symbol?.OriginalDefinition,
                cancellationToken));
        }

        return byTarget.TryGetValue(member, out List<AssignmentExpressionSyntax>? own) ? own : null;
    }

    // The calls of one method, grouped the same way by the method they call (syntax kept, not operations: an operation
    // holds its semantic model alive for the compilation).
    private List<ExpressionSyntax>? CallsOf(IMethodSymbol method, string name, CancellationToken cancellationToken)
    {
        if (!_callsByTarget.TryGetValue(name, out Dictionary<ISymbol, List<ExpressionSyntax>>? byTarget))
        {
            byTarget = _callsByTarget.GetOrAdd(name, GroupByTarget(
                _index.Calls(name, cancellationToken),
                static (model, call, token) => model.GetOperation(call, token) switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).OriginalDefinition,
                    IObjectCreationOperation { Constructor: { } constructor } => constructor.OriginalDefinition,
                    _ => null,
                },
                cancellationToken));
        }

        return byTarget.TryGetValue(method, out List<ExpressionSyntax>? own) ? own : null;
    }

    // Binds each node once and groups the nodes by the symbol they target. The index lists them in file order, so one
    // semantic model per file serves all of that file's nodes.
    private Dictionary<ISymbol, List<TNode>> GroupByTarget<TNode>(List<TNode>? nodes, Func<SemanticModel, TNode, CancellationToken, ISymbol?> target, CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        var byTarget = new Dictionary<ISymbol, List<TNode>>(SymbolEqualityComparer.Default);
        SemanticModel? model = null;
        foreach (TNode node in nodes ?? (IEnumerable<TNode>)Array.Empty<TNode>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model == null || model.SyntaxTree != node.SyntaxTree)
            {
                model = Model(node.SyntaxTree);
            }

            if (target(model, node, cancellationToken) is not { } symbol)
            {
                continue;
            }

            if (!byTarget.TryGetValue(symbol, out List<TNode>? list))
            {
                byTarget.Add(symbol, list = new List<TNode>());
            }

            list.Add(node);
        }

        return byTarget;
    }

    private bool IsParameterSanitized(IParameterSymbol parameter, int depth, HashSet<ISymbol> visiting, bool maskedOnly, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || parameter.ContainingSymbol is not IMethodSymbol method || !visiting.Add(parameter))
        {
            return false;
        }

        try
        {
            method = method.OriginalDefinition;
            if (method.DeclaredAccessibility == Accessibility.Public && method.ContainingType?.DeclaredAccessibility == Accessibility.Public
                && method.MethodKind != MethodKind.Constructor)
            {
                // Public methods are called from outside the compilation too.
                return false;
            }

            string name = method.MethodKind == MethodKind.Constructor ? method.ContainingType?.Name ?? string.Empty : method.Name;
            if (name.Length == 0)
            {
                // A declaration broken enough to have no name (issue 18, set 22): nothing can call it by name.
                return false;
            }

            List<ExpressionSyntax>? calls = CallsOf(method, name, cancellationToken);
            if (calls == null)
            {
                return false;
            }

            int found = 0;
            foreach (ExpressionSyntax call in calls)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Bound again here, not kept from the grouping: an operation holds its semantic model alive.
                IOperation? operation = Model(call.SyntaxTree).GetOperation(call, cancellationToken);
                if (operation is not (IInvocationOperation or IObjectCreationOperation))
                {
                    continue;
                }

                System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments = operation is IInvocationOperation invoked ? invoked.Arguments : ((IObjectCreationOperation)operation!).Arguments;
                foreach (IArgumentOperation argument in arguments)
                {
                    if (argument.Parameter?.Ordinal == parameter.Ordinal)
                    {
                        Verdict verdict = Judge(argument.Value, depth + 1, visiting, maskedOnly, cancellationToken);
                        if (verdict == Verdict.Raw)
                        {
                            return false;
                        }

                        found += verdict == Verdict.Sanitized ? 1 : 0;
                    }
                }
            }

            return found > 0;
        }
        finally
        {
            visiting.Remove(parameter);
        }
    }

    // Raw: the value may be whole; Neutral: says nothing (an empty string, null); Sanitized: masked or cut down. Also
    // MaskingUses' verdict on a local's writes: one three-way join for both.
    internal enum Verdict
    {
        Raw,
        Neutral,
        Sanitized,
    }

    internal static Verdict Both(Verdict first, Verdict second)
        => first == Verdict.Raw || second == Verdict.Raw ? Verdict.Raw : first == Verdict.Sanitized || second == Verdict.Sanitized ? Verdict.Sanitized : Verdict.Neutral;

    private static Verdict Of(bool sanitized) => sanitized ? Verdict.Sanitized : Verdict.Raw;

    private Verdict Judge(IOperation? value, int depth, HashSet<ISymbol> visiting, bool maskedOnly, CancellationToken cancellationToken)
    {
        for (int i = 0; i < 8 && value != null; i++)
        {
            value = WrappedValues.Strip(value, throughAwait: true);
            if (value is IInvocationOperation { Instance: { } instance, Arguments.Length: 0, TargetMethod.Name: "ToString" })
            {
                // rand.Next(100, 999).ToString(): the text of the value.
                value = instance;
                continue;
            }

            break;
        }

        switch (value)
        {
            case null:
                return Verdict.Raw;
            case { ConstantValue.HasValue: false } when IsMaskedColumnRead(value.Syntax):
                // CardNo = (string)rdr["MASK_PAN"], row["MaskedPan"].ToString(): a column or field named for a masked form.
                return Verdict.Sanitized;
            case { ConstantValue.HasValue: true }:
                // "" or null: holds no PAN, but says nothing about masking either (a Luhn literal is FG1006's); "XXX" or
                // "**** **** ****" is a mask.
                return value.ConstantValue.Value is string text && IsMaskText(text) ? Verdict.Sanitized : Verdict.Neutral;
            case IDefaultValueOperation:
                return Verdict.Neutral;
            case IImplicitIndexerReferenceOperation or IInvocationOperation when CardDataSanitizers.IsTruncation(value):
                // cardNumber[^4..], pan[..6], pan.Substring(pan.Length - 4): the last four or first six digits.
                return Verdict.Sanitized;
            case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format:
                // string.Format("************{0}", number.Substring(12, 4)): the format text and every argument, as for
                // an interpolation (issue 18, set 12; "Card {0}" around a raw number stays raw).
                Verdict formatted = Verdict.Raw;
                foreach (IArgumentOperation argument in format.Arguments)
                {
                    if (argument.Parameter?.Name == "format")
                    {
                        formatted = argument.Value.ConstantValue.Value is string formatText ? (IsMaskText(formatText) ? Verdict.Sanitized : Verdict.Neutral) : Verdict.Raw;
                    }
                }

                foreach (IArgumentOperation argument in format.Arguments)
                {
                    if (argument.Parameter?.Name is "format" or "provider")
                    {
                        continue;
                    }

                    if (argument.Value is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (IOperation element in elements.ElementValues)
                        {
                            formatted = Both(formatted, Judge(element, depth, visiting, maskedOnly, cancellationToken));
                        }
                    }
                    else
                    {
                        formatted = Both(formatted, Judge(argument.Value, depth, visiting, maskedOnly, cancellationToken));
                    }
                }

                return formatted;
            case IInvocationOperation invocation:
                return Of(IsRandom(invocation.TargetMethod.ContainingType)
                          || (maskedOnly ? CardDataSanitizers.IsMaskingName(invocation.TargetMethod.Name) : CardDataSanitizers.IsSanitizer(invocation, _options)));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation
                when concatenation.Type?.SpecialType == SpecialType.System_String || concatenation.LeftOperand.Type?.SpecialType == SpecialType.System_String
                     || concatenation.RightOperand.Type?.SpecialType == SpecialType.System_String:
                // "XXXX-XXXX-XXXX-" + card.Last4, new string('*', 12) + last4: every part masked, mock or text.
                return Both(Judge(concatenation.LeftOperand, depth, visiting, maskedOnly, cancellationToken), Judge(concatenation.RightOperand, depth, visiting, maskedOnly, cancellationToken));
            case IInterpolatedStringOperation interpolated:
                // $"**** **** **** {last4}", $"{rand.Next(1000, 9999)}-{rand.Next(1000, 9999)}-...".
                Verdict parts = Verdict.Neutral;
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    parts = Both(parts, part switch
                    {
                        IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal } => IsMaskText(literal) ? Verdict.Sanitized : Verdict.Neutral,
                        IInterpolationOperation hole => Judge(hole.Expression, depth, visiting, maskedOnly, cancellationToken),
                        _ => Verdict.Raw,
                    });
                }

                return parts;
            case IObjectCreationOperation { Type.SpecialType: SpecialType.System_String, Arguments.Length: 2 } repeated
                when repeated.Arguments[0].Value.ConstantValue.Value is char mask && IsMaskCharacter(mask):
                // new string('*', pan.Length - 4)
                return Verdict.Sanitized;
            case IConditionalOperation conditional:
                return Both(Judge(conditional.WhenTrue, depth, visiting, maskedOnly, cancellationToken), Judge(conditional.WhenFalse, depth, visiting, maskedOnly, cancellationToken));
            case ICoalesceOperation coalesce:
                return Both(Judge(coalesce.Value, depth, visiting, maskedOnly, cancellationToken), Judge(coalesce.WhenNull, depth, visiting, maskedOnly, cancellationToken));
            case IParameterReferenceOperation parameter:
                return Of(IsParameterSanitized(parameter.Parameter, depth + 1, visiting, maskedOnly, cancellationToken));
            case ILocalReferenceOperation local:
                // var maskedCardNo = MaskCardNumber(card); ... card_number = maskedCardNo: a local named for a masked form, or
                // one given a single value in its declaration and never reassigned, is judged by that value.
                return JudgeLocal(local.Local, depth, visiting, maskedOnly, cancellationToken);
            case IFieldReferenceOperation field when IdempotencyOperations.IsEmptyString(field):
                // string.Empty holds no PAN, like "".
                return Verdict.Neutral;
            case IPropertyReferenceOperation or IFieldReferenceOperation:
                string? name = CardDataValues.ReferencedName(value);
                ISymbol? member = (value as IPropertyReferenceOperation)?.Property ?? (ISymbol?)(value as IFieldReferenceOperation)?.Field;
                if (name != null && (maskedOnly ? NamesMaskedForm(name) : CardDataNames.HasSafeForm(name, _options.GetCardDataNames(value.Syntax.SyntaxTree))))
                {
                    return Verdict.Sanitized;
                }

                return Of(member != null && !member.DeclaringSyntaxReferences.IsEmpty && IsMemberSanitized(member.OriginalDefinition, depth + 1, visiting, maskedOnly, cancellationToken));
            case IInvalidOperation { Syntax: MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } unresolved } }:
                // card.Last4 on a type that does not resolve (an SDK not restored): the member's name is all there is.
                return NamesMaskedForm(unresolved) ? Verdict.Sanitized : Verdict.Raw;
            case IInvalidOperation { Syntax: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } } unboundConcatenation:
                // "XXXX-XXXX-XXXX-" + card.Last4 with card of an unresolved type: the operator does not bind, its parts do.
                Verdict operands = Verdict.Neutral;
                int count = 0;
                foreach (IOperation operand in unboundConcatenation.ChildOperations)
                {
                    operands = Both(operands, Judge(operand, depth, visiting, maskedOnly, cancellationToken));
                    count++;
                }

                return count == 2 ? operands : Verdict.Raw;
            default:
                return Verdict.Raw;
        }
    }

    // A read of a data reader's, data row's or form's field by a key that names a masked form (rdr["MASK_PAN"],
    // (string)row["MaskedCardNumber"], Convert.ToString(reader["CardNoMasked"]).Trim(); issue 18, set 21): the column holds
    // what its name says, bound or not (SqlDataReader is a package an editor may not have restored).
    internal static bool IsMaskedColumnRead(SyntaxNode syntax)
    {
        if (syntax is not ExpressionSyntax expression)
            return false;

        // Casts and parentheses go through WrappedValues; the calls that keep the column's text (Convert.ToString, ToString,
        // Trim) are stepped over here, a few at most.
        for (int i = 0; i < 6; i++)
        {
            expression = WrappedValues.StripSyntax(expression);
            switch (expression)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Convert" }, Name.Identifier.ValueText: "ToString" }, ArgumentList.Arguments.Count: 1 } converted:
                    expression = converted.ArgumentList.Arguments[0].Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" or "Trim" or "TrimEnd" or "TrimStart" } access }:
                    expression = access.Expression;
                    continue;
                case ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } keys }:
                    return keys[0].Expression is LiteralExpressionSyntax key && key.IsKind(SyntaxKind.StringLiteralExpression) && NamesMaskedForm(key.Token.ValueText);
                default:
                    return false;
            }
        }

        return false;
    }

    private Verdict JudgeLocal(ILocalSymbol local, int depth, HashSet<ISymbol> visiting, bool maskedOnly, CancellationToken cancellationToken)
    {
        if (maskedOnly ? NamesMaskedForm(local.Name) : CardDataNames.HasSafeForm(local.Name, _options.GetCardDataNames(local.Locations.IsEmpty ? null : local.Locations[0].SourceTree)))
        {
            return Verdict.Sanitized;
        }

        if (depth >= MaxDepth || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
        {
            return Verdict.Raw;
        }

        // Reassigned, or passed by ref or out, anywhere in the block that declares it: its value is not only the initializer.
        SyntaxNode? scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? declarator.Parent;
        if (scope == null)
        {
            return Verdict.Raw;
        }

        string name = local.Name;
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if ((node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } && assigned.Identifier.ValueText == name)
                || (node is ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } && passed.Identifier.ValueText == name)
                || (node is PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax && node.ChildNodes().FirstOrDefault() is IdentifierNameSyntax incremented && incremented.Identifier.ValueText == name))
            {
                return Verdict.Raw;
            }
        }

        return Judge(Bind(initializer, cancellationToken), depth + 1, visiting, maskedOnly, cancellationToken);
    }

    // _cardNo = txtCardNo.Text.Trim(); _cardNo = string.Format("****{0}", ...): a value the very next statement replaces
    // without reading the member is never held (a dead store, issue 18, set 12); the next assignment is judged instead.
    private static bool IsOverwrittenAtOnce(AssignmentExpressionSyntax assignment)
    {
        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            || assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement)
        {
            return false;
        }

        int index = block.Statements.IndexOf(statement);
        if (index < 0 || index + 1 >= block.Statements.Count
            || block.Statements[index + 1] is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax next }
            || !next.IsKind(SyntaxKind.SimpleAssignmentExpression)
            || !SyntaxFactory.AreEquivalent(next.Left, assignment.Left))
        {
            return false;
        }

        string name = assignment.Left is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText
            : assignment.Left is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : string.Empty;
        if (name.Length == 0)
        {
            return false;
        }

        foreach (SyntaxToken token in next.Right.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
            {
                return false;
            }
        }

        return true;
    }

    // System.Random and RandomNumberGenerator digits: a generated mock number, not a card's.
    private static bool IsRandom(INamedTypeSymbol? type)
        => type is { Name: "Random" or "RandomNumberGenerator" } && type.ContainingNamespace is { } ns
           && (ns.Name == "System" ? ns.ContainingNamespace?.IsGlobalNamespace == true : ns.ToDisplayString() == "System.Security.Cryptography");

    // Masked forms by name (MaskedPan, Last4, CardLastFour, TruncatedNumber), not protected ones (EncryptedCvv, CvvHash).
    private static bool NamesMaskedForm(string name)
    {
        bool lastFourChecked = false;
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "masked" or "mask" or "last4" or "lastfour" or "truncated" or "redacted" or "obfuscated")
            {
                return true;
            }

            if (!lastFourChecked && (word == "last" || word == "four" || word == "4"))
            {
                // Last4 splits as "last", "4"; LastFour as "last", "four". Not a verdict: LastMaskedDigits has a later word.
                lastFourChecked = true;
                string joined = IdentifierWords.Normalize(name);
                if (joined.IndexOf("last4", StringComparison.Ordinal) >= 0 || joined.IndexOf("lastfour", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A run of at least three mask characters (XXX, ***, ••••, ####): a masked number or a placeholder code.
    internal static bool IsMaskText(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = IsMaskCharacter(c) ? run + 1 : 0;
            if (run >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMaskCharacter(char c) => c is 'X' or 'x' or '*' or '#' or '\u2022' or '\u25CF' or '\u2217';

    // = "", = null!, = default!, = default(string), = string.Empty: the usual initializers of a DTO's card member hold
    // nothing and are judged as such from syntax, without a semantic model for the declaring file (issue #26: binding
    // these initializers was a third of FG1001's own time on payment-dense code). Anything else is bound and judged.
    private static bool IsEmptyInitializer(ExpressionSyntax initializer)
    {
        while (initializer is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            initializer = initializer is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)initializer).Operand;
        }

        return initializer switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression)
                                               || literal.Token.Value is string { Length: 0 },
            DefaultExpressionSyntax => true,
            MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, Name.Identifier.ValueText: "Empty" } => true,
            _ => false,
        };
    }

    private IOperation? Bind(ExpressionSyntax expression, CancellationToken cancellationToken)
        => _compilation.ContainsSyntaxTree(expression.SyntaxTree) ? Model(expression.SyntaxTree).GetOperation(expression, cancellationToken) : null;

#pragma warning disable RS1030 // Only candidate assignments of a member FG1001 would report are bound (issue #20).
    private SemanticModel Model(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>
    /// Assignments of the compilation by the last name they assign, invocations and object creations by the last name
    /// they call: syntax only, per name on first use, kept for the compilation. Only the places where the name's text
    /// occurs are looked at: the files whose text contains it (remembered per syntax tree, so the editor's next
    /// snapshot searches only the edited file again), then, in each, the token at each occurrence and the few nodes
    /// above it. Indexing every assignment and call of each matching file instead was the largest item of FinGuard's
    /// own time in a build of payment-dense code, where every file names a card member (issue #26).
    /// </summary>
    private sealed class NameIndex
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<string, List<AssignmentExpressionSyntax>?> _assignments = new ConcurrentDictionary<string, List<AssignmentExpressionSyntax>?>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, List<ExpressionSyntax>?> _calls = new ConcurrentDictionary<string, List<ExpressionSyntax>?>(StringComparer.Ordinal);

        public NameIndex(Compilation compilation) => _compilation = compilation;

        public List<AssignmentExpressionSyntax>? Assignments(string name, CancellationToken cancellationToken)
        {
            if (_assignments.TryGetValue(name, out List<AssignmentExpressionSyntax>? cached))
            {
                return cached;
            }

            List<AssignmentExpressionSyntax>? found = null;
            foreach (ExpressionSyntax named in NamedExpressions(name, cancellationToken))
            {
                // CardNumber = x, card.CardNumber = x, new Card { CardNumber = x }, compound assignments too.
                if (named.Parent is AssignmentExpressionSyntax assignment && assignment.Left == named)
                {
                    (found ??= new List<AssignmentExpressionSyntax>()).Add(assignment);
                }
            }

            return _assignments.GetOrAdd(name, found);
        }

        public List<ExpressionSyntax>? Calls(string name, CancellationToken cancellationToken)
        {
            if (_calls.TryGetValue(name, out List<ExpressionSyntax>? cached))
            {
                return cached;
            }

            List<ExpressionSyntax>? found = null;
            foreach (ExpressionSyntax named in NamedExpressions(name, cancellationToken))
            {
                switch (named.Parent)
                {
                    case InvocationExpressionSyntax invocation when invocation.Expression == named:
                        (found ??= new List<ExpressionSyntax>()).Add(invocation);
                        break;
                    case ObjectCreationExpressionSyntax creation when creation.Type == named:
                        (found ??= new List<ExpressionSyntax>()).Add(creation);
                        break;
                }
            }

            return _calls.GetOrAdd(name, found);
        }

        /// <summary>
        /// Every expression whose last name is <paramref name="name"/> in a place that writes it: the left of an assignment
        /// (object initializers too), a <c>ref</c>, <c>out</c> or <c>in</c> argument, an element of a tuple (a
        /// deconstruction's target), an increment or decrement, a <c>ref</c> or address-of expression. Not cached: asked once
        /// per name by the caller's cache.
        /// </summary>
        public IEnumerable<ExpressionSyntax> WriteSites(string name, CancellationToken cancellationToken)
        {
            foreach (ExpressionSyntax named in NamedExpressions(name, cancellationToken))
            {
                SyntaxNode? parent = named.Parent;
                bool writes = parent switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left == named,
                    ArgumentSyntax argument => argument.RefKindKeyword.RawKind != 0 || argument.Parent is TupleExpressionSyntax,
                    PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or RefExpressionSyntax => true,
                    _ => false,
                };
                if (writes)
                {
                    yield return named;
                }
            }
        }

        /// <summary>
        /// In file order, every expression whose last name is <paramref name="name"/>: the name itself, or the member
        /// access, member binding or qualified name it ends.
        /// </summary>
        private IEnumerable<ExpressionSyntax> NamedExpressions(string name, CancellationToken cancellationToken)
        {
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TreeText.Contains(tree, name, cancellationToken))
                {
                    continue;
                }

                foreach (SyntaxToken token in TreeText.TokensNamed(tree.GetRoot(cancellationToken), name, cancellationToken))
                {
                    if (token.Parent is not SimpleNameSyntax simpleName)
                    {
                        continue;
                    }

                    yield return simpleName.Parent switch
                    {
                        MemberAccessExpressionSyntax access when access.Name == simpleName => access,
                        MemberBindingExpressionSyntax binding when binding.Name == simpleName => binding,
                        QualifiedNameSyntax qualified when qualified.Right == simpleName => qualified,
                        _ => simpleName,
                    };
                }
            }
        }
    }
}
