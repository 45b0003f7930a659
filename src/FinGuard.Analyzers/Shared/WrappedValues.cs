using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The one way FinGuard looks through what wraps a value without changing it: conversions, parentheses and, where a
/// rule asks, <c>await</c>. Rules used to carry their own copies of this loop, which drifted apart (one stripped
/// <c>await</c>, one did not, one stopped at explicit casts); a convention test now keeps the loop here
/// (<c>WrappedValueConventionTests</c>). Rules that look through more, such as text-preserving calls
/// (<see cref="CardDataValues.Unwrap"/>), build on these. Rules that must read syntax before binding (a query chain,
/// an unbound SDK call) use <see cref="StripSyntax"/>, the same look-through on syntax.
/// </summary>
internal static class WrappedValues
{
    /// <summary>
    /// The value inside conversions (implicit and explicit) and parentheses, and inside <c>await</c> when
    /// <paramref name="throughAwait"/> is set (a returned <c>await repository.GetAsync()</c> is the repository's value).
    /// </summary>
    public static IOperation Strip(IOperation operation, bool throughAwait = false)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case IAwaitOperation awaited when throughAwait:
                    operation = awaited.Operation;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary><see cref="Strip"/> for an operation that may be absent (an optional argument, a missing instance).</summary>
    public static IOperation? StripOrNull(IOperation? operation, bool throughAwait = false)
        => operation == null ? null : Strip(operation, throughAwait);

    /// <summary>
    /// The value inside implicit or identity conversions and parentheses only; an explicit cast stays. The FG2xxx
    /// rules were written against this narrower look-through and their tests pin it.
    /// </summary>
    public static IOperation? StripImplicit(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion when conversion.IsImplicit || conversion.Conversion.IsIdentity:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The syntax inside parentheses, casts (when <paramref name="throughCasts"/> is set) and <c>await</c> (when
    /// <paramref name="throughAwait"/> is set): the form of <see cref="Strip"/> for checks that read syntax before or
    /// instead of binding. Rules that also look through calls that keep the value (<c>x.ToString()</c>,
    /// <c>Convert.ToInt32(x)</c>) or walk a query chain step over those themselves and call this between steps.
    /// </summary>
    public static ExpressionSyntax StripSyntax(ExpressionSyntax expression, bool throughCasts = true, bool throughAwait = false)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CastExpressionSyntax cast when throughCasts:
                    expression = cast.Expression;
                    continue;
                case AwaitExpressionSyntax awaited when throughAwait:
                    expression = awaited.Expression;
                    continue;
                default:
                    return expression;
            }
        }
    }
}
