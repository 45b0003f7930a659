using System.Collections.Concurrent;
using System.Threading;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3006's objects written whole to a log (issue 18, sets 10 and 12): a request, command or record that carries an
/// account number, IBAN or national id, serialized into the message (<c>JsonConvert.SerializeObject(request)</c>,
/// <c>JsonSerializer.Serialize(request)</c>, <c>request.ToJson()</c>), destructured by a structured logger
/// (<c>{@Request}</c>), or printed by a record's compiler-written <c>ToString</c>. What an object carries is read from its
/// public members, the way serializers and <c>PrintMembers</c> read them: members named like account data (the FG3001
/// recogniser), one navigation or collection deep, members a serializer or a log sanitizer skips excepted
/// (<c>[JsonIgnore]</c>, <c>[IgnoreDataMember]</c>, <c>[SensitiveData]</c>...). Only the application's own types are
/// read (a framework or package type is nobody's account data). One instance per compilation; answers are cached per type.
/// </summary>
internal sealed class LoggedObjects
{
    private const int MaxTextLength = 60;

    private readonly ApplicationAssemblies _application;
    private readonly DataProtectionNameOptions _names;
    private readonly ConcurrentDictionary<ITypeSymbol, Carried> _cache = new ConcurrentDictionary<ITypeSymbol, Carried>(SymbolEqualityComparer.Default);

    public LoggedObjects(Compilation compilation, DataProtectionNameOptions names)
    {
        _application = new ApplicationAssemblies(compilation);
        _names = names;
    }

    /// <summary>The account data an object carries: its kind and where (<c>TransferRequest.Iban</c>), or <see cref="FinancialDataKind.None"/>.</summary>
    public readonly record struct Carried(FinancialDataKind Kind, string Member);

    /// <summary>
    /// The object a JSON serializer call turns into text, with the call's text for the message: the first argument of
    /// <c>JsonConvert.SerializeObject</c> / <c>JsonSerializer.Serialize</c>, the receiver of <c>ToJson()</c>. Read from the
    /// syntax, as Newtonsoft.Json seldom binds before restore; the argument itself binds. Also a local initialised with
    /// such a call (<c>var json = JsonConvert.SerializeObject(request); _logger.LogInformation(json)</c>).
    /// </summary>
    public static bool TryGetSerializedObject(IOperation value, out ExpressionSyntax serialized, out SemanticModel? model)
    {
        serialized = null!;
        model = value.SemanticModel;
        SyntaxNode syntax = value.Syntax;
        if (value is ILocalReferenceOperation local)
        {
            // The local's own initializer, in the same method (a later assignment is not followed: rare in log code).
            if (local.Local.DeclaringSyntaxReferences.Length != 1
                || local.Local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initial }
                || initial.SyntaxTree != syntax.SyntaxTree)
            {
                return false;
            }

            syntax = initial;
        }

        while (syntax is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
        {
            syntax = syntax is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((AwaitExpressionSyntax)syntax).Expression;
        }

        if (syntax is not InvocationExpressionSyntax call || model == null)
        {
            return false;
        }

        switch (call.Expression)
        {
            case MemberAccessExpressionSyntax access when access.Name.Identifier.ValueText is "SerializeObject" or "Serialize" or "SerializeToString":
                // JsonConvert.SerializeObject(x), System.Text.Json's JsonSerializer.Serialize(x), Newtonsoft.Json.JsonConvert...
                string receiver = LastName(access.Expression);
                if (receiver is not ("JsonConvert" or "JsonSerializer") || call.ArgumentList.Arguments.Count == 0)
                {
                    return false;
                }

                serialized = call.ArgumentList.Arguments[0].Expression;
                return true;
            case MemberAccessExpressionSyntax access when access.Name.Identifier.ValueText is "ToJson" or "ToJsonString" && call.ArgumentList.Arguments.Count == 0:
                // request.ToJson(): the serializer extension of ServiceStack, MongoDB and many teams' helpers.
                serialized = access.Expression;
                return true;
            default:
                return false;
        }
    }

    private static string LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>Short text of an expression for the message (<c>request</c>, <c>command.Payee</c>).</summary>
    public static string Text(SyntaxNode syntax)
    {
        string text = syntax.ToString();
        return text.Length <= MaxTextLength ? text : text.Substring(0, MaxTextLength) + "...";
    }

    /// <summary>What a serializer or a destructuring logger writes of a value of this type.</summary>
    public Carried Serialized(ITypeSymbol? type, CancellationToken cancellationToken) => Carries(type, 0, cancellationToken);

