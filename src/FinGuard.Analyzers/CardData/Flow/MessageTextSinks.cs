using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData.Flow;

/// <summary>
/// FG1003's text sinks beyond the log calls <see cref="LogSinks"/> binds (issue 18, sets 17, 21, 23 and 24): text that
/// people read or that ends up in logs although no bound log call writes it.
/// <list type="bullet">
/// <item>An e-mail's body or subject: <c>mail.Body = ...</c> on a mail-named type (<c>MailMessage</c>, the application's
/// <c>SendMail</c>), <c>new MailMessage(from, to, subject, body)</c>, <c>SendEmail(to, subject, body)</c>. Mail is stored in
/// mailboxes, relays and backups: a card number there is stored cardholder data.</item>
/// <item>An error text: <c>result.Error = ...</c>, <c>ErrorMessage</c>, <c>FullError</c>: shown to users and written to the
/// logs by whoever handles the failed result.</item>
/// <item>A log call that does not bind (its logger's type is missing before restore: a plug-in of a host application whose
/// projects are not in the build): <c>await _logger.ErrorAsync("REQUEST:\n" + xml, ex)</c> on a receiver whose type is
/// named for a logger, with a log-level method name.</item>
/// <item>What a parameterless <c>ToString()</c> returns (see <see cref="IsObjectText"/>).</item>
/// </list>
/// Name tests first: every assignment, creation and invalid operation of the flow comes here.
/// </summary>
internal static class MessageTextSinks
{
    /// <summary>The sink an assignment writes to (an e-mail body or an error text), or null.</summary>
    public static string? AssignedTextSink(ISimpleAssignmentOperation assignment)
    {
        string? member;
        ITypeSymbol? memberType;
        ITypeSymbol? holderType;
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                member = property.Name;
                memberType = property.Type;
                holderType = property.ContainingType;
                break;
            case IFieldReferenceOperation { Field: { } field }:
                member = field.Name;
                memberType = field.Type;
                holderType = field.ContainingType;
                break;
            default:
                return null;
        }

        if (memberType.SpecialType != SpecialType.System_String || holderType == null)
        {
            return null;
        }

        if (IsMailTextMember(member) && IsMailTypeName(holderType.Name))
        {
            return "an e-mail (" + holderType.Name + "." + member + ")";
        }

