using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor AccountDataLogged = RuleFactory.Create(
        RuleIds.AccountDataLogged,
        title: "Account data written to a log",
        messageFormat: "'{0}' writes {1} to a log or message: log a masked form (last four digits) or a reference id instead",
        category: RuleFactory.DataProtectionCategory,
        description: "Logs are copied to log stores, dashboards and support tickets with far weaker protection than the database; bank account numbers, IBANs and national or tax ids must not be written to them in the clear. PCI DSS v4.0 requirements 3.5 and 10.3 (protect audit logs), and most privacy regulations.");
}

/// <summary>
/// FG3006: a bank account number, IBAN or national/tax id written to a log, the console, Debug/Trace or an
/// exception message. Reuses the card-data rule's sink engine (<see cref="LogSinks"/>) with the financial-data
/// recogniser. Balances and amounts are logged routinely and are not reported; routing numbers identify the bank,
/// not the customer, and are not reported either. Values that pass through a call (masking, hashing, a lookup)
/// are not the raw value. PCI DSS v4.0 3.5 and 10.3.
/// </summary>
public sealed class AccountDataLoggedAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AccountDataLogged);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var analysis = new Analysis(start.Compilation, new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider));
            // LogSinks.RegisterValueActions's two actions, with the generic object logger checked in the same invocation
            // callback (one callback per invocation, as before).
            LogSinks sinks = LogSinks.Create(start.Compilation);
            start.RegisterOperationAction(
                context =>
                {
                    var invocation = (IInvocationOperation)context.Operation;
                    if (sinks.IsSink(invocation))
                    {
                        sinks.VisitLoggedValues(invocation, context, analysis.OnValue);
                    }
                    else
                    {
                        analysis.OnGenericLogCall(invocation, context);
                    }
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(context => analysis.OnUnboundLogCall(context, sinks), OperationKind.Invalid);
            start.RegisterOperationAction(
                context =>
                {
                    var creation = (IObjectCreationOperation)context.Operation;
                    if (!creation.Arguments.IsEmpty && sinks.IsExceptionCreation(creation))
                    {
                        sinks.VisitLoggedValues(creation, context, analysis.OnValue);
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(analysis.OnInitializer, OperationKind.ObjectOrCollectionInitializer);
            if (!TestProjects.IsTestProject(start.Compilation))
            {
                // EF Core sensitive-data logging: one callback per file, work only in files whose text names the call.
                start.RegisterSemanticModelAction(analysis.OnSensitiveDataLogging);
            }
        });
    }

    private sealed class Analysis
    {
        private readonly Compilation _compilation;
        private readonly FinGuardOptions _options;

        // RequestBodies.HandlesAccountData, asked once per compilation and only when a request body reaches a log: 0 unknown, 1 no, 2 yes.
        private int _handlesAccountData;

        // Built on the first object that reaches a log (most compilations never need it).
        private LoggedObjects? _objects;

        public Analysis(Compilation compilation, FinGuardOptions options)
        {
            _compilation = compilation;
            _options = options;
        }

        /// <summary>
        /// A stored log record (<c>new ApiLog { RequestBody = body }</c>, <c>RequestLogEntry</c>, <c>AuditLog</c>) built
        /// with the request body's text: request-logging middleware writing every body to a log table.
        /// </summary>
        public void OnInitializer(OperationAnalysisContext context)
        {
            var initializer = (IObjectOrCollectionInitializerOperation)context.Operation;
            if (initializer.Initializers.IsEmpty || initializer.Parent is not IObjectCreationOperation { Type: { } type } || !IsLogRecordType(type.Name))
            {
                return;
            }

            foreach (IOperation member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation, Value: { } value }
                    && value.Type?.SpecialType == SpecialType.System_String)
                {
                    ReportRequestBody(value, context);
                }
            }
        }

        /// <summary>
        /// The application's generic object logger (held-out set 19: <c>Logging.WriteLog&lt;T&gt;(T obj)</c>, which writes
        /// every property of the object it is given): a method of a logger-named type, named Write* or Log*, whose one
        /// parameter is its own type parameter. It has no message to format, so it can only write the object's members;
        /// an object carrying account data (<c>Logging.WriteLog(requestModel)</c> with the national id) is reported.
        /// </summary>
        public void OnGenericLogCall(IInvocationOperation invocation, OperationAnalysisContext context)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (!method.IsGenericMethod || method.Parameters.Length != 1 || invocation.Arguments.Length != 1
                || method.OriginalDefinition.Parameters[0].Type is not ITypeParameterSymbol
                || !(method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Log", StringComparison.Ordinal))
                || method.ContainingType is not { } logger || logger.Name.IndexOf("log", StringComparison.OrdinalIgnoreCase) < 0
                || !IdentifierWords.ContainsAnyWord(IdentifierWords.Split(logger.Name), GenericLoggerTypeWords))
            {
                return;
            }

            IOperation argument = WrappedValues.Strip(invocation.Arguments[0].Value);
            if (argument.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } type || type.IsAnonymousType)
            {
                return;
            }

            LoggedObjects.Carried carried = Objects().Serialized(type, context.CancellationToken);
            if (carried.Kind != FinancialDataKind.None)
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, argument.Syntax.GetLocation(), context.ContainingSymbol,
                    LoggedObjects.Text(argument.Syntax), FinancialDataNames.Describe(carried.Kind) + " (" + carried.Member + ")"));
            }
        }

        private static readonly HashSet<string> GenericLoggerTypeWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "log", "logs", "logger", "loggers", "logging",
        };

        // ApiLog, RequestLog, RequestLogs, HttpLogEntry, AuditLogRecord: a type whose last word is "log", or "log" then entry/record/item.
        private static bool IsLogRecordType(string name)
        {
            if (name.IndexOf("Log", StringComparison.Ordinal) < 0)
            {
                return false;
            }

            List<string> words = IdentifierWords.Split(name);
            int last = words.Count - 1;
            return last >= 0 && (words[last] is "log" or "logs"
                || (last >= 1 && words[last - 1] == "log" && words[last] is "entry" or "record" or "item"));
        }

        private bool ReportRequestBody(IOperation value, OperationAnalysisContext context)
        {
            // Only files that read a request body at all (the text check is memoised per tree).
            IOperation unwrapped = CardDataValues.Unwrap(value);
            if (!TreeText.Contains(value.Syntax.SyntaxTree, "Body", context.CancellationToken)
                || unwrapped is not (ILocalReferenceOperation or IInvocationOperation or IInterpolatedStringOperation or IBinaryOperation or IAwaitOperation or IPropertyReferenceOperation)
                || !RequestBodies.IsBodyText(unwrapped, Root(value)) || !HandlesAccountData(value.Syntax.SyntaxTree, context.CancellationToken))
            {
                return false;
            }

            string name = CardDataValues.ReferencedName(unwrapped) ?? "the request body";
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol, name,
                "the HTTP request body (the account numbers, PINs and passwords clients send)"));
            return true;
        }

        private bool HandlesAccountData(SyntaxTree tree, CancellationToken cancellationToken)
        {
            int known = Volatile.Read(ref _handlesAccountData);
            if (known == 0)
            {
                known = RequestBodies.HandlesAccountData(_compilation, _options.GetDataProtectionNames(tree), cancellationToken) ? 2 : 1;
                Volatile.Write(ref _handlesAccountData, known);
            }

            return known == 2;
        }

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        public void OnValue(IOperation value, string? placeholder, OperationAnalysisContext context)
        {
            IOperation unwrapped = CardDataValues.Unwrap(value);
            if (unwrapped.ConstantValue.HasValue || NeverReachesALog(value))
            {
                return;
            }

            if (ReportSerialized(unwrapped, value, context))
            {
                // JsonConvert.SerializeObject(request) of a request that carries an account number (sets 10 and 12).
                return;
            }

            if (!CanHoldAccountData(unwrapped.Type))
            {
                // An object written whole: {@Request} destructured, or a record / value object whose ToString prints the value.
                ReportObject(unwrapped, value, placeholder, context);
                return;
            }

            string? name = CardDataValues.ReferencedName(unwrapped);
            if ((name == null || unwrapped is ILocalReferenceOperation || unwrapped is IPropertyReferenceOperation { Instance.Type.IsAnonymousType: true })
                && ReportRequestBody(unwrapped, context))
            {
                // Request-logging middleware: _logger.LogInformation($"... Data: {requestBody}") with the body read from HttpRequest.Body.
                return;
            }

            if (name == null)
            {
                // Call results (Mask(iban), Hash(ssn), account.ToString("last4")) are not the raw value.
                return;
            }

            DataProtectionNameOptions names = _options.GetDataProtectionNames(value.Syntax.SyntaxTree);
            FinancialDataKind kind = FinancialDataNames.Classify(name, ContainingTypeName(unwrapped), names);
            if (kind == FinancialDataKind.None && placeholder != null && placeholder.Length > 0 && placeholder[0] != '@'
                && !FinancialDataNames.IsSafeForm(name))
            {
                // logger.LogInformation("Payout to {Iban}", x): the template names what x is.
                kind = FinancialDataNames.Classify(placeholder, null, names);
                name = kind == FinancialDataKind.None ? name : placeholder;
            }

            if (IsReported(kind))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol, name, FinancialDataNames.Describe(kind)));
            }
        }

        /// <summary>
        /// A log call that does not bind, so the sink engine never sees it: a Microsoft.Extensions.Logging call with an
        /// argument of an unresolved type (a message bus's handler context before restore:
        /// <c>_logger.LogInformation("NIN provided: {Nin}", ctx.Message.NIN)</c> in a saga; held-out set 23), or a call on
        /// a logger whose package is itself unresolved before restore: Serilog's static <c>Log.Information(template, ...)</c>
        /// or an unresolved <c>ILogger</c>'s <c>Information</c>/<c>LogInformation</c> (held-out set 24), or log4net's <c>ILog</c>
        /// (<c>Info</c>, <c>Warn</c>, <c>Error</c>, <c>InfoFormat</c>...; set 25). Its arguments are
        /// read in order against the template's holes: a resolved value as the sink engine reads a bound call's, an
        /// unresolved member only when its name and its hole name the same account data.
        /// </summary>
        public void OnUnboundLogCall(OperationAnalysisContext context, LogSinks sinks)
        {
            IOperation call = context.Operation;
            if (call.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: { } method } access } invocation
                || !IsUnboundLogger(call, access, method, context.CancellationToken))
            {
                return;
            }

            List<string>? placeholders = null;
            int hole = 0;
            foreach (IOperation argument in call.ChildOperations)
            {
                if (argument.Syntax.Parent is not ArgumentSyntax || argument.Syntax.Parent.Parent != invocation.ArgumentList)
                {
                    // The receiver.
                    continue;
                }

                if (placeholders == null)
                {
                    if (argument.ConstantValue is { HasValue: true, Value: string template })
                    {
                        placeholders = LogSinks.ParsePlaceholders(template);
                        if (placeholders == null)
                        {
                            return;
                        }
                    }
                    else if (argument.Type?.SpecialType == SpecialType.System_String && argument is IInterpolatedStringOperation or IBinaryOperation)
                    {
                        // A message built in place ($"Deposit to {accountNumber}"): its values are written, later arguments fill no hole.
                        sinks.VisitLoggedValue(argument, null, context, OnValue);
                        placeholders = new List<string>();
                    }

                    // An EventId or exception before the template.
                    continue;
                }

                string? placeholder = hole < placeholders.Count ? placeholders[hole] : null;
                hole++;
                if (placeholder == null)
                {
                    // Microsoft.Extensions.Logging and Serilog keep only the values the template names.
                    continue;
                }

                if (argument is IInvalidOperation)
                {
                    ReportUnresolvedMember(argument, placeholder, context);
                }
                else
                {
                    sinks.VisitLoggedValue(argument, placeholder, context, OnValue);
                }
            }
        }

        // Microsoft.Extensions.Logging's ILogger (resolved, or unresolved before restore) with its LogXxx methods; Serilog's
        // static Log or an unresolved ILogger/Logger with Information, Warning... (Serilog is a package: it never binds
        // before restore).
        private static bool IsUnboundLogger(IOperation call, MemberAccessExpressionSyntax access, string method, CancellationToken cancellationToken)
        {
            bool extensionsName = method is "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "LogDebug" or "LogTrace";
            bool serilogName = !extensionsName && method is "Information" or "Warning" or "Error" or "Fatal" or "Debug" or "Verbose";
            bool log4netName = method is "Info" or "Warn" or "Error" or "Fatal" or "Debug"
                or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat" or "DebugFormat";
            if (log4netName
                && call.SemanticModel?.GetTypeInfo(access.Expression, cancellationToken).Type is INamedTypeSymbol { Name: "ILog", TypeKind: TypeKind.Error })
            {
                // ILog Log = LogManager.GetLogger(...); Log.Info($"New customer with CPF {customer.CPF}") (issue 18, set 25):
                // log4net's logger before restore, its message read as an unresolved Serilog call's is.
                return true;
            }

            if (!extensionsName && !serilogName)
            {
                return false;
            }

            if (serilogName && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Log" })
            {
                return call.SemanticModel?.GetSymbolInfo(access.Expression, cancellationToken).Symbol == null;
            }

            // The receiver's type from the model: an invalid call on an unresolved receiver need not hold it as a child.
            ITypeSymbol? receiver = call.SemanticModel?.GetTypeInfo(access.Expression, cancellationToken).Type;
            if (receiver is not INamedTypeSymbol { Name: "ILogger" or "Logger" } logger)
            {
                return false;
            }

            return logger.TypeKind == TypeKind.Error
                ? extensionsName || TreeText.Contains(call.Syntax.SyntaxTree, "Serilog")
                : extensionsName && logger.Name == "ILogger" && logger.ContainingNamespace is { Name: "Logging", ContainingNamespace.Name: "Extensions" };
        }

        private void ReportUnresolvedMember(IOperation value, string? placeholder, OperationAnalysisContext context)
        {
            if (placeholder == null || placeholder.Length == 0 || placeholder[0] == '@'
                || value is not IInvalidOperation || value.Syntax is not MemberAccessExpressionSyntax { Name: { } memberName })
            {
                return;
            }

            string name = memberName.Identifier.ValueText;
            DataProtectionNameOptions names = _options.GetDataProtectionNames(value.Syntax.SyntaxTree);
            FinancialDataKind kind = FinancialDataNames.Classify(name, null, names);
            if (IsReported(kind) && FinancialDataNames.Classify(placeholder, null, names) == kind)
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol, name, FinancialDataNames.Describe(kind)));
            }
        }

        /// <summary>
        /// <c>EnableSensitiveDataLogging()</c> in product code (sets 9 and 12) on a context whose entities carry account
        /// numbers, IBANs or national ids: EF Core writes every command's parameter values, those included, to the log.
        /// </summary>
        public void OnSensitiveDataLogging(SemanticModelAnalysisContext context)
        {
            foreach ((InvocationExpressionSyntax invocation, INamedTypeSymbol dbContext) in EfSensitiveDataLogging.Find(context.SemanticModel, context.CancellationToken))
            {
                foreach (ITypeSymbol entity in EfSensitiveDataLogging.EntityTypes(dbContext))
                {
                    LoggedObjects.Carried carried = Objects().Serialized(entity, context.CancellationToken);
                    if (carried.Kind != FinancialDataKind.None)
                    {
                        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, invocation.GetLocation(),
                            context.SemanticModel.GetEnclosingSymbol(invocation.SpanStart, context.CancellationToken), "EnableSensitiveDataLogging",
                            FinancialDataNames.Describe(carried.Kind) + " (" + carried.Member + ", in every command's parameter values)"));
                        break;
                    }
                }
            }
        }

        private LoggedObjects Objects()
        {
            LoggedObjects? objects = Volatile.Read(ref _objects);
            if (objects == null)
            {
                objects = new LoggedObjects(_compilation, _options.GetDataProtectionNames(null));
                objects = Interlocked.CompareExchange(ref _objects, objects, null) ?? objects;
            }

            return objects;
        }

        // The text of a JSON serializer call (or a local holding it) whose object carries account data.
        private bool ReportSerialized(IOperation unwrapped, IOperation value, OperationAnalysisContext context)
        {
            if (unwrapped is not (IInvocationOperation or IInvalidOperation or ILocalReferenceOperation or IAwaitOperation)
                || !LoggedObjects.TryGetSerializedObject(unwrapped, out ExpressionSyntax serialized, out SemanticModel? model))
            {
                return false;
            }

            ITypeSymbol? type = model!.GetTypeInfo(serialized, context.CancellationToken).Type;
            LoggedObjects.Carried carried = Objects().Serialized(type, context.CancellationToken);
            if (carried.Kind == FinancialDataKind.None
                || (serialized is AnonymousObjectCreationExpressionSyntax
                    && ProtectsItsAccountData(model!.GetOperation(serialized, context.CancellationToken), _options.GetDataProtectionNames(serialized.SyntaxTree))))
            {
                return false;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol,
                LoggedObjects.Text(serialized) + " serialized", FinancialDataNames.Describe(carried.Kind) + " (" + carried.Member + ")"));
            return true;
        }

        private void ReportObject(IOperation unwrapped, IOperation value, string? placeholder, OperationAnalysisContext context)
        {
            if (unwrapped.Type is not INamedTypeSymbol { SpecialType: SpecialType.None } type || type.TypeKind is TypeKind.Error or TypeKind.Enum or TypeKind.Delegate)
            {
                return;
            }

            LoggedObjects.Carried carried = placeholder != null && placeholder.Length > 1 && placeholder[0] == '@'
                ? Objects().Serialized(type, context.CancellationToken)
                : Objects().Printed(type, placeholder, context.CancellationToken);
            if (carried.Kind != FinancialDataKind.None && !ProtectsItsAccountData(unwrapped, _options.GetDataProtectionNames(unwrapped.Syntax.SyntaxTree)))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.AccountDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol,
                    LoggedObjects.Text(unwrapped.Syntax), FinancialDataNames.Describe(carried.Kind) + " (" + carried.Member + ")"));
            }
        }

        /// <summary>
        /// An anonymous object whose every member named as account data is given a protected value
        /// (<c>new { Iban = _protector.Protect(iban) }</c>, <c>new { Iban = EncryptIban(iban) }</c>; held-out set 17): it
        /// writes ciphertext, judged as FG3001 and FG3007 judge protected values.
        /// </summary>
        private static bool ProtectsItsAccountData(IOperation? operation, DataProtectionNameOptions names)
        {
            if (operation is not IAnonymousObjectCreationOperation anonymous)
            {
                return false;
            }

            bool any = false;
            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && IsReported(FinancialDataNames.Classify(property.Property.Name, null, names)))
                {
                    if (!UnencryptedFinancialFieldAnalyzer.IsProtectedValue(assignment.Value))
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any;
        }

        /// <summary>
        /// Whether the text the value goes into never reaches a log (held-out set 19): a call compiled out of release
        /// builds (<c>[Conditional("DEBUG")]</c>: <c>Debug.WriteLine</c>, <c>Debug.Print</c>, the application's own
        /// debug-only helpers), or the message of an HTTP status exception (<c>NotFoundException</c>,
        /// <c>BadRequestException</c>, an <c>HttpException</c> with a status code) that error-handling middleware turns
        /// into the response to the caller who sent the value. Plain exceptions stay reported: they are logged.
        /// </summary>
        private static bool NeverReachesALog(IOperation value)
        {
            IOperation? current = value.Parent;
            for (int depth = 0; current != null && depth < 12; current = current.Parent, depth++)
            {
                switch (current)
                {
                    case IInvocationOperation invocation:
                        return IsCompiledOutOfRelease(invocation.TargetMethod);
                    case IObjectCreationOperation creation:
                        return creation.Type is INamedTypeSymbol type && IsHttpStatusException(type);
                    case IBlockOperation or IExpressionStatementOperation or IReturnOperation or IThrowOperation:
                        return false;
                }
            }

            return false;
        }

        private static bool IsCompiledOutOfRelease(IMethodSymbol method)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ConditionalAttribute" } conditional
                    && conditional.ContainingNamespace?.ToDisplayString() == "System.Diagnostics"
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is "DEBUG")
                {
                    return true;
                }
            }

            return false;
        }

        // Exceptions named for the HTTP status they answer with (NotFoundException, BadRequestException, ConflictException,
        // HttpException, HttpStatusException), declared by the application: its middleware writes them as the response.
        private static bool IsHttpStatusException(INamedTypeSymbol type)
        {
            int depth = 0;
            for (INamedTypeSymbol? current = type; current != null && depth < 6; current = current.BaseType, depth++)
            {
                if (current.Locations.Length == 0 || !current.Locations[0].IsInSource)
                {
                    return false;
                }

                List<string> words = IdentifierWords.Split(current.Name);
                if (words.Count >= 2 && words[words.Count - 1] == "exception"
                    && (words[0] is "http" or "conflict" or "forbidden" or "unauthorized" or "unauthorised"
                        || (words.Count >= 3 && ((words[0] == "not" && words[1] == "found") || (words[0] == "bad" && words[1] == "request")))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsReported(FinancialDataKind kind)
            => kind is FinancialDataKind.BankAccountNumber or FinancialDataKind.Iban or FinancialDataKind.NationalId;

        private static string? ContainingTypeName(IOperation value) => value switch
        {
            IFieldReferenceOperation field => field.Field.ContainingType?.Name,
            IPropertyReferenceOperation property => property.Property.ContainingType?.Name,
            _ => null,
        };

        // Text and integers carry account numbers; flags, dates, Guids and objects do not. A list or array of them
        // (List<string> ibans, string[] accountNumbers) is written element by element by every logger (held-out set 8).
        private static bool CanHoldAccountData(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol { ElementType: { } element } && element.SpecialType != SpecialType.System_Char)
            {
                return IsScalarAccountData(element);
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && generic.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                && IsSequence(generic))
            {
                return IsScalarAccountData(generic.TypeArguments[0]);
            }

            return IsScalarAccountData(type);
        }

        private static bool IsSequence(INamedTypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsScalarAccountData(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type?.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char };
            }
        }
    }
}
