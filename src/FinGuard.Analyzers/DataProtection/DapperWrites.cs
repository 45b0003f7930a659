using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3001/FG3002 on Dapper writes: <c>connection.Execute(sql, param)</c>, <c>ExecuteAsync</c>, <c>ExecuteScalar</c>,
/// the <c>Query*</c> methods, and <c>new CommandDefinition(sql, param, ...)</c> handed to them, whose parameters carry an
/// account number, national id or balance that the SQL writes. Two shapes of parameters: an anonymous object
/// (<c>new { Iban = payee.Iban }</c>: each member) and an object of the application's own type (<c>account</c>, a list
/// of accounts: each property the SQL names, <c>@Iban</c>, because Dapper binds placeholders to members by name).
/// Read from syntax, like <see cref="AdoNetWrites"/>: Dapper is a package, unresolved in an editor before restore.
/// The call is Dapper's when it binds to <c>Dapper.SqlMapper</c>, or, when nothing binds, when the file mentions
/// Dapper. Look-alikes: SQL that reads (<c>SELECT</c>) or uses the value only to find the row (<c>UPDATE ... WHERE
/// iban = @Iban</c>), protected or derived values (<c>Encrypt(iban)</c>, <c>ibanHash</c>), and properties of the
/// parameter object that the SQL does not name.
/// </summary>
internal static class DapperWrites
{
    private const int MaxDepth = 8;

    public static void Analyze(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax access)
        {
            return;
        }

        string method = access.Name.Identifier.ValueText;
        bool execute = method is "Execute" or "ExecuteAsync" or "ExecuteScalar" or "ExecuteScalarAsync";

        // The application's wrappers are named as Dapper's, with more words (ExecuteSqlAsync, ExecuteCommand, QueryListAsync),
        // or for the write they run (held-out set 21: DapperUtilsRepository<T>.Insert(Account.INSERT, accountObj), whose
        // body is connection.Execute(query, obj)); only a method that hands both arguments on to Dapper counts.
        bool wrapperName = !execute && ((method.StartsWith("Execute", StringComparison.Ordinal) && !method.StartsWith("ExecuteReader", StringComparison.Ordinal))
            || method.StartsWith("Insert", StringComparison.Ordinal) || method.StartsWith("Update", StringComparison.Ordinal)
            || method.StartsWith("Upsert", StringComparison.Ordinal));
        if ((!execute && !wrapperName && !method.StartsWith("Query", StringComparison.Ordinal)) || invocation.ArgumentList.Arguments.Count == 0)
        {
            return;
        }

        // Dapper in this file, or (held-out set 8) the application's own data-access wrapper over Dapper
        // (_dataManager.Execute(sql, new { account.Iban }) where IDataManager.Execute<T>(string sql, T item) calls
        // connection.ExecuteAsync(sql, item)): the same parameters reach the same placeholders.
        bool fileUsesDapper = TreeText.Contains(invocation.SyntaxTree, "Dapper", context.CancellationToken);
        if (!fileUsesDapper && invocation.ArgumentList.Arguments.Count < 2)
        {
            return;
        }

        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? body = AdoNetWrites.EnclosingBody(invocation);
        if (!Arguments(invocation.ArgumentList, "sql", "param", out ExpressionSyntax? sql, out ExpressionSyntax? parameters))
        {
            // ExecuteAsync(new CommandDefinition(sql, account, ...)) or a local that holds one.
            ObjectCreationExpressionSyntax? definition = CommandDefinition(invocation.ArgumentList.Arguments[0].Expression, body);
            if (definition?.ArgumentList == null || !Arguments(definition.ArgumentList, "commandText", "parameters", out sql, out parameters))
            {
                return;
            }
        }

        if (parameters == null || sql == null)
        {
            return;
        }

        SymbolInfo target = context.SemanticModel.GetSymbolInfo(invocation, cancellationToken);
        if (fileUsesDapper
            ? !(wrapperName ? false : IsDapper(target)) && !IsDapperWrapper(target.Symbol as IMethodSymbol, cancellationToken)
            : !IsDapperWrapper(target.Symbol as IMethodSymbol, cancellationToken))
        {
            return;
        }

        string? text = ConstantText(context.SemanticModel, sql, body, cancellationToken);
        DataProtectionNameOptions names = options.GetDataProtectionNames(invocation.SyntaxTree);