        return IsErrorTextMember(member) ? "an error message (" + holderType.Name + "." + member + ")" : null;
    }

    /// <summary><c>new MailMessage(from, to, subject, body)</c>: the e-mail's text parameters, or null.</summary>
    public static string? MailCreation(IObjectCreationOperation creation)
        => creation.Type is { } type && IsMailTypeName(type.Name) && HasMailTextParameter(creation.Arguments) ? "an e-mail (new " + type.Name + ")" : null;

    /// <summary><c>SendEmail(to, subject, body)</c>, <c>SmtpClient.Send(from, to, subject, body)</c>: a send of mail text, or null.</summary>
    public static string? MailSend(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        // A send returns nothing, a task or a success flag; a builder (GetEmailBody, CreateMailMessage) returns what it built.
        if (method.Parameters.Length < 2 || !(method.ContainingType?.Name == "SmtpClient" || IsMailTypeName(method.Name))
            || !(method.ReturnsVoid || method.ReturnType.SpecialType == SpecialType.System_Boolean || method.ReturnType.Name is "Task" or "ValueTask"))
        {
            return null;
        }

        return HasMailTextParameter(invocation.Arguments) ? "an e-mail (" + method.Name + ")" : null;
    }

    /// <summary>Whether the argument is a text of the e-mail (its subject or body), not an address or a server.</summary>
    public static bool IsMailTextArgument(IArgumentOperation argument)
        => argument.Parameter is { } parameter && parameter.Type.SpecialType == SpecialType.System_String && IsMailTextParameterName(parameter.Name);

    private static bool HasMailTextParameter(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (IsMailTextArgument(argument))
            {
                return true;
            }
        }

        return false;
    }

    // body, htmlBody, message, htmlMessage, content, subject: what the recipient reads.
    private static bool IsMailTextParameterName(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "body" or "message" or "msg" or "content" or "subject")
            {
                return true;
            }
        }

        return false;
    }

    // Body, HtmlBody, TextBody, BodyHtml, Subject on a mail type.
    private static bool IsMailTextMember(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "body" or "subject")
            {
                return true;
            }
        }

        return false;
    }

    // MailMessage, SendMail, EmailMessage, EmailService, SendEmail: a word "mail" or "email" in the name.
    private static bool IsMailTypeName(string name)
    {
        if (name.IndexOf("ail", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "mail" or "email" or "mails" or "emails" or "smtp")
            {
                return true;
            }
        }

        return false;
    }

    // Error, ErrorMessage, FullError, ErrorText, ErrorDescription, ErrorDetail(s): the text of a failure.
    private static bool IsErrorTextMember(string name)
    {
        if (name.IndexOf("rror", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        if (words.Count == 0 || words.Count > 3)
        {
            return false;
        }

        int at = words.IndexOf("error");
        if (at < 0)
        {
            return false;
        }

        // ErrorCode, ErrorId, ErrorCount, HasError, ErrorType are not text.
        for (int i = 0; i < words.Count; i++)
        {
            if (i != at && words[i] is not ("message" or "full" or "text" or "description" or "detail" or "details" or "msg"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>await _logger.ErrorAsync("REQUEST:\n" + xml, ex)</c> that does not bind: the receiver's type (unresolved or not)
    /// is named for a logger (<c>ILogger</c>, <c>ILog</c>, <c>LogService</c>) and the method for a level
    /// (<c>Error</c>, <c>ErrorAsync</c>, <c>Information</c>, <c>LogWarning</c>, <c>Fatal</c>). The method's name when it is.
    /// </summary>
    public static string? UnboundLogCall(IInvalidOperation invalid)
    {
        if (invalid.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            || !IsLogLevelName(access.Name.Identifier.ValueText))
        {
            return null;
        }

        // The receiver comes first, inside the method group when the call does not bind (_logger.ErrorAsync, then _logger).
        IOperation? receiver = First(invalid);
        if (receiver != null && receiver.Syntax == access)
        {
            receiver = First(receiver);
        }

        return receiver != null && receiver.Syntax == access.Expression && receiver.Type is { } type && IsLoggerTypeName(type.Name)
            ? type.Name + "." + access.Name.Identifier.ValueText
            : null;
    }

    private static IOperation? First(IOperation operation)
    {
        foreach (IOperation child in operation.ChildOperations)
        {
            return child;
        }

        return null;
    }

    /// <summary>
    /// Text composed by a call or an operator that does not bind because a part's type is missing before restore:
    /// <c>string.Format("{0}", txtCard.Text)</c> (an invalid call), <c>"&lt;No&gt;" + form["CardNumber"]</c> (an operator of
    /// an error type). Its parts are the operation's children.
    /// </summary>
    public static bool IsUnboundComposition(IOperation operation) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type is null or { TypeKind: TypeKind.Error },
        IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" or "Concat" or "Join" } call } }
            => call.Expression is PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" },
        IInvalidOperation { Syntax: BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddExpression } } => true,
        _ => false,
    };

    /// <summary>The written arguments of an unbound log call: everything after the receiver that is not an exception.</summary>
    public static IEnumerable<IOperation> UnboundLogArguments(IInvalidOperation invalid)
    {
        bool receiver = true;
        foreach (IOperation child in invalid.ChildOperations)
        {
            if (receiver)
            {
                // The method group (or the receiver itself).
                receiver = false;
                continue;
            }

            if (child.Type is { } type && (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum || IsException(type)))
            {
                continue;
            }

            yield return child;
        }
    }

    private static bool IsException(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.Name == "System")
            {
                return true;
            }
        }

        return false;
    }

    // Error, ErrorAsync, Information, LogWarning, LogErrorAsync, Fatal, Log: a level, optionally after "Log" and before "Async".
    private static bool IsLogLevelName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        int count = words.Count;
        if (count > 1 && words[count - 1] == "async")
        {
            count--;
        }

        int first = count > 1 && words[0] == "log" ? 1 : 0;
        return count - first == 1
               && words[first] is "log" or "info" or "information" or "warn" or "warning" or "error" or "debug" or "trace" or "verbose" or "fatal" or "critical";
    }

    private static bool IsLoggerTypeName(string name)
    {
        if (name.IndexOf("og", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "log" or "logger" or "logging")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A parameterless <c>ToString()</c> that returns text (an override, or a <c>new</c> one): its text is what string
    /// interpolation, <c>+</c>, <c>string.Format</c> and every log call write for the object, so a card number or code it
    /// returns reaches them all (issue 18, sets 17, 21, 24: <c>public override string ToString() =&gt; $"{Holder}
    /// {CardNumber}"</c>). Not the generated <c>ToString()</c> of a processor SDK's own models copied into the repository
    /// (<see cref="ProcessorSdks.IsVendoredSdkType"/>; issue 18, set 18: a vendored CyberSource client's request models),
    /// which FG1001, FG1002 and FG1004 leave alone as the SDK's code too.
    /// </summary>
    public static bool IsObjectText(IMethodSymbol method)
        => method.Name == "ToString" && method.Parameters.IsEmpty && !method.IsStatic && method.MethodKind == MethodKind.Ordinary
           && method.ReturnType.SpecialType == SpecialType.System_String && !ProcessorSdks.IsVendoredSdkType(method.ContainingType);
}
