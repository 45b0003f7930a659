using System.Threading;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// The raw text of an HTTP request's body, as request-logging middleware and filters read it: <c>HttpRequest.Body</c>
/// read to the end by a <c>StreamReader</c> (directly, or after copying it into a buffer stream), or passed to a helper
/// that returns text (<c>await ReadStream(context.Request.Body)</c>), followed through the locals, interpolations and
/// concatenations of the same method. The body of a payment or banking request carries whatever the client sent:
/// account numbers, PINs, passwords. Values that pass through any other call (<c>Redact(body)</c>, <c>body.Length</c>)
/// are not the body.
/// </summary>
internal static class RequestBodies
{
    // Enough for a log line built from several interpolated strings (a + b + c + d) over two or three locals.
    private const int MaxDepth = 12;

    /// <summary>Whether <paramref name="value"/> is (or contains) the request body's text; <paramref name="root"/> is the method body it is in.</summary>
    public static bool IsBodyText(IOperation value, IOperation root) => IsBodyText(value, root, 0);

    private static bool IsBodyText(IOperation? value, IOperation root, int depth)
    {
        if (value == null || depth > MaxDepth || value.ConstantValue.HasValue)
        {
            return false;
        }

        depth++;
        switch (value)
        {
            case IConversionOperation conversion:
                return IsBodyText(conversion.Operand, root, depth);
            case IAwaitOperation awaited:
                return IsBodyText(awaited.Operation, root, depth);
            case IParenthesizedOperation parenthesized:
                return IsBodyText(parenthesized.Operand, root, depth);
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation && IsBodyText(interpolation.Expression, root, depth))
                    {
                        return true;
                    }
                }

                return false;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return IsBodyText(binary.LeftOperand, root, depth) || IsBodyText(binary.RightOperand, root, depth);
            case ILocalReferenceOperation local:
                return LocalIsBodyText(local.Local, root, depth);
            case IInvocationOperation invocation:
                return ReadsBody(invocation, root, depth);
            default:
                return false;
        }
    }

    // reader.ReadToEnd[Async]() on a reader over the body (or a buffer it was copied into); a helper that takes the
    // body stream and returns text.
    private static bool ReadsBody(IInvocationOperation invocation, IOperation root, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name is "ReadToEnd" or "ReadToEndAsync")
        {
            return invocation.Instance is { } reader && IsReaderOverBody(reader, root, depth);
        }

        if (!ReturnsText(method))
        {
            return false;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (IsBodyStream(argument.Value, root, depth))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReturnsText(IMethodSymbol method)
    {
        ITypeSymbol type = method.ReturnType;
        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
        {
            type = task.TypeArguments[0];
        }

        return type.SpecialType == SpecialType.System_String;
    }

    private static bool IsReaderOverBody(IOperation reader, IOperation root, int depth)
    {
        reader = WrappedValues.Strip(reader, throughAwait: true);
        if (reader is ILocalReferenceOperation local)
        {
            IOperation? initializer = Initializer(local.Local, root);
            return initializer != null && IsReaderOverBody(initializer, root, depth + 1);
        }

        return reader is IObjectCreationOperation { Constructor.ContainingType.Name: "StreamReader", Arguments.Length: > 0 } creation
               && IsBodyStream(creation.Arguments[0].Value, root, depth + 1);
    }

    // context.Request.Body, or a local buffer the method copies it into (Request.Body.CopyToAsync(buffer)).
    private static bool IsBodyStream(IOperation stream, IOperation root, int depth)
    {
        stream = WrappedValues.Strip(stream, throughAwait: true);
        if (IsRequestBodyProperty(stream))
        {
            return true;
        }

        if (stream is not ILocalReferenceOperation local || depth > MaxDepth)
        {
            return false;
        }

        IOperation? initializer = Initializer(local.Local, root);
        if (initializer != null && IsRequestBodyProperty(WrappedValues.Strip(initializer, throughAwait: true)))
        {
            return true;
        }

        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "CopyTo" or "CopyToAsync", Instance: { } source } copy && copy.Arguments.Length > 0
                && IsRequestBodyProperty(WrappedValues.Strip(source, throughAwait: true))
                && WrappedValues.Strip(copy.Arguments[0].Value, throughAwait: true) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRequestBodyProperty(IOperation operation)
        => operation is IPropertyReferenceOperation { Property: { Name: "Body", ContainingType.Name: "HttpRequest" or "HttpRequestBase" } };

    private static bool LocalIsBodyText(ILocalSymbol local, IOperation root, int depth)
    {
        if (local.Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        IOperation? initializer = Initializer(local, root);
        return initializer != null && IsBodyText(initializer, root, depth);
    }

    private static IOperation? Initializer(ILocalSymbol local, IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                return declarator.Initializer?.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the application handles account data at all: a member of this compilation or of a referenced project
    /// (<see cref="ApplicationAssemblies"/>) is named for a bank account number, IBAN, national id or balance. Asked only
    /// when a request body reaches a log, once per compilation: request logging in a blog engine is not FG3006's business.
    /// </summary>
    public static bool HandlesAccountData(Compilation compilation, DataProtectionNameOptions names, CancellationToken cancellationToken)
    {
        foreach (ISymbol symbol in compilation.GetSymbolsWithName(FinancialDataNames.MayNameFinancialData, SymbolFilter.Member, cancellationToken))
        {
            if (symbol is IPropertySymbol or IFieldSymbol && FinancialDataNames.Classify(symbol.Name, symbol.ContainingType?.Name, names) != FinancialDataKind.None)
            {
                return true;
            }
        }

        var application = new ApplicationAssemblies(compilation);
        foreach (MetadataReference reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly)
                && application.Contains(assembly) && NamespaceHoldsAccountData(assembly.GlobalNamespace, names, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamespaceHoldsAccountData(INamespaceSymbol ns, DataProtectionNameOptions names, CancellationToken cancellationToken)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol inner ? NamespaceHoldsAccountData(inner, names, cancellationToken) : member is INamedTypeSymbol type && TypeHoldsAccountData(type, names))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeHoldsAccountData(INamedTypeSymbol type, DataProtectionNameOptions names)
    {
        foreach (string name in type.MemberNames)
        {
            if (FinancialDataNames.MayNameFinancialData(name) && FinancialDataNames.Classify(name, type.Name, names) != FinancialDataKind.None)
            {
                return true;
            }
        }

        return false;
    }
}
