using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rules this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor UnencryptedFinancialField = RuleFactory.Create(
        RuleIds.UnencryptedFinancialField,
        title: "Sensitive financial field stored unencrypted",
        messageFormat: "'{0}' holds {1} and is stored in plain text: encrypt it at field level, {2}",
        category: RuleFactory.DataProtectionCategory,
        description: "Bank account numbers, IBANs, routing numbers and sort codes, social security, national and tax ids on persisted EF Core entities, and written through Dapper, must be encrypted at field level (AES-256-GCM) with managed, rotating keys. PCI DSS v4.0 requirements 3.5, 3.6 and 3.7.");

    public static readonly DiagnosticDescriptor UnencryptedBalanceOrAmount = RuleFactory.Create(
        RuleIds.UnencryptedBalanceOrAmount,
        title: "Balance or amount stored unencrypted",
        messageFormat: "'{0}' holds a stored-value balance and is stored in plain text: encrypt it at field level, {1}, or turn FG3002 off where balances are not sensitive",
        category: RuleFactory.DataProtectionCategory,
        description: "Stored-value balances (wallets, prepaid accounts) on persisted EF Core entities are the customer's money; encrypt them at field level (AES-256-GCM) where your data classification says so. Order and payment amounts are not reported. PCI DSS v4.0 requirement 3.5 (defence in depth).",
        severity: DiagnosticSeverity.Info);
}

