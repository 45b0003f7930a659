using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3001/FG3002 on ADO.NET writes: <c>command.Parameters.AddWithValue("@Iban", payee.Iban)</c> whose parameter the
/// method's SQL writes (<c>INSERT</c>, <c>UPDATE ... SET</c>, <c>MERGE</c> text that names <c>@Iban</c>), with a value
/// that is not already protected (<c>Encrypt(iban)</c>, <c>ibanHash</c>). Read from syntax, because the providers
/// (<c>System.Data.SqlClient</c>, <c>Microsoft.Data.SqlClient</c>, <c>Npgsql</c>, <c>MySqlConnector</c>) are packages
/// that an editor before restore does not resolve, and <c>AddWithValue</c> has the same shape in all of them.
/// Parameters created as objects count too (<c>new SqlParameter("@Bvn", applicant.Bvn)</c>, Npgsql's, MySQL's...), and
/// so do stored procedures whose name says they write (<c>EXEC InsertLoanApplication @Bvn, ...</c>, <c>CommandText =
/// "usp_CreateCustomer"</c>; issue 18, held-out sets 10 and 11): the procedure's text is not in the code, its name is
/// the only account of what it does.
/// Look-alikes: a parameter used only by a <c>SELECT</c> (a lookup is not a write), a stored procedure whose name does
/// not say it writes (<c>usp_GetCustomer</c>, <c>usp_ValidateAccount</c>), a parameter created with its database type
/// (<c>new SqlParameter("@Iban", SqlDbType.VarChar)</c>) unless its value is set at once (<c>Parameters.Add("@Iban",
/// SqlDbType.VarChar).Value = iban</c>, <c>new NpgsqlParameter&lt;string&gt;("cpf", NpgsqlDbType.Text) { Value = cpf }</c>), literal values (the code's constants), and safe forms of the name (<c>@IbanHash</c>, <c>@IbanLast4</c>).
/// </summary>
internal static class AdoNetWrites
{
    public static void Analyze(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddWithValue" or "Add" } access
            || invocation.ArgumentList.Arguments.Count < 2
            || invocation.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax nameLiteral
            || !nameLiteral.IsKind(SyntaxKind.StringLiteralExpression)
            || !IsParametersCollection(access.Expression))
        {
            return;
        }

        if (access.Name.Identifier.ValueText == "AddWithValue")
        {
            if (invocation.ArgumentList.Arguments.Count == 2)
            {
                AnalyzeParameter(context, options, invocation, nameLiteral, invocation.ArgumentList.Arguments[1].Expression);
            }

            return;
        }

