using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// What an ADO.NET parameter stores, told by its name when its value says nothing (issue 18, sets 9-12):
/// <c>cmd.Parameters.AddWithValue("@card_no", TextBox2.Text)</c>, <c>Parameters.Add(new SqlParameter("@cvv", cvvN))</c>.
/// Web Forms pages pass a text box's <c>Text</c> or a posted form field, whose name is the control's, not the data's; the
/// parameter (the column or stored-procedure argument) names what is written. Reported only when the command is a write:
/// its text, found in the same method, is an <c>INSERT</c>, an <c>UPDATE</c> that sets the parameter (not one only in the
/// <c>WHERE</c> clause), or a stored procedure named for a write (<c>insert_card</c>, <c>addCreditCard</c>). Values that are
/// literals, calls (a masking or hashing helper) or named as safe forms (masked, last four, token) are not.
/// </summary>
internal static class SqlParameterNames
{
    // Words of a stored procedure that writes (sp_InsertCard, addCreditCard, update_card) and of one that reads or checks.
    private static readonly HashSet<string> WriteWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "insert", "add", "save", "create", "update", "upsert", "register", "store", "edit", "new", "put", "set", "ins", "upd",
        "alter", "modify",
    };

    private static readonly HashSet<string> ReadWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "get", "select", "find", "search", "check", "validate", "verify", "login", "logon", "delete", "remove", "del", "list",
        "fetch", "read", "exists", "exist", "lookup", "authenticate", "auth", "is", "has", "count", "load",
    };

    /// <summary>
    /// The card data the parameter named by <paramref name="nameSyntax"/> writes, or <see cref="CardDataKind.None"/>;
    /// <paramref name="parameterName"/> is the name without its prefix (<c>@</c>, <c>:</c>, <c>?</c>).
    /// </summary>
    public static CardDataKind Classify(SemanticModel model, ExpressionSyntax parametersReceiver, ExpressionSyntax nameSyntax, ExpressionSyntax valueSyntax,
        CardDataNameOptions names, out string parameterName, CancellationToken cancellationToken)
    {
        parameterName = string.Empty;
        if (model.GetConstantValue(nameSyntax, cancellationToken) is not { HasValue: true, Value: string raw })
        {
            return CardDataKind.None;
        }

        string name = raw.TrimStart('@', ':', '?');
        if (name.Length == 0 || !CardDataNames.MayNameCardData(name))
        {
            return CardDataKind.None;
        }

        CardDataKind kind = CardDataNames.Classify(name, null, null, names);
        bool bareNumber = kind == CardDataKind.None && CardDataNames.IsBareNumberName(name);
        string? text = null;
        if (kind == CardDataKind.None && !bareNumber && name.StartsWith("pin", StringComparison.OrdinalIgnoreCase))
        {
            // @pin beside @cardNumber in the same command (INSERT INTO Card VALUES (@cardNumber, ..., @pin)): a bare PIN is the
            // card's only beside its number, as a member is beside a CardNumber sibling (issue 18, set 15).
            text = CommandText(model, parametersReceiver, cancellationToken);
            if (text != null)
            {
                kind = CardDataNames.Classify(name, string.Empty, ParameterNamesIn(text), names);
            }
        }

        if ((kind == CardDataKind.None && !bareNumber) || !IsPlainValue(model, valueSyntax, names, cancellationToken))
        {
            return CardDataKind.None;
        }

        List<string>? texts = CommandTexts(model, parametersReceiver, cancellationToken);
        if (texts == null || !texts.Exists(t => WritesParameter(t, raw, bareNumber)))
        {
            return CardDataKind.None;
        }

        parameterName = raw;
        return bareNumber ? CardDataKind.Pan : kind;
    }

    /// <summary>Whether an UPDATE's text sets (before its WHERE) a parameter named as card data: <c>SET CardNumber = @CardNumber</c>.</summary>
    internal static bool SetsCardParameter(string text)
    {
        foreach (string name in ParameterNamesIn(text))
        {
            if (CardDataNames.MayNameCardData(name) && CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty) != CardDataKind.None
                && WritesParameter(text, "@" + name, needsCardTarget: false))
            {
                return true;
            }
        }

        return false;
    }

    // The names of the @parameters of a command's text: the columns or arguments it writes and the keys it reads by.
    private static List<string> ParameterNamesIn(string text)
    {
        var names = new List<string>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '@')
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > i + 1)
            {
                names.Add(text.Substring(i + 1, end - i - 1));
            }

            i = end - 1;
        }

        return names;
    }

    // A value that passes what was typed or read as it is: a text box's Text, a posted field, a local or member not named as a
    // safe form, possibly converted (Convert.ToInt32(cvv.Text), x.ToString(), x.Trim()). Not a literal, not another call.
    private static bool IsPlainValue(SemanticModel model, ExpressionSyntax value, CardDataNameOptions names, CancellationToken cancellationToken)
    {
        for (int depth = 0; depth < 8; depth++)
        {
            switch (value = WrappedValues.StripSyntax(value))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation when IsConversion(access, invocation):
                    value = invocation.ArgumentList.Arguments.Count == 1 ? invocation.ArgumentList.Arguments[0].Expression : access.Expression;
                    continue;
                case IdentifierNameSyntax identifier:
                    return !CardDataNames.HasSafeForm(identifier.Identifier.ValueText, names) && !model.GetConstantValue(identifier, cancellationToken).HasValue;
                case MemberAccessExpressionSyntax member:
                    string memberName = member.Name.Identifier.ValueText;
                    if (memberName is "Text" or "Value" or "SelectedValue")
                    {
                        // card_number.Text, txtMaskedCard.Text: the control's name.
                        string? control = member.Expression switch
                        {
                            IdentifierNameSyntax id => id.Identifier.ValueText,
                            MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText,
                            _ => null,
                        };
                        return control == null || !CardDataNames.HasSafeForm(control, names);
                    }

                    // SqlDbType.VarChar: new SqlParameter(name, type) declares the parameter's type, not its value.
                    return !memberName.EndsWith("Type", StringComparison.Ordinal) && !(member.Expression is IdentifierNameSyntax owner && owner.Identifier.ValueText.EndsWith("Type", StringComparison.Ordinal))
                           && !CardDataNames.HasSafeForm(memberName, names) && !model.GetConstantValue(member, cancellationToken).HasValue;
                case ElementAccessExpressionSyntax element:
                    // Request.Form["cvv"], Session["card"]: a posted or kept value, unless its key names a safe form.
                    return element.ArgumentList.Arguments.Count != 1
                           || model.GetConstantValue(element.ArgumentList.Arguments[0].Expression, cancellationToken) is not { HasValue: true, Value: string key }
                           || !CardDataNames.HasSafeForm(key, names);
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsConversion(MemberAccessExpressionSyntax access, InvocationExpressionSyntax invocation)
    {
        string method = access.Name.Identifier.ValueText;
        int count = invocation.ArgumentList.Arguments.Count;
        if (count == 0)
        {
            return method is "ToString" or "Trim" or "ToUpper" or "ToUpperInvariant";
        }

        return count == 1 && access.Expression is IdentifierNameSyntax type
               && ((type.Identifier.ValueText == "Convert" && method.StartsWith("To", StringComparison.Ordinal))
                   || (method is "Parse" && type.Identifier.ValueText is "int" or "long" or "Int32" or "Int64" or "decimal" or "Decimal"));
    }

    /// <summary>
    /// Whether the command whose <c>Parameters</c> the parameter named by <paramref name="nameSyntax"/> is added to is found
    /// in the same method and does not write that parameter (a <c>SELECT</c>, a <c>WHERE</c> key, a read procedure): a
    /// look-up by card number, not a store. False when the command text is not found.
    /// </summary>
    public static bool IsKnownLookup(SemanticModel model, ExpressionSyntax parametersReceiver, ExpressionSyntax nameSyntax, CancellationToken cancellationToken)
        => model.GetConstantValue(nameSyntax, cancellationToken) is { HasValue: true, Value: string name }
           && CommandTexts(model, parametersReceiver, cancellationToken) is { } texts && !texts.Exists(t => WritesParameter(t, name, needsCardTarget: false));

    /// <summary>
    /// Whether the parameter named by <paramref name="nameSyntax"/> is only a key of the command it is added to, whatever its
    /// value (issue 18, set 21): every text the command may have in the method (<c>sql = "SELECT ..."</c> in one branch,
    /// another <c>SELECT</c> in the next) is a <c>SELECT</c> or a <c>DELETE</c>, an <c>UPDATE</c> or an <c>INSERT ...
    /// SELECT</c> that names the parameter only after its <c>WHERE</c>, or a procedure named for a read (<c>GetCard</c>).
    /// The text is built as the code builds it: constant parts of concatenations and interpolations (<c>"UPDATE " + table +
    /// " SET Mask = @Mask WHERE CardNumber = @CardNumber"</c>), a local or field given such a text, <c>+=</c> appends.
    /// False when the command or its text is not found.
    /// </summary>
    public static bool IsLookupKey(SemanticModel model, ExpressionSyntax parametersReceiver, ExpressionSyntax nameSyntax, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(nameSyntax, cancellationToken) is not { HasValue: true, Value: string name }
            || name.Length == 0 || !CardDataNames.MayNameCardData(name.TrimStart('@', ':', '?')))
        {
            return false;
        }

        List<string>? texts = CommandTexts(model, parametersReceiver, cancellationToken);
        return texts != null && texts.Count > 0 && texts.TrueForAll(t => IsKeyOnly(t, name));
    }

    // Stands for a part of a command's text that is not a constant (a table name, a filter built elsewhere).
    private const string Unknown = " \u2026 ";

    // SELECT/DELETE text; UPDATE or INSERT text whose every use of the parameter follows the first WHERE, or that never
    // names the parameter; a read procedure; any of these after the common table expressions of a WITH.
    internal static bool IsKeyOnly(string text, string parameter)
        => IsKeyOnly(text, parameter, positional: text.IndexOf('?') >= 0, depth: 0);

    private static bool IsKeyOnly(string text, string parameter, bool positional, int depth)
    {
        string trimmed = text.TrimStart(' ', '\t', '\r', '\n', '(');
        int space = IndexOfWhitespace(trimmed);
        string first = space < 0 ? trimmed : trimmed.Substring(0, space);
        if (first.Equals("SELECT", StringComparison.OrdinalIgnoreCase) || first.Equals("DELETE", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // WITH Pool AS (SELECT ... WHERE CardNumber = @CardNumber UNION ALL SELECT ...) SELECT * FROM Pool (issue 18, set 21):
        // a common table expression is a query, so the statement after the last one decides what the command writes.
        if (first.Equals("WITH", StringComparison.OrdinalIgnoreCase))
        {
            return depth == 0 && StatementAfterCommonTableExpressions(trimmed, space) is { } statement && IsKeyOnly(statement, parameter, positional, depth + 1);
        }

        if (first.Equals("UPDATE", StringComparison.OrdinalIgnoreCase) || first.Equals("INSERT", StringComparison.OrdinalIgnoreCase))
        {
            // Without a WHERE, any use of the parameter writes it.
            int where = IndexOfWord(trimmed, "WHERE", 0);
            if (where < 0)
            {
                where = trimmed.Length;
            }

            int uses = 0;
            foreach (string form in ParameterForms(parameter))
            {
                for (int at = IndexOfWord(trimmed, form, 0); at >= 0; at = IndexOfWord(trimmed, form, at + form.Length))
                {
                    if (at < where)
                    {
                        return false;
                    }

                    uses++;
                }
            }

            // cmd.Parameters.AddWithValue("@CardNumber", pan) beside "UPDATE " + table + " SET Mask = @Mask WHERE Rrn = @Rrn"
            // (issue 18, set 21): a named parameter the text never names is sent with the command and written nowhere. Not
            // with positional '?' markers (OLE DB, ODBC bind by order, whatever the name), nor when a part of the text that
            // is not a table name is unknown (it may name the parameter).
            return uses > 0 || (!positional && UnknownPartsAreTableNames(trimmed));
        }

        if (first.Equals("EXEC", StringComparison.OrdinalIgnoreCase) || first.Equals("EXECUTE", StringComparison.OrdinalIgnoreCase))
        {
            string rest = trimmed.Substring(space).TrimStart();
            int end = IndexOfWhitespace(rest);
            return IsReadProcedure(end < 0 ? rest : rest.Substring(0, end));
        }

        return space < 0 && IsReadProcedure(trimmed);
    }

    // "WITH a AS (...), b (x, y) AS (...) SELECT ...": the text after the last parenthesized definition; null when the
    // parentheses do not balance or nothing follows.
    private static string? StatementAfterCommonTableExpressions(string text, int start)
    {
        int at = start < 0 ? text.Length : start;
        while (at < text.Length)
        {
            int open = text.IndexOf('(', at);
            if (open < 0)
            {
                return null;
            }

            int depth = 0;
            int close = -1;
            for (int i = open; i < text.Length; i++)
            {
                if (text[i] == '(')
                {
                    depth++;
                }
                else if (text[i] == ')' && --depth == 0)
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                return null;
            }

            string rest = text.Substring(close + 1).TrimStart(' ', '\t', '\r', '\n');
            if (rest.StartsWith(",", StringComparison.Ordinal) || (rest.StartsWith("AS", StringComparison.OrdinalIgnoreCase) && (rest.Length == 2 || !char.IsLetterOrDigit(rest[2]))))
            {
                // Another definition, or the column list of this one ("b (x, y) AS (...)").
                at = close + 1;
                continue;
            }

            return rest.Length > 0 ? rest : null;
        }

        return null;
    }

    // "UPDATE " + table + " SET ...", $"INSERT INTO {table} (...)": every part of the text that is not a constant follows
    // UPDATE, INTO, FROM or JOIN, so it is a table name and cannot carry a parameter marker.
    private static bool UnknownPartsAreTableNames(string text)
    {
        for (int at = text.IndexOf('\u2026'); at >= 0; at = text.IndexOf('\u2026', at + 1))
        {
            int end = at - 1;
            while (end >= 0 && char.IsWhiteSpace(text[end]))
            {
                end--;
            }

            int begin = end;
            while (begin >= 0 && char.IsLetter(text[begin]))
            {
                begin--;
            }

            string word = text.Substring(begin + 1, end - begin);
            if (!(word.Equals("UPDATE", StringComparison.OrdinalIgnoreCase) || word.Equals("INTO", StringComparison.OrdinalIgnoreCase)
                  || word.Equals("FROM", StringComparison.OrdinalIgnoreCase) || word.Equals("JOIN", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    // @CardNumber as given, or a name given without its prefix ("CardNumber") as the text writes it (@CardNumber, :CardNumber).
    private static IEnumerable<string> ParameterForms(string parameter)
    {
        if (parameter.Length > 0 && parameter[0] is '@' or ':' or '?')
        {
            yield return parameter;
            yield break;
        }

        yield return "@" + parameter;
        yield return ":" + parameter;
    }

    // The index of `word` in `text` not followed by a letter, digit or underscore (@CardNumber, not @CardNumberMasked), and
    // for a word starting with a letter not preceded by one either.
    private static int IndexOfWord(string text, string word, int start)
    {
        while (start <= text.Length - word.Length)
        {
            int at = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            int after = at + word.Length;
            bool endsWord = after >= text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '_');
            bool startsWord = !char.IsLetter(word[0]) || at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '@');
            if (endsWord && startsWord)
            {
                return at;
            }

            start = at + 1;
        }

        return -1;
    }

    private static bool IsReadProcedure(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        return ContainsReadWord(words) && !IdentifierWords.ContainsAnyWord(words, WriteWords) && !IsCheckIn(words);
    }

    private static string? CommandText(SemanticModel model, ExpressionSyntax parametersReceiver, CancellationToken cancellationToken)
        => CommandTexts(model, parametersReceiver, cancellationToken) is { Count: > 0 } texts ? string.Join("\n;\n", texts) : null;

    // The texts the command whose Parameters collection is written may have: `cmd` declared with new SqlCommand(text, ...) or
    // given cmd.CommandText = text in the same method, the text a literal, a constant, a concatenation or interpolation with
    // constant parts, or a local or field given one of those (each assignment in the method before the use is one text).
    internal static List<string>? CommandTexts(SemanticModel model, ExpressionSyntax parametersReceiver, CancellationToken cancellationToken)
        => parametersReceiver is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parameters" } parameters
            ? CommandTextsOf(model, parameters.Expression, parametersReceiver.SpanStart, cancellationToken)
            : null;

    /// <summary>
    /// The texts the command held in <paramref name="commandSyntax"/> (a local or field: <c>cmd</c>, <c>this.cmd</c>) may
    /// have at <paramref name="before"/>: given by <c>new XCommand(text, ...)</c>, <c>cmd.CommandText = text</c>, or by a
    /// data-access helper that makes the command from its text (Enterprise Library's <c>db.GetStoredProcCommand(name)</c>,
    /// <c>db.GetSqlStringCommand(text)</c>), in the same method. Null when not found.
    /// </summary>
    internal static List<string>? CommandTextsOf(SemanticModel model, ExpressionSyntax commandSyntax, int before, CancellationToken cancellationToken)
    {
        string? command = commandSyntax switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member => member.Name.Identifier.ValueText,
            _ => null,
        };
        SyntaxNode? body = commandSyntax.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        if (command == null || body == null)
        {
            return null;
        }

        ExpressionSyntax? textSyntax = null;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node.SpanStart >= before)
            {
                break;
            }

            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } creation } declarator
                    when declarator.Identifier.ValueText == command:
                    textSyntax = creation.ArgumentList!.Arguments[0].Expression;
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CommandText" } target } assignment
                    when RightmostName(target.Expression) == command:
                    textSyntax = assignment.Right;
                    break;
                case AssignmentExpressionSyntax { Right: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } created } assignment
                    when RightmostName(assignment.Left) == command:
                    textSyntax = created.ArgumentList!.Arguments[0].Expression;
                    break;
                case VariableDeclaratorSyntax { Initializer.Value: InvocationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } made } declarator
                    when declarator.Identifier.ValueText == command && MakesCommandFromText(made):
                    textSyntax = made.ArgumentList.Arguments[0].Expression;
                    break;
                case AssignmentExpressionSyntax { Right: InvocationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } madeLater } assignment
                    when RightmostName(assignment.Left) == command && MakesCommandFromText(madeLater):
                    textSyntax = madeLater.ArgumentList.Arguments[0].Expression;
                    break;
            }
        }

        if (textSyntax == null)
        {
            return null;
        }

        // string query = "insert into ..."; new SqlCommand(query, con)
        return Texts(model, body, textSyntax, before, cancellationToken);
    }

    // db.GetStoredProcCommand("usp_X"), db.GetSqlStringCommand("INSERT ..."): Enterprise Library's Database (and helpers
    // named after it) make the command from the text given first.
    private static bool MakesCommandFromText(InvocationExpressionSyntax invocation)
        => RightmostName(invocation.Expression) is "GetStoredProcCommand" or "GetSqlStringCommand";

    /// <summary>
    /// The text of the command that a parameter object held in <paramref name="parameters"/> (a local) is executed with: the
    /// first argument of an <c>Execute*</c> call in the same method that is given the local (<c>connection.ExecuteAsync(
    /// "visa_card_package.create_visa_card", param: parm, ...)</c>), a literal, a constant or a local initialized with one.
    /// </summary>
    public static string? ExecutedCommandText(SemanticModel model, IdentifierNameSyntax parameters, CancellationToken cancellationToken)
    {
        SyntaxNode? body = parameters.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        if (body == null)
        {
            return null;
        }

        string local = parameters.Identifier.ValueText;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: >= 2 } arguments }
                || !access.Name.Identifier.ValueText.StartsWith("Execute", StringComparison.Ordinal))
            {
                continue;
            }

            for (int i = 1; i < arguments.Count; i++)
            {
                if (arguments[i].Expression is IdentifierNameSyntax passed && passed.Identifier.ValueText == local)
                {
                    return ConstantText(model, body, arguments[0].Expression, cancellationToken);
                }
            }
        }

        return null;
    }

    // The texts an expression may hold at `before`: its sketch (constant parts, Unknown for the rest), or for a local or field
    // each text given to it in the method before that point (declaration, `x = ...`), with later `x += ...` appended to all;
    // a field given none in the method, its initializer. Null when nothing of the text is known.
    private static List<string>? Texts(SemanticModel model, SyntaxNode body, ExpressionSyntax textSyntax, int before, CancellationToken cancellationToken)
    {
        textSyntax = WrappedValues.StripSyntax(textSyntax);
        if (Sketch(model, textSyntax, cancellationToken) is { } sketch)
        {
            return new List<string> { sketch };
        }

        string? name = RightmostName(textSyntax);
        if (name == null || textSyntax is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax })
        {
            return null;
        }

        var texts = new List<string>();
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node.SpanStart >= before)
            {
                break;
            }

            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator when declarator.Identifier.ValueText == name:
                    texts.Clear();
                    AddSketch(texts, Sketch(model, initializer, cancellationToken));
                    break;
                case AssignmentExpressionSyntax assignment when RightmostName(assignment.Left) == name
                                                                && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }:
                    string? part = Sketch(model, assignment.Right, cancellationToken);
                    if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        AddSketch(texts, part);
                    }
                    else if (assignment.IsKind(SyntaxKind.AddAssignmentExpression))
                    {
                        for (int i = 0; i < texts.Count; i++)
                        {
                            texts[i] += part ?? Unknown;
                        }
                    }

                    break;
            }
        }

        if (texts.Count == 0 && model.GetSymbolInfo(textSyntax, cancellationToken).Symbol is IFieldSymbol { DeclaringSyntaxReferences.Length: 1 } field
            && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } fieldInitializer }
            && fieldInitializer.SyntaxTree == model.SyntaxTree)
        {
            AddSketch(texts, Sketch(model, fieldInitializer, cancellationToken));
        }

        return texts.Count > 0 ? texts : null;
    }

    private static void AddSketch(List<string> texts, string? sketch)
    {
        if (sketch != null && !texts.Contains(sketch))
        {
            texts.Add(sketch);
        }
    }

    // A text's constant parts in order, Unknown for the others: "SELECT * FROM " + table + " WHERE CardNumber = @CardNumber",
    // $"UPDATE {table} SET ...". Null when no part is a constant text.
    private static string? Sketch(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        bool known = false;
        AppendSketch(model, WrappedValues.StripSyntax(expression), text, ref known, 0, cancellationToken);
        return known ? text.ToString() : null;
    }

    private static void AppendSketch(SemanticModel model, ExpressionSyntax expression, System.Text.StringBuilder text, ref bool known, int depth, CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                text.Append(literal.Token.ValueText);
                known = true;
                return;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && depth < 256:
                AppendSketch(model, binary.Left, text, ref known, depth + 1, cancellationToken);
                AppendSketch(model, binary.Right, text, ref known, depth + 1, cancellationToken);
                return;
            case ParenthesizedExpressionSyntax parenthesized when depth < 256:
                AppendSketch(model, parenthesized.Expression, text, ref known, depth + 1, cancellationToken);
                return;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax part)
                    {
                        text.Append(part.TextToken.ValueText);
                        known = true;
                    }
                    else
                    {
                        text.Append(Unknown);
                    }
                }

                return;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string constant }:
                text.Append(constant);
                known = true;
                return;
            default:
                text.Append(Unknown);
                return;
        }
    }

    private static string? ConstantText(SemanticModel model, SyntaxNode body, ExpressionSyntax textSyntax, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(textSyntax, cancellationToken) is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        if (textSyntax is IdentifierNameSyntax local)
        {
            string localName = local.Identifier.ValueText;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                if (node is VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator && declarator.Identifier.ValueText == localName
                    && model.GetConstantValue(initializer, cancellationToken) is { HasValue: true, Value: string text })
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    // INSERT; UPDATE ... SET with the parameter before any WHERE; or a stored procedure (a name without spaces, or after
    // EXEC) named for a write and not for a read. A bare Number parameter also needs the table or procedure to name a card.
    internal static bool WritesParameter(string text, string parameter, bool needsCardTarget)
    {
        string trimmed = text.Trim();
        int space = IndexOfWhitespace(trimmed);
        string first = space < 0 ? trimmed : trimmed.Substring(0, space);
        if (first.Equals("EXEC", StringComparison.OrdinalIgnoreCase) || first.Equals("EXECUTE", StringComparison.OrdinalIgnoreCase))
        {
            string rest = trimmed.Substring(space).TrimStart();
            int end = IndexOfWhitespace(rest);
            return IsWriteProcedure(end < 0 ? rest : rest.Substring(0, end), needsCardTarget);
        }

        if (space < 0)
        {
            return IsWriteProcedure(trimmed, needsCardTarget);
        }

        string rest2 = trimmed.Substring(space).TrimStart();
        if (first.Equals("INSERT", StringComparison.OrdinalIgnoreCase))
        {
            // INSERT INTO Cards (...), INSERT Cards (...)
            if (rest2.StartsWith("INTO", StringComparison.OrdinalIgnoreCase) && rest2.Length > 4 && char.IsWhiteSpace(rest2[4]))
            {
                rest2 = rest2.Substring(4).TrimStart();
            }

            // INSERT INTO Transactions VALUES ((SELECT AccountID FROM Card WHERE CardNumber = @CardNumber), @Amount): a
            // parameter that appears only after a WHERE is the key of a sub-select, not a value written (issue 18, set 15).
            int where = trimmed.IndexOf("WHERE", StringComparison.OrdinalIgnoreCase);
            int at = trimmed.IndexOf(parameter, StringComparison.OrdinalIgnoreCase);
            if (where >= 0 && at > where)
            {
                return false;
            }

            return !needsCardTarget || NamesCardTable(rest2);
        }

        if (first.Equals("UPDATE", StringComparison.OrdinalIgnoreCase))
        {
            int where = trimmed.IndexOf("WHERE", StringComparison.OrdinalIgnoreCase);
            int at = trimmed.IndexOf(parameter, StringComparison.OrdinalIgnoreCase);
            return at >= 0 && (where < 0 || at < where) && (!needsCardTarget || NamesCardTable(rest2));
        }

        return false;
    }

    /// <summary>
    /// Whether SQL text starts by executing a stored procedure named for a write and not for a read
    /// (<c>exec AddNewCustomer 1, '...'</c>, <c>EXECUTE sp_SaveReservation</c>; not <c>exec GetCustomer</c>), also as an
    /// ODBC/MySQL <c>CALL</c> or an Oracle PL/SQL block (<c>BEGIN order_pkg.insert_order('...', ...); END;</c>: issue 18, set 24).
    /// </summary>
    public static bool StartsWithWriteProcedureCall(string text)
    {
        string trimmed = text.TrimStart();
        int space = IndexOfWhitespace(trimmed);
        if (space < 0)
        {
            return false;
        }

        string first = trimmed.Substring(0, space);
        if (!first.Equals("EXEC", StringComparison.OrdinalIgnoreCase) && !first.Equals("EXECUTE", StringComparison.OrdinalIgnoreCase)
            && !first.Equals("CALL", StringComparison.OrdinalIgnoreCase) && !first.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string rest = trimmed.Substring(space).TrimStart();
        int end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '_' or '.' or '[' or ']'))
        {
            end++;
        }

        return end > 0 && IsWriteProcedure(rest.Substring(0, end), needsCardTarget: false);
    }

    // Words of a helper that quotes a value for SQL text: DBString, SqlEscape, QuoteSql, EscapeSqlString.
    private static readonly HashSet<string> QuotingWords = new HashSet<string>(StringComparer.Ordinal) { "quote", "quoted", "escape", "escaped" };

    private static readonly HashSet<string> SqlWords = new HashSet<string>(StringComparer.Ordinal) { "db", "sql" };

    private static readonly HashSet<string> QuotedFormWords = new HashSet<string>(StringComparer.Ordinal) { "string", "str", "text", "value", "literal", "safe", "quote", "escape" };

    /// <summary>
    /// A helper that returns a value quoted for SQL text (<c>Tools.DBString(card.Number)</c>, <c>SqlEscape(pan)</c>,
    /// <c>Quote(pan)</c>; held-out set 18): the text it returns is the value between quotes, so a card value given to it
    /// is written into the command. A helper named for SQL must also say string, text or quoting (<c>DbGetCardType</c>
    /// returns something else).
    /// </summary>
    public static bool IsSqlQuotingHelper(IMethodSymbol method)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_String || method.Parameters.IsEmpty)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(method.Name);
        return IdentifierWords.ContainsAnyWord(words, QuotingWords)
            || (IdentifierWords.ContainsAnyWord(words, SqlWords) && IdentifierWords.ContainsAnyWord(words, QuotedFormWords));
    }

    private static bool IsWriteProcedure(string name, bool needsCardTarget)
    {
        List<string> words = IdentifierWords.Split(name);
        return (IdentifierWords.ContainsAnyWord(words, WriteWords) || IsCheckIn(words)) && !ContainsReadWord(words)
               && (!needsCardTarget || CardDataNames.IsPaymentCardTypeName(name) || CardDataNames.IsPaymentCardTypeName(name.TrimEnd('s', 'S')));
    }

    // CheckIn_With_Existing_User, sp_checkin_guest: a hotel's or flight's check-in registers the guest (and the card it
    // gives), a write, though "check" alone is a read (check_card, CheckBalance).
    private static bool IsCheckIn(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == "checkin" || (words[i] == "check" && i + 1 < words.Count && words[i + 1] == "in"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsReadWord(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (ReadWords.Contains(words[i]) && !(words[i] == "check" && i + 1 < words.Count && words[i + 1] == "in"))
            {
                return true;
            }
        }

        return false;
    }

    // The table after INSERT INTO / UPDATE: [dbo].[CreditCards], Cards, user_cards.
    private static bool NamesCardTable(string rest)
    {
        int end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '_' or '.' or '[' or ']' or '"' or '`'))
        {
            end++;
        }

        string table = rest.Substring(0, end);
        int dot = table.LastIndexOf('.');
        table = (dot >= 0 ? table.Substring(dot + 1) : table).Trim('[', ']', '"', '`');
        return CardDataNames.IsPaymentCardTypeName(table) || CardDataNames.IsPaymentCardTypeName(table.TrimEnd('s', 'S'));
    }

    private static int IndexOfWhitespace(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
