using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// Swish v1 (Sweden) payment requests, read by Swish's documented API: an e-commerce request names the payer
/// (<c>payerAlias</c>, their Swish phone number) and prompts the payer's phone, so a repeated request is a second
/// debit the payer may approve (as MoMo's request-to-pay); an m-commerce request names no payer and returns a token
/// that the merchant's own app opens in the payer's Swish app once, a redirect-style flow that moves no money by itself.
/// </summary>
internal static class SwishRequests
{
    private const string PayerAlias = "payerAlias";

    /// <summary>A Swish v1 payment request that names no payer before the send (m-commerce).</summary>
    public static bool IsAppSwitchPaymentRequest(IOperation invocation, string uriText)
        => PaymentEndpoints.IsSwishV1PaymentRequest(uriText) && !NamesPayerBefore(invocation);

    // The payer is named by a member of a body type (ECommerceRequest.PayerAlias, an anonymous object's payerAlias) or a
    // JSON literal, anywhere in the sending method up to the send. Runs only for Swish URIs.
    private static bool NamesPayerBefore(IOperation invocation)
    {
        int end = invocation.Syntax.Span.End;
        foreach (IOperation operation in IdempotencyOperations.Root(invocation).DescendantOperations())
        {
            if (operation.Syntax.SpanStart > end)
            {
                continue;
            }

            if (operation is ILiteralOperation { ConstantValue.Value: string literal } && literal.IndexOf(PayerAlias, StringComparison.OrdinalIgnoreCase) >= 0
                || HasPayerMember(operation.Type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPayerMember(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None)
        {
            return false;
        }

        for (INamedTypeSymbol? current = named; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (string name in current.MemberNames)
            {
                if (string.Equals(name, PayerAlias, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
