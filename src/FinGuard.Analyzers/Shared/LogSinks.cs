namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Reusable logging-sink engine: tells whether an invocation or object creation writes text somewhere people
/// read it (Microsoft.Extensions.Logging incl. <c>[LoggerMessage]</c> methods, Serilog, <c>Console</c>,
/// <c>Debug</c>/<c>Trace</c>, exception messages) and hands every value that flows into that text to a callback,
/// looking through interpolation, concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c> and structured
/// arguments (with the template placeholder each one fills). The "is this value sensitive" decision is the
/// caller's, so other families (bank accounts, national ids) reuse the engine with their own classifier.
/// Created once per compilation (<see cref="Create"/> shares it).
/// </summary>
internal sealed class LogSinks
{
    private const int MaxDepth = 32;

    private readonly INamedTypeSymbol? _loggerExtensions;
    private readonly INamedTypeSymbol? _msLogger;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _debug;
    private readonly INamedTypeSymbol? _trace;
    private readonly INamedTypeSymbol? _serilogLogger;
    private readonly INamedTypeSymbol? _serilogLog;
    private readonly INamedTypeSymbol? _exception;

    // The solution's other projects (a logger interface declared in a referenced Core project), asked only for a
    // method that already looks like a log call on a log-named type.
    private readonly FinGuard.Analyzers.CardData.ApplicationAssemblies _application;

    private LogSinks(Compilation compilation)
    {
        _application = new FinGuard.Analyzers.CardData.ApplicationAssemblies(compilation);
        _loggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        _msLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
        _trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
        _serilogLogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
        _serilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
        _exception = compilation.GetTypeByMetadataName("System.Exception");
    }

    // One per compilation, shared by the three rules that use it and the flow analysis (issue #26: each instance
    // resolved nine types by metadata name, which walks every referenced assembly for a name it does not find).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, LogSinks> Shared = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, LogSinks>();

    public static LogSinks Create(Compilation compilation) => Shared.GetValue(compilation, static c => new LogSinks(c));

    /// <summary>
    /// Receives one value that flows into a sink and, for structured logging, the placeholder it fills; a placeholder
    /// that starts with '@' (<c>{@Request}</c>) destructures the value, so its members are written too.
    /// </summary>
    public delegate void ValueCallback<TState>(IOperation value, string? placeholder, TState state);

