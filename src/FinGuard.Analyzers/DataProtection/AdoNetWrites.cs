using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3001/FG3002 on ADO.NET writes: <c>command.Parameters.AddWithValue("@Iban", payee.Iban)</c> whose parameter the
/// method's SQL writes (<c>INSERT</c>, <c>UPDATE ... SET</c>, <c>MERGE</c> text that names <c>@Iban</c>), with a value
/// that is not already protected (<c>Encrypt(iban)</c>, <c>ibanHash</c>). Read from syntax, because the providers
/// (<c>System.Data.SqlClient</c>, <c>Microsoft.Data.SqlClient</c>, <c>Npgsql</c>, <c>MySqlConnector</c>) are packages
/// that an editor before restore does not resolve, and <c>AddWithValue</c> has the same shape in all of them.
/// Look-alikes: a parameter used only by a <c>SELECT</c> (a lookup is not a write), a stored procedure whose text is not
/// in the method (nothing to read), and safe forms of the name (<c>@IbanHash</c>, <c>@IbanLast4</c>).
/// </summary>
internal static class AdoNetWrites
{
    public static void Analyze(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddWithValue" } access
            || !IsParametersCollection(access.Expression)
            || invocation.ArgumentList.Arguments.Count != 2
            || invocation.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax nameLiteral
            || !nameLiteral.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        string parameter = nameLiteral.Token.ValueText.TrimStart('@', ':', '?', '$');
        if (parameter.Length == 0)
        {
            return;
        }

        DataProtectionNameOptions names = options.GetDataProtectionNames(invocation.SyntaxTree);
        FinancialDataKind kind = FinancialDataNames.Classify(parameter, null, names);
        if (!FinancialDataNames.IsReportedWhenStored(kind))
        {
            return;
        }

        ExpressionSyntax valueSyntax = invocation.ArgumentList.Arguments[1].Expression;
        if (context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken) is IOperation value
            && (UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
        {
            return;
        }

        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null || !WritesParameter(body, parameter))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
        const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it";
        Location location = invocation.GetLocation();
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
