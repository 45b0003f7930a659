using System.Collections.Concurrent;
using System.Threading;
using FinGuard.Analyzers.AccessAudit;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor AccountDataExposed = RuleFactory.Create(
        RuleIds.AccountDataExposed,
        title: "Endpoint that anyone can call returns account data",
        messageFormat: "'{0}' returns {1} ('{2}') and {3}: require authentication ([Authorize] or a fallback policy) and return only the caller's own accounts, masked",
        category: RuleFactory.DataProtectionCategory,
        description: "A read endpoint with no authentication requirement that returns stored bank account numbers, IBANs or national or tax ids hands every customer's account data to anyone who calls it. PCI DSS v4.0 requirements 3.5 and 7.2, and most privacy regulations.",
        compilationEnd: true);
}

/// <summary>
/// FG3007: a controller action that reads (GET, or no write verb) and requires no authentication returns a value whose
/// type carries account data (a bank account number, IBAN or national/tax id by FG3001's recogniser), directly, in a
/// collection, in an anonymous object or through <c>Ok(...)</c>/<c>Json(...)</c>. The protection is decided as FG5001
/// decides it (<see cref="AspNetCoreSymbols"/>): any <c>[Authorize]</c> on the action or controller, an authorization
/// filter attribute, or an app-wide requirement in the same compilation (fallback policy, global <c>AuthorizeFilter</c>,
/// <c>MapControllers().RequireAuthorization()</c>, the application's own authentication middleware that answers 401) silences it, except where <c>[AllowAnonymous]</c> overrides it. Reported
/// at compilation end, once the whole compilation has shown whether it sets an app-wide requirement.
/// </summary>
public sealed class AccountDataExposedAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AccountDataExposed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var aspNet = AspNetCoreSymbols.Create(start.Compilation);
            if (!aspNet.HasHttpSurface)
            {
                return;
            }

            var analysis = new Analysis(start.Compilation, aspNet, new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterOperationBlockAction(analysis.OnBlock);
            start.RegisterCompilationEndAction(analysis.Report);
        });
    }

    private sealed record Exposure(Location Location, ISymbol Action, string ActionName, FinancialDataKind Kind, string Member, bool AnonymousOverride);

    private sealed class Analysis
    {
        private readonly AspNetCoreSymbols _aspNet;
        private readonly FinGuardOptions _options;
        private readonly ApplicationAssemblies _application;
        private readonly ConcurrentBag<Exposure> _exposures = new ConcurrentBag<Exposure>();
        private readonly ConcurrentDictionary<ITypeSymbol, (FinancialDataKind Kind, string Member)> _typeCache
            = new ConcurrentDictionary<ITypeSymbol, (FinancialDataKind, string)>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, byte> _callerCheckingControllers
            = new ConcurrentDictionary<INamedTypeSymbol, byte>(SymbolEqualityComparer.Default);

        // The same types judged by their own members only (values read from the database without their navigations).
        private readonly ConcurrentDictionary<ITypeSymbol, (FinancialDataKind Kind, string Member)> _loadedTypeCache
            = new ConcurrentDictionary<ITypeSymbol, (FinancialDataKind, string)>(SymbolEqualityComparer.Default);

        private readonly EfNavigations _navigations;

        private int _appWideAuthentication;

        public Analysis(Compilation compilation, AspNetCoreSymbols aspNet, FinGuardOptions options)
        {
            _aspNet = aspNet;
            _options = options;
            _application = new ApplicationAssemblies(compilation);
            _navigations = new EfNavigations(compilation);
        }

        public void OnBlock(OperationBlockAnalysisContext context)
        {
            if (context.OwningSymbol is IMethodSymbol method && _aspNet.IsControllerAction(method))
            {
                CollectExposures(context, method);
                return;
            }

            if (context.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } controller } && IsControllerType(controller))
            {
                // A controller whose constructor reads the signed-in user or the session unconditionally (so that it fails
                // without one) checks the caller for every action it serves. A guarded read (HttpContext?.User,
                // session ?? default, if (user != null)) tolerates anonymous callers and checks nothing.
                foreach (IOperation block in context.OperationBlocks)
                {
                    if (block.DescendantOperationsAndSelf().Any(operation => ChecksCallerInCode(operation) && !IsGuarded(operation, block)))
                    {
                        _callerCheckingControllers.TryAdd(controller.OriginalDefinition, 0);
                        return;
                    }
                }

                return;
            }

            // Minimal API routes are mapped in the setup code too: only files that call MapGet.
            if (!context.OperationBlocks.IsEmpty && TreeText.Contains(context.OperationBlocks[0].Syntax.SyntaxTree, "MapGet", context.CancellationToken))
            {
                CollectRouteExposures(context);
            }

            // App-wide requirements live in the setup code (Program.cs, Startup): only files that name authorization or
            // register a middleware.
            if (Volatile.Read(ref _appWideAuthentication) != 0 || context.OperationBlocks.IsEmpty)
            {
                return;
            }

            SyntaxTree setup = context.OperationBlocks[0].Syntax.SyntaxTree;
            bool middleware = TreeText.Contains(setup, "UseMiddleware", context.CancellationToken);
            if (!middleware && !TreeText.Contains(setup, "Authoriz", context.CancellationToken))
            {
                return;
            }

            foreach (IOperation block in context.OperationBlocks)
            {
                foreach (IOperation operation in block.DescendantOperationsAndSelf())
                {
                    if ((operation is IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation
                        && AspNetCoreSymbols.AppWideRequirement(operation) != EndpointAuthorization.None)
                        || (middleware && operation is IInvocationOperation registration && RegistersRejectingMiddleware(registration, context.CancellationToken)))
                    {
                        Interlocked.Exchange(ref _appWideAuthentication, 1);
                        return;
                    }
                }
            }
        }

        // AuthenticationMiddleware, BasicAuthMiddleware, ApiKeyMiddleware: a middleware named for checking callers. Others
        // that answer 401 check something else about a caller who may be anonymous (a revoked token's blacklist, a
        // banned user's status, an expired token) and let callers without credentials through.
        // IpWhitelistMiddleware, IpAllowlistMiddleware, IpSafeListMiddleware (issue 18, set 25: a back-end service that
        // answers 403 to every caller but the storefront server's address): only the listed hosts can call at all.
        private static bool NamesAuthentication(string name)
            => name.IndexOf("Auth", StringComparison.Ordinal) >= 0 || name.IndexOf("ApiKey", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("Whitelist", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Allowlist", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("SafeList", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// <c>app.UseMiddleware&lt;ApiKeyMiddleware&gt;()</c> (or <c>UseMiddleware(typeof(...))</c>) of a middleware declared in
        /// the application and named for authentication (<see cref="NamesAuthentication"/>) that turns callers away itself (held-out set 12: a Basic app-key check answering 401 before
        /// every endpoint): <c>StatusCode = 401</c> or <c>403</c>, <c>Unauthorized()</c>, <c>Forbid()</c>, a challenge
        /// (<see cref="AspNetCoreSymbols.Rejects"/>), outside a <c>catch</c> clause. An exception or error handler that maps
        /// an <c>UnauthorizedAccessException</c> to 401 checks no caller.
        /// </summary>
        private static bool RegistersRejectingMiddleware(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            if (invocation.TargetMethod.Name != "UseMiddleware")
            {
                return false;
            }

            ITypeSymbol? middleware = invocation.TargetMethod.TypeArguments.Length == 1 ? invocation.TargetMethod.TypeArguments[0] : null;
            if (middleware == null)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Value is ITypeOfOperation typeOf)
                    {
                        middleware = typeOf.TypeOperand;
                        break;
                    }
                }
            }

            if (middleware is not INamedTypeSymbol type || type.DeclaringSyntaxReferences.IsEmpty || !NamesAuthentication(type.Name)
                || type.Name.IndexOf("Exception", StringComparison.Ordinal) >= 0 || type.Name.IndexOf("Error", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes(static n => n is not CatchClauseSyntax))
                {
                    if (AspNetCoreSymbols.Rejects(node))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public void Report(CompilationAnalysisContext context)
        {
            bool appWide = Volatile.Read(ref _appWideAuthentication) != 0;
            var exposures = new List<Exposure>(_exposures);
            exposures.Sort(static (a, b) =>
            {
                int c = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
                return c != 0 ? c : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
            });

            foreach (Exposure exposure in exposures)
            {
                if ((appWide && !exposure.AnonymousOverride) || ChecksCallerInConstructor(exposure.Action.ContainingType))
                {
                    continue;
                }

                string reason = exposure.AnonymousOverride
                    ? "[AllowAnonymous] lets anyone call it"
                    : "neither the action, its controller nor the application requires authentication";
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataExposed, exposure.Location, exposure.Action,
                    exposure.ActionName, FinancialDataNames.Describe(exposure.Kind), exposure.Member, reason));
            }
        }

        private static bool IsGuarded(IOperation read, IOperation root)
        {
            for (IOperation? current = read; current != null && !ReferenceEquals(current, root); current = current.Parent)
            {
                switch (current)
                {
                    case IConditionalAccessOperation or IConditionalAccessInstanceOperation or ICoalesceOperation or ICoalesceAssignmentOperation
                        or IIsPatternOperation or IConditionalOperation:
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }:
                        return true;
                }
            }

            return false;
        }

        private bool ChecksCallerInConstructor(INamedTypeSymbol? controller)
        {
            for (INamedTypeSymbol? current = controller; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                if (_callerCheckingControllers.ContainsKey(current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private void CollectExposures(OperationBlockAnalysisContext context, IMethodSymbol method)
        {
            // Write endpoints (POST, PUT, PATCH, DELETE) return what the caller sent or just created; test code is no endpoint.
            if (!IsReadEndpoint(method) || TestProjects.IsTestFile(method.Locations[0].SourceTree))
            {
                return;
            }

            EndpointAuthorization authorization = _aspNet.FromAttributes(method, method.ContainingType);
            if (authorization is not (EndpointAuthorization.None or EndpointAuthorization.AnonymousOverride))
            {
                return;
            }

            foreach (IOperation block in context.OperationBlocks)
            {
                foreach (IOperation operation in block.DescendantOperationsAndSelf())
                {
                    if (ChecksCallerInCode(operation))
                    {
                        return;
                    }
                }
            }

            var found = new List<Exposure>();
            foreach (IOperation block in context.OperationBlocks)
            {
                foreach (IOperation operation in block.DescendantOperationsAndSelf())
                {
                    if (operation is not IReturnOperation { ReturnedValue: { } returned } || !BelongsToMethod(operation))
                    {
                        continue;
                    }

                    DataProtectionNameOptions names = _options.GetDataProtectionNames(operation.Syntax.SyntaxTree);
                    var (kind, member) = Carried(returned, block, names, 0);
                    if (kind == FinancialDataKind.None && returned.Type is null or { TypeKind: TypeKind.Error } or { SpecialType: SpecialType.System_Object })
                    {
                        // The value's type is unknown before restore (EF queries, mappers): the declared return type says it.
                        (kind, member) = TypeCarries(method.ReturnType, names, 0);
                    }

                    if (kind != FinancialDataKind.None)
                    {
                        found.Add(new Exposure(operation.Syntax.GetLocation(), method, method.ContainingType.Name + "." + method.Name, kind, member,
                            authorization == EndpointAuthorization.AnonymousOverride));
                    }
                }
            }

            foreach (Exposure exposure in found)
            {
                _exposures.Add(exposure);
            }
        }

        /// <summary>
        /// Minimal API read routes (<c>app.MapGet("/accounts/{id}", (int id, IAccountStore store) =&gt; store.Find(id))</c>)
        /// whose fluent chain and route group require no authentication (<see cref="AspNetCoreSymbols.FromRouteChain"/>),
        /// judged like a controller action: each return of the handler lambda. A handler that takes the
        /// <c>ClaimsPrincipal</c> or reads the user or session checks the caller. Method-group handlers are not followed.
        /// </summary>
        private void CollectRouteExposures(OperationBlockAnalysisContext context)
        {
            if (TestProjects.IsTestFile(context.OperationBlocks[0].Syntax.SyntaxTree))
            {
                return;
            }

            foreach (IOperation block in context.OperationBlocks)
            {
                foreach (IOperation operation in block.DescendantOperationsAndSelf())
                {
                    if (operation is not IInvocationOperation { TargetMethod.Name: "MapGet" } map || !_aspNet.IsMinimalApiMap(map.TargetMethod))
                    {
                        continue;
                    }

                    EndpointAuthorization authorization = AspNetCoreSymbols.FromRouteChain(map, block);
                    if (authorization is not (EndpointAuthorization.None or EndpointAuthorization.AnonymousOverride) || Handler(map) is not { } handler
                        || handler.Symbol.Parameters.Any(static p => p.Type.Name == "ClaimsPrincipal")
                        || handler.Body.DescendantOperationsAndSelf().Any(ChecksCallerInCode))
                    {
                        continue;
                    }

                    string route = map.Arguments.Select(a => WrappedValues.Strip(a.Value).ConstantValue).FirstOrDefault(c => c.HasValue && c.Value is string).Value as string ?? string.Empty;
                    foreach (IOperation inner in handler.Body.DescendantOperationsAndSelf())
                    {
                        if (inner is not IReturnOperation { ReturnedValue: { } returned } || !ReturnsFrom(inner, handler))
                        {
                            continue;
                        }

                        DataProtectionNameOptions names = _options.GetDataProtectionNames(inner.Syntax.SyntaxTree);
                        var (kind, member) = Carried(returned, handler.Body, names, 0);
                        if (kind != FinancialDataKind.None)
                        {
                            _exposures.Add(new Exposure(inner.Syntax.GetLocation(), handler.Symbol, "MapGet(\"" + route + "\")", kind, member,
                                authorization == EndpointAuthorization.AnonymousOverride));
                        }
                    }
                }
            }
        }

        private static IAnonymousFunctionOperation? Handler(IInvocationOperation map)
        {
            foreach (IArgumentOperation argument in map.Arguments)
            {
                switch (WrappedValues.Strip(argument.Value))
                {
                    case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                        return lambda;
                    case IAnonymousFunctionOperation lambda:
                        return lambda;
                }
            }

            return null;
        }

        // A return of this handler, not of a lambda or local function nested inside it.
        private static bool ReturnsFrom(IOperation operation, IAnonymousFunctionOperation handler)
        {
            for (IOperation? current = operation.Parent; current != null; current = current.Parent)
            {
                if (ReferenceEquals(current, handler))
                {
                    return true;
                }

                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }

        // A return of the action itself, not of a lambda or local function inside it.
        private static bool BelongsToMethod(IOperation operation)
        {
            for (IOperation? current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }

        // GET or no verb, and no request body ([FromBody]: a command); not a sign-in, where the credentials in the
        // request authenticate the caller and the answer is their own.
        private static bool IsReadEndpoint(IMethodSymbol method)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is "HttpPostAttribute" or "HttpPutAttribute" or "HttpPatchAttribute" or "HttpDeleteAttribute" or "AcceptVerbsAttribute")
                {
                    return false;
                }
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                foreach (AttributeData attribute in parameter.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "FromBodyAttribute")
                    {
                        return false;
                    }
                }
            }

            List<string> words = IdentifierWords.Split(method.Name);
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i] is "login" or "logon" or "signin" or "authenticate" or "token" || (words[i] is "sign" or "log" && i + 1 < words.Count && words[i + 1] is "in" or "on"))
                {
                    return false;
                }
            }

            return true;
        }

        // The action checks who is calling in its own code: User (User.Identity.IsAuthenticated, User.Claims, a
        // GetUserId() over them) or the session (HttpContext.Session.GetString("UserId")). What it returns is then the
        // caller's own data in an authenticated context, as with a bare [Authorize].
        private static bool ChecksCallerInCode(IOperation operation)
            => operation is IPropertyReferenceOperation { Property: { Name: "User" or "Session" or "IsAuthenticated" } property }
               && (property.Type.Name is "ClaimsPrincipal" or "ISession" or "HttpSessionStateBase" || property.Name == "IsAuthenticated");

        /// <summary>The account data a returned value carries: through result helpers, anonymous objects, locals and mapper calls to its type.</summary>
        private (FinancialDataKind Kind, string Member) Carried(IOperation value, IOperation root, DataProtectionNameOptions names, int depth)
        {
            value = WrappedValues.Strip(value, throughAwait: true);
            if (depth > MaxDepth || value.ConstantValue.HasValue)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            switch (value)
            {
                // return View(new List<EmployeeDto>()), Ok(Array.Empty<AccountDto>()): an empty collection made here holds nothing.
                case IObjectCreationOperation { Arguments.Length: 0, Initializer: null or { Initializers.Length: 0 } } empty when empty.Type != null && IsCollection(empty.Type):
                    return (FinancialDataKind.None, string.Empty);
                case IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.Name: "Array" or "Enumerable" } }:
                    return (FinancialDataKind.None, string.Empty);
                // return result.ToErrorResponseOrNull(this) ?? Ok(dto), return ok ? Ok(dto) : NotFound(): either side may be sent
                // (held-out set 16).
                case ICoalesceOperation coalesce:
                    var whenValue = Carried(coalesce.Value, root, names, depth + 1);
                    return whenValue.Kind != FinancialDataKind.None ? whenValue : Carried(coalesce.WhenNull, root, names, depth + 1);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    var whenTrue = Carried(conditional.WhenTrue, root, names, depth + 1);
                    return whenTrue.Kind != FinancialDataKind.None ? whenTrue : Carried(whenFalse, root, names, depth + 1);
                case IInvocationOperation invocation when IsResultHelper(invocation.TargetMethod):
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        // Before restore View(await _context.Accounts.ToListAsync()) binds to View(string viewName): a value
                        // of unknown type is no view name, it is the model.
                        if ((argument.Parameter?.Name is "value" or "model" or "data" || IsUnknown(argument.Value)) && argument.ArgumentKind != ArgumentKind.DefaultValue)
                        {
                            var model = Carried(argument.Value, root, names, depth + 1);
                            if (model.Kind != FinancialDataKind.None || invocation.TargetMethod.Name is not ("View" or "PartialView"))
                            {
                                return model;
                            }
                        }
                    }

                    // return View(): the page renders what the action put in ViewBag or ViewData as well as its model.
                    return invocation.TargetMethod.Name is "View" or "PartialView" ? ViewBagCarries(root, names, depth) : (FinancialDataKind.None, string.Empty);
                case IInvocationOperation own when OwnResultHelperModel(own) is { } ownModel:
                    // return Content(model) of the application's own base controller, whose body is Ok(JsonConvert.SerializeObject(obj)).
                    return Carried(ownModel, root, names, depth + 1);
                case IInvalidOperation invalid when IsUnboundResultHelper(invalid):
                    // With the .NET 10 reference pack and no EF Core, _context.Accounts.ToListAsync() is a failed call to
                    // System.Linq.AsyncEnumerable.ToListAsync, so View(await ...) does not bind either: its arguments are
                    // the invalid operation's children (after the receiver), judged like a bound helper's model.
                    foreach (IOperation child in invalid.ChildOperations)
                    {
                        if (child is not IInstanceReferenceOperation)
                        {
                            var model = Carried(child, root, names, depth + 1);
                            if (model.Kind != FinancialDataKind.None)
                            {
                                return model;
                            }
                        }
                    }

                    return (FinancialDataKind.None, string.Empty);
                case IObjectCreationOperation { Constructor.ContainingType.Name: "OkObjectResult" or "JsonResult" or "ObjectResult" } creation when creation.Arguments.Length > 0:
                    return Carried(creation.Arguments[0].Value, root, names, depth + 1);
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (IOperation initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                        {
                            if (UnencryptedFinancialFieldAnalyzer.IsProtectedValue(assignment.Value))
                            {
                                // new { Iban = _protector.Protect(x.Iban) }, new { Iban = EncryptIban(x.Iban) }: ciphertext
                                // under the data's name (held-out set 17).
                                continue;
                            }

                            var found = MemberCarries(property.Property.Name, property.Property.Type, null, names);
                            if (found.Kind == FinancialDataKind.None)
                            {
                                // new { status = true, message = account }: the wrapper's names say nothing about the value.
                                found = Carried(assignment.Value, root, names, depth + 1);
                            }

                            if (found.Kind != FinancialDataKind.None)
                            {
                                return found;
                            }
                        }
                    }

                    return (FinancialDataKind.None, string.Empty);
                case IPropertyReferenceOperation or IFieldReferenceOperation:
                    ISymbol member = value is IPropertyReferenceOperation p ? p.Property : ((IFieldReferenceOperation)value).Field;
                    var scalar = MemberCarries(member.Name, value.Type, member.ContainingType?.Name, names);
                    return scalar.Kind != FinancialDataKind.None ? scalar : TypeCarries(value.Type, names, 0);
                case ILocalReferenceOperation local when local.Type is null or { TypeKind: TypeKind.Error }:
                    IOperation? declared = LocalInitializer(local.Local, root);
                    return declared == null ? (FinancialDataKind.None, string.Empty) : Carried(declared, root, names, depth + 1);
                case IObjectCreationOperation { Arguments.Length: 0 } fresh when !IsCollection(fresh.Type):
                    // return View(new TransferForm()): an empty form carries only what its initializer puts in it.
                    return FreshObjectCarries(fresh, root, names, depth);
                case ILocalReferenceOperation local when LocalInitializer(local.Local, root) is IObjectCreationOperation { Arguments.Length: 0 } fresh
                                                         && !IsCollection(fresh.Type) && !EscapesBeforeReturn(local.Local, root):
                    // var model = new TransferForm(); model.Amount = 0; return View(model): only its assigned members count.
                    var fromInitializer = FreshObjectCarries(fresh, root, names, depth);
                    return fromInitializer.Kind != FinancialDataKind.None ? fromInitializer : AssignedMembersCarry(local.Local, root, names, depth);
            }

            if (value.Type is null or { TypeKind: TypeKind.Error } || value is IInvalidOperation)
            {
                // mapper.Map<AccountDto>(entity), entity.Adapt<AccountDto>(): the mapper is unresolved, the target type is not.
                // A call that fails to bind may still carry a type (ValueTask<List<TSource>> of a failed ToListAsync).
                var mapped = MappedType(value, names);
                return mapped.Kind != FinancialDataKind.None ? mapped : QueriedType(value, names);
            }

            if (AnonymousElementType(value.Type) is { } anonymousType && AnonymousCreations(anonymousType, root) is { Count: > 0 } creations)
            {
                // var rows = list.Select(x => new { Iban = _protector.Protect(x.Iban) }); return Ok(rows): what the
                // anonymous type carries is what its creations here put in it, not its members' names alone.
                foreach (IAnonymousObjectCreationOperation creation in creations)
                {
                    var found = Carried(creation, root, names, depth + 1);
                    if (found.Kind != FinancialDataKind.None)
                    {
                        return found;
                    }
                }

                return (FinancialDataKind.None, string.Empty);
            }

            return TypeCarries(value.Type, names, 0, LoadsOwnMembersOnly(value, root));
        }

        // An anonymous type, or the element of a sequence or array of one (IEnumerable<'a>, List<'a>, 'a[]).
        private static INamedTypeSymbol? AnonymousElementType(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol array)
            {
                type = array.ElementType;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
            {
                type = generic.TypeArguments[0];
            }

            return type is INamedTypeSymbol { IsAnonymousType: true } anonymous ? anonymous : null;
        }

        private static List<IAnonymousObjectCreationOperation>? AnonymousCreations(INamedTypeSymbol anonymous, IOperation root)
        {
            List<IAnonymousObjectCreationOperation>? creations = null;
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is IAnonymousObjectCreationOperation creation && SymbolEqualityComparer.Default.Equals(creation.Type, anonymous))
                {
                    (creations ??= new List<IAnonymousObjectCreationOperation>()).Add(creation);
                }
            }

            return creations;
        }

        /// <summary>
        /// Whether a value is read from the database, or returned by a call whose body is not followed (a service or
        /// repository), without its navigations (issue 18, held-out set 16: a lawyer list whose customer, and its IBAN, no
        /// query loads): a call, directly or through a local, with no <c>Include</c> in its chain or in the body of the
        /// service or repository method it runs (held-out set 12: a contact service that includes the customer), and lazy
        /// loading off.
        /// The rule FG1004 applies to the same responses (<see cref="EfNavigations"/>).
        /// </summary>
        private bool LoadsOwnMembersOnly(IOperation value, IOperation root)
        {
            if (value is ILocalReferenceOperation local && LocalInitializer(local.Local, root) is { } initializer)
            {
                value = WrappedValues.Strip(initializer, throughAwait: true);
            }

            return value is IInvocationOperation call && !IsResultHelper(call.TargetMethod)
                && !EfNavigations.IncludesNavigations(call.Syntax as ExpressionSyntax)
                && !_navigations.CalleeIncludesNavigations(call.TargetMethod, CancellationToken.None)
                && !_navigations.LazyLoading(CancellationToken.None);
        }

        private (FinancialDataKind Kind, string Member) FreshObjectCarries(IObjectCreationOperation creation, IOperation root, DataProtectionNameOptions names, int depth)
        {
            if (creation.Initializer == null)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                {
                    // new Vm { Account = { Iban = x } }, collection initializers: judged by the type.
                    return TypeCarries(creation.Type, names, 0);
                }

                var found = AssignedMemberCarries(target, assignment.Value, root, names, depth);
                if (found.Kind != FinancialDataKind.None)
                {
                    return found;
                }
            }

            return (FinancialDataKind.None, string.Empty);
        }

        private (FinancialDataKind Kind, string Member) AssignedMembersCarry(ILocalSymbol local, IOperation root, DataProtectionNameOptions names, int depth)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment
                    && SymbolEqualityComparer.Default.Equals(owner.Local, local))
                {
                    var found = AssignedMemberCarries(target, assignment.Value, root, names, depth);
                    if (found.Kind != FinancialDataKind.None)
                    {
                        return found;
                    }
                }
            }

            return (FinancialDataKind.None, string.Empty);
        }

        // model.Iban = account.Iban: the member's name says it; model.Account = account: the value's type says it.
        private (FinancialDataKind Kind, string Member) AssignedMemberCarries(IMemberReferenceOperation target, IOperation value, IOperation root, DataProtectionNameOptions names, int depth)
        {
            if (WrappedValues.Strip(value).ConstantValue.HasValue)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            ITypeSymbol? type = target switch
            {
                IPropertyReferenceOperation property => property.Property.Type,
                IFieldReferenceOperation field => field.Field.Type,
                _ => null,
            };
            var scalar = MemberCarries(target.Member.Name, type, target.Member.ContainingType?.Name, names);
            return scalar.Kind != FinancialDataKind.None ? scalar : Carried(value, root, names, depth + 1);
        }

        // Lists and dictionaries are filled by Add, not by member assignments: their element type decides.
        private static bool IsCollection(ITypeSymbol? type)
            => type == null || type.AllInterfaces.Any(static i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

        // The local is handed to something that may fill it (Populate(model), _mapper.Map(source, model), ref/out),
        // reassigned, or has a method of its own called (model.Load(id)).
        private static bool EscapesBeforeReturn(ILocalSymbol local, IOperation root)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                switch (operation)
                {
                    case IArgumentOperation argument when WrappedValues.Strip(argument.Value) is ILocalReferenceOperation reference
                                                          && SymbolEqualityComparer.Default.Equals(reference.Local, local) && !IsResultHelperArgument(argument):
                    case IInvocationOperation { Instance: ILocalReferenceOperation receiver } when SymbolEqualityComparer.Default.Equals(receiver.Local, local):
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation assigned } when SymbolEqualityComparer.Default.Equals(assigned.Local, local):
                        return true;
                    case IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } member when SymbolEqualityComparer.Default.Equals(owner.Local, local)
                                                                                                         && !(member.Parent is ISimpleAssignmentOperation direct && ReferenceEquals(direct.Target, member)):
                        // vm.Accounts.AddRange(list), vm.Account.Iban = x, vm.Iban ??= x: filled through a member.
                        return true;
                }
            }

            return false;
        }

        private static bool IsResultHelperArgument(IArgumentOperation argument)
            => argument.Parent is IInvocationOperation invocation && (IsResultHelper(invocation.TargetMethod) || OwnResultHelperModel(invocation) != null)
               || argument.Parent is IObjectCreationOperation { Constructor.ContainingType.Name: "OkObjectResult" or "JsonResult" or "ObjectResult" };

        private (FinancialDataKind Kind, string Member) MappedType(IOperation value, DataProtectionNameOptions names)
        {
            if (value.SemanticModel == null || value.Syntax is not InvocationExpressionSyntax { Expression: var callee })
            {
                return (FinancialDataKind.None, string.Empty);
            }

            SimpleNameSyntax? name = callee switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name is not GenericNameSyntax { Identifier.ValueText: "Map" or "Adapt" or "ProjectTo" } generic || generic.TypeArgumentList.Arguments.Count == 0)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            TypeSyntax target = generic.TypeArgumentList.Arguments[generic.TypeArgumentList.Arguments.Count - 1];
            return TypeCarries(value.SemanticModel.GetTypeInfo(target).Type, names, 0);
        }

        /// <summary>
        /// Before restore an EF query does not bind (<c>_context.Accounts.ToListAsync()</c>,
        /// <c>.FirstOrDefaultAsync(...)</c>, <c>.FindAsync(id)</c>, through <c>Where</c>/<c>Include</c>/<c>OrderBy</c>), but
        /// the set it reads does: a context's <c>DbSet&lt;Account&gt;</c> property keeps its type argument. Only calls that
        /// return the set's own rows are followed (not <c>Select</c>, <c>Count</c>, <c>Any</c>, <c>Sum</c>).
        /// </summary>
        private (FinancialDataKind Kind, string Member) QueriedType(IOperation value, DataProtectionNameOptions names)
        {
            if (value.SemanticModel == null)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            ExpressionSyntax current = (ExpressionSyntax)value.Syntax;
            for (int step = 0; step < 6; step++)
            {
                if (current is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } || !ReturnsQueriedRows(access.Name.Identifier.ValueText))
                {
                    break;
                }

                current = access.Expression;
                if (value.SemanticModel.GetTypeInfo(current).Type is INamedTypeSymbol { Arity: 1 } set
                    && set.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } row)
                {
                    return TypeCarries(row, names, 0);
                }
            }

            return (FinancialDataKind.None, string.Empty);
        }

        private static bool ReturnsQueriedRows(string name)
            => name is "ToList" or "ToListAsync" or "ToArray" or "ToArrayAsync" or "AsEnumerable" or "AsAsyncEnumerable" or "AsNoTracking" or "AsQueryable"
                or "Find" or "FindAsync" or "First" or "FirstOrDefault" or "FirstAsync" or "FirstOrDefaultAsync" or "Single" or "SingleOrDefault"
                or "SingleAsync" or "SingleOrDefaultAsync" or "Last" or "LastOrDefault" or "LastAsync" or "LastOrDefaultAsync"
                or "Where" or "Include" or "ThenInclude" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Skip" or "Take" or "Distinct";

        private static bool IsUnknown(IOperation value)
            => WrappedValues.Strip(value, throughAwait: true) is { Type: null or { TypeKind: TypeKind.Error } } and not ILiteralOperation
               || WrappedValues.Strip(value, throughAwait: true) is IInvalidOperation;

        // View(x), Ok(x), Json(x) that failed to bind (its argument did not): a call whose candidates are result helpers.
        private static bool IsUnboundResultHelper(IInvalidOperation invalid)
        {
            if (invalid.SemanticModel == null || invalid.Syntax is not InvocationExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } call)
            {
                return false;
            }

            foreach (ISymbol candidate in invalid.SemanticModel.GetSymbolInfo(call).CandidateSymbols)
            {
                if (candidate is IMethodSymbol method && IsResultHelper(method))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The account data an MVC action hands its view besides the model: <c>ViewBag.Borrowers = borrowers</c>,
        /// <c>ViewData["Accounts"] = accounts</c> (issue 18, session 20, held-out set 15), judged like a returned value.
        /// </summary>
        private (FinancialDataKind Kind, string Member) ViewBagCarries(IOperation root, DataProtectionNameOptions names, int depth)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is ISimpleAssignmentOperation { Target: var target } assignment && BelongsToMethod(operation)
                    && target switch
                    {
                        IDynamicMemberReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "ViewBag" } } => true,
                        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "ViewData" } } => true,
                        _ => false,
                    })
                {
                    var found = Carried(assignment.Value, root, names, depth + 1);
                    if (found.Kind != FinancialDataKind.None)
                    {
                        return found;
                    }
                }
            }

            return (FinancialDataKind.None, string.Empty);
        }

        private static IOperation? LocalInitializer(ILocalSymbol local, IOperation root)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    return declarator.Initializer?.Value;
                }
            }

            return null;
        }

        // ControllerBase.Ok/Created/Accepted/StatusCode(code, value), Controller.Json/View/PartialView, Results/TypedResults.Ok/Json.
        private static bool IsResultHelper(IMethodSymbol method)
            => method.Name is "Ok" or "Json" or "Created" or "CreatedAtAction" or "CreatedAtRoute" or "Accepted" or "AcceptedAtAction" or "View" or "PartialView" or "StatusCode"
               && method.ContainingType is { } type
               && (type.Name is "Results" or "TypedResults" || IsControllerType(type));

        /// <summary>
        /// The model handed to a result helper of the application's own controller base (issue 18, set 25: a
        /// <c>BaseController.Content(object? obj) =&gt; Ok(JsonConvert.SerializeObject(obj))</c> that every action returns
        /// through): a method declared in source on a controller type, not itself an action (<c>protected</c>, or
        /// <c>[NonAction]</c>-like: not public), that returns an action result and takes the value as <c>object</c> or a type
        /// parameter. The argument of that parameter is what the response carries. Null for any other call.
        /// </summary>
        private static IOperation? OwnResultHelperModel(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.IsStatic || method.DeclaredAccessibility == Accessibility.Public || method.DeclaringSyntaxReferences.IsEmpty
                || method.ContainingType is not { } type || !IsControllerType(type)
                || method.ReturnType is not INamedTypeSymbol { } returnType || returnType.Name.IndexOf("Result", StringComparison.Ordinal) < 0)
            {
                return null;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue
                    && argument.Parameter?.OriginalDefinition.Type is { SpecialType: SpecialType.System_Object } or ITypeParameterSymbol)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsControllerType(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name is "ControllerBase" or "Controller" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A type of the application (this compilation or a referenced project: <see cref="ApplicationAssemblies"/>), its
        /// elements or type arguments, whose public members (one navigation deep) hold account data. Framework and package
        /// types are not inspected.
        /// </summary>
        private (FinancialDataKind Kind, string Member) TypeCarries(ITypeSymbol? type, DataProtectionNameOptions names, int depth, bool ownMembersOnly = false)
        {
            if (type == null || depth > 2)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            if (type is IArrayTypeSymbol array)
            {
                return TypeCarries(array.ElementType, names, depth, ownMembersOnly);
            }

            if (type is not INamedTypeSymbol named || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Error or TypeKind.Enum or TypeKind.Delegate)
            {
                return (FinancialDataKind.None, string.Empty);
            }

            if (named.IsGenericType)
            {
                // Task<T>, ActionResult<T>, IEnumerable<T>, List<T>, a PagedResult<T> of the team's own.
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    var found = TypeCarries(argument, names, depth, ownMembersOnly);
                    if (found.Kind != FinancialDataKind.None)
                    {
                        return found;
                    }
                }
            }

            if (!named.IsAnonymousType && (named.ContainingAssembly is not { } assembly || !_application.Contains(assembly)))
            {
                return (FinancialDataKind.None, string.Empty);
            }

            ConcurrentDictionary<ITypeSymbol, (FinancialDataKind Kind, string Member)> cache = ownMembersOnly ? _loadedTypeCache : _typeCache;
            if (depth == 0 && cache.TryGetValue(named, out var cached))
            {
                return cached;
            }

            (FinancialDataKind Kind, string Member) result = (FinancialDataKind.None, string.Empty);
            for (INamedTypeSymbol? current = named; current != null && current.SpecialType == SpecialType.None && result.Kind == FinancialDataKind.None; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    ITypeSymbol? memberType = member switch
                    {
                        IPropertySymbol property => property.Type,
                        IFieldSymbol field => field.Type,
                        _ => null,
                    };
                    if (memberType == null)
                    {
                        continue;
                    }

                    if (IsForeignKeyOfNavigation(member.Name, memberType, current))
                    {
                        // Invoice.PassportId beside Invoice.Passport: the key of a row, not a passport number.
                        continue;
                    }

                    var found = MemberCarries(member.Name, memberType, named.Name, names);
                    if (found.Kind == FinancialDataKind.None && depth < 1 && memberType is INamedTypeSymbol { TypeKind: TypeKind.Class } nested
                        && !SymbolEqualityComparer.Default.Equals(nested, named) && !FinancialDataNames.IsSafeForm(member.Name)
                        && !(ownMembersOnly && EfNavigations.IsNavigation(member, memberType, current)))
                    {
                        // user.Account.Iban: one navigation deep.
                        found = TypeCarries(nested, names, depth + 1);
                    }

                    if (found.Kind != FinancialDataKind.None)
                    {
                        result = found;
                        break;
                    }
                }
            }

            if (depth == 0)
            {
                cache.TryAdd(named, result);
            }

            return result;
        }

        private static readonly HashSet<string> OrganisationWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "company", "companies", "vendor", "vendors", "seller", "sellers", "business", "businesses", "merchant", "merchants",
            "organization", "organizations", "organisation", "organisations", "sponsor", "sponsors", "supplier", "suppliers",
            "employer", "employers", "corporate", "corporation", "enterprise",
        };

        // Words that put a person back in an organisation's record: CompanyEmployee.Iban, MerchantOwnerNationalId.
        private static readonly HashSet<string> PersonWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "owner", "owners", "employee", "employees", "director", "directors", "holder", "holders", "debtor", "payer", "contact",
            "customer", "customers", "applicant", "member", "members", "user", "users", "person", "individual", "personal",
            "beneficiary", "shareholder", "signatory", "staff", "worker",
        };

        // Suffixes a model's name carries after what it describes: CompanyModel, SellerProfileDto, FundingInstructionsVm.
        private static readonly HashSet<string> ModelSuffixWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "model", "models", "dto", "vm", "view", "entity", "response", "request", "info", "details", "data", "profile", "record", "obj", "result",
        };

        /// <summary>
        /// Whether the member belongs to an organisation, not a person: the member's name has an organisation word and no
        /// person word (<c>CompanyTaxId</c>, not <c>CompanyOwnerSsn</c>), or its type's name, past model suffixes, ends with
        /// one (<c>CompanyModel</c>, <c>SellerProfile</c>), or with <c>Instructions</c> (the account a payee publishes so
        /// that others can pay it: <c>FundingInstructionsDto</c>; a single <c>PaymentInstruction</c> carries the payer's
        /// IBAN and stays reported).
        /// </summary>
        private static bool BelongsToOrganisation(string memberName, string? containingTypeName)
        {
            List<string> memberWords = IdentifierWords.Split(memberName);
            if (IdentifierWords.ContainsAnyWord(memberWords, PersonWords))
            {
                return false;
            }

            if (IdentifierWords.ContainsAnyWord(memberWords, OrganisationWords))
            {
                return true;
            }

            if (containingTypeName == null)
            {
                return false;
            }

            List<string> typeWords = IdentifierWords.Split(containingTypeName);
            int last = typeWords.Count - 1;
            while (last > 0 && ModelSuffixWords.Contains(typeWords[last]))
            {
                last--;
            }

            return last >= 0 && (OrganisationWords.Contains(typeWords[last]) || typeWords[last] == "instructions");
        }

        private static bool IsForeignKeyOfNavigation(string name, ITypeSymbol memberType, INamedTypeSymbol owner)
        {
            if (memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                memberType = nullable.TypeArguments[0];
            }

            if (memberType.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64)
                || name.Length <= 2 || !name.EndsWith("Id", StringComparison.Ordinal))
            {
                return false;
            }

            string navigation = name.Substring(0, name.Length - 2);
            return owner.GetMembers(navigation).Any(static m => m is IPropertySymbol { Type.TypeKind: TypeKind.Class });
        }

        private static (FinancialDataKind Kind, string Member) MemberCarries(string name, ITypeSymbol? type, string? containingTypeName, DataProtectionNameOptions names)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type?.SpecialType is not (SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal))
            {
                return (FinancialDataKind.None, string.Empty);
            }

            FinancialDataKind kind = FinancialDataNames.Classify(name, containingTypeName, names);
            if (kind is not (FinancialDataKind.BankAccountNumber or FinancialDataKind.Iban or FinancialDataKind.NationalId)
                || BelongsToOrganisation(name, containingTypeName))
            {
                // The organisation test splits names, so it runs only for the few members named as account data. A
                // company's tax id or the account a seller publishes for payments is printed on its invoices and payment
                // instructions: not a person's account data handed out.
                return (FinancialDataKind.None, string.Empty);
            }

            return (kind, containingTypeName == null ? name : containingTypeName + "." + name);
        }
    }
}