    /// <summary>
    /// What <c>ToString()</c> writes of a value of this type, when the type says: a record's compiler-written
    /// <c>ToString</c> prints every public member (<c>IbanCode { Value = DE89... }</c>); a value object named for the
    /// account data it wraps (<c>record IbanCode(string Value)</c>, <c>class AccountNumber</c> overriding
    /// <c>ToString</c>) prints that value, whatever its member is called. <paramref name="placeholder"/>
    /// (<c>"Sender {Iban}"</c>) names the value too. Classes that do not override <c>ToString</c> print their type name.
    /// </summary>
    public Carried Printed(ITypeSymbol? type, string? placeholder, CancellationToken cancellationToken)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
            || named.IsAnonymousType || named.ContainingAssembly is not { } assembly || !_application.Contains(assembly))
        {
            return default;
        }

        bool printsOwnText = OverridesToString(named, out bool handWritten);
        if (!named.IsRecord && !printsOwnText)
        {
            return default;
        }

        if (!HasScalarMember(named))
        {
            return default;
        }

        // A value object: the type's own name (IbanCode, AccountNumber, NationalId) or the template's hole says what it holds.
        FinancialDataKind kind = FinancialDataNames.Classify(named.Name, null, _names);
        if (IsReported(kind))
        {
            return new Carried(kind, named.Name);
        }

        if (placeholder != null && placeholder.Length > 0 && placeholder[0] != '@')
        {
            kind = FinancialDataNames.Classify(placeholder, null, _names);
            if (IsReported(kind))
            {
                return new Carried(kind, named.Name + " (" + placeholder + ")");
            }
        }

        // A record's generated ToString prints every public member; a hand-written one prints what it chooses.
        return named.IsRecord && !handWritten ? Carries(named, 0, cancellationToken) : default;
    }

    private static bool OverridesToString(INamedTypeSymbol type, out bool handWritten)
    {
        handWritten = false;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.IsEmpty: true } method)
                {
                    handWritten = !method.IsImplicitlyDeclared;
                    return handWritten || !current.IsRecord;
                }
            }

            foreach (ISymbol member in current.GetMembers("PrintMembers"))
            {
                if (member is IMethodSymbol { IsImplicitlyDeclared: false })
                {
                    // A record that chooses what it prints.
                    handWritten = true;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasScalarMember(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (!member.IsStatic && (member is IPropertySymbol { Type: { } propertyType } && IsScalar(propertyType) || member is IFieldSymbol { Type: { } fieldType } && IsScalar(fieldType)))
            {
                return true;
            }
        }

        return false;
    }

    private Carried Carries(ITypeSymbol? type, int depth, CancellationToken cancellationToken)
    {
        if (type == null || depth > 1)
        {
            return default;
        }

        if (type is IArrayTypeSymbol array)
        {
            return Carries(array.ElementType, depth, cancellationToken);
        }

        if (type is not INamedTypeSymbol named || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
        {
            return default;
        }

        if (named.IsGenericType)
        {
            // List<TransferRequest>, Task<T>, a PagedResult<T> of the team's own: what it holds is written.
            foreach (ITypeSymbol argument in named.TypeArguments)
            {
                Carried inner = Carries(argument, depth, cancellationToken);
                if (inner.Kind != FinancialDataKind.None)
                {
                    return inner;
                }
            }
        }

        if (!named.IsAnonymousType && (named.ContainingAssembly is not { } assembly || !_application.Contains(assembly)))
        {
            return default;
        }

        if (depth == 0 && _cache.TryGetValue(named, out Carried cached))
        {
            return cached;
        }

        cancellationToken.ThrowIfCancellationRequested();
        Carried result = default;
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
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                if (memberType == null || IsSkippedBySerializers(member))
                {
                    continue;
                }

                if (IsScalar(memberType))
                {
                    FinancialDataKind kind = FinancialDataNames.MayNameFinancialData(member.Name) || FinancialDataNames.MayNameFinancialData(named.Name)
                        ? FinancialDataNames.Classify(member.Name, named.Name, _names)
                        : FinancialDataKind.None;
                    if (IsReported(kind))
                    {
                        result = new Carried(kind, (named.IsAnonymousType ? "new { }" : named.Name) + "." + member.Name);
                        break;
                    }
                }
                else if (depth == 0 && !SymbolEqualityComparer.Default.Equals(memberType, named) && !FinancialDataNames.IsSafeForm(member.Name))
                {
                    // request.Payee.Iban, command.Beneficiaries[i].AccountNumber: one navigation deep.
                    Carried nested = Carries(memberType, depth + 1, cancellationToken);
                    if (nested.Kind != FinancialDataKind.None)
                    {
                        result = nested;
                        break;
                    }
                }
            }
        }

        if (depth == 0)
        {
            _cache.TryAdd(named, result);
        }

        return result;
    }

    // Members a serializer leaves out or a log sanitizer blanks: [JsonIgnore], [IgnoreDataMember], [NonSerialized],
    // [XmlIgnore], and the teams' own [SensitiveData], [Redact], [Masked], [NotLogged], [LogIgnore] markers.
    private static bool IsSkippedBySerializers(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            if (name == null)
            {
                continue;
            }

            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            if (name is "JsonIgnore" or "IgnoreDataMember" or "NonSerialized" or "XmlIgnore" or "ScriptIgnore" or "BsonIgnore"
                || name.IndexOf("Sensitive", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Redact", StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("Mask", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("NotLog", StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("LogIgnore", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("NoLog", StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("Secret", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsScalar(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Decimal;
    }

    public static bool IsReported(FinancialDataKind kind)
        => kind is FinancialDataKind.BankAccountNumber or FinancialDataKind.Iban or FinancialDataKind.NationalId;
}