    /// <summary>
    /// Registers what every sink rule needs: log/console/trace invocations and exception creations, each value they
    /// write handed to <paramref name="onValue"/>. Rules differ only in that callback.
    /// </summary>
    public void RegisterValueActions(CompilationStartAnalysisContext start, ValueCallback<OperationAnalysisContext> onValue)
    {
        start.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (IsSink(invocation))
                {
                    VisitLoggedValues(invocation, context, onValue);
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(
            context =>
            {
                var creation = (IObjectCreationOperation)context.Operation;
                if (!creation.Arguments.IsEmpty && IsExceptionCreation(creation))
                {
                    VisitLoggedValues(creation, context, onValue);
                }
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>Whether the invocation writes to a log, the console, Debug or Trace.</summary>
    public bool IsSink(IInvocationOperation invocation) => GetSinkKind(invocation.TargetMethod) != SinkKind.None;

    /// <summary>Whether the object creation builds an exception (its message ends up in logs and error pages).</summary>
    public bool IsExceptionCreation(IObjectCreationOperation creation)
    {
        if (_exception == null)
        {
            return false;
        }

        for (ITypeSymbol? type = creation.Type; type != null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, _exception))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Calls <paramref name="onValue"/> for every value written by a sink invocation or exception creation.</summary>
    public void VisitLoggedValues<TState>(IOperation sink, TState state, ValueCallback<TState> onValue)
    {
        if (sink is IObjectCreationOperation creation)
        {
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                // The message, and ArgumentOutOfRangeException's actualValue (its Message prints it).
                if (argument.Parameter is { } parameter && (parameter.Type.SpecialType == SpecialType.System_String || parameter.Name == "actualValue")
                    && parameter.Name != "paramName" && MayReachExceptionText(parameter))
                {
                    Visit(argument.Value, null, state, onValue, 0);
                }
            }

            return;
        }

        if (sink is not IInvocationOperation invocation)
        {
            return;
        }

        SinkKind kind = GetSinkKind(invocation.TargetMethod);
        if (kind == SinkKind.None)
        {
            return;
        }

        List<string>? placeholders = null;
        int valueIndex = 0;
        bool argumentsDropped = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol? parameter = argument.Parameter;
            if (parameter == null || IsContextParameter(parameter.Type))
            {
                continue;
            }

            if (argumentsDropped && parameter.IsParams)
            {
                // Microsoft.Extensions.Logging binds the args to the template's holes and keeps nothing else: with a
                // constant template that has none (LogInformation("REQUEST:", json)), the values never reach the log.
                continue;
            }

            if (kind == SinkKind.GeneratedLoggerMessage)
            {
                // [LoggerMessage] methods: each parameter is a placeholder of the same name.
                Visit(argument.Value, parameter.Name, state, onValue, 0);
                continue;
            }

            // Serilog's ForContext("CardNumber", value): the property name is the value's placeholder.
            if (placeholders == null && kind == SinkKind.StructuredLog && parameter.Name == "propertyName" && parameter.Type.SpecialType == SpecialType.System_String)
            {
                string? propertyName = argument.Value.ConstantValue.HasValue ? argument.Value.ConstantValue.Value as string : null;
                placeholders = propertyName == null ? new List<string>() : new List<string> { propertyName };
                continue;
            }

            if (placeholders == null && parameter.Type.SpecialType == SpecialType.System_String
                && ((kind == SinkKind.StructuredLog && (parameter.Name == "message" || parameter.Name == "messageTemplate"))
                    || (kind == SinkKind.ApplicationLog && IsMessageParameterName(parameter.Name))))
            {
                string? template = argument.Value.ConstantValue.HasValue ? argument.Value.ConstantValue.Value as string : null;
                placeholders = ParsePlaceholders(template);
                argumentsDropped = template != null && (placeholders == null || placeholders.Count == 0) && DropsUnboundArguments(invocation.TargetMethod);
                Visit(argument.Value, null, state, onValue, 0);
                continue;
            }

            if (placeholders != null && argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    Visit(element, PlaceholderAt(placeholders, valueIndex++), state, onValue, 0);
                }

                continue;
            }

            Visit(argument.Value, placeholders == null ? null : PlaceholderAt(placeholders, valueIndex++), state, onValue, 0);
        }
    }

    /// <summary>
    /// Calls <paramref name="onValue"/> for every value inside a text written by a sink that is not a log call (an e-mail
    /// body, an error text, an unbound log call's argument), looking through interpolation, concatenation and
    /// <c>string.Format</c>/<c>Concat</c>/<c>Join</c> as for log messages.
    /// </summary>
    public void VisitText<TState>(IOperation text, TState state, ValueCallback<TState> onValue) => Visit(text, null, state, onValue, 0);

    /// <summary>
    /// Whether the logger keeps only the arguments its template has holes for: Microsoft.Extensions.Logging's
    /// <c>LoggerExtensions</c> (its state holds the template's named values and <c>{OriginalFormat}</c>, and the message
    /// is the template formatted with them), so arguments beyond the holes are written nowhere.
    /// </summary>
    private bool DropsUnboundArguments(IMethodSymbol method)
        => _loggerExtensions != null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _loggerExtensions);

    /// <summary>
    /// Whether a constructor parameter of an exception may end up in its message. A constructor declared in source
    /// passes a parameter into the message only through its <c>base(...)</c> or <c>this(...)</c> arguments:
    /// <c>InvalidCardSecurityCodeException(string code, string message) : base(message) { Code = code; }</c> keeps the
    /// code in a property and writes constant text, which is not logging it. A type that overrides <c>Message</c> or
    /// <c>ToString</c> may print what it keeps, so its parameters still count; so does every constructor from metadata.
    /// </summary>
    private static bool MayReachExceptionText(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor || constructor.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax declaration)
            {
                // A record's or class's primary constructor: its parameters can be used anywhere in the type.
                return true;
            }