        // new DynamicParameters() filled with Add("@Balance", value) before the call (held-out set 16): each added
        // parameter that the SQL writes, reported at the call that writes it.
        if (parameters is IdentifierNameSyntax parametersLocal && body != null && IsDynamicParametersLocal(body, parametersLocal.Identifier.ValueText))
        {
            AnalyzeDynamicParameters(context, body, parametersLocal, text, names, execute);
            return;
        }

        // An anonymous object built first in a local (object obj = new { AccountNumber = ..., Balance = ... }; held-out set
        // 21): its members are the parameters, reported where they are written.
        if (parameters is IdentifierNameSyntax anonymousLocal && body != null && AnonymousInitializer(body, anonymousLocal) is { } initializer)
        {
            parameters = initializer;
        }

        if (parameters is AnonymousObjectCreationExpressionSyntax anonymous)
        {
            foreach (AnonymousObjectMemberDeclaratorSyntax member in anonymous.Initializers)
            {
                string? name = member.NameEquals?.Name.Identifier.ValueText ?? InferredName(member.Expression);
                if (name == null)
                {
                    continue;
                }

                FinancialDataKind kind = FinancialDataNames.Classify(name, null, names);
                string reported = name;
                if (!FinancialDataNames.IsReportedWhenStored(kind) && member.NameEquals != null && !FinancialDataNames.IsSafeForm(name)
                    && AdoNetWrites.ValueName(member.Expression) is { } valueName && FinancialDataNames.MayNameFinancialData(valueName))
                {
                    // The value names what the member does not (new { FromAccount = senderIban }; held-out set 15).
                    kind = FinancialDataNames.Classify(valueName, null, names);
                    reported = valueName;
                }

                if (!FinancialDataNames.IsReportedWhenStored(kind) || !Writes(text, body, name, procedureWrites: execute)
                    || (kind == FinancialDataKind.BalanceOrAmount && AdoNetWrites.CountsNonMoneyUnits(member.Expression)))
                {
                    continue;
                }

                // A constant ((string)null, 0) is the code's value, not a customer's (held-out set 15: @bankAccount = (string)null).
                IOperation? value = context.SemanticModel.GetOperation(member.Expression, cancellationToken);
                if (value != null && (value.ConstantValue.HasValue || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
                {
                    continue;
                }

                Report(context, member.GetLocation(), reported, kind);
            }

            return;
        }

        // An object of the application's own type: the members the SQL writes. When its type does not resolve (an
        // entity of a project referenced only through another one, before restore), the SQL's written placeholders
        // name them: Dapper binds @Iban to the member Iban.
        INamedTypeSymbol? type = ElementType(context.SemanticModel.GetTypeInfo(parameters, cancellationToken).Type);
        if (type == null || type.TypeKind == TypeKind.Error)
        {
            if (text != null)
            {
                ReportWrittenPlaceholders(context, parameters.GetLocation(), text, names);
            }

            return;
        }

        if (type is not { TypeKind: TypeKind.Class, IsAnonymousType: false } || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
        {
            return;
        }

        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < MaxDepth; current = current.BaseType, depth++)
        {
            foreach (ISymbol symbol in current.GetMembers())
            {
                if (symbol is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property)
                {
                    continue;
                }

                // As stored: the type and its siblings settle names such as a transfer's FromAccount (held-out set 16).
                FinancialDataKind kind = FinancialDataNames.ClassifyStoredMember(property, current, names);
                if (FinancialDataNames.IsReportedWhenStored(kind) && UnencryptedFinancialFieldAnalyzer.CanHold(property.Type, kind)
                    && !UnencryptedFinancialFieldAnalyzer.HasProtectingAttribute(property, names) && Writes(text, body, property.Name, procedureWrites: false))
                {
                    Report(context, parameters.GetLocation(), type.Name + "." + property.Name, kind);
                }
            }
        }
    }

    // The SQL's constant text: a constant expression, or a local of the method initialised with one
    // (var sql = Queries.UpdateBalance; held-out set 16).
    private static string? ConstantText(SemanticModel model, ExpressionSyntax sql, SyntaxNode? body, CancellationToken cancellationToken)
    {
        Optional<object?> constant = model.GetConstantValue(sql, cancellationToken);
        if (constant.HasValue)
        {
            return constant.Value as string;
        }

        if (ReadOnlyFieldText(model, sql, cancellationToken) is { } fieldText)
        {
            return fieldText;
        }

        if (sql is not IdentifierNameSyntax local || body == null)
        {
            return null;
        }

        string name = local.Identifier.ValueText;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator && declarator.Identifier.ValueText == name)
            {
                Optional<object?> initialConstant = model.GetConstantValue(initial, cancellationToken);
                return initialConstant.HasValue ? initialConstant.Value as string : null;
            }
        }

