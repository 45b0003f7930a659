using System.Collections.Concurrent;
using FinGuard.Analyzers.CardData.Flow;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor CardDataPersisted = RuleFactory.Create(
        RuleIds.CardDataPersisted,
        title: "Card data is persisted, serialized or returned unmasked",
        messageFormat: "'{0}' puts the {1} unmasked into {2}: store or send the processor token or the masked value instead",
        category: RuleFactory.CardDataCategory,
        description: "Databases, serialized payloads and API responses outlive the request: a PAN there must be rendered unreadable (token, truncation, keyed hash or strong encryption; PCI DSS v4.0 3.5.1) and sensitive authentication data may not be stored at all (3.3.1).");
}

/// <summary>
/// FG1004: card data persisted, serialized or returned unmasked: EF Core entity properties (types exposed as
/// <c>DbSet&lt;T&gt;</c>), ADO.NET and Dapper parameters, <c>System.Text.Json</c>/Newtonsoft serialization, and
/// values returned from controller actions and minimal-API results. PCI DSS v4.0 3.5.1: a stored PAN must be
/// unreadable (token, truncation, keyed hash or strong encryption); 3.3.1: SAD may not be stored at all.
/// </summary>
public sealed class CardDataPersistedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Set to "true" when the flagged expression is a string card number that the fix can wrap in <c>CardMasking.Mask</c>.</summary>
    public const string MaskableProperty = "Maskable";

    /// <summary>Set to "true" on an EF Core entity property (the fix can turn it into a token member, as FG1001's does).</summary>
    public const string EntityMemberProperty = "EntityMember";

    private static readonly ImmutableDictionary<string, string?> Maskable = ImmutableDictionary<string, string?>.Empty.Add(MaskableProperty, "true");
    private static readonly ImmutableDictionary<string, string?> EntityMember = ImmutableDictionary<string, string?>.Empty.Add(EntityMemberProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CardDataPersisted);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            var sinks = new CardDataSinks(start.Compilation);
            var analysis = new Analysis(start.Compilation, options, sinks);
            if (analysis.DbContext != null)
            {
                start.RegisterSymbolAction(analysis.AnalyzeDbContext, SymbolKind.NamedType);
            }

            if (TestProjects.IsTestProject(start.Compilation))
            {
                // A unit test serializes, caches and returns fixtures and mocks with fake cards (issue 18, set 18:
                // JsonSerializer.Serialize(_movimiento1) as a mocked cache value): nothing there is stored or sent.
                return;
            }

            if (analysis.ControllerBase != null)
            {
                // Judged at each return (what it returns), not on the action's declared type: a shared response type
                // or an entity whose card sits behind an unloaded navigation says little about what is sent.
                start.RegisterOperationAction(analysis.AnalyzeActionReturn, OperationKind.Return, OperationKind.YieldReturn);
            }

            start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeUnresolvedSink, SyntaxKind.InvocationExpression);
            start.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(analysis.AnalyzeInsertText, OperationKind.Binary, OperationKind.InterpolatedString);
            // ADO.NET parameter values, ViewBag/ViewData/TempData, and the Text of a form control (txtCardNumber.Text = ...),
            // which binds in no reference pack (WinForms, WebForms, WPF): always registered.
            start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);

            // Card data that reaches a store or response through locals, fields, objects or calls (issue #20).
            CardDataFlow flow = CardDataFlow.GetOrCreate(start.Compilation, start.Options);
            analysis.Sanitized = flow.SanitizedMembers;
            flow.RegisterBlockAction(start, FlowSinkKind.Persist, analysis.OnFlow);
        });
    }

    private sealed class Analysis
    {
        private readonly FinGuardOptions _options;
        private readonly CardDataShapes _shapes;
        private readonly INamedTypeSymbol? _dbSet;
        private readonly CardDataSinks _sinks;
        private readonly ResponseCardData _responses;
        private readonly ConcurrentDictionary<ISymbol, byte> _reportedEntityMembers = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);

        public Analysis(Compilation compilation, FinGuardOptions options, CardDataSinks sinks)
        {
            _options = options;
            _sinks = sinks;
            _shapes = CardDataShapes.GetOrCreate(compilation, options);
            _responses = new ResponseCardData(compilation, _shapes, options);
            DbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            _dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
        }

        public INamedTypeSymbol? DbContext { get; }

        public INamedTypeSymbol? ControllerBase => _sinks.ControllerBase;

        public SanitizedMembers? Sanitized { get; set; }

        // A member only ever assigned masked, tokenized or encrypted values is not card data (issue #20).
        private bool IsSanitizedMember(ISymbol? member, System.Threading.CancellationToken cancellationToken)
            => SanitizedMembers.IsSanitizedMember(Sanitized, member, cancellationToken);

        // EF Core: every card-data property of an entity exposed through DbSet<T>, unless the context converts
        // (encrypts) or ignores it in OnModelCreating.
        public void AnalyzeDbContext(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class || !DerivesFrom(type.BaseType, DbContext))
            {
                return;
            }

            HashSet<string>? protectedNames = null;
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } setType } dbSetProperty
                    || !SymbolEqualityComparer.Default.Equals(setType.OriginalDefinition, _dbSet)
                    || setType.TypeArguments[0] is not INamedTypeSymbol entity)
                {
                    continue;
                }

                protectedNames ??= ConvertedOrIgnoredProperties(type, context.CancellationToken);
                foreach (ISymbol entityMember in entity.GetMembers())
                {
                    if (entityMember is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || protectedNames.Contains(property.Name))
                    {
                        continue;
                    }

                    CardDataKind kind = _shapes.Classify(property, property.Type);
                    if (kind == CardDataKind.None || IsSanitizedMember(property, context.CancellationToken))
                    {
                        continue;
                    }

                    // An entity of a referenced project (a project reference in the IDE, a compilation reference
                    // in the build host) has source locations in another compilation, where this one cannot report
                    // (AD0001): the finding goes on this context's DbSet, without the member fix's marker.
                    Location? location = FirstSourceLocation(property, context.Compilation);
                    bool onEntity = location != null;
                    location ??= FirstSourceLocation(dbSetProperty, context.Compilation);
                    if (location != null && _reportedEntityMembers.TryAdd(property, 0))
                    {
                        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, location, onEntity ? property : dbSetProperty, onEntity && kind == CardDataKind.Pan ? EntityMember : null, entity.Name + "." + property.Name, kind.Describe(), "EF Core (DbSet<" + entity.Name + "> " + dbSetProperty.Name + ")"));
                    }
                }
            }
        }

        // return _response; in a controller action, after _response.Result = _mapper.Map<PaymentDto>(payment): the
        // returned wrapper's shape (an object-typed Result) says nothing, what was put into it does.
        public void AnalyzeActionReturn(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is not { } value || context.ContainingSymbol is not IMethodSymbol method || !_sinks.IsControllerAction(method)
                || InsideNestedFunction(returned))
            {
                return;
            }

            // return card; / return await _db.Cards.ToListAsync(); / return new Response { Cards = cards };: reported at the
            // returned value (an anonymous object at its card member), where a reviewer looks for what leaves.
            string sink = "the response of " + method.Name;
            if (!ReportValueTo(context, method, value, sink, declared: method.ReturnType))
            {
                ReportFilledWrapper(context.ReportDiagnostic, method, value, returned.Syntax.GetLocation(), sink);
            }
        }

        // The return of a lambda or local function in the action (c => c.Card in a query) is not the action's response.
        private static bool InsideNestedFunction(IOperation operation)
        {
            for (IOperation? current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        // _response.Result = mapper.Map<List<Payment>>(payments); return Ok(_response): a response wrapper (a field or local)
        // whose member was given a value that carries card data earlier in the same block is card data in the response.
        private void ReportFilledWrapper(Action<Diagnostic> report, ISymbol? symbol, IOperation value, Location location, string sink)
        {
            value = CardDataValues.Unwrap(value);
            ISymbol? wrapper = value switch
            {
                IFieldReferenceOperation field => field.Field,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (wrapper == null || _shapes.Find(value.Type).Member != null)
            {
                return;
            }

            // The statement that returns or passes the wrapper, and the block around it.
            IOperation statement = value;
            while (statement.Parent is { } parent && parent is not IBlockOperation)
            {
                statement = parent;
            }

            if (statement.Parent is not IBlockOperation block)
            {
                return;
            }

            foreach (IOperation earlier in block.Operations)
            {
                if (earlier == statement)
                {
                    return;
                }

                if (earlier is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                    && assignment.Target is IMemberReferenceOperation { Instance: { } instance }
                    && SymbolEqualityComparer.Default.Equals(SanitizedMembers.ReferencedMember(instance) ?? (instance as ILocalReferenceOperation)?.Local, wrapper)
                    && FilledCardMember(assignment.Value) is { Member: not null } found
                    && !IsSanitizedMember(found.Member, default))
                {
                    report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, location, symbol, found.DisplayName, found.Kind.Describe(), sink));
                    return;
                }
            }
        }

        // The card member a value's type carries; for a mapper call that does not bind (AutoMapper before restore),
        // the type it maps to: Map<PaymentDto>(payment), Adapt<List<Payment>>().
        private CardMember FilledCardMember(IOperation value)
        {
            value = CardDataValues.Unwrap(value);
            CardMember found = _shapes.Find(value.Type);
            if (found.Member != null || value.SemanticModel == null)
            {
                return found;
            }

            if (value.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic } }
                && (generic.Identifier.ValueText.StartsWith("Map", StringComparison.Ordinal) || generic.Identifier.ValueText.StartsWith("Adapt", StringComparison.Ordinal)))
            {
                return _shapes.Find(value.SemanticModel.GetTypeInfo(generic.TypeArgumentList.Arguments[0]).Type);
            }

            return default;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name is "View" or "PartialView")
            {
                AnalyzeView(context, invocation);
                return;
            }

            string? sink = _sinks.GetSink(invocation, out string valueParameter);
            if (sink == null || (_sinks.IsSerializer(invocation) && RequestBodies.IsOnlyRequestBody(invocation.Syntax)))
            {
                // new StringContent(JsonConvert.SerializeObject(charge)) posted to the processor: a request body, not
                // stored, logged or returned (the raw card in a request is FG1005's).
                return;
            }

            // A SQL write through a project's own (sql, parameters) wrapper is reported once, at the call.
            Location? reportAt = sink.StartsWith("a SQL write", StringComparison.Ordinal) ? invocation.Syntax.GetLocation() : null;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (CardDataSinks.IsValueArgument(argument, valueParameter))
                {
                    ITypeSymbol? declared = sink.StartsWith("the response", StringComparison.Ordinal) ? ActionResultType(context.ContainingSymbol, argument) : null;
                    bool reported = ReportValueTo(context, context.ContainingSymbol, argument.Value, sink, reportAt: reportAt, declared: declared);
                    if (!reported && sink.StartsWith("the response", StringComparison.Ordinal))
                    {
                        ReportFilledWrapper(context.ReportDiagnostic, context.ContainingSymbol, argument.Value, invocation.Syntax.GetLocation(), sink);
                    }
                    else if (!reported && sink == "a SQL parameter" && invocation.SemanticModel is { } model
                             && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: 2 } sqlArguments })
                    {
                        ReportByParameterName(context.ReportDiagnostic, model, context.ContainingSymbol, access.Expression, sqlArguments[0].Expression, sqlArguments[1].Expression, context.CancellationToken);
                    }
                }
            }
        }

        // return View(cards) in an MVC controller: the page renders the model it is handed. Only stored card data is a
        // finding here (an EF query, a repository returning stored entities, a view model filled with them; issue 18,
        // session 25); a posted form model re-rendered with its validation errors carries the number in its shape only.
        private void AnalyzeView(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (invocation.Arguments.IsEmpty || TestProjects.IsInTestProjectFolder(invocation.Syntax.SyntaxTree)
                || _sinks.GetSink(invocation, out _, includeViews: true) is not { } sink)
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { Name: "model", Type.SpecialType: SpecialType.System_Object }
                    && _responses.FindStored(argument.Value, context.CancellationToken) is { Member: not null } stored
                    && !IsSanitizedMember(stored.Member, default))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, argument.Value.Syntax.GetLocation(), context.ContainingSymbol, stored.DisplayName, stored.Kind.Describe(), sink));
                }
            }
        }

        // Before restore (Newtonsoft.Json or SqlClient not referenced) JsonConvert.SerializeObject(dto) and
        // command.Parameters.AddWithValue("@p", pan) do not bind, so AnalyzeInvocation never sees them: recognised by
        // their names, only when the call does not bind (a bound call is the operation path's).
        public void AnalyzeUnresolvedSink(SyntaxNodeAnalysisContext context)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (invocation.Expression is IdentifierNameSyntax helper)
            {
                AnalyzeUnresolvedResponse(context, invocation, helper.Identifier.ValueText);
                return;
            }

            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return;
            }

            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            string name = access.Name.Identifier.ValueText;
            string sink;
            ExpressionSyntax valueSyntax;
            ExpressionSyntax? parameterName = null;
            ITypeSymbol? documentType = null;
            if (name == "SerializeObject" && arguments.Count >= 1 && RightmostName(access.Expression) == "JsonConvert")
            {
                sink = "JsonConvert.SerializeObject";
                valueSyntax = arguments[0].Expression;
                if (RequestBodies.IsOnlyRequestBody(invocation))
                {
                    return;
                }

            }
            else if (name == "AddWithValue" && arguments.Count == 2 && RightmostName(access.Expression) == "Parameters")
            {
                // SELECT ... WHERE CardNumber = @CardNumber, the key of an UPDATE's WHERE: a look-up, not a store (issue 18, set 21).
                if (SqlParameterNames.IsLookupKey(context.SemanticModel, access.Expression, arguments[0].Expression, context.CancellationToken))
                {
                    return;
                }

                sink = "a SQL parameter";
                valueSyntax = arguments[1].Expression;
                parameterName = arguments[0].Expression;
            }
            else if (name == "Add" && arguments.Count == 1 && RightmostName(access.Expression) == "Parameters"
                     && arguments[0].Expression is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 2 } parameter
                     && TypeSyntaxNames.LastName(parameter.Type)?.EndsWith("Parameter", StringComparison.Ordinal) == true)
            {
                // cmd.Parameters.Add(new SqlParameter("@cvv", cvv)): the (name, value) constructor of a provider's parameter.
                if (SqlParameterNames.IsLookupKey(context.SemanticModel, access.Expression, parameter.ArgumentList!.Arguments[0].Expression, context.CancellationToken))
                {
                    return;
                }

                sink = "a SQL parameter";
                valueSyntax = parameter.ArgumentList!.Arguments[1].Expression;
                parameterName = parameter.ArgumentList.Arguments[0].Expression;
            }
            else if (name == "Add" && arguments.Count >= 2 && RightmostName(access.Expression) == "Parameters" && AddedParameterValue(invocation) is { } added)
            {
                // cmd.Parameters.Add("@pin", SqlDbType.NVarChar).Value = pin: the (name, type) overload, the value set on the
                // parameter it returns (issue 18, sets 15 and 17: SqlClient not restored, so neither call binds). A look-up
                // found in the method (SELECT ... WHERE CardNumber = @cardNumber) is not a store.
                if (SqlParameterNames.IsKnownLookup(context.SemanticModel, access.Expression, arguments[0].Expression, context.CancellationToken))
                {
                    return;
                }

                sink = "a SQL parameter";
                valueSyntax = added;
                parameterName = arguments[0].Expression;
            }
            else if (name == "Add" && arguments.Count >= 2 && AnalyzeDynamicParameter(context, invocation, access))
            {
                return;
            }
            else if (name.StartsWith("Set", StringComparison.Ordinal) && arguments.Count == 2 && RightmostName(access.Expression) == "Session")
            {
                // HttpContext.Session.Set(key, model) through an extension of a package not restored (nopCommerce's Set<T>,
                // a serializing SetObject): the object is stored in the session with its card members.
                sink = CardDataSinks.SessionSinkPrefix + name + ")";
                valueSyntax = arguments[1].Expression;
            }
            else if (CardDataSinks.IsMongoWrite(name) && arguments.Count >= (name.StartsWith("Replace", StringComparison.Ordinal) ? 2 : 1))
            {
                // MongoDB's IMongoCollection<T>: the document (or documents) stored as they are; ReplaceOne(filter, replacement).
                sink = "MongoDB (" + name + ")";
                valueSyntax = arguments[name.StartsWith("Replace", StringComparison.Ordinal) ? 1 : 0].Expression;
                documentType = MongoDocumentType(context.SemanticModel, access.Expression, context.CancellationToken);
            }
            else
            {
                return;
            }

            // API tests serialize request payloads and seed test databases with fixtures: not a leak of card data.
            if (TestProjects.IsInTestProjectFolder(invocation.SyntaxTree)
                || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol != null
                || context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken) is not IOperation value)
            {
                return;
            }

            bool reported = ReportValueTo(context, context.ContainingSymbol, value, sink);
            if (!reported && documentType != null && IsUnboundValue(value))
            {
                // _cards.InsertOneAsync(entity) with entity = _mapper.Map<CreditCard>(request) before restore: the value does not
                // bind, the collection says what it stores (IMongoCollection<CreditCard>).
                CardMember stored = _shapes.Find(documentType);
                if (stored.Member != null && !IsSanitizedMember(stored.Member, default))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, value.Syntax.GetLocation(), context.ContainingSymbol, stored.DisplayName, stored.Kind.Describe(), sink));
                }
            }
            else if (!reported && parameterName != null)
            {
                ReportByParameterName(context.ReportDiagnostic, context.SemanticModel, context.ContainingSymbol, access.Expression, parameterName, valueSyntax, context.CancellationToken);
            }
        }

        // The value of `Parameters.Add(name, type).Value = value`, given the Add call; null for any other use of the call.
        private static ExpressionSyntax? AddedParameterValue(InvocationExpressionSyntax add)
            => add.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } member
               && member.Parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == member
               ? assignment.Right
               : null;

        // Dapper's DynamicParameters (issue 18, set 13): parameters.Add("p_card_number", card.CardNumber, DbType.String) on a
        // local created in the method and passed to an Execute call whose command writes (an INSERT, an UPDATE that sets the
        // parameter, a procedure named for a write: "visa_card_package.create_visa_card"). Recognised by the local's type name,
        // so also before restore (Dapper not referenced); a look-up (Query, a read procedure, the card number in a WHERE) is
        // not a write. True when the call is such an Add (handled here, reported or not).
        private bool AnalyzeDynamicParameter(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access)
        {
            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            if (access.Expression is not IdentifierNameSyntax receiver
                || context.SemanticModel.GetConstantValue(arguments[0].Expression, context.CancellationToken) is not { HasValue: true, Value: string parameterName }
                || context.SemanticModel.GetTypeInfo(receiver, context.CancellationToken).Type is not { Name: "DynamicParameters" })
            {
                return false;
            }

            if (TestProjects.IsInTestProjectFolder(invocation.SyntaxTree)
                || SqlParameterNames.ExecutedCommandText(context.SemanticModel, receiver, context.CancellationToken) is not { } text
                || !SqlParameterNames.WritesParameter(text, parameterName, needsCardTarget: false)
                || context.SemanticModel.GetOperation(arguments[1].Expression, context.CancellationToken) is not IOperation value)
            {
                return true;
            }

            ReportValue(context.ReportDiagnostic, context.ContainingSymbol, value, "Dapper (DynamicParameters)");
            return true;
        }

        // The T of the receiver's IMongoCollection<T> (a field, property or local of that type, bound or not: before restore
        // the type is an error type that keeps its type argument).
        private static ITypeSymbol? MongoDocumentType(SemanticModel model, ExpressionSyntax receiver, System.Threading.CancellationToken cancellationToken)
            => model.GetTypeInfo(receiver, cancellationToken).Type is INamedTypeSymbol { Name: "IMongoCollection", TypeArguments.Length: 1 } collection
               ? collection.TypeArguments[0]
               : null;

        // A value the compiler could not type (a local initialized by an unbound mapper call), not a fresh object or a literal.
        private static bool IsUnboundValue(IOperation value)
        {
            value = CardDataValues.Unwrap(value);
            return value is ILocalReferenceOperation or IInvocationOperation or IInvalidOperation or IParameterReferenceOperation
                   && (value.Type == null || value.Type.TypeKind == TypeKind.Error);
        }

        // cmd.Parameters.AddWithValue("@card_no", TextBox2.Text) in an INSERT: the value's name says nothing (a text box, a
        // posted field), the parameter's name says what the command writes (issue 18, sets 9 and 12).
        private void ReportByParameterName(Action<Diagnostic> report, SemanticModel model, ISymbol? owner, ExpressionSyntax parameters, ExpressionSyntax nameSyntax, ExpressionSyntax valueSyntax, System.Threading.CancellationToken cancellationToken)
        {
            CardDataKind kind = SqlParameterNames.Classify(model, parameters, nameSyntax, valueSyntax, _options.GetCardDataNames(valueSyntax.SyntaxTree), out string parameterName, cancellationToken);
            if (kind == CardDataKind.Pan && IsAmountByCard(model.GetTypeInfo(valueSyntax, cancellationToken).Type, parameterName))
            {
                return;
            }

            if (kind != CardDataKind.None)
            {
                report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, valueSyntax.GetLocation(), owner, parameterName, kind.Describe(), "a SQL parameter"));
            }
        }

        // Ok(_db.Cards.Where(...)) before restore: an argument of an unbound type leaves Ok(object) without a chosen
        // overload (Ok() and Ok(object) are both candidates), so the invocation does not bind and AnalyzeInvocation never
        // sees it. The controller's own response helper, found among the candidates, is judged as the bound call is.
        private void AnalyzeUnresolvedResponse(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, string name)
        {
            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0
                || name is not ("Ok" or "Json" or "Created" or "CreatedAtAction" or "CreatedAtRoute" or "Accepted" or "AcceptedAtAction"))
            {
                return;
            }

            // A bound call (an IInvocationOperation) is AnalyzeInvocation's; an unbound one has no symbol of its own (the
            // symbol info of `=> Ok(...)` may even name the conversion around it), so its method group is asked. In a
            // controller whose base does not bind (ASP.NET Web API 2's ApiController, MVC 5's Controller: System.Web.Http
            // and System.Web.Mvc are packages or .NET Framework assemblies absent before restore) the group is empty and
            // the helper's name and the base's name say it is the response (issue 18, set 16).
            // A call that binds to a method of this name is such a call; asked first because GetOperation on a node inside a
            // body builds that body's map of syntax to operations, once for each action that has an Ok(...) (most of them).
            if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.LocalFunction } bound
                && bound.Name == name)
            {
                return;
            }

            if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is IInvocationOperation
                || context.SemanticModel.GetOperation(arguments[arguments.Count - 1].Expression, context.CancellationToken) is not IOperation value)
            {
                return;
            }

            ImmutableArray<ISymbol> group = context.SemanticModel.GetMemberGroup(invocation.Expression, context.CancellationToken);
            if (!(ControllerBase != null && HasResponseCandidate(group)) && !(group.IsEmpty && DerivesFromUnboundController(context.ContainingSymbol)))
            {
                return;
            }

            ReportValue(context.ReportDiagnostic, context.ContainingSymbol, value, "the response (" + name + ")", declared: ActionResultType(context.ContainingSymbol, value));
        }

        // return Ok(customer) with a customer that does not bind (a grain, a service of another project): the action's
        // declared ActionResult<Customer> says what its 200 response carries. Only for the action's own code, not a lambda in it.
        private ITypeSymbol? ActionResultType(ISymbol? owner, IOperation value)
            => owner is IMethodSymbol method && _sinks.IsControllerAction(method) && !InsideNestedFunction(value) ? method.ReturnType : null;

        // class CustomersController : ApiController where ApiController does not bind: the first base that is an error type
        // is named as a controller's base.
        private static bool DerivesFromUnboundController(ISymbol? owner)
        {
            for (INamedTypeSymbol? type = owner?.ContainingType; type != null; type = type.BaseType)
            {
                if (type.TypeKind == TypeKind.Error)
                {
                    return type.Name is "ApiController" or "Controller" or "ControllerBase";
                }
            }

            return false;
        }

        private bool HasResponseCandidate(ImmutableArray<ISymbol> candidates)
        {
            foreach (ISymbol candidate in candidates)
            {
                if (candidate is IMethodSymbol { ContainingType: { } type } && CardDataSinks.DerivesFrom(type, ControllerBase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? RightmostName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };

        // "INSERT INTO Ticket (CardNumber, CardCvv) VALUES ('" + ticket.CardNumber + "','" + ticket.CardCvv + "')" and the same
        // interpolated: card data written into the text of an INSERT is stored in the table as it is, whatever runs the
        // command (issue 18, set 10; the provider often does not bind before restore, the text always does). One report per
        // text, at the text. Values passed through a call (a masking or formatting helper) are the flow's, not this check's.
        public void AnalyzeInsertText(OperationAnalysisContext context)
        {
            IOperation text = context.Operation;
            string? head;
            if (text is IBinaryOperation binary)
            {
                // Cheap tests first: only the outermost string concatenation.
                // A text with an unbound part ("... values('" + txtCardNum.Text + "')" before WPF or WinForms binds) has no
                // string type: its literal head says what it is.
                if (binary.OperatorKind != BinaryOperatorKind.Add || !(binary.Type?.SpecialType == SpecialType.System_String || binary.Type is null or { TypeKind: TypeKind.Error })
                    || binary.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } || binary.ConstantValue.HasValue)
                {
                    return;
                }

                // "BEGIN " + "order_pkg.insert_order('" + ...: literals joined by '+' are one constant head.
                IOperation left = binary.LeftOperand;
                while (left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner && !left.ConstantValue.HasValue)
                {
                    left = inner.LeftOperand;
                }

                // $"UPDATE Users SET Name='{u.Name}', " + $"CardNumber='{u.CardNumber}' WHERE Id={id}": the head of the first part.
                left = WrappedValues.Strip(left);
                head = left.ConstantValue is { HasValue: true, Value: string literal } ? literal : left is IInterpolatedStringOperation firstPart ? InterpolatedHead(firstPart) : null;
            }
            else
            {
                if (text.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add })
                {
                    // A part of a concatenation: the whole text is judged once, at the outermost '+'.
                    return;
                }

                head = InterpolatedHead((IInterpolatedStringOperation)text);
            }

            bool isUpdate = head != null && StartsWithUpdate(head);
            if (head == null || !(isUpdate || StartsWithInsert(head) || SqlParameterNames.StartsWithWriteProcedureCall(head)) || TestProjects.IsInTestProjectFolder(text.Syntax.SyntaxTree))
            {
                return;
            }

            // The first card value in the text's order: a text over several lines is reported on the line of that value,
            // where the card data enters the command (issue 18, sets 10 and 16: a values list two or three lines below the
            // INSERT or EXEC), a text on one line at the text.
            IOperation? first = null;
            CardDataKind firstKind = CardDataKind.None;
            string firstName = string.Empty;
            var pending = new Stack<IOperation>();
            pending.Push(text);
            while (pending.Count > 0)
            {
                IOperation current = pending.Pop();
                if (current is IInvocationOperation quoting && SqlParameterNames.IsSqlQuotingHelper(quoting.TargetMethod)
                    && !CardDataSanitizers.IsSanitizer(quoting, _options))
                {
                    // "exec sp_UpdateVault @CardNumber = " + Tools.DBString(card.Number): the quoted value is the value.
                    foreach (IArgumentOperation argument in quoting.Arguments)
                    {
                        pending.Push(argument.Value);
                    }

                    continue;
                }

                if (current is IInvocationOperation or IAnonymousFunctionOperation)
                {
                    continue;
                }

                if (current.Syntax is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" } shown && current.SemanticModel is { } model
                    && FormControls.ControlOfText(model, shown, context.CancellationToken) is { } control)
                {
                    // "... values('" + this.txtCardNum.Text + "','" + txtCVC.Text + "')": what was typed into a control named
                    // for card data (issue 18, set 23). A masked or last-four control is not.
                    CardDataNameOptions names = _options.GetCardDataNames(current.Syntax.SyntaxTree);
                    if ((first == null || current.Syntax.SpanStart < first.Syntax.SpanStart) && !CardDataNames.HasSafeForm(control, names)
                        && CardDataNames.Classify(control, null, null, names) is var controlKind && controlKind != CardDataKind.None)
                    {
                        first = current;
                        firstKind = controlKind;
                        firstName = control;
                    }

                    continue;
                }

                if (current is IPropertyReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation)
                {
                    if ((first == null || current.Syntax.SpanStart < first.Syntax.SpanStart)
                        && CardDataValues.Classify(current, _options, out string name) is var kind && kind != CardDataKind.None
                        && !IsSanitizedMember(SanitizedMembers.ReferencedMember(current), context.CancellationToken))
                    {
                        first = current;
                        firstKind = kind;
                        firstName = name;
                    }

                    continue;
                }

                foreach (IOperation child in current.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            if (first != null && isUpdate && !SetsBeforeWhere(text, first))
            {
                // UPDATE Cards SET Label = '...' WHERE CardNumber = '" + card.Number + "'": the card number keys the row, nothing
                // card-related is written.
                return;
            }

            if (first != null)
            {
                Location location = text.Syntax.GetLocation();
                if (location.GetLineSpan().StartLinePosition.Line != first.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line)
                {
                    location = first.Syntax.GetLocation();
                }

                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, location, context.ContainingSymbol, firstName, firstKind.Describe(), isUpdate ? "a SQL write (UPDATE text)" : StartsWithInsert(head) ? "a SQL write (INSERT text)" : "a SQL write (stored procedure text)"));
            }
        }

        private static string? InterpolatedHead(IInterpolatedStringOperation interpolated)
            => interpolated.Parts.Length > 1 && interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string part } } ? part : null;

        private static bool StartsWithUpdate(string text)
        {
            int start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return text.Length - start > 7 && string.Compare(text, start, "UPDATE", 0, 6, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(text[start + 6]);
        }

        // Whether the constant text before the card value (in source order) has the UPDATE's SET and no WHERE yet: the value
        // is written into a column, not the key of the row (issue 18, set 23: "Update Users SET ..., CardNumber='" + ...).
        private static bool SetsBeforeWhere(IOperation text, IOperation value)
        {
            var parts = new List<(int Start, string Text)>();
            var pending = new Stack<IOperation>();
            pending.Push(text);
            while (pending.Count > 0)
            {
                IOperation current = pending.Pop();
                if (current.Syntax.SpanStart >= value.Syntax.SpanStart)
                {
                    continue;
                }

                if (current.ConstantValue is { HasValue: true, Value: string part })
                {
                    parts.Add((current.Syntax.SpanStart, part));
                    continue;
                }

                foreach (IOperation child in current.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            parts.Sort((a, b) => a.Start.CompareTo(b.Start));
            var before = new System.Text.StringBuilder();
            foreach ((int _, string part) in parts)
            {
                before.Append(part).Append(' ');
            }

            List<string> words = IdentifierWords.Split(before.ToString());
            return words.Contains("set") && !words.Contains("where");
        }

        private static bool StartsWithInsert(string text)
        {
            int start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return text.Length - start > 7 && string.Compare(text, start, "INSERT", 0, 6, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(text[start + 6]);
        }

        // new Claim(type, pan): claims travel in cookies and tokens.
        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.Length < 2 || !_sinks.IsClaimCreation(creation))
            {
                return;
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "value")
                {
                    ReportValue(context.ReportDiagnostic, context.ContainingSymbol, argument.Value, "a claim (Claim)");
                }
            }
        }

        // Reported where the card data enters the chain (the argument of Remember(form.CardNumber)), with the path.
        public void OnFlow(OperationBlockAnalysisContext context, FlowEvent flow)
        {
            if (TestProjects.IsInTestProjectFolder(flow.Value.Syntax.SyntaxTree))
            {
                return;
            }

            bool direct = false;
            if (flow.AtSink && HasDirectCheck(flow.Sink, context.OwningSymbol))
            {
                ITypeSymbol? declared = flow.Sink.StartsWith("the response of ", StringComparison.Ordinal) ? (context.OwningSymbol as IMethodSymbol)?.ReturnType : null;
                ReportValue(_ => direct = true, context.OwningSymbol, flow.Value, flow.Sink, declared: declared);
            }

            if (direct)
            {
                // The direct check reports this value at the sink itself.
                return;
            }

            string sink = flow.Taint.Path.Length == 0 ? flow.Sink : flow.Sink + " through " + flow.Taint.Path;
            IOperation reported = flow.ReportedOperation;
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, reported.Syntax.GetLocation(), context.OwningSymbol, IsMaskable(flow.Taint.Kind, reported) ? Maskable : null, flow.Taint.Origin, flow.Taint.Kind.Describe(), sink));
        }

        // Whether FG1004's direct check judges values at this sink. View(model) is none (a form model's shape is no
        // finding); a controller action's return is (AnalyzeActionReturn), other returns only the flow reports.
        private bool HasDirectCheck(string sink, ISymbol owner)
        {
            if (sink is "the response (View)" or "the response (PartialView)")
            {
                return false;
            }

            return !sink.StartsWith("the response of ", StringComparison.Ordinal)
                   || (owner is IMethodSymbol method && _sinks.IsControllerAction(method));
        }

        // parameter.Value = pan (ADO.NET DbParameter/IDataParameter); ViewData["CardNumber"] = user.CardNumber,
        // ViewBag.Cvc = card.Cvc, TempData["Pan"] = pan: rendered into the page, i.e. returned to the client (issue 18, set 7).
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (_sinks.IsSqlParameterValue(assignment))
            {
                if (!ReportValueTo(context, context.ContainingSymbol, assignment.Value, "a SQL parameter") && assignment.Syntax is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax add } invocation } }
                    && add.Name.Identifier.ValueText == "Add" && invocation.ArgumentList.Arguments.Count >= 2 && assignment.SemanticModel is { } model)
                {
                    // cmd.Parameters.Add("@card_no", SqlDbType.VarChar).Value = TextBox2.Text: the parameter's name says what is written.
                    ReportByParameterName(context.ReportDiagnostic, model, context.ContainingSymbol, add.Expression, invocation.ArgumentList.Arguments[0].Expression, ((AssignmentExpressionSyntax)assignment.Syntax).Right, context.CancellationToken);
                }
            }
            else if (_sinks.GetViewStateSink(assignment) is { } view)
            {
                // Only a value named as card data: an object put there for the page (ViewBag.Companies, a list of vaults)
                // carries card members in its shape without holding them, as a form model passed to View(model) does.
                bool reported = ReportValueTo(context, context.ContainingSymbol, assignment.Value, view, namedOnly: true);

                // ViewBag.Cards = _db.Cards.ToList(): stored cards handed to the page, judged as View(model) is.
                if (!reported && !TestProjects.IsInTestProjectFolder(assignment.Syntax.SyntaxTree)
                    && _responses.FindStored(assignment.Value, context.CancellationToken) is { Member: not null } stored
                    && !IsSanitizedMember(stored.Member, default))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, assignment.Value.Syntax.GetLocation(), context.ContainingSymbol, stored.DisplayName, stored.Kind.Describe(), view));
                }
            }
            else if (FormControls.ShownControl(assignment, context.CancellationToken) is { } control)
            {
                AnalyzeShownInControl(context, assignment, control);
            }
        }

        // txtCardNumber.Text = guest.BankCard?.CardNumber ?? "", txtCVV.Text = dr[14].ToString() (issue 18, set 23): a stored
        // card number or security code put back into a page or form, readable by whoever sees the screen (PCI DSS 3.4.1: a
        // PAN is masked when displayed; 3.3.1: a security code is not kept to be shown). The value is card data by its
        // name, or a column read straight from a data reader into a control named for card data (the column's value is
        // what the table holds, and the control says which column it is). A masked or last-four control or value, a
        // literal and any call (a masking helper, a card swipe) stay silent.
        private void AnalyzeShownInControl(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, string control)
        {
            if (TestProjects.IsInTestProjectFolder(assignment.Syntax.SyntaxTree) || CardDataNames.HasSafeForm(control, _options.GetCardDataNames(assignment.Syntax.SyntaxTree)))
            {
                return;
            }

            string sink = "the form control '" + control + "'";
            IOperation value = CardDataValues.WithoutFallback(assignment.Value);
            CardDataKind kind = CardDataValues.Classify(CardDataValues.Unwrap(value), _options, out string name);
            if (kind != CardDataKind.None)
            {
                if (!IsSanitizedMember(SanitizedMembers.ReferencedMember(CardDataValues.Unwrap(value)), default) && !SanitizedMembers.IsTruncatedLocal(CardDataValues.Unwrap(value)))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, value.Syntax.GetLocation(), context.ContainingSymbol, name, kind.Describe(), sink));
                }

                return;
            }

            if (_sinks.IsDataReaderRead(value) || CardDataSinks.IsUnboundReaderRead(value))
            {
                kind = CardDataNames.Classify(control, null, null, _options.GetCardDataNames(assignment.Syntax.SyntaxTree));
                if (kind != CardDataKind.None)
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, value.Syntax.GetLocation(), context.ContainingSymbol, control, kind.Describe(), sink));
                }
            }
        }

        // reportAt: one diagnostic there instead of one per card member (a SQL write is labelled at its call).
        // declared: an action's return type, for a returned value that does not bind (an entity loaded before restore).
        // ReportValue through the callback's context, telling whether it reported. The closure that records it is made
        // here, where a value has reached a sink: a lambda over a callback's context parameter is allocated on entry to
        // the callback, i.e. for every invocation, assignment and return of the compilation.
        private bool ReportValueTo(OperationAnalysisContext context, ISymbol? symbol, IOperation value, string sink, bool namedOnly = false, Location? reportAt = null, ITypeSymbol? declared = null)
        {
            bool reported = false;
            ReportValue(d => { reported = true; context.ReportDiagnostic(d); }, symbol, value, sink, namedOnly, reportAt, declared);
            return reported;
        }

        private bool ReportValueTo(SyntaxNodeAnalysisContext context, ISymbol? symbol, IOperation value, string sink)
        {
            bool reported = false;
            ReportValue(d => { reported = true; context.ReportDiagnostic(d); }, symbol, value, sink);
            return reported;
        }

        private void ReportValue(Action<Diagnostic> report, ISymbol? symbol, IOperation value, string sink, bool namedOnly = false, Location? reportAt = null, ITypeSymbol? declared = null)
        {
            if (TestProjects.IsInTestProjectFolder(value.Syntax.SyntaxTree))
            {
                // Test code in a folder of the compilation (Shop.Tests/, OrderTests.cs): fixtures, not stored or sent data.
                return;
            }

            // CyberSource.Model.*Request.ToJson() in a processor SDK vendored as source: the SDK's own serialization of its
            // request types, not the application storing or returning card data.
            if (ProcessorSdks.IsVendoredSdkType(symbol?.ContainingType))
            {
                return;
            }

            bool isActionReturn = sink.StartsWith("the response of ", StringComparison.Ordinal);
            if (sink.StartsWith("a SQL", StringComparison.Ordinal))
            {
                // AddWithValue("@SecurityCode", IsNullOrWhiteSpace(card.SecurityCode) ? string.Empty : card.SecurityCode): the
                // card value or nothing is written (issue 18, set 23).
                value = CardDataValues.WithoutFallback(value);
            }

            value = CardDataValues.Unwrap(value);
            CardDataKind kind = CardDataValues.Classify(value, _options, out string name);
            if (kind == CardDataKind.Pan && IsAmountByCard(value.Type, name))
            {
                return;
            }

            if (kind != CardDataKind.None && (IsSanitizedMember(SanitizedMembers.ReferencedMember(value), default) || SanitizedMembers.IsTruncatedLocal(value)))
            {
                return;
            }

            if (kind != CardDataKind.None)
            {
                report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, reportAt ?? value.Syntax.GetLocation(), symbol, reportAt == null && IsMaskable(kind, value) ? Maskable : null, name, kind.Describe(), sink));
                return;
            }

            if (namedOnly)
            {
                return;
            }

            // new { CardNumber = pan, Amount = 10 }: the anonymous member's name or its value.
            if (value is IAnonymousObjectCreationOperation anonymous)
            {
                foreach (IOperation initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment)
                    {
                        CardDataKind memberKind = _shapes.Classify(member.Property, member.Property.Type);
                        IOperation assigned = CardDataValues.Unwrap(assignment.Value);
                        if (memberKind == CardDataKind.None || assigned is IInvocationOperation || assigned.ConstantValue.HasValue)
                        {
                            memberKind = CardDataValues.Classify(assigned, _options, out _);
                        }

                        if (memberKind != CardDataKind.None)
                        {
                            report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, reportAt ?? assignment.Syntax.GetLocation(), symbol, reportAt == null && IsMaskable(memberKind, assigned) ? Maskable : null, member.Property.Name, memberKind.Describe(), sink));
                            if (reportAt != null)
                            {
                                return;
                            }
                        }
                    }
                }

                return;
            }

            if (sink.StartsWith("the response", StringComparison.Ordinal) || sink.StartsWith(CardDataSinks.SessionSinkPrefix, StringComparison.Ordinal))
            {
                // What the value carries by where it comes from (a query, a fresh object, the echoed body...). A call
                // that returns an object carrying card data (Ok(_cards.GetCardById(id)) returning a CardDto with the
                // number and CVV) is judged by that type, as the same object in a local is; a mapping to a safe DTO
                // returns a type without card members, a masking call is a sanitizer.
                if (value.ConstantValue.HasValue || value is IInvocationOperation { Type.SpecialType: not SpecialType.None })
                {
                    return;
                }

                CardMember carried = _responses.Find(value, declared, isActionReturn, default);
                if (carried.Member != null && !IsSanitizedMember(carried.Member, default))
                {
                    report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, reportAt ?? value.Syntax.GetLocation(), symbol, carried.DisplayName, carried.Kind.Describe(), sink));
                }

                return;
            }

            if (value.ConstantValue.HasValue || value is IInvocationOperation)
            {
                // A literal, or a call result (masking, tokenizing: the flow follows what it returns). A request built
                // by a call and serialized for a processor (JsonConvert.SerializeObject(BuildPaymentRequest())) is left
                // to FG1005.
                return;
            }

            CardMember found = _shapes.Find(value.Type);
            if (found.Member != null && !IsSanitizedMember(found.Member, default))
            {
                report(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, reportAt ?? value.Syntax.GetLocation(), symbol, found.DisplayName, found.Kind.Describe(), sink));
            }
        }

        // decimal RefundCreditCard, double CreditCardSales: a cashier report's total tendered by card, an amount. A double or
        // float cannot hold a 16-digit number exactly; a decimal is taken for a card number only when its name says number
        // (CardNo, CreditCardNumber, Pan), not when it names the card alone (issue 18, set 24).
        private static bool IsAmountByCard(ITypeSymbol? type, string name)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type?.SpecialType)
            {
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    return true;
                case SpecialType.System_Decimal:
                    foreach (string word in IdentifierWords.Split(name))
                    {
                        if (AmountNumberWords.Contains(word) || word.EndsWith("cardno", StringComparison.Ordinal) || word.EndsWith("cardnumber", StringComparison.Ordinal) || word.EndsWith("cardnum", StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static readonly HashSet<string> AmountNumberWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "no", "num", "number", "numbers", "nbr", "nr", "numero", "nummer", "numara", "numarasi", "pan", "digits", "acct", "account",
        };

        // Only a string PAN can be masked in place; a security code or PIN may not be kept in any form (PCI DSS 3.3.1).
        private static bool IsMaskable(CardDataKind kind, IOperation value)
            => kind == CardDataKind.Pan && value.Type?.SpecialType == SpecialType.System_String && CardDataValues.IsRewritableAlone(value);

        // modelBuilder.Entity<Order>().Property(o => o.CardNumber).HasConversion(...) / .Ignore(o => o.CardNumber):
        // the column is encrypted or not mapped. Read from the context's own syntax, by property name.
        private static HashSet<string> ConvertedOrIgnoredProperties(INamedTypeSymbol context, System.Threading.CancellationToken cancellationToken)
        {
            // Only where the context's text says Ignore or HasConversion: the token there and the invocation above it.
            // Walking every node of every DbContext (their queries and methods too) was a fifth of this rule's time on
            // payment-dense code, where nearly every file declares a context (issue #26).
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (SyntaxReference reference in context.DeclaringSyntaxReferences)
            {
                SyntaxNode declaration = reference.GetSyntax(cancellationToken);
                foreach (string word in ModelCalls)
                {
                    foreach (SyntaxToken token in TreeText.TokensNamed(declaration, word, cancellationToken))
                    {
                        if (token.Parent is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access } name
                            && access.Name == name)
                        {
                            AddIfConvertedOrIgnored(invocation, access, names);
                        }
                    }
                }
            }

            return names;
        }

        private static readonly string[] ModelCalls = { "Ignore", "HasConversion" };

        private static void AddIfConvertedOrIgnored(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, HashSet<string> names)
        {
            string method = access.Name.Identifier.ValueText;
            if (method == "Ignore" && invocation.ArgumentList.Arguments.Count == 1)
            {
                AddLambdaMember(invocation.ArgumentList.Arguments[0].Expression, names);
            }
            else if (method == "HasConversion" && access.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Property" } } property
                     && property.ArgumentList.Arguments.Count == 1)
            {
                AddLambdaMember(property.ArgumentList.Arguments[0].Expression, names);
            }
        }

        private static void AddLambdaMember(ExpressionSyntax expression, HashSet<string> names)
        {
            if (expression is LambdaExpressionSyntax { Body: MemberAccessExpressionSyntax member })
            {
                names.Add(member.Name.Identifier.ValueText);
            }
            else if (expression is LiteralExpressionSyntax literal && literal.Token.Value is string name)
            {
                names.Add(name);
            }
        }

        /// <summary>The symbol's first location in a tree of <paramref name="compilation"/> (not of a referenced project).</summary>
        private static Location? FirstSourceLocation(ISymbol symbol, Compilation compilation)
        {
            foreach (Location location in symbol.Locations)
            {
                if (location.IsInSource && compilation.ContainsSyntaxTree(location.SourceTree))
                {
                    return location;
                }
            }

            return null;
        }

        private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType == null)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