            if (declaration.Initializer != null)
            {
                foreach (SyntaxNode node in declaration.Initializer.ArgumentList.DescendantNodes())
                {
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax identifier && identifier.Identifier.ValueText == parameter.Name)
                    {
                        return true;
                    }
                }
            }
        }

        return OverridesExceptionText(constructor.ContainingType);
    }

    // Message or ToString overridden by the exception type or a base of it declared in source (a framework base such as
    // ArgumentException only prints what its own constructor was given, which the initializer check has seen).
    private static bool OverridesExceptionText(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type; current != null && current.Locations.Length > 0 && current.Locations[0].IsInSource; current = current.BaseType)
        {
            foreach (string name in current.MemberNames)
            {
                if (name != "Message" && name != "ToString")
                {
                    continue;
                }

                foreach (ISymbol member in current.GetMembers(name))
                {
                    if (member.IsOverride)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string? PlaceholderAt(List<string> placeholders, int index) => index < placeholders.Count ? placeholders[index] : null;

    /// <summary>
    /// Calls <paramref name="onValue"/> for every value one logged argument writes (through interpolations,
    /// concatenations, fallbacks and text-preserving calls), for a log call the engine cannot bind itself (a logger whose
    /// package is unresolved before restore).
    /// </summary>
    public void VisitLoggedValue<TState>(IOperation value, string? placeholder, TState state, ValueCallback<TState> onValue)
        => Visit(value, placeholder, state, onValue, 0);

    private void Visit<TState>(IOperation? value, string? placeholder, TState state, ValueCallback<TState> onValue, int depth)
    {
        if (value == null || depth > MaxDepth || value.ConstantValue.HasValue)
        {
            return;
        }

        depth++;
        switch (value)
        {
            case IConversionOperation conversion:
                Visit(conversion.Operand, placeholder, state, onValue, depth);
                return;
            case IParenthesizedOperation parenthesized:
                Visit(parenthesized.Operand, placeholder, state, onValue, depth);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        if (!WritesOnlyTypeName(interpolation.Expression))
                        {
                            Visit(interpolation.Expression, null, state, onValue, depth);
                        }
                    }
                    else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append } && append.TargetMethod.Name == "AppendFormatted"
                        && !WritesOnlyTypeName(append.Arguments[0].Value))
                    {
                        Visit(append.Arguments[0].Value, null, state, onValue, depth);
                    }
                }

                return;
            case IInterpolatedStringHandlerCreationOperation handler:
                Visit(handler.Content, null, state, onValue, depth);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                if (!WritesOnlyTypeName(binary.LeftOperand))
                {
                    Visit(binary.LeftOperand, null, state, onValue, depth);
                }

                if (!WritesOnlyTypeName(binary.RightOperand))
                {
                    Visit(binary.RightOperand, null, state, onValue, depth);
                }

                return;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (IOperation element in initializer.ElementValues)
                {
                    Visit(element, null, state, onValue, depth);
                }

                return;
            case IConditionalOperation conditional:
                Visit(conditional.WhenTrue, placeholder, state, onValue, depth);
                Visit(conditional.WhenFalse, placeholder, state, onValue, depth);
                return;
            case ICoalesceOperation coalesce:
                Visit(coalesce.Value, placeholder, state, onValue, depth);
                Visit(coalesce.WhenNull, placeholder, state, onValue, depth);
                return;
            case IInvocationOperation invocation when IsStringComposition(invocation.TargetMethod):
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Type.Name != "IFormatProvider")
                    {
                        Visit(argument.Value, null, state, onValue, depth);
                    }
                }

                return;
        }

        IOperation unwrapped = CardDataValues.Unwrap(value);
        if (!ReferenceEquals(unwrapped, value))
        {
            Visit(unwrapped, placeholder, state, onValue, depth);
            return;
        }

        onValue(value, placeholder, state);
    }

    /// <summary>
    /// <c>$"{creditCardModel}"</c>, <c>"created " + order</c>: an object of the application's own class put into text
    /// writes what its <c>ToString</c> returns; without an override in its type or a base type that is the type's
    /// name, not its members (held-out set 18). Records and anonymous types print their members, so they still count.
    /// </summary>
    internal static bool WritesOnlyTypeName(IOperation operand)
    {
        operand = WrappedValues.StripImplicit(operand)!;
        if (operand.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } type
            || type.IsAnonymousType || type.IsRecord || type.IsGenericType || type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.IsRecord || current.DeclaringSyntaxReferences.IsEmpty)
            {
                // A record base prints members; a base from metadata (a DTO framework type) may override ToString.
                return false;
            }

            foreach (ISymbol member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.IsEmpty: true, IsOverride: true })
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsStringComposition(IMethodSymbol method)
        => method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String
           && (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join");

    // The logger, the exception, the level and the event id are context, not text that is written.
    private bool IsContextParameter(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum || type.SpecialType == SpecialType.System_Boolean)
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _msLogger) || SymbolEqualityComparer.Default.Equals(type, _serilogLogger))
        {
            return true;
        }

        if (type.Name == "EventId" || type.Name == "IFormatProvider" || type.Name == "ILogger")
        {
            return true;
        }

        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _exception))
            {
                return true;
            }
        }

        return false;
    }

    private SinkKind GetSinkKind(IMethodSymbol method)
    {
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null)
        {
            return SinkKind.None;
        }

        if (_loggerExtensions != null && SymbolEqualityComparer.Default.Equals(type, _loggerExtensions))
        {
            return method.Name.StartsWith("Log", StringComparison.Ordinal) || method.Name == "BeginScope" ? SinkKind.StructuredLog : SinkKind.None;
        }

        if ((_serilogLogger != null && SymbolEqualityComparer.Default.Equals(type, _serilogLogger))
            || (_serilogLog != null && SymbolEqualityComparer.Default.Equals(type, _serilogLog)))
        {
            switch (method.Name)
            {
                case "Verbose":
                case "Debug":
                case "Information":
                case "Warning":
                case "Error":
                case "Fatal":
                case "Write":
                case "ForContext":
                    return SinkKind.StructuredLog;
            }

            return SinkKind.None;
        }

        if (_serilogLogger != null && method.Name is "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write")
        {
            // Serilog.Core.Logger and other implementations of Serilog.ILogger.
            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(@interface, _serilogLogger))
                {
                    return SinkKind.StructuredLog;
                }
            }
        }

        if (SymbolEqualityComparer.Default.Equals(type, _console))
        {
            return method.Name is "Write" or "WriteLine" ? SinkKind.Text : SinkKind.None;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _debug) || SymbolEqualityComparer.Default.Equals(type, _trace))
        {
            return method.Name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "TraceInformation" or "TraceWarning" or "TraceError" or "Fail"
                ? SinkKind.Text
                : SinkKind.None;
        }

        // [LoggerMessage] methods are partial; only those pay for the attribute lookup.
        if (_loggerMessageAttribute != null && (method.IsPartialDefinition || method.PartialDefinitionPart != null || method.PartialImplementationPart != null))
        {
            foreach (AttributeData attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _loggerMessageAttribute))
                {
                    return SinkKind.GeneratedLoggerMessage;
                }
            }
        }

        return IsApplicationLoggerMethod(method, type) ? SinkKind.ApplicationLog : SinkKind.None;
    }

    // Method names of a logger: Log, LogInfo, LogError, Info, Warn, Error, Debug, Trace, Write, WriteLog...
    private static readonly HashSet<string> LoggerMethodFirstWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "log", "info", "information", "warn", "warning", "error", "debug", "trace", "verbose", "fatal", "critical", "write",
    };

    // Reads of a log store named like a message: GetMessage, FindMessages, LoadMsg.
    private static readonly HashSet<string> ReadVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "get", "find", "read", "load", "fetch", "search", "query", "count", "delete", "remove", "clear", "parse", "format", "build", "create",
    };

    /// <summary>
    /// <c>ILogs.Logger(logmessage, logtype)</c>, <c>ILogs.ServiceMsg(logmessage, logtype)</c> (held-out set 12): on a
    /// logger type, a method named <c>Logger</c> or ending in <c>Msg</c>/<c>Message</c> that returns nothing writes its
    /// message; <c>GetMessage</c>, <c>FormatMessage</c> and other reads or builders return it.
    /// </summary>
    private static bool IsWriteMessageMethod(IMethodSymbol method, List<string> methodWords)
    {
        if (!method.ReturnsVoid && method.ReturnType.Name != "Task")
        {
            return false;
        }

        string last = methodWords[methodWords.Count - 1];
        return (methodWords.Count == 1 && last is "logger")
            || (last is "msg" or "message" && !ReadVerbs.Contains(methodWords[0]));
    }

    // The level word after "Log" in a wrapper's own name: LogInfo, LogError, LogException, LogMessage.
    private static readonly HashSet<string> LogLevelWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "info", "information", "warn", "warning", "error", "exception", "debug", "trace", "fatal", "critical", "verbose",
        "message", "msg",
    };

    /// <summary>
    /// <c>Tools.LogInfo(component, msg, severity, caller)</c>, <c>Helper.LogException(component, msg, ex)</c> (held-out
    /// set 18): a method named <c>Log</c> plus a level word (optionally <c>Async</c>) is a log call whatever its type
    /// is called. It must not return text (<c>string LogMessage(...)</c> builds one); <c>Login</c>, <c>Logo</c>,
    /// <c>Logistics</c> split into other words and never match.
    /// </summary>
    private static bool IsLogLevelMethod(IMethodSymbol method, List<string> methodWords)
    {
        if (methodWords.Count < 2 || methodWords.Count > 3 || methodWords[0] != "log" || !LogLevelWords.Contains(methodWords[1])
            || (methodWords.Count == 3 && methodWords[2] != "async"))
        {
            return false;
        }

        return method.ReturnType.SpecialType != SpecialType.System_String;
    }

    // Type-name words of a logger: ISeqLogger, AppLog, LogService, LoggingHelper.
    private static readonly HashSet<string> LoggerTypeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "log", "logs", "logger", "loggers", "logging",
    };

    /// <summary>
    /// The application's own logger wrapper (<c>ISeqLogger.LogInfo(message, args)</c>, <c>AppLogger.Error(text)</c>): a
    /// method of a type declared in this compilation whose name says log or logger, named like a log call (<c>Log*</c>,
    /// <c>Info</c>, <c>Warn*</c>, <c>Error</c>, <c>Debug</c>, <c>Trace</c>, <c>Write*</c>), with a string message or
    /// template parameter. <c>LoginAsync</c>, <c>Catalog</c>, <c>Blog</c>, <c>Logistics</c> and a log-entity repository's
    /// <c>Save</c> are not.
    /// </summary>
    private bool IsApplicationLoggerMethod(IMethodSymbol method, INamedTypeSymbol type)
    {
        if (method.Parameters.IsEmpty)
        {
            return false;
        }

        // Cheap test first: a log-named type, or a method whose own name starts with "Log" (Tools.LogInfo).
        bool logNamedType = type.Name.IndexOf("log", StringComparison.OrdinalIgnoreCase) >= 0;
        if (!logNamedType && !method.Name.StartsWith("Log", StringComparison.Ordinal))
        {
            return false;
        }

        List<string> methodWords = IdentifierWords.Split(method.Name);
        bool levelNamed = IsLogLevelMethod(method, methodWords);
        if (!logNamedType && !levelNamed)
        {
            return false;
        }

        if (methodWords.Count == 0 || (!LoggerMethodFirstWords.Contains(methodWords[0]) && !IsWriteMessageMethod(method, methodWords)))
        {
            return false;
        }

        bool hasMessage = false;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String && IsMessageParameterName(parameter.Name))
            {
                hasMessage = true;
                break;
            }
        }

        if (!hasMessage || (!levelNamed && !IdentifierWords.ContainsAnyWord(IdentifierWords.Split(type.Name), LoggerTypeWords)))
        {
            return false;
        }

        foreach (Location location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        // ILogs declared in the solution's business-logic project and used by its web project (held-out set 12).
        return type.ContainingAssembly is { } assembly && _application.Contains(assembly);
    }


    private static bool IsMessageParameterName(string name)
        => name.IndexOf("message", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("template", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("format", StringComparison.OrdinalIgnoreCase) >= 0 || IsTextWord(name)
            || string.Equals(name, "msg", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Msg", StringComparison.Ordinal);

    // "text", "Text", "logText", "text_value": the word, not the letters inside context or contextName.
    private static bool IsTextWord(string name)
    {
        int at = name.IndexOf("text", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || char.IsLower(name[at - 1]) == false || char.IsUpper(name[at]))
            && (at + 4 == name.Length || !char.IsLower(name[at + 4]));
    }

    /// <summary>Names of <c>{Placeholder}</c> holes in a message template, in order (<c>{{</c> escapes skipped).</summary>
    internal static List<string>? ParsePlaceholders(string? template)
    {
        if (template == null || template.IndexOf('{') < 0)
        {
            return null;
        }

        var names = new List<string>();
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            // "{@Request}" destructures the whole object (Serilog, structured sinks): keep the '@' so the
            // caller can look inside the value; "{$Value}" stringifies and is a plain placeholder.
            int nameStart = i + 1;
            int start = nameStart;
            if (start < template.Length && (template[start] == '@' || template[start] == '$'))
            {
                start++;
            }

            bool destructured = nameStart < template.Length && template[nameStart] == '@';
            int end = start;
            while (end < template.Length && (char.IsLetterOrDigit(template[end]) || template[end] == '_' || template[end] == '.'))
            {
                end++;
            }

            names.Add((destructured ? "@" : string.Empty) + template.Substring(start, end - start));
            i = end;
        }

        return names;
    }

    private enum SinkKind
    {
        None,
        StructuredLog,
        GeneratedLoggerMessage,
        Text,

        // The application's own logger wrapper: its message parameter is a template like ILogger's.
        ApplicationLog,
    }
}
