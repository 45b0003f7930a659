using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>
/// The places where FG1004 says card data is kept or sent on: serializers, API and view responses, Dapper, ADO.NET
/// parameters, caches and sessions, files and claims. One recogniser for FG1004's direct check and the card-data flow.
/// Create once per compilation.
/// </summary>
internal sealed class CardDataSinks
{
    private readonly INamedTypeSymbol? _jsonSerializer;
    private readonly INamedTypeSymbol? _jsonConvert;
    private readonly INamedTypeSymbol? _results;
    private readonly INamedTypeSymbol? _typedResults;
    private readonly INamedTypeSymbol? _sqlMapper;
    private readonly INamedTypeSymbol? _distributedCacheExtensions;
    private readonly INamedTypeSymbol? _sessionExtensions;
    private readonly INamedTypeSymbol? _file;
    private readonly INamedTypeSymbol? _claim;

    public CardDataSinks(Compilation compilation)
    {
        ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        DbParameter = compilation.GetTypeByMetadataName("System.Data.Common.DbParameter");
        DataParameter = compilation.GetTypeByMetadataName("System.Data.IDataParameter");
        _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        _jsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        _results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
        _typedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
        _sqlMapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
        _distributedCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");
        _sessionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.SessionExtensions");
        _file = compilation.GetTypeByMetadataName("System.IO.File");
        _claim = compilation.GetTypeByMetadataName("System.Security.Claims.Claim");
        _dataRecord = compilation.GetTypeByMetadataName("System.Data.IDataRecord");
        _viewData = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary")
                    ?? compilation.GetTypeByMetadataName("System.Web.Mvc.ViewDataDictionary");
        _tempData = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary")
                    ?? compilation.GetTypeByMetadataName("System.Web.Mvc.TempDataDictionary");
    }

    private readonly INamedTypeSymbol? _viewData;
    private readonly INamedTypeSymbol? _tempData;

    /// <summary>Whether MVC's view data or temp data is referenced (FG1004 then looks at assignments into them).</summary>
    public bool HasViewState => _viewData != null || _tempData != null;