        // command.Parameters.Add("@Iban", SqlDbType.VarChar, 34).Value = payee.Iban: the parameter is created with its
        // column's type and its value set on the result, the same write as AddWithValue (held-out sets 9, 10 and 13).
        if (IsDbTypeArgument(invocation.ArgumentList.Arguments[1].Expression)
            && invocation.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } valueAccess
            && valueAccess.Parent is AssignmentExpressionSyntax assignment && assignment.Left == valueAccess
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            AnalyzeParameter(context, options, invocation, nameLiteral, assignment.Right);
        }
    }

    // SqlDbType.VarChar, NpgsqlDbType.Text, MySqlDbType.VarString, DbType.String: a provider's column type.
    private static bool IsDbTypeArgument(ExpressionSyntax expression)
        => expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } typeAccess
            && LastName(typeAccess.Expression) is { } receiver && receiver.EndsWith("Type", StringComparison.Ordinal);

    // new SqlParameter("@Bvn", applicant.Bvn), new NpgsqlParameter(...), new MySqlParameter(...): the provider's parameter
    // type, by name (before restore it is unresolved).
    public static void AnalyzeCreation(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var creation = (ObjectCreationExpressionSyntax)context.Node;
        if (creation.ArgumentList is not { Arguments.Count: 2 } arguments
            || arguments.Arguments[0].Expression is not LiteralExpressionSyntax nameLiteral
            || !nameLiteral.IsKind(SyntaxKind.StringLiteralExpression)
            || EfEntityIndex.LastIdentifier(creation.Type) is not { } typeName
            || !typeName.EndsWith("Parameter", StringComparison.Ordinal) || typeName.Length == "Parameter".Length)
        {
            return;
        }

        // new SqlParameter("@Iban", SqlDbType.VarChar): the column's type; the value comes later, or in the initializer
        // (new NpgsqlParameter<string>("cpf", NpgsqlDbType.Text) { Value = cpf }: held-out set 13).
        ExpressionSyntax valueSyntax = arguments.Arguments[1].Expression;
        if (IsDbTypeArgument(valueSyntax))
        {
            ExpressionSyntax? initialized = null;
            if (creation.Initializer != null)
            {
                foreach (ExpressionSyntax expression in creation.Initializer.Expressions)
                {
                    if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Value" or "TypedValue" } } member)
                    {
                        initialized = member.Right;
                    }
                }
            }

            if (initialized == null)
            {
                return;
            }

            valueSyntax = initialized;
        }

        AnalyzeParameter(context, options, creation, nameLiteral, valueSyntax);
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, FinGuardOptions options, ExpressionSyntax site, LiteralExpressionSyntax nameLiteral, ExpressionSyntax valueSyntax)
    {
        string parameter = nameLiteral.Token.ValueText.Trim().TrimStart('@', ':', '?', '$');
        if (parameter.Length == 0)
        {
            return;
        }

        // A literal (@p_blocked_balance = 0) is the code's constant, not a customer's value.
        if (valueSyntax is LiteralExpressionSyntax)
        {
            return;
        }

        DataProtectionNameOptions names = options.GetDataProtectionNames(site.SyntaxTree);
        FinancialDataKind kind = FinancialDataNames.Classify(parameter, null, names);
        if (!FinancialDataNames.IsReportedWhenStored(kind))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken) is IOperation value
            && (value.Type?.TypeKind == TypeKind.Enum || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
        {
            return;
        }

        SyntaxNode? body = EnclosingBody(site);
        if (body == null || !(WritesParameter(body, parameter) || CallsWritingProcedure(body, parameter)))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
        const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it";
        Location location = site.GetLocation();
        context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
            ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, context.ContainingSymbol, properties, parameter, advice)
            : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, context.ContainingSymbol, properties, parameter, FinancialDataNames.Describe(kind), advice));
    }

    // command.Parameters, cmd.Parameters, this.Command.Parameters.
    private static bool IsParametersCollection(ExpressionSyntax receiver) => receiver switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "Parameters",
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Parameters",
        _ => false,
    };

    internal static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax:
                    return current;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    // Some SQL text of the method writes rows (INSERT, UPDATE ... SET, MERGE) and names the parameter. Text split over
    // "..." + "..." is joined first; interpolated holes are skipped.
    internal static bool WritesParameter(SyntaxNode body, string parameter)
    {
        var seen = new HashSet<SyntaxNode>();
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax) || (node is LiteralExpressionSyntax literal && !literal.IsKind(SyntaxKind.StringLiteralExpression)))
            {
                continue;
            }

            SyntaxNode top = node;
            while (top.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                top = binary;
            }

            if (!seen.Add(top))
            {
                continue;
            }

            string text = Text(top);
            if (WritesNamedParameter(text, parameter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the method calls a stored procedure whose name says it writes rows (<c>InsertLoanApplication</c>,
    /// <c>usp_CreateLoanRequest</c>, <c>sp_SaveCustomer</c>) with the parameter: SQL text <c>EXEC name @a, @b</c> that
    /// names the parameter, or a bare procedure name given as the command's text (<c>CommandText = "[usp_X]"</c>,
    /// <c>new SqlCommand("usp_X", ...)</c>, or any bare name in a method that sets <c>CommandType.StoredProcedure</c>), whose
    /// parameters are bound by name.
    /// </summary>
    internal static bool CallsWritingProcedure(SyntaxNode body, string parameter)
    {
        bool? storedProcedure = null;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            string text = literal.Token.ValueText.Trim();
            if (text.Length < 3)
            {
                continue;
            }

            if (StartsWithWord(text, "EXEC") || StartsWithWord(text, "EXECUTE") || StartsWithWord(text, "CALL"))
            {
                int start = 0;
                while (start < text.Length && !char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                string rest = text.Substring(start).TrimStart();
                int end = 0;
                while (end < rest.Length && (IsProcedureNameChar(rest[end])))
                {
                    end++;
                }

                if (NamesWritingProcedure(rest.Substring(0, end)) && FindParameter(text, parameter, 0) >= 0)
                {
                    return true;
                }

                continue;
            }

            if (!IsBareProcedureName(text) || !NamesWritingProcedure(text))
            {
                continue;
            }

            if (IsCommandText(literal))
            {
                return true;
            }

            storedProcedure ??= MentionsStoredProcedure(body);
            if (storedProcedure == true)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProcedureNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '[' or ']';

    private static bool IsBareProcedureName(string text)
    {
        foreach (char c in text)
        {
            if (!IsProcedureNameChar(c))
            {
                return false;
            }
        }

        return char.IsLetter(text[0]) || text[0] == '[';
    }

    // Verbs of procedures that write rows.
    private static readonly HashSet<string> WritingProcedureVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "insert", "ins", "create", "add", "save", "update", "upd", "upsert", "register", "store", "post",
    };

    private static bool NamesWritingProcedure(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (WritingProcedureVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // command.CommandText = "usp_X"; new SqlCommand("usp_X", connection).
    private static bool IsCommandText(LiteralExpressionSyntax literal) => literal.Parent switch
    {
        AssignmentExpressionSyntax { Left: var left } => LastName(left) == "CommandText",
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } list } argument
            => list.Arguments.IndexOf(argument) == 0 && EfEntityIndex.LastIdentifier(creation.Type) is { } type && type.EndsWith("Command", StringComparison.Ordinal),
        _ => false,
    };

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool MentionsStoredProcedure(SyntaxNode body)
    {
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: "StoredProcedure" })
            {
                return true;
            }
        }

        return false;
    }

    private static string Text(SyntaxNode expression)
    {
        var builder = new System.Text.StringBuilder();
        foreach (SyntaxNode node in expression.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    builder.Append(literal.Token.ValueText);
                    break;
                case InterpolatedStringTextSyntax part:
                    builder.Append(part.TextToken.ValueText);
                    break;
            }
        }

        return builder.ToString();
    }

    internal static bool IsWrite(string sql)
    {
        string text = sql.TrimStart();
        return StartsWithWord(text, "INSERT") || StartsWithWord(text, "MERGE")
            || (StartsWithWord(text, "UPDATE") && text.IndexOf(" SET ", StringComparison.OrdinalIgnoreCase) > 0)
            || text.IndexOf("INSERT INTO", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// Whether SQL text writes rows and writes the parameter: some <c>@Iban</c> placeholder sits in the values or the
    /// <c>SET</c> list, not in a <c>WHERE</c> clause (<c>UPDATE accounts SET active = 0 WHERE iban = @Iban</c> looks the
    /// account up by its IBAN and writes no IBAN).
    /// </summary>
    internal static bool WritesNamedParameter(string sql, string parameter)
    {
        if (!IsWrite(sql))
        {
            return false;
        }

        for (int at = FindParameter(sql, parameter, 0); at >= 0; at = FindParameter(sql, parameter, at + 1))
        {
            if (!IsInWhereClause(sql, at))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ClauseKeywords = { "SET", "VALUES", "SELECT", "INSERT", "UPDATE", "MERGE", "OUTPUT" };

    // The nearest clause keyword before the placeholder is WHERE (AND/OR conditions included).
    private static bool IsInWhereClause(string sql, int at)
    {
        int where = LastWord(sql, "WHERE", at);
        if (where < 0)
        {
            return false;
        }

        foreach (string keyword in ClauseKeywords)
        {
            if (LastWord(sql, keyword, at) > where)
            {
                return false;
            }
        }

        return true;
    }

    private static int LastWord(string sql, string word, int before)
    {
        int start = before - 1;
        while (start >= 0)
        {
            // LastIndexOf(value, start) finds a match that ends at or before start.
            int at = sql.LastIndexOf(word, start, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            int end = at + word.Length;
            if ((at == 0 || !IsWordChar(sql[at - 1])) && (end >= sql.Length || !IsWordChar(sql[end])))
            {
                return at;
            }

            start = end - 2;
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@' || c == ':' || c == '$';

    private static bool StartsWithWord(string text, string word)
        => text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length && !char.IsLetterOrDigit(text[word.Length]);

    // @Iban, :Iban or $Iban as a whole placeholder (not @IbanHash): the position of the name, or -1.
    private static int FindParameter(string sql, string parameter, int from)
    {
        for (int at = sql.IndexOf(parameter, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = sql.IndexOf(parameter, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + parameter.Length;
            if (at > 0 && sql[at - 1] is '@' or ':' or '$' && (end == sql.Length || !(char.IsLetterOrDigit(sql[end]) || sql[end] == '_')))
            {
                return at;
            }
        }

        return -1;
    }
}
