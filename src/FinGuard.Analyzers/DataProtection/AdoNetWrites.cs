using System.Threading;
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
        if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddInParameter" } && invocation.ArgumentList.Arguments.Count == 4)
        {
            AnalyzeAddInParameter(context, options, invocation);
            return;
        }

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
                AnalyzeParameter(context, options, invocation, nameLiteral, invocation.ArgumentList.Arguments[1].Expression, CommandOf(access.Expression));
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
            AnalyzeParameter(context, options, invocation, nameLiteral, assignment.Right, CommandOf(access.Expression));
        }
    }

    // cmd of cmd.Parameters; null for a bare Parameters.
    private static ExpressionSyntax? CommandOf(ExpressionSyntax parameters)
        => parameters is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parameters" } member ? member.Expression : null;

    // db.AddInParameter(command, "AadharCardNo", DbType.String, driver.AadharCardNo): Enterprise Library's Database adds a
    // parameter to a command it made with GetStoredProcCommand(name) or GetSqlStringCommand(text) (held-out set 22), the
    // command's text found as for Parameters.AddWithValue.
    private static void AnalyzeAddInParameter(SyntaxNodeAnalysisContext context, FinGuardOptions options, InvocationExpressionSyntax invocation)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        if (arguments[1].Expression is LiteralExpressionSyntax nameLiteral && nameLiteral.IsKind(SyntaxKind.StringLiteralExpression)
            && IsDbTypeArgument(arguments[2].Expression))
        {
            AnalyzeParameter(context, options, invocation, nameLiteral, arguments[3].Expression, arguments[0].Expression);
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

            // cmd.Parameters.Add(new SqlParameter("@oa", SqlDbType.NVarChar)).Value = account: Add returns the parameter
            // it is given, whose value is set at once (held-out set 22).
            if (initialized == null && AddedTo(creation) is { } add && add.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } valueAccess
                && valueAccess.Parent is AssignmentExpressionSyntax assignment && assignment.Left == valueAccess && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                initialized = assignment.Right;
            }

            if (initialized == null)
            {
                return;
            }

            valueSyntax = initialized;
        }

        AnalyzeParameter(context, options, creation, nameLiteral, valueSyntax, AddedTo(creation) is { Expression: MemberAccessExpressionSyntax { Expression: var parameters } } ? CommandOf(parameters) : null);
    }

    // The Parameters.Add(...) call a parameter object is the only argument of; null otherwise.
    private static InvocationExpressionSyntax? AddedTo(ObjectCreationExpressionSyntax creation)
        => creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: var parameters } } add } }
           && IsParametersCollection(parameters)
            ? add
            : null;

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context, FinGuardOptions options, ExpressionSyntax site, LiteralExpressionSyntax nameLiteral, ExpressionSyntax valueSyntax, ExpressionSyntax? command)
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
        string reported = parameter;
        IOperation? value = null;
        if (!FinancialDataNames.IsReportedWhenStored(kind))
        {
            // The value names what the parameter does not (held-out set 15: @FromAccount = senderIBAN), or a bare
            // personal id that holds text is the person's national number (@PersonalID, nvarchar).
            // Not when the parameter names a protected form of it (@BvnHash = application.Bvn hashes it in the procedure).
            // A form control's text is named by the control (@AS = adminSSN.Text, @p3 = MskTcKimlik.Text; held-out set 19).
            if (!FinancialDataNames.IsSafeForm(parameter) && ControlOrValueName(valueSyntax) is { } valueName && FinancialDataNames.MayNameFinancialData(valueName)
                && FinancialDataNames.Classify(valueName, null, names) is var named && FinancialDataNames.IsReportedWhenStored(named))
            {
                kind = named;
                reported = valueName;
            }
            else if (FinancialDataNames.IsPersonalIdText(parameter)
                && HoldsText(value = context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken), site))
            {
                kind = FinancialDataKind.NationalId;
            }
            else if (!FinancialDataNames.IsSafeForm(parameter) && EnclosingBody(site) is { } sqlBody
                && (ColumnOfParameter(sqlBody, parameter) ?? ColumnOfParameter(CommandTexts(context, command, site), parameter)) is { } column
                && FinancialDataNames.Classify(column, null, names) is var columnKind && FinancialDataNames.IsReportedWhenStored(columnKind))
            {
                // A positional placeholder named for nothing (@p5, @account) whose INSERT column is the account data
                // (held-out set 18: insert into TBLPEOPLE (..., ACCOUNTNO) values (..., @p5)): the column names it.
                kind = columnKind;
                reported = column;
            }
            else
            {
                return;
            }
        }

        value ??= context.SemanticModel.GetOperation(valueSyntax, context.CancellationToken);
        if (value != null
            && (value.ConstantValue.HasValue || value.Type?.TypeKind == TypeKind.Enum || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
        {
            return;
        }

        if (kind == FinancialDataKind.BalanceOrAmount && (CountsNonMoneyUnits(valueSyntax) || IsOwedBalanceMember(value)))
        {
            return;
        }

        SyntaxNode? body = EnclosingBody(site);
        if (body == null || !(WritesParameter(body, parameter) || CallsWritingProcedure(body, parameter, site) || WritesParameter(CommandTexts(context, command, site), parameter)))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
        const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it";
        Location location = site.GetLocation();
        context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
            ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, context.ContainingSymbol, properties, parameter, advice)
            : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, context.ContainingSymbol, properties, reported, FinancialDataNames.Describe(kind), advice));
    }

    // The texts the command may have (new MySqlCommand(ADD_ACCOUNT, connection) with the text in a field of the class,
    // cmd.CommandText = sql, db.GetStoredProcCommand(Routines.SaveDriver); held-out set 22), or null.
    private static List<string>? CommandTexts(SyntaxNodeAnalysisContext context, ExpressionSyntax? command, ExpressionSyntax site)
        => command == null ? null : CardData.SqlParameterNames.CommandTextsOf(context.SemanticModel, command, site.SpanStart, context.CancellationToken);

    // The column the parameter fills in one of the command's texts.
    private static string? ColumnOfParameter(List<string>? texts, string parameter)
    {
        if (texts != null)
        {
            foreach (string sql in texts)
            {
                if (ColumnInText(sql, parameter) is { } column)
                {
                    return column;
                }
            }
        }

        return null;
    }

    // One of the command's texts writes the parameter, or is the bare name of a procedure named for a write (its
    // parameters are bound by name).
    private static bool WritesParameter(List<string>? texts, string parameter)
    {
        if (texts != null)
        {
            foreach (string sql in texts)
            {
                string text = sql.Trim();
                if (WritesNamedParameter(text, parameter) || (text.Length > 2 && IsBareProcedureName(text) && NamesWritingProcedure(text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The value is text, or (unresolved before restore) the parameter is created with a text column type
    // (Parameters.Add("@PersonalID", SqlDbType.NVarChar)).
    private static bool HoldsText(IOperation? value, ExpressionSyntax site)
    {
        ITypeSymbol? type = value == null ? null : WrappedValues.Strip(value).Type;
        if (type != null && type.TypeKind != TypeKind.Error)
        {
            return type.SpecialType == SpecialType.System_String;
        }

        ArgumentListSyntax? arguments = site switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            ObjectCreationExpressionSyntax creation => creation.ArgumentList,
            _ => null,
        };
        return arguments is { Arguments.Count: >= 2 } && arguments.Arguments[1].Expression is MemberAccessExpressionSyntax dbType
            && IsDbTypeArgument(dbType) && dbType.Name.Identifier.ValueText is { } column
            && (column.IndexOf("Char", StringComparison.Ordinal) >= 0 || column.IndexOf("Text", StringComparison.Ordinal) >= 0 || column.IndexOf("String", StringComparison.Ordinal) >= 0);
    }

    /// <summary>The name a value is read from: <c>senderIban</c>, <c>payee.Iban</c> (its last member), or null.</summary>
    internal static string? ValueName(ExpressionSyntax value) => value switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ParenthesizedExpressionSyntax parenthesized => ValueName(parenthesized.Expression),
        _ => null,
    };

    /// <summary>
    /// Whether a written balance is computed from counts of units that are not money (<c>partialBalance +
    /// credit.TotalCreditsQty</c>; held-out set 15: a balance of e-mail credits): any identifier of the value names them.
    /// </summary>
    internal static bool CountsNonMoneyUnits(SyntaxNode value)
    {
        foreach (SyntaxNode node in value.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier && FinancialDataNames.NamesNonMoneyUnit(identifier.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// SQL text that calls a stored procedure creating rows with the values concatenated into it (held-out set 15:
    /// <c>"EXEC spAddBenificiary " + b.AccountNumber + "," + b.BeniAccountNumber</c>): a value named as account data is
    /// written in clear. Only procedures that add rows (<c>Insert</c>, <c>Create</c>, <c>Add</c>, <c>Save</c>,
    /// <c>Register</c>, <c>Store</c>, <c>Post</c>): an update procedure's arguments include the key of the row it changes
    /// (<c>"EXEC spUpdateBalance " + amount + "," + accountNumber</c> finds the account by its number). One diagnostic
    /// per text, at its first such value.
    /// </summary>
    public static void AnalyzeConcatenatedProcedureCall(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var concatenation = (BinaryExpressionSyntax)context.Node;
        if (concatenation.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            return;
        }

        ExpressionSyntax leftmost = concatenation;
        while (leftmost is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary)
        {
            leftmost = binary.Left;
        }

        if (leftmost is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        string text = literal.Token.ValueText.TrimStart();
        if (!(StartsWithWord(text, "EXEC") || StartsWithWord(text, "EXECUTE") || StartsWithWord(text, "CALL")))
        {
            return;
        }

        int start = 0;
        while (start < text.Length && !char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        string rest = text.Substring(start).TrimStart();
        int end = 0;
        while (end < rest.Length && IsProcedureNameChar(rest[end]))
        {
            end++;
        }

        if (end == 0 || !NamesCreatingProcedure(rest.Substring(0, end)))
        {
            return;
        }

        DataProtectionNameOptions names = options.GetDataProtectionNames(concatenation.SyntaxTree);
        foreach (SyntaxNode node in concatenation.DescendantNodes())
        {
            if (node is not ExpressionSyntax operand || operand.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }
                || operand is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } || ValueName(operand) is not { } valueName
                || !FinancialDataNames.MayNameFinancialData(valueName))
            {
                continue;
            }

            FinancialDataKind kind = FinancialDataNames.Classify(valueName, null, names);
            if (!FinancialDataNames.IsReportedWhenStored(kind))
            {
                continue;
            }

            IOperation? value = context.SemanticModel.GetOperation(operand, context.CancellationToken);
            if (value != null && (value.Type?.TypeKind == TypeKind.Enum || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value) || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind)))
            {
                continue;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
            const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it";
            Location location = operand.GetLocation();
            context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
                ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, context.ContainingSymbol, properties, valueName, advice)
                : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, context.ContainingSymbol, properties, valueName, FinancialDataNames.Describe(kind), advice));
            return;
        }
    }

    /// <summary>
    /// SQL text that writes rows with the values pasted into it (issue 18, held-out set 16: <c>"update AccountTbl set
    /// Balance =" + newbalance + " where AccNum='" + acc + "'"</c>, <c>$"INSERT INTO Transfers (FromIban, Amount) VALUES
    /// ('{from}', {amount})"</c>): a value placed in the <c>SET</c> list as a column's new value, or in the <c>VALUES</c>
    /// list of an <c>INSERT</c> at a column's position, whose column is named as account data or a balance. An
    /// <c>INSERT</c> without a column list is judged by the value's own name (<c>txtIban.Text</c>: the control's name).
    /// Look-alikes: values in the <c>WHERE</c> clause (the row's key), a column set from an expression of itself
    /// (<c>SET Balance = Balance + </c>: the change, not the value), constants, enums, protected values. One diagnostic
    /// per text, at its first such value.
    /// </summary>
    public static void AnalyzeConcatenatedWrite(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        // Every string concatenation and interpolation comes here: the lists are made only after the cheap test that
        // the text starts like an INSERT, UPDATE or MERGE.
        ExpressionSyntax root = (ExpressionSyntax)context.Node;
        List<(int At, ExpressionSyntax Value)> holes;
        System.Text.StringBuilder builder;
        if (root is BinaryExpressionSyntax concatenation)
        {
            if (concatenation.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
            {
                return;
            }

            ExpressionSyntax leftmost = concatenation;
            while (leftmost is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary)
            {
                leftmost = binary.Left;
            }

            if (leftmost is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression) || !MayStartWrite(literal.Token.ValueText))
            {
                return;
            }

            holes = new List<(int At, ExpressionSyntax Value)>();
            builder = new System.Text.StringBuilder();
            Flatten(concatenation, builder, holes);
        }
        else if (root is InterpolatedStringExpressionSyntax interpolated)
        {
            if (interpolated.Contents.Count < 2 || interpolated.Contents[0] is not InterpolatedStringTextSyntax first || !MayStartWrite(first.TextToken.ValueText))
            {
                return;
            }

            holes = new List<(int At, ExpressionSyntax Value)>();
            builder = new System.Text.StringBuilder();
            foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax part)
                {
                    builder.Append(part.TextToken.ValueText);
                }
                else if (content is InterpolationSyntax hole)
                {
                    holes.Add((builder.Length, hole.Expression));
                    builder.Append('\u0001');
                }
            }
        }
        else
        {
            return;
        }

        string sql = builder.ToString();
        if (holes.Count == 0 || !IsWrite(sql))
        {
            return;
        }

        DataProtectionNameOptions names = options.GetDataProtectionNames(root.SyntaxTree);
        foreach ((int at, ExpressionSyntax operand) in holes)
        {
            if (IsInWhereClause(sql, at))
            {
                continue;
            }

            string? column = WrittenColumn(sql, at, out bool noColumnList);
            string? named = column ?? (noColumnList ? ControlOrValueName(operand) : null);
            if (named == null || !FinancialDataNames.MayNameFinancialData(named))
            {
                continue;
            }

            // The table stands for the type: a balance of Invoices or Loans is what is owed, not stored value.
            FinancialDataKind kind = FinancialDataNames.Classify(named, WrittenTable(sql), names);
            if (!FinancialDataNames.IsReportedWhenStored(kind) || (kind == FinancialDataKind.BalanceOrAmount && CountsNonMoneyUnits(operand)))
            {
                continue;
            }

            IOperation? value = context.SemanticModel.GetOperation(operand, context.CancellationToken);
            if (value != null && (value.ConstantValue.HasValue || value.Type?.TypeKind == TypeKind.Enum || UnencryptedFinancialFieldAnalyzer.IsProtectedValue(value)
                || !UnencryptedFinancialFieldAnalyzer.MayHold(value, kind) || IsUnchangedLiteralField(value, context.CancellationToken)))
            {
                continue;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(UnencryptedFinancialFieldAnalyzer.ConverterProperty, null);
            const string advice = "for example with FinGuard's FieldEncryption.Encrypt before writing it, and pass it as a parameter";
            Location location = operand.GetLocation();
            context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
                ? FinGuardDiagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, context.ContainingSymbol, properties, named, advice)
                : FinGuardDiagnostic.Create(Descriptors.UnencryptedFinancialField, location, context.ContainingSymbol, properties, named, FinancialDataNames.Describe(kind), advice));
            return;
        }
    }

    // Text that may begin a write (leading spaces and line breaks allowed): INSERT, UPDATE, MERGE. Cheap test first.
    private static bool MayStartWrite(string text)
    {
        string trimmed = text.TrimStart();
        return StartsWithWord(trimmed, "INSERT") || StartsWithWord(trimmed, "UPDATE") || StartsWithWord(trimmed, "MERGE");
    }

    // Literal pieces in order, each other operand a hole (one marker character in the text).
    private static void Flatten(ExpressionSyntax expression, System.Text.StringBuilder builder, List<(int At, ExpressionSyntax Value)> holes)
    {
        if (expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary)
        {
            Flatten(binary.Left, builder, holes);
            Flatten(binary.Right, builder, holes);
        }
        else if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            builder.Append(literal.Token.ValueText);
        }
        else
        {
            holes.Add((builder.Length, expression));
            builder.Append('\u0001');
        }
    }

    /// <summary>
    /// The column a value pasted at <paramref name="at"/> is written to: in a <c>SET</c> list the column before its
    /// <c>=</c> (quotes around the value allowed), in a <c>VALUES</c> list the column at the same position of the
    /// <c>INSERT</c>'s column list. Null when the value is part of an expression (<c>Balance = Balance + x</c>) or the
    /// column is unknown; <paramref name="noColumnList"/> when an <c>INSERT</c> names no columns.
    /// </summary>
    internal static string? WrittenColumn(string sql, int at, out bool noColumnList)
    {
        noColumnList = false;
        int set = LastWord(sql, "SET", at);
        int values = LastWord(sql, "VALUES", at);
        if (set > values)
        {
            int i = at - 1;
            while (i >= 0 && (char.IsWhiteSpace(sql[i]) || sql[i] == '\''))
            {
                i--;
            }

            // N'...': the Unicode prefix of a quoted value.
            if (i >= 0 && sql[i] is 'N' or 'n' && i + 1 < at && sql[i + 1] == '\'' && i > 0 && (char.IsWhiteSpace(sql[i - 1]) || sql[i - 1] == '='))
            {
                i--;
                while (i >= 0 && char.IsWhiteSpace(sql[i]))
                {
                    i--;
                }
            }

            if (i < 0 || sql[i] != '=' || (i > 0 && sql[i - 1] is '<' or '>' or '!'))
            {
                return null;
            }

            i--;
            while (i >= 0 && char.IsWhiteSpace(sql[i]))
            {
                i--;
            }

            return ColumnNameEndingAt(sql, i);
        }

        if (values < 0)
        {
            return null;
        }

        // The value's position in its VALUES group: top-level commas outside quotes since the group opened.
        int open = sql.IndexOf('(', values);
        if (open < 0 || open > at)
        {
            return null;
        }

        int index = 0;
        int depth = 0;
        bool quoted = false;
        for (int i = open + 1; i < at; i++)
        {
            char c = sql[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                if (--depth < 0)
                {
                    return null;
                }
            }
            else if (!quoted && depth == 0 && c == ',')
            {
                index++;
            }
        }

        // The column list: the parenthesised group between INSERT ... INTO table and VALUES.
        int insert = LastWord(sql, "INSERT", values);
        int listEnd = sql.LastIndexOf(')', values);
        int listOpen = listEnd > insert ? sql.IndexOf('(', insert) : -1;
        if (insert < 0 || listOpen < 0 || listOpen > listEnd)
        {
            noColumnList = insert >= 0;
            return null;
        }

        string[] columns = sql.Substring(listOpen + 1, listEnd - listOpen - 1).Split(',');
        return index < columns.Length ? TrimColumn(columns[index]) : null;
    }

    // The table after UPDATE or INSERT INTO / MERGE INTO: dbo.AccountTbl, [Loans] (its last name part).
    private static string? WrittenTable(string sql)
    {
        string text = sql.TrimStart();
        int start = text.IndexOf(' ');
        if (start < 0)
        {
            return null;
        }

        string rest = text.Substring(start).TrimStart();
        if (StartsWithWord(rest, "INTO"))
        {
            rest = rest.Substring(4).TrimStart();
        }

        int end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '_' or '[' or ']' or '"' or '`' or '.'))
        {
            end++;
        }

        return end == 0 ? null : TrimColumn(rest.Substring(0, end));
    }

    private static string? ColumnNameEndingAt(string sql, int end)
    {
        if (end < 0)
        {
            return null;
        }

        int start = end;
        while (start >= 0 && (char.IsLetterOrDigit(sql[start]) || sql[start] is '_' or '[' or ']' or '"' or '`' or '.'))
        {
            start--;
        }

        return TrimColumn(sql.Substring(start + 1, end - start));
    }

    // [dbo].[Accounts].[Balance], "Balance", `Balance`, a.Balance: the column's own name.
    private static string? TrimColumn(string column)
    {
        string trimmed = column.Trim().Trim('[', ']', '"', '`');
        int dot = trimmed.LastIndexOf('.');
        if (dot >= 0)
        {
            trimmed = trimmed.Substring(dot + 1).Trim('[', ']', '"', '`');
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    // A balance read from a record whose balances are owed, as FG3002 judges the record's own members (held-out set 19:
    // @Saldo = tarjeta.Saldo of a credit card with a credit limit): a bill's, a loan's, a credit line's or a tenancy's.
    private static bool IsOwedBalanceMember(IOperation? value)
        => value != null && WrappedValues.Strip(value) is IPropertyReferenceOperation { Property.ContainingType: { } owner }
           && FinancialDataNames.IsBillOrPaymentPlan(owner);

    /// <summary>
    /// A private field given a literal where it is declared and never assigned anywhere in its type (held-out set 19:
    /// <c>int balance = 0;</c> written as a new account's opening balance): the code's constant, as a literal is.
    /// </summary>
    internal static bool IsUnchangedLiteralField(IOperation value, CancellationToken cancellationToken)
    {
        if (WrappedValues.Strip(value) is not IFieldReferenceOperation { Field: { DeclaredAccessibility: Accessibility.Private } field }
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax })
        {
            return false;
        }

        foreach (SyntaxReference reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in TreeText.TokensNamed(reference.GetSyntax(cancellationToken), field.Name, cancellationToken))
            {
                if (token.Parent is not IdentifierNameSyntax name)
                {
                    continue;
                }

                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if ((use.Parent is AssignmentExpressionSyntax assignment && assignment.Left == use)
                    || use.Parent is PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
                    || (use.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A value's name; a control's text (txtIban.Text, AccNumTb.Text) is named by the control.
    private static string? ControlOrValueName(ExpressionSyntax value)
    {
        while (value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" or "Trim" } call })
        {
            value = call.Expression;
        }

        return value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" or "Value", Expression: var control }
            ? ValueName(control)
            : ValueName(value);
    }

    // Verbs of procedures that add rows (no update verbs: see AnalyzeConcatenatedProcedureCall).
    private static bool NamesCreatingProcedure(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "insert" or "ins" or "create" or "add" or "save" or "register" or "store" or "post"
                or "crear" or "insertar" or "agregar" or "guardar" or "registrar" or "criar" or "inserir" or "adicionar" or "salvar" or "cadastrar")
            {
                return true;
            }
        }

        return false;
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
    /// <summary>
    /// The column a placeholder fills in SQL text written in the body: the column at its position in an <c>INSERT</c>'s
    /// column list, or before its <c>=</c> in a <c>SET</c> list; null when no write names a column for it.
    /// </summary>
    internal static string? ColumnOfParameter(SyntaxNode body, string parameter)
    {
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            if (ColumnInText(literal.Token.ValueText, parameter) is { } column)
            {
                return column;
            }
        }

        return null;
    }

    private static string? ColumnInText(string sql, string parameter)
    {
        if (!IsWrite(sql))
        {
            return null;
        }

        for (int at = FindParameter(sql, parameter, 0); at >= 0; at = FindParameter(sql, parameter, at + 1))
        {
            if (!IsInWhereClause(sql, at) && WrittenColumn(sql, at - 1, out _) is { } column)
            {
                return column;
            }
        }

        return null;
    }

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
    internal static bool CallsWritingProcedure(SyntaxNode body, string parameter, SyntaxNode? site = null)
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

            // Given to a helper, only a procedure that adds rows: an update procedure's arguments include the key of the
            // row it changes (update_cliente @dni, @nombre), which the helper's call does not tell apart.
            if (IsCommandText(literal) || (site != null && NamesCreatingProcedure(text) && IsPassedWithParameter(literal, site)))
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
        // Spanish and Portuguese procedure names (EXEC CrearUsuario; held-out set 19).
        "crear", "insertar", "agregar", "guardar", "registrar", "actualizar", "criar", "inserir", "adicionar", "salvar", "cadastrar", "atualizar",
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

    // conn.Write("insert_cliente", parameters) with the parameter created in the array or list held in `parameters`, or
    // created in the call's own arguments: the project's data-access helper runs the procedure it is named with the
    // parameters it is given (held-out set 22). Another call given the procedure's name (a log line) does not count.
    private static bool IsPassedWithParameter(LiteralExpressionSyntax literal, SyntaxNode site)
    {
        if (literal.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list })
        {
            return false;
        }

        if (call.Span.Contains(site.Span))
        {
            return true;
        }

        string? holder = site.FirstAncestorOrSelf<VariableDeclaratorSyntax>()?.Identifier.ValueText
            ?? (site.FirstAncestorOrSelf<AssignmentExpressionSyntax>()?.Left is { } left ? LastName(left) : null);
        if (holder == null)
        {
            return false;
        }

        foreach (ArgumentSyntax argument in list.Arguments)
        {
            if (argument.Expression is IdentifierNameSyntax passed && passed.Identifier.ValueText == holder)
            {
                return true;
            }
        }

        return false;
    }

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

    // UPDATE ... SET as words, whatever separates them (a verbatim text puts SET on its own line; held-out set 15).
    internal static bool IsWrite(string sql)
    {
        string text = sql.TrimStart();
        return StartsWithWord(text, "INSERT") || StartsWithWord(text, "MERGE")
            || (StartsWithWord(text, "UPDATE") && LastWord(text, "SET", text.Length) > 0)
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

    // The nearest clause keyword before the placeholder is WHERE (AND/OR conditions included). The WHERE of a sub-query
    // that closed before the placeholder is not its clause (SET a = (SELECT id FROM t WHERE name = @name), Cuit = @cuit;
    // held-out set 15): the placeholder is in the clause around the sub-query.
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

        int open = OpeningOfClosedGroup(sql, where, at);
        return open < 0 || IsInWhereClause(sql, open);
    }

    // When a parenthesis between from and to closes a group opened before from, the position of that group's opening
    // parenthesis; otherwise -1.
    private static int OpeningOfClosedGroup(string sql, int from, int to)
    {
        int depth = 0;
        for (int i = from; i < to; i++)
        {
            if (sql[i] == '(')
            {
                depth++;
            }
            else if (sql[i] == ')' && --depth < 0)
            {
                int open = 0;
                for (int j = from - 1; j >= 0; j--)
                {
                    if (sql[j] == ')')
                    {
                        open++;
                    }
                    else if (sql[j] == '(' && open-- == 0)
                    {
                        return j;
                    }
                }

                return -1;
            }
        }

        return -1;
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
