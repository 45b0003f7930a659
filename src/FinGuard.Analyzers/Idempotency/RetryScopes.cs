using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// Finds the code that runs again on a retry: a retry loop (a <c>for</c>/<c>while</c>/<c>do</c> loop that counts
/// attempts or catches and goes round again; never a <c>foreach</c> or a loop over a collection's Count/Length,
/// where a new key per item is right), or a lambda handed to Polly (<c>ResiliencePipeline.ExecuteAsync</c>,
/// <c>Policy.ExecuteAsync</c>, any method of a type in a <c>Polly</c> namespace) or to a method named like a retry
/// helper (<c>Retry</c>, <c>WithRetry</c>, <c>ExecuteWithRetryAsync</c>).
/// </summary>
internal static class RetryScopes
{
    /// <summary>The innermost retried scope that contains <paramref name="operation"/>, or null.</summary>
    public static IOperation? FindRetriedScope(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop when IsRetryLoop(loop):
                    return loop;
                case IAnonymousFunctionOperation lambda when IsRetriedLambda(lambda):
                    return lambda;
                case ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="scope"/> or inside it.</summary>
    public static bool IsWithin(IOperation inner, IOperation scope)
    {
        for (IOperation? current = inner; current != null; current = current.Parent)
        {
            if (ReferenceEquals(current, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRetryLoop(ILoopOperation loop)
    {
        IOperation? condition;
        switch (loop)
        {
            case IForLoopOperation forLoop:
                condition = forLoop.Condition;
                break;
            case IWhileLoopOperation whileLoop:
                condition = whileLoop.Condition;
                break;
            default:
                // foreach: one key per item is correct.
                return false;
        }

        if (condition != null && MentionsAttempts(condition))
        {
            return true;
        }

        if (condition != null && (IteratesCollection(condition) || IsWorkerLoop(condition)))
        {
            return false;
        }

        return loop.Body != null && HasCatch(loop.Body) && !TakesNewWork(loop.Body);
    }

    private static bool MentionsAttempts(IOperation condition)
    {
        foreach (IOperation operation in condition.DescendantOperationsAndSelf())
        {
            string? name = operation switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
            if (name != null && IsAttemptName(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAttemptName(string name)
        => name.IndexOf("attempt", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("retr", StringComparison.OrdinalIgnoreCase) >= 0
           || name.IndexOf("tries", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IteratesCollection(IOperation condition)
    {
        foreach (IOperation operation in condition.DescendantOperationsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "Count" or "Length" } or IInvocationOperation { TargetMethod.Name: "Count" or "MoveNext" or "Read" or "ReadAsync" or "TryDequeue" or "TryTake" })
            {
                return true;
            }
        }

        return false;
    }

    // `while (!token.IsCancellationRequested)`: a background worker, each round handles a new item.
    private static bool IsWorkerLoop(IOperation condition)
    {
        foreach (IOperation operation in condition.DescendantOperationsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" })
            {
                return true;
            }
        }

        return false;
    }

    // A loop body that dequeues, receives or reads the next item processes new work each round; it is not a retry.
    private static bool TakesNewWork(IOperation body)
    {
        foreach (IOperation operation in body.DescendantOperationsAndSelf())
        {
            if (operation is IInvocationOperation invocation)
            {
                string name = invocation.TargetMethod.Name;
                if (name.StartsWith("Dequeue", StringComparison.Ordinal) || name.StartsWith("TryDequeue", StringComparison.Ordinal)
                    || name.StartsWith("Receive", StringComparison.Ordinal) || name.StartsWith("Consume", StringComparison.Ordinal)
                    || name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Take", StringComparison.Ordinal)
                    || name.StartsWith("TryTake", StringComparison.Ordinal) || name.StartsWith("WaitToRead", StringComparison.Ordinal)
                    || name == "MoveNext" || name == "MoveNextAsync")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasCatch(IOperation body)
    {
        foreach (IOperation operation in body.DescendantOperationsAndSelf())
        {
            if (operation is ITryOperation { Catches.Length: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRetriedLambda(IAnonymousFunctionOperation lambda)
    {
        IOperation? parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation { Parent: IInvocationOperation invocation })
        {
            return false;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (IsPollyType(method.ContainingType) || (method.IsExtensionMethod && method.Parameters.Length > 0 && IsPollyType(method.Parameters[0].Type as INamedTypeSymbol)))
        {
            return method.Name.StartsWith("Execute", StringComparison.Ordinal);
        }

        return method.Name.IndexOf("Retry", StringComparison.Ordinal) >= 0;
    }

    private static bool IsPollyType(INamedTypeSymbol? type)
    {
        for (INamespaceSymbol? ns = type?.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Polly" && (ns.ContainingNamespace == null || ns.ContainingNamespace.IsGlobalNamespace))
            {
                return true;
            }
        }

        return false;
    }
}