/// <summary>
/// FG3001 (account numbers, IBAN, routing numbers and sort codes, social security, national and tax ids) and
/// FG3002 (balances and amounts): a property of an EF Core entity that holds such data and is stored without an
/// encrypting value converter. Entities and conversions come from <see cref="EfEntityIndex"/>; a property is also
/// protected by an attribute named like encryption (<c>[Encrypted]</c>) or one configured in
/// <c>finguard.data_protection.encrypting_converters</c>, and <c>[NotMapped]</c> properties are not stored.
/// Writes through ADO.NET (<see cref="AdoNetWrites"/>) and Dapper (<see cref="DapperWrites"/>) are reported where they
/// write. One analyzer serves both rules because they share the entity index. PCI DSS v4.0 3.5–3.7.
/// </summary>
public sealed class UnencryptedFinancialFieldAnalyzer : DiagnosticAnalyzer
{
    internal const string ConverterProperty = "Converter";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnencryptedFinancialField, Descriptors.UnencryptedBalanceOrAmount);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            INamedTypeSymbol? jsonSerializer = start.Compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            if (jsonSerializer != null)
            {
                start.RegisterOperationAction(c => AnalyzeSerializedWrite(c, options, jsonSerializer), OperationKind.Invocation);
            }

            // ADO.NET parameters and Dapper parameter objects of INSERT/UPDATE text, from syntax: the providers and
            // Dapper are packages, unresolved before restore (see AdoNetWrites and DapperWrites).
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    AdoNetWrites.Analyze(c, options);
                    DapperWrites.Analyze(c, options);
                },
                SyntaxKind.InvocationExpression);
            start.RegisterSyntaxNodeAction(c => AdoNetWrites.AnalyzeCreation(c, options), SyntaxKind.ObjectCreationExpression);
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    AdoNetWrites.AnalyzeConcatenatedProcedureCall(c, options);
                    AdoNetWrites.AnalyzeConcatenatedWrite(c, options);
                },
                SyntaxKind.AddExpression);
            start.RegisterSyntaxNodeAction(c => AdoNetWrites.AnalyzeConcatenatedWrite(c, options), SyntaxKind.InterpolatedStringExpression);

            // No EF Core check here: before restore (an editor that has not restored the packages yet) DbSet<T> and
            // Entity<T> are unresolved but keep their names, and the index reads them from syntax either way. A
            // compilation without any of those mentions has no entity, so the index costs one syntax walk at most.
            Compilation compilation = start.Compilation;

            // Built on the first property whose name is sensitive: most compilations never pay for it.
            var index = new Lazy<EfEntityIndex>(() => EfEntityIndex.Build(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSymbolAction(c => AnalyzeProperty(c, options, index), SymbolKind.Property);
        });
    }

    /// <summary>
    /// A value object of the application that holds account data (issue 18, held-out set 10: <c>IbanCode IBAN</c>,
    /// <c>IbanCode Sender</c> mapped as an owned type or converted to its string): the type is named as the data
    /// (<c>Iban</c>, <c>IbanCode</c>, <c>AccountNumber</c>, <c>NationalId</c>), is declared in source, and is small and keyless (a
    /// value, not a row: an entity such as a <c>BankAccount</c> navigation has an <c>Id</c>). Its text is stored in a column
    /// of the owner's table. Returns the value type, or null.
    /// </summary>
    private static INamedTypeSymbol? AccountDataValueObject(ITypeSymbol propertyType, FinancialDataKind memberKind, DataProtectionNameOptions names, out FinancialDataKind kind)
    {
        kind = FinancialDataKind.None;
        if (propertyType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            propertyType = nullable.TypeArguments[0];
        }

        // A balance held in a money value object (MoneyVO Balance, Money Balance; held-out set 17): the member's name
        // says what it is, the value type is only money.
        bool balance = memberKind == FinancialDataKind.BalanceOrAmount;
        if (propertyType is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None, IsGenericType: false } valueType
            || valueType.Locations.Length == 0 || !valueType.Locations[0].IsInSource
            || (!balance && !FinancialDataNames.MayNameFinancialData(valueType.Name)))
        {
            return null;
        }

        FinancialDataKind named = balance ? memberKind : FinancialDataNames.Classify(valueType.Name, null, names);
        if ((!balance && !FinancialDataNames.IsAccountOrIdentity(named)) || PersistedEntities.IsLikelyPersisted(valueType))
        {
            return null;
        }

        // Declared and inherited members (a FakeBankAccount : BaseEntity navigation inherits its Id; held-out set 3).
        int members = 0;
        bool holdsText = false;
        int depth = 0;
        for (INamedTypeSymbol? current = valueType; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                    IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
                    _ => null,
                };
                if (memberType == null)
                {
                    continue;
                }

                if (string.Equals(member.Name, "Id", StringComparison.OrdinalIgnoreCase) || member.Name == valueType.Name + "Id" || ++members > 4)
                {
                    return null;
                }

                holdsText |= CanHold(memberType, named);
            }
        }

        if (!holdsText)
        {
            return null;
        }

        kind = named;
        return valueType;
    }

    // The value object's own member is configured as encrypted (an owned type's Property(v => v.Value).HasConversion, or
    // an encryption attribute on it).
    private static bool IsProtectedInside(INamedTypeSymbol valueType, EfEntityIndex entities, DataProtectionNameOptions names)
    {
        foreach (ISymbol member in valueType.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property && (entities.IsProtected(valueType.Name, property.Name) || HasProtectingAttribute(property, names)))
            {
                return true;
            }
        }

        return false;
    }

    // The row's own integer key, named for its type (VerifyBvnRequest.VerifyBvnRequestId, TaxIdentity.TaxIdentityId;
    // held-out set 10): the words of the type name make it look like account data, but it is a counter.
    private static bool IsOwnRowKey(IPropertySymbol property, INamedTypeSymbol type)
    {
        string name = property.Name;
        ITypeSymbol valueType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        return valueType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
            && name.Length == type.Name.Length + 2 && name.EndsWith("Id", StringComparison.OrdinalIgnoreCase)
            && name.StartsWith(type.Name, StringComparison.OrdinalIgnoreCase);
    }

    // A 32- or 16-bit integer that is the row's primary key ([Key] int AccountNo, the table's sequential Max+1 or identity
    // counter; held-out set 15 in two applications): a counter the database hands out, not an account number or id
    // issued outside the application (those run to ten digits and more). Text keys (an IBAN as the key) and 64-bit
    // numbers stay reported, as do integer account numbers that are not the key.
    private static bool IsIntegerPrimaryKey(IPropertySymbol property)
    {
        ITypeSymbol valueType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        if (valueType.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int16))
        {
            return false;
        }

        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "KeyAttribute" or "Key")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Name of FinGuard's generated converter for a property type, or null when there is none.</summary>
    internal static string? ConverterFor(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType switch
        {
            SpecialType.System_String => "EncryptedStringConverter",
            SpecialType.System_Decimal => "EncryptedDecimalConverter",
            SpecialType.System_Int64 => "EncryptedInt64Converter",
            _ => null,
        };
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, FinGuardOptions options, Lazy<EfEntityIndex> index)
    {
        var property = (IPropertySymbol)context.Symbol;

        // A source property builds a new Locations array on every call: read it once.
        ImmutableArray<Location> locations = property.Locations;
        if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared || property.IsOverride || property.SetMethod == null
            || locations.Length == 0 || !locations[0].IsInSource
            || property.ContainingType is not { TypeKind: TypeKind.Class } type)
        {
            return;
        }

        Location location = locations[0];
        DataProtectionNameOptions names = options.GetDataProtectionNames(location.SourceTree);
        FinancialDataKind kind = FinancialDataNames.ClassifyStoredMember(property, type, names);
        INamedTypeSymbol? valueObject = null;
        if (kind == FinancialDataKind.None || !CanHold(property.Type, kind))
        {
            valueObject = AccountDataValueObject(property.Type, kind, names, out FinancialDataKind held);
            kind = valueObject != null ? held : kind;
        }

        if (!FinancialDataNames.IsReportedWhenStored(kind) || (valueObject == null && !CanHold(property.Type, kind))
            || IsOwnRowKey(property, type) || IsIntegerPrimaryKey(property)
            || (kind == FinancialDataKind.NationalId && (FinancialDataNames.IsDocumentRowKey(property.Name, property.Type) || FinancialDataNames.IsTaxRateKey(property.Name, property.Type, type)))
            || (kind == FinancialDataKind.BalanceOrAmount && FinancialDataNames.IsBillOrPaymentPlan(type))
            || FinancialDataNames.IsCompanysOwnAccountRecord(kind, type.Name) || FinancialDataNames.IsUnownedReferenceRecord(kind, type))
        {
            return;
        }

        EfEntityIndex entities = index.Value;
        // In a LINQ to SQL project only [Table] classes are rows (EfEntityIndex.MapsLinqToSqlTables): the rest are DTOs.
        bool persisted = entities.IsEntity(type)
            || (entities.MapsLinqToSqlTables ? PersistedEntities.IsMappedByAttribute(type) : PersistedEntities.IsLikelyPersisted(type));
        if (!persisted || entities.IsProtected(type.Name, property.Name) || HasProtectingAttribute(property, names)
            || (valueObject != null && (entities.IsEntity(valueObject) || IsProtectedInside(valueObject, entities, names))))
        {
            return;
        }

        string? converter = ConverterFor(property.Type);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(ConverterProperty, converter);
        string advice = "for example with HasConversion(new " + (converter ?? (kind == FinancialDataKind.BalanceOrAmount ? "EncryptedDecimalConverter" : "EncryptedStringConverter")) + "()) in OnModelCreating";
        context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
            ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, property, properties, property.Name, advice)
            : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, property, properties, property.Name, FinancialDataNames.Describe(kind), advice));
    }

    // File.WriteAllText(path, JsonSerializer.Serialize(payout)), cache.SetString(key, JsonSerializer.Serialize(kyc)):
    // a DTO with account numbers or ids written to storage as plain JSON.
    private static void AnalyzeSerializedWrite(OperationAnalysisContext context, FinGuardOptions options, INamedTypeSymbol jsonSerializer)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (!IsStorageWrite(method))
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IOperation value = WrappedValues.Strip(argument.Value);
            if (value is ILocalReferenceOperation local && local.SemanticModel != null
                && local.Local.DeclaringSyntaxReferences.Length == 1
                && local.Local.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                && initializer.SyntaxTree == local.Syntax.SyntaxTree)
            {
                value = local.SemanticModel.GetOperation(initializer, context.CancellationToken) is IOperation initial ? WrappedValues.Strip(initial) : value;
            }

            if (value is not IInvocationOperation serialize || serialize.TargetMethod.Name is not ("Serialize" or "SerializeToUtf8Bytes")
                || !SymbolEqualityComparer.Default.Equals(serialize.TargetMethod.ContainingType, jsonSerializer) || serialize.Arguments.Length == 0)
            {
                continue;
            }

            ITypeSymbol? dto = WrappedValues.Strip(serialize.Arguments[0].Value).Type;
            if (dto is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
            {
                continue;
            }

            DataProtectionNameOptions names = options.GetDataProtectionNames(invocation.Syntax.SyntaxTree);
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                    && FinancialDataNames.Classify(property.Name, type.Name, names) is FinancialDataKind kind && FinancialDataNames.IsAccountOrIdentity(kind) && FinancialDataNames.IsReportedWhenStored(kind)
                    && CanHold(property.Type, kind) && !HasProtectingAttribute(property, names) && !HasJsonIgnore(property))
                {
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(ConverterProperty, null);
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(
                        Descriptors.UnencryptedFinancialField,
                        serialize.Syntax.GetLocation(), context.ContainingSymbol,
                        properties,
                        type.Name + "." + property.Name,
                        FinancialDataNames.Describe(kind),
                        "for example with FinGuard's FieldEncryption.Encrypt on the serialized text or on the member"));
                    return;
                }
            }
        }
    }

    // Writes that persist: files and distributed caches. (Network responses are FG1's and logging's business.)
    private static bool IsStorageWrite(IMethodSymbol method)
    {
        string name = method.Name;
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null)
        {
            return false;
        }

        if (type.Name == "File" && type.ContainingNamespace?.Name == "IO")
        {
            return name.StartsWith("WriteAll", System.StringComparison.Ordinal) || name.StartsWith("AppendAll", System.StringComparison.Ordinal);
        }

        // IDistributedCache.Set/SetAsync and the SetString/SetStringAsync extensions.
        return (name is "Set" or "SetAsync" or "SetString" or "SetStringAsync")
            && (type.Name is "IDistributedCache" or "DistributedCacheExtensions")
            && type.ContainingNamespace?.Name == "Distributed";
    }

    private static bool HasJsonIgnore(IPropertySymbol property)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "JsonIgnoreAttribute")
            {
                return true;
            }
        }

        return false;
    }

    // Encrypt(iban), _protector.Protect(x), encryptedIban, account.IbanHash: already protected or derived.
    internal static bool IsProtectedValue(IOperation value)
    {
        value = WrappedValues.Strip(value);
        string? name = value switch
        {
            IInvocationOperation call => call.TargetMethod.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            _ => null,
        };
        return name != null && (EfEntityIndex.NamesEncryption(name) || FinancialDataNames.IsSafeForm(name));
    }

    /// <summary>Whether a written value can hold <paramref name="kind"/>: unknown (before restore) and <c>object</c> (<c>x ?? DBNull.Value</c>) can.</summary>
    internal static bool MayHold(IOperation value, FinancialDataKind kind)
    {
        ITypeSymbol? type = WrappedValues.Strip(value).Type;
        return type == null || type.TypeKind == TypeKind.Error || type.SpecialType == SpecialType.System_Object || CanHold(type, kind);
    }

    internal static bool CanHold(ITypeSymbol type, FinancialDataKind kind)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return kind != FinancialDataKind.BalanceOrAmount;
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
                return true;
            case SpecialType.System_Double:
            case SpecialType.System_Single:
                return kind == FinancialDataKind.BalanceOrAmount;
            default:
                return false;
        }
    }

    // EF Core's [NotMapped], MongoDB's [BsonIgnore] and DynamoDB's [DynamoDBIgnore], with or without the suffix (unresolved
    // before restore). Not [BsonIgnoreIfNull] or [BsonIgnoreIfDefault]: those members are stored when they hold a value.
    private static bool IsNotStoredAttribute(string name)
        => name is "NotMappedAttribute" or "NotMapped" or "BsonIgnoreAttribute" or "BsonIgnore" or "DynamoDBIgnoreAttribute" or "DynamoDBIgnore";

    internal static bool HasProtectingAttribute(IPropertySymbol property, DataProtectionNameOptions names)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            if (name != null && (IsNotStoredAttribute(name) || EfEntityIndex.NamesEncryption(name) || names.IsConfiguredEncryptingConverter(name)))
            {
                return true;
            }
        }

        // Positional record members carry their attributes on the parameter ([property: Encrypted] or [Encrypted]).
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ParameterSyntax parameter)
            {
                foreach (AttributeListSyntax list in parameter.AttributeLists)
                {
                    foreach (AttributeSyntax attribute in list.Attributes)
                    {
                        string? name = EfEntityIndex.LastIdentifier(attribute.Name);
                        if (name != null && (IsNotStoredAttribute(name) || EfEntityIndex.NamesEncryption(name) || names.IsConfiguredEncryptingConverter(name)))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