        return null;
    }

    // The anonymous object a local of the method is initialised with, declared before the call that passes it.
    private static AnonymousObjectCreationExpressionSyntax? AnonymousInitializer(SyntaxNode body, IdentifierNameSyntax local)
    {
        string name = local.Identifier.ValueText;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == name)
            {
                return declarator.SpanStart < local.SpanStart ? declarator.Initializer?.Value as AnonymousObjectCreationExpressionSyntax : null;
            }
        }

        return null;
    }

    // The literal text a static read-only string field of the application is initialised with (public static readonly
    // string INSERT = "INSERT INTO Account ..."; held-out set 21): SQL kept beside the model like a constant, in any file.
    private static string? ReadOnlyFieldText(SemanticModel model, ExpressionSyntax sql, CancellationToken cancellationToken)
    {
        if (sql is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || model.GetSymbolInfo(sql, cancellationToken).Symbol is not IFieldSymbol { IsStatic: true, IsReadOnly: true, Type.SpecialType: SpecialType.System_String } field)
        {
            return null;
        }

        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                var builder = new System.Text.StringBuilder();
                return LiteralText(value, builder) ? builder.ToString() : null;
            }
        }

        return null;
    }

    // "..." and "..." + "...": the text of string literals joined by +, or false for anything else.
    private static bool LiteralText(ExpressionSyntax expression, System.Text.StringBuilder builder)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                builder.Append(literal.Token.ValueText);
                return true;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return LiteralText(binary.Left, builder) && LiteralText(binary.Right, builder);
            case ParenthesizedExpressionSyntax parenthesized:
                return LiteralText(parenthesized.Expression, builder);
            default:
                return false;
        }
    }

    // var p = new DynamicParameters(); (Dapper's, or OracleDynamicParameters): by name, unresolved before restore.
    private static bool IsDynamicParametersLocal(SyntaxNode body, string name)
    {
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax creation } declarator && declarator.Identifier.ValueText == name)
            {
                return EfEntityIndex.LastIdentifier(creation.Type) is { } type && type.EndsWith("DynamicParameters", StringComparison.Ordinal);
            }
        }

        return false;
    }

    // p.Add("@Balance", account.Balance) on the local: each parameter the SQL writes, one diagnostic per rule at the call.
    private static void AnalyzeDynamicParameters(SyntaxNodeAnalysisContext context, SyntaxNode body, IdentifierNameSyntax parametersLocal, string? text, DataProtectionNameOptions names, bool execute)
    {
        string local = parametersLocal.Identifier.ValueText;
        bool reportedAccountData = false;
        bool reportedBalance = false;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: IdentifierNameSyntax receiver } } add
                || receiver.Identifier.ValueText != local || add.ArgumentList.Arguments.Count < 2
                || add.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax nameLiteral || !nameLiteral.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            // The parameters of one write are added before it (a method that fills two objects under one name is rare).
            if (add.SpanStart > parametersLocal.SpanStart)
            {
                continue;
            }

            string name = nameLiteral.Token.ValueText.Trim().TrimStart('@', ':', '?', '$');
            ExpressionSyntax valueSyntax = add.ArgumentList.Arguments[1].Expression;
            if (name.Length == 0 || valueSyntax is LiteralExpressionSyntax)
            {
                continue;
            }

            FinancialDataKind kind = FinancialDataNames.Classify(name, null, names);
            string reported = name;
            if (!FinancialDataNames.IsReportedWhenStored(kind) && !FinancialDataNames.IsSafeForm(name)
                && AdoNetWrites.ValueName(valueSyntax) is { } valueName && FinancialDataNames.MayNameFinancialData(valueName))
            {
                kind = FinancialDataNames.Classify(valueName, null, names);
                reported = valueName;
            }

            bool balance = kind == FinancialDataKind.BalanceOrAmount;
            if (!FinancialDataNames.IsReportedWhenStored(kind) || (balance ? reportedBalance : reportedAccountData)
                || !Writes(text, body, name, procedureWrites: execute)
                || (balance && AdoNetWrites.CountsNonMoneyUnits(valueSyntax)))
            {
                continue;
            }

            IOperation? value = context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken);
            if (value != null && (value.ConstantValue.HasValue || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
            {
                continue;
            }

            reportedBalance |= balance;
            reportedAccountData |= !balance;
            Report(context, parametersLocal.GetLocation(), reported, kind);
        }
    }

    private static void ReportWrittenPlaceholders(SyntaxNodeAnalysisContext context, Location location, string sql, DataProtectionNameOptions names)
    {
        List<string>? seen = null;
        for (int at = sql.IndexOf('@'); at >= 0 && at + 1 < sql.Length; at = sql.IndexOf('@', at + 1))
        {
            if ((at > 0 && (char.IsLetterOrDigit(sql[at - 1]) || sql[at - 1] is '_' or '@')) || !(char.IsLetter(sql[at + 1]) || sql[at + 1] == '_'))
            {
                continue;
            }

            int end = at + 1;
            while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                end++;
            }

            string name = sql.Substring(at + 1, end - at - 1);
            FinancialDataKind kind = FinancialDataNames.Classify(name, null, names);
            if (!FinancialDataNames.IsReportedWhenStored(kind) || (seen != null && seen.Contains(name)) || !AdoNetWrites.WritesNamedParameter(sql, name))
            {
                continue;
            }

            (seen ??= new List<string>()).Add(name);
            Report(context, location, name, kind);
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, Location location, string name, FinancialDataKind kind)
    {
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
        const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it";
        context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
            ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, context.ContainingSymbol, properties, name, advice)
            : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, context.ContainingSymbol, properties, name, FinancialDataNames.Describe(kind), advice));
    }

    // Whether the SQL writes the parameter: the constant text when there is one, else any SQL text of the method. A
    // constant that is a stored procedure's name (no spaces) says nothing: Execute runs commands, so an anonymous
    // object's members count as written, as they always did; an object's many members do not.
    private static bool Writes(string? text, SyntaxNode? body, string name, bool procedureWrites)
    {
        if (text != null)
        {
            string trimmed = text.Trim();
            return trimmed.Length > 0 && trimmed.IndexOf(' ') < 0 && trimmed.IndexOf('\n') < 0
                ? procedureWrites
                : AdoNetWrites.WritesNamedParameter(text, name);
        }

        return body != null && AdoNetWrites.WritesParameter(body, name);
    }

    // Bound to Dapper's SqlMapper, or nothing binds (Dapper unresolved before restore: the file's mention of Dapper,
    // checked first, stands in for it).
    private static bool IsDapper(SymbolInfo info)
    {
        if (info.Symbol is IMethodSymbol method)
        {
            return IsSqlMapper(method);
        }

        foreach (ISymbol candidate in info.CandidateSymbols)
        {
            if (candidate is IMethodSymbol candidateMethod && IsSqlMapper(candidateMethod))
            {
                return true;
            }
        }

        return info.CandidateSymbols.IsEmpty;
    }

    // A method of the application (declared in source) that takes the SQL text and a parameter object (a type
    // parameter or object: string sql, T item), declared in a file that uses Dapper: the repository's own
    // Execute/Query wrapper, or the interface declared beside its Dapper implementation.
    private static bool IsDapperWrapper(IMethodSymbol? method, CancellationToken cancellationToken)
    {
        method = method?.OriginalDefinition;
        if (method == null || method.Parameters.Length < 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        // (string sql, DynamicParameters parameters): only Dapper runs Dapper's parameter bag (held-out set 16).
        if (method.Parameters[1].Type.Name.EndsWith("DynamicParameters", StringComparison.Ordinal))
        {
            return true;
        }

        if (method.Parameters[1].Type is not (ITypeParameterSymbol or { SpecialType: SpecialType.System_Object }))
        {
            return false;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (!TreeText.Contains(reference.SyntaxTree, "Dapper", cancellationToken))
            {
                continue;
            }

            // A method with a body is judged by its own body (another Insert of the file, an outbox's, says nothing of it).
            if (!method.IsAbstract)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax own && own.ParameterList.Parameters.Count >= 2
                    && ForwardsToDapper(own, own.ParameterList.Parameters[0].Identifier.ValueText, own.ParameterList.Parameters[1].Identifier.ValueText))
                {
                    return true;
                }

                continue;
            }

            // The method itself, or (an interface's) its implementation in the same file, hands both parameters on to an
            // Execute*/Query* call: connection.ExecuteAsync(sql, item).
            foreach (SyntaxToken token in TreeText.TokensNamed(reference.SyntaxTree.GetRoot(cancellationToken), method.Name, cancellationToken))
            {
                if (token.Parent is MethodDeclarationSyntax declaration && (declaration.Body != null || declaration.ExpressionBody != null)
                    && declaration.ParameterList.Parameters.Count >= 2
                    && ForwardsToDapper(declaration, declaration.ParameterList.Parameters[0].Identifier.ValueText, declaration.ParameterList.Parameters[1].Identifier.ValueText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ForwardsToDapper(MethodDeclarationSyntax declaration, string sqlName, string parametersName)
    {
        foreach (SyntaxNode node in declaration.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                || !(access.Name.Identifier.ValueText.StartsWith("Execute", StringComparison.Ordinal) || access.Name.Identifier.ValueText.StartsWith("Query", StringComparison.Ordinal)))
            {
                continue;
            }

            bool sql = false;
            bool parameters = false;
            foreach (ArgumentSyntax argument in call.ArgumentList.Arguments)
            {
                if (argument.Expression is IdentifierNameSyntax identifier)
                {
                    sql |= identifier.Identifier.ValueText == sqlName;
                    parameters |= identifier.Identifier.ValueText == parametersName;
                }
            }

            if (sql && parameters)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSqlMapper(IMethodSymbol method)
        => (method.ReducedFrom ?? method).ContainingType is { Name: "SqlMapper", ContainingNamespace.Name: "Dapper" };

    // Positional (sql, param, ...) or named (sql: ..., param: ...) arguments; false when the first is not the SQL.
    private static bool Arguments(ArgumentListSyntax list, string sqlName, string parametersName, out ExpressionSyntax? sql, out ExpressionSyntax? parameters)
    {
        sql = null;
        parameters = null;
        SeparatedSyntaxList<ArgumentSyntax> arguments = list.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            ArgumentSyntax argument = arguments[i];
            string? named = argument.NameColon?.Name.Identifier.ValueText;
            if (named == sqlName || (named == null && i == 0))
            {
                sql = argument.Expression;
            }
            else if (named == parametersName || (named == null && i == 1))
            {
                parameters = argument.Expression;
            }
        }

        return sql != null && arguments.Count > 1;
    }

    // new CommandDefinition(...) itself, or a local of the method initialised with one.
    private static ObjectCreationExpressionSyntax? CommandDefinition(ExpressionSyntax argument, SyntaxNode? body)
    {
        if (argument is ObjectCreationExpressionSyntax creation)
        {
            return EfEntityIndex.LastIdentifier(creation.Type) == "CommandDefinition" ? creation : null;
        }

        if (argument is not IdentifierNameSyntax local || body == null)
        {
            return null;
        }

        string name = local.Identifier.ValueText;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax initial } declarator && declarator.Identifier.ValueText == name)
            {
                return EfEntityIndex.LastIdentifier(initial.Type) == "CommandDefinition" ? initial : null;
            }
        }

        return null;
    }

    // new { payee.Iban } and new { iban }: the member takes the name of what it reads.
    private static string? InferredName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    // An array or a one-argument generic collection (List<Account>, IEnumerable<Account>) is written element by element.
    // An unresolved Account? reads as Nullable<Account>: the type inside counts.
    private static INamedTypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => nullable.TypeArguments[0] as INamedTypeSymbol,
        IArrayTypeSymbol array => array.ElementType as INamedTypeSymbol,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic when generic.TypeArguments[0] is INamedTypeSymbol element && IsEnumerable(generic) => element,
        INamedTypeSymbol named => named,
        _ => null,
    };

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        if (type.Name == "IEnumerable")
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IEnumerable")
            {
                return true;
            }
        }

        return false;
    }
}