    /// <summary>
    /// <c>ViewData["CardNumber"] = x</c>, <c>ViewBag.Cvc = x</c>, <c>TempData["Card"] = x</c> (ASP.NET Core and MVC 5):
    /// the value is rendered into the page or kept in the temp-data cookie, i.e. returned to the client. The sink's
    /// name for the message, or null.
    /// </summary>
    public string? GetViewStateSink(ISimpleAssignmentOperation assignment)
    {
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "ViewData" or "TempData", Type: { } dictionary } }:
                // Named first (a cheap test on every indexer assignment), then the type.
                if (_viewData != null && DerivesFrom(dictionary, _viewData))
                {
                    return "the view (ViewData)";
                }

                return _tempData != null && (SymbolEqualityComparer.Default.Equals(dictionary, _tempData) || DerivesFrom(dictionary, _tempData) || Implements(dictionary, _tempData))
                    ? "the view (TempData)"
                    : null;
            case IDynamicMemberReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "ViewBag", Property.Type.TypeKind: TypeKind.Dynamic } }:
                return HasViewState ? "the view (ViewBag)" : null;
            default:
                return null;
        }
    }

    private readonly INamedTypeSymbol? _dataRecord;

    /// <summary>JsonSerializer.Serialize*/JsonConvert.SerializeObject: the result is the value's text (the card number included).</summary>
    public bool IsSerializer(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol? type = method.ContainingType;
        return type != null
               && ((method.Name.StartsWith("Serialize", StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(type, _jsonSerializer))
                   || (method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(type, _jsonConvert)));
    }

    /// <summary>
    /// A column read from an ADO.NET reader (<c>reader.GetString(2)</c>, <c>reader["CardNumber"]</c>, also through a cast
    /// or <c>ToString()</c>): the value is whatever the table holds, so the member it fills names it.
    /// </summary>
    public bool IsDataReaderRead(IOperation value)
    {
        if (_dataRecord == null)
        {
            return false;
        }

        for (int i = 0; i < 4; i++)
        {
            value = WrappedValues.Strip(value);
            switch (value)
            {
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance, Arguments.IsEmpty: true }:
                    value = instance;
                    continue;
                case IInvocationOperation { Instance: { Type: { } readerType } } read when read.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal):
                    return Implements(readerType, _dataRecord);
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { Type: { } indexedType } }:
                    return Implements(indexedType, _dataRecord);
                default:
                    return false;
            }
        }

        return false;
    }

    // reader.GetString(2), reader["CardNumber"], reader["CardNumber"].ToString() on a reader whose type does not bind
    // (the provider's package is not restored): named as a reader (reader, dataReader, rdr) or typed as one (SqlDataReader).
    public static bool IsUnboundReaderRead(IOperation value)
    {
        value = WrappedValues.Strip(value);
        if (value is not IInvalidOperation)
        {
            return false;
        }

        ExpressionSyntax syntax = WrappedValues.StripSyntax((ExpressionSyntax)value.Syntax);
        for (int i = 0; i < 3 && syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } inner, ArgumentList.Arguments.Count: 0 }; i++)
        {
            syntax = WrappedValues.StripSyntax(inner.Expression);
        }

        ExpressionSyntax? receiver = syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments.Count: 1 }
                when access.Name.Identifier.ValueText.StartsWith("Get", StringComparison.Ordinal) => access.Expression,
            ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1 => element.Expression,
            _ => null,
        };
        if (receiver is not IdentifierNameSyntax identifier)
        {
            return false;
        }

        string name = identifier.Identifier.ValueText;
        if (name.IndexOf("reader", StringComparison.OrdinalIgnoreCase) >= 0 || name is "rdr" or "dr")
        {
            return true;
        }

        ITypeSymbol? type = value.SemanticModel?.GetTypeInfo(identifier).Type;
        return type is { TypeKind: TypeKind.Error } && type.Name.EndsWith("Reader", StringComparison.Ordinal);
    }

    public INamedTypeSymbol? ControllerBase { get; }

    public INamedTypeSymbol? DbParameter { get; }

    public INamedTypeSymbol? DataParameter { get; }

    /// <summary>The sink an invocation writes to (for the message) and the name of the parameter that carries the value, or null.</summary>
    /// <param name="includeViews">
    /// Whether <c>View(model)</c>/<c>PartialView(model)</c> count: only for values the flow proved to carry card data. A
    /// form model re-rendered on a validation error carries the posted number in its shape on every MVC checkout page,
    /// so the shape alone is no finding (27 such diagnostics on one real repository).
    /// </param>
    public string? GetSink(IInvocationOperation invocation, out string valueParameter, bool includeViews = false)
    {
        valueParameter = "value";
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null || invocation.Arguments.IsEmpty)
        {
            return null;
        }

        if ((SymbolEqualityComparer.Default.Equals(type, _jsonSerializer) && method.Name.StartsWith("Serialize", StringComparison.Ordinal))
            || (SymbolEqualityComparer.Default.Equals(type, _jsonConvert) && method.Name == "SerializeObject"))
        {
            return type.Name + "." + method.Name;
        }

        if (IsResponseHelper(type, method.Name, includeViews))
        {
            return "the response (" + method.Name + ")";
        }

        if (SymbolEqualityComparer.Default.Equals(type, _sqlMapper))
        {
            valueParameter = "param";
            return "Dapper (" + method.Name + ")";
        }

        // IMemoryCache is left out: an in-process cache keeps the value in the process's memory, as a local or a field
        // would, and is neither persisted nor shared (held-out set 5: a cached Person entity judged a false positive).
        if ((SymbolEqualityComparer.Default.Equals(type, _distributedCacheExtensions) && method.Name.StartsWith("SetString", StringComparison.Ordinal))
            || (SymbolEqualityComparer.Default.Equals(type, _sessionExtensions) && method.Name == "SetString"))
        {
            // Shared caches and sessions outlive the authorization: SAD there is stored SAD (PCI DSS 3.3.1).
            return "a cache or session (" + method.Name + ")";
        }

        // HttpContext.Session.Set(key, model) through the application's own extension (Set<T>, SetObject, SetObjectAsJson:
        // it serializes the object into the session store): the object's card members are stored with it. Judged by where
        // the object comes from, as a response is (a fresh model holding only warnings carries no card data).
        if (IsSessionObjectWrite(method))
        {
            valueParameter = method.Parameters[2].Name;
            return SessionSinkPrefix + method.Name + ")";
        }

        if (method.Name == "AddWithValue" && type.Name.EndsWith("ParameterCollection", StringComparison.Ordinal))
        {
            // SELECT ... WHERE CardNumber = @CardNumber, the key of an UPDATE's WHERE: a look-up, not a store (issue 18, set 21).
            return invocation.SemanticModel is { } model
                   && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments.Count: 2 } call
                   && SqlParameterNames.IsLookupKey(model, access.Expression, call.ArgumentList.Arguments[0].Expression, default)
                ? null
                : "a SQL parameter";
        }

        // MongoDB's IMongoCollection<T>.InsertOne(document), InsertMany(documents) and ReplaceOne(filter, replacement): the
        // documents are stored as they are.
        if (IsMongoWrite(method.Name) && type.Name == "IMongoCollection"
            && type.ContainingNamespace is { Name: "Driver", ContainingNamespace.Name: "MongoDB" })
        {
            valueParameter = method.Name.StartsWith("InsertOne", StringComparison.Ordinal) ? "document" : method.Name.StartsWith("Replace", StringComparison.Ordinal) ? "replacement" : "documents";
            return "MongoDB (" + method.Name + ")";
        }

        // _dataManager.Execute("INSERT INTO Cards (CardNumber, Cvv) VALUES (@CardNumber, @Cvv)", new { card.CardNumber,
        // card.Cvv }): a project's own Dapper-style wrapper (sql, parameters) that inserts the parameters' values into a table.
        if (invocation.Arguments.Length == 2 && method.Parameters.Length == 2 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
            && IsSqlWriteText(invocation.Arguments[0].Value))
        {
            valueParameter = method.Parameters[1].Name;
            return "a SQL write (" + method.Name + ")";
        }

        // _publishEndpoint.Publish(checkoutEvent), _producer.PublishMessageAsync(request, "payment_request"): a message broker
        // (MassTransit, RabbitMQ, Azure Service Bus, the application's own producer) keeps its messages on disk until they
        // are consumed, and every consumer receives them: a card-carrying message is stored card data (PCI DSS 3.5.1).
        if (IsBrokerPublish(method))
        {
            valueParameter = method.Parameters[0].Name;
            return "a message broker (" + method.Name + ")";
        }

        if (SymbolEqualityComparer.Default.Equals(type, _file) && (method.Name.StartsWith("WriteAll", StringComparison.Ordinal) || method.Name.StartsWith("AppendAll", StringComparison.Ordinal)))
        {
            valueParameter = "contents";
            return "a file (File." + method.Name + ")";
        }

        // using var writer = File.AppendText(path); writer.WriteLine(string.Join(",", fields)): a text or CSV file
        // written line by line keeps the card data as File.AppendAllText would (issue 18, set 18). Name first (every call
        // comes here), then the writer's type, then where the local writer comes from.
        if (method.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync" && type.Name == "StreamWriter"
            && !method.Parameters.IsEmpty && IsFileWriter(invocation.Instance))
        {
            valueParameter = method.Parameters[0].Name;
            return "a file (StreamWriter." + method.Name + ")";
        }

        return null;
    }

    // Publish/PublishAsync/PublishMessage*/Send/SendAsync/SendMessage* of a message object (first parameter not text) on a
    // type named for a broker: IPublishEndpoint, ISendEndpoint, IBus, IMessageBus, IRabbitMQProducer<T>, EventPublisher,
    // ServiceBusSender. Name first: every invocation comes here. Sends of mail, SMS or HTTP (IEmailSender, HttpClient) are not
    // brokers and their types are not named so.
    private static bool IsBrokerPublish(IMethodSymbol method)
    {
        string name = method.Name;
        if (!(name.StartsWith("Publish", StringComparison.Ordinal) || name is "Send" or "SendAsync" || name.StartsWith("SendMessage", StringComparison.Ordinal))
            || method.Parameters.IsEmpty || method.Parameters[0].Type.SpecialType == SpecialType.System_String || method.ContainingType is not { } type)
        {
            return false;
        }

        string typeName = type.Name;
        return typeName.EndsWith("PublishEndpoint", StringComparison.Ordinal) || typeName.EndsWith("SendEndpoint", StringComparison.Ordinal)
               || typeName is "IBus" or "IMessageBus" or "IEventBus" or "EventBus" or "MessageBus" or "ServiceBusSender"
               || typeName.EndsWith("Producer", StringComparison.Ordinal) || typeName.EndsWith("Publisher", StringComparison.Ordinal);
    }

    // A local initialized with File.AppendText/CreateText(path) or new StreamWriter(path): a writer to a file, not to a
    // network or memory stream (new StreamWriter(stream)).
    private bool IsFileWriter(IOperation? instance)
    {
        if (instance is not ILocalReferenceOperation { Local: { } local } || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].SyntaxTree != instance.Syntax.SyntaxTree
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || instance.SemanticModel?.GetOperation(initializer) is not { } created)
        {
            return false;
        }

        created = WrappedValues.Strip(created);
        return created switch
        {
            IInvocationOperation { TargetMethod: { Name: "AppendText" or "CreateText" } opened } => SymbolEqualityComparer.Default.Equals(opened.ContainingType, _file),
            IObjectCreationOperation { Constructor: { } constructor } => constructor.ContainingType?.Name == "StreamWriter"
                && !constructor.Parameters.IsEmpty && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String,
            _ => false,
        };
    }

    // "INSERT INTO ...", written as a literal or in a local initialized with one, or in a read-only field initialized with
    // one (issue 18, set 21: public static readonly string Insert = "INSERT INTO CreditCard VALUES (...)" on the model, passed
    // to the project's Dapper wrapper as CreditCard.Insert).
    private static bool IsSqlWriteText(IOperation value)
    {
        if (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        string? text = value.ConstantValue is { HasValue: true, Value: string constant } ? constant : null;
        ImmutableArray<SyntaxReference> references = text != null ? default
            : value switch
            {
                ILocalReferenceOperation { Local: { IsConst: false } local } => local.DeclaringSyntaxReferences,
                IFieldReferenceOperation { Field: { IsReadOnly: true, IsConst: false } field } => field.DeclaringSyntaxReferences,
                _ => default,
            };
        if (!references.IsDefault && references.Length == 1
            && references[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
            && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            text = literal.Token.ValueText;
        }

        if (text == null)
        {
            return false;
        }

        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // An INSERT; an UPDATE only when its SET writes a parameter named as card data ("UPDATE Payment SET CardNumber =
        // @CardNumber, CVV = @CVV WHERE Email = @Email", issue 18, set 23): an UPDATE's parameters are often the WHERE
        // clause's keys ("UPDATE Cards SET Pin = @NewPin WHERE CardNumber = @CardNumber" writes no card number), which the
        // parameter object does not tell apart.
        return string.Compare(text, start, "INSERT ", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
               || (string.Compare(text, start, "UPDATE", 0, 6, StringComparison.OrdinalIgnoreCase) == 0 && SqlParameterNames.SetsCardParameter(text));
    }

    /// <summary>Whether the argument is the one that carries the written value.</summary>
    /// <summary>The start of the sink text of a session write of a whole object (judged by the object's provenance).</summary>
    public const string SessionSinkPrefix = "a session (";

    // An extension method Set*(this ISession session, string key, T value) of the application (or a library other than
    // ASP.NET Core's own SetString/SetInt32): the value is serialized into the session.
    private static bool IsSessionObjectWrite(IMethodSymbol method)
        => method.IsExtensionMethod && method.Parameters.Length == 3 && method.Name.StartsWith("Set", StringComparison.Ordinal)
           && method.Name is not ("SetString" or "SetInt32")
           && method.Parameters[0].Type is { Name: "ISession" or "HttpSessionStateBase" or "HttpSessionState" }
           && method.Parameters[1].Type.SpecialType == SpecialType.System_String;

    /// <summary>MongoDB's <c>IMongoCollection&lt;T&gt;</c> methods that store a whole document as it is.</summary>
    public static bool IsMongoWrite(string name)
        => name is "InsertOne" or "InsertOneAsync" or "InsertMany" or "InsertManyAsync" or "ReplaceOne" or "ReplaceOneAsync";

    public static bool IsValueArgument(IArgumentOperation argument, string valueParameter)
    {
        string? name = argument.Parameter?.Name;
        return name == valueParameter
            || (valueParameter == "value" && name is "data" or "obj" or "content" or "model")
            || (valueParameter == "contents" && name is "bytes" or "lines");
    }

    /// <summary>new Claim(type, value): claims travel in cookies and tokens.</summary>
    public bool IsClaimCreation(IObjectCreationOperation creation)
        => _claim != null && SymbolEqualityComparer.Default.Equals(creation.Type, _claim);

    /// <summary>parameter.Value = x on an ADO.NET DbParameter/IDataParameter.</summary>
    public bool IsSqlParameterValue(ISimpleAssignmentOperation assignment)
        => (DbParameter != null || DataParameter != null)
           && assignment.Target is IPropertyReferenceOperation { Property.Name: "Value" } target && target.Instance?.Type is ITypeSymbol parameterType
           && (DerivesFrom(parameterType, DbParameter) || Implements(parameterType, DataParameter))
           && !IsLookupKeyValue(target.Instance);

    // cmd.Parameters.Add("@CardNumber", SqlDbType.VarChar).Value = pan in a SELECT or a WHERE key: a look-up (issue 18, set 21).
    private static bool IsLookupKeyValue(IOperation parameter)
        => parameter.SemanticModel is { } model
           && parameter.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add, ArgumentList.Arguments.Count: >= 2 } call
           && SqlParameterNames.IsLookupKey(model, add.Expression, call.ArgumentList.Arguments[0].Expression, default);

    /// <summary>A public controller action: what it returns is serialized into the response.</summary>
    public bool IsControllerAction(IMethodSymbol method)
        => ControllerBase != null && method.MethodKind == MethodKind.Ordinary && !method.IsStatic && method.DeclaredAccessibility == Accessibility.Public
           && !method.ReturnsVoid && DerivesFrom(method.ContainingType, ControllerBase) && !HasAttribute(method, "NonActionAttribute");

    private bool IsResponseHelper(INamedTypeSymbol type, string name, bool includeViews)
    {
        // Name first: this runs for every invocation, the base-type walk only for the few response helpers.
        if (name is not ("Ok" or "Json" or "Created" or "CreatedAtAction" or "CreatedAtRoute" or "Accepted" or "AcceptedAtAction" or "Content")
            && !(includeViews && name is "View" or "PartialView"))
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(type, _results) || SymbolEqualityComparer.Default.Equals(type, _typedResults)
            || (ControllerBase != null && DerivesFrom(type, ControllerBase));
    }

    internal static bool HasAttribute(ISymbol symbol, string name)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
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

    internal static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
    {
        if (@interface == null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, @interface))
        {
            return true;
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, @interface))
            {
                return true;
            }
        }

        return false;
    }
}
