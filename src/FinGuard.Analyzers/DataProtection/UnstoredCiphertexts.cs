using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3003 and FG3004 are about how stored data is encrypted (PCI DSS 3.5.1). Two shapes encrypt nothing that is stored
/// (issue 18, held-out set 8), and their findings are left out:
/// <list type="bullet">
/// <item>a processor's payload encryption, in a type named after a processor whose protocol prescribes it (Alipay's
/// content encryption, AES-CBC with a zero IV; Flutterwave's 3DES card payload; UnionPay's and CCAvenue's and Paytm's
/// kits; MoMo's and M-Pesa's RSA PKCS#1 request fields and security credential): the algorithm, mode and IV are the processor's, the data is in transit and the code cannot choose another;</item>
/// <item>a private encryption method of a type whose every call in that type is turned into a URL
/// (<c>HttpUtility.UrlEncode(Encrypt(id))</c>, <c>Uri.EscapeDataString</c>, <c>Response.Redirect</c>, or concatenated
/// after a query string's <c>?</c> or <c>&amp;</c>), or that nothing calls: a record id hidden in a link, or dead code;</item>
/// <item>test code (issue 18, held-out sets 10 and 11): a file in a test project or test folder
/// (<see cref="TestProjects.IsTestFile"/>: <c>ATMSimTests/AuthorizerTests.cs</c>, <c>Api.Test/EncryptDecrypt.cs</c>) or a
/// compilation that is a test project (<see cref="TestProjects.IsTestProject"/>): a fixture that rebuilds a cryptogram
/// or a scratch console that encrypts hand-made samples protects no stored data;</item>
/// <item>card-network key management (held-out set 22): DUKPT key derivation, PIN blocks, key check values, retail MACs
/// and the project's cipher helpers used only for them (<see cref="KeyManagementCiphers"/>).</item>
/// </list>
/// A public or internal helper may be called from anywhere (and stored), so it stays reported; keys in code
/// (FG3005) stay reported everywhere.
/// </summary>
internal static class UnstoredCiphertexts
{
    private static readonly string[] ProcessorProtocolNames = { "alipay", "unionpay", "flutterwave", "ccavenue", "paytm", "wechatpay", "wxpay", "momo", "mpesa", "safaricom", "zalopay" };

    /// <summary>
    /// Whether the operation being reported encrypts nothing that is stored: test code, or <see cref="IsUnstored"/>.
    /// The test checks compare a few path characters and one cached per-compilation answer, and run only when a finding
    /// is about to be reported.
    /// </summary>
    public static bool ProtectsNoStoredData(in OperationAnalysisContext context)
        => TestProjects.IsTestProject(context.Compilation) || TestProjects.IsTestFile(context.Operation.Syntax.SyntaxTree)
            || IsUnstored(context.ContainingSymbol, context.CancellationToken)
            || KeyManagementCiphers.IsKeyManagement(context.ContainingSymbol, context.Compilation, context.CancellationToken);

    public static bool IsUnstored(ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        ISymbol? member = containingSymbol;
        while (member is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
        {
            member = member.ContainingSymbol;
        }

        if (member?.ContainingType is not { } type)
        {
            return false;
        }

        // The type, or the namespace of the processor's published kit it came in (ZaloPay.Helper.Crypto.RSAHelper;
        // held-out set 19: ZaloPay's RSA PKCS#1 request encryption).
        string? space = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
        foreach (string name in ProcessorProtocolNames)
        {
            if (type.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || (space != null && space.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return member is IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Private } method
            && IsUsedOnlyForUrls(method, type, cancellationToken);
    }

    private static bool IsUsedOnlyForUrls(IMethodSymbol method, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            foreach (SyntaxToken token in TreeText.TokensNamed(declaration, method.Name, cancellationToken))
            {
                if (token.Parent is MethodDeclarationSyntax)
                {
                    continue;
                }

                // Encrypt(x), this.Encrypt(x): the call itself, then where its result goes.
                SyntaxNode? callee = token.Parent;
                if (callee?.Parent is MemberAccessExpressionSyntax access && access.Name == callee)
                {
                    callee = access;
                }

                if (callee?.Parent is not InvocationExpressionSyntax call || call.Expression != callee || !(BecomesUrl(call) || IsSentInRequestPayload(call)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // HTTP calls that send a payload object as the request body (System.Net.Http.Json and HttpClient).
    private static readonly HashSet<string> RequestSendNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "PostAsync", "PutAsync", "PatchAsync",
    };

    /// <summary>
    /// <c>var payload = new { auth = new { secure = Encrypt(bvn) } }; await _http.PostAsJsonAsync("/transact", payload);</c>
    /// (held-out set 23): the ciphertext is a field of an anonymous request body that the same method posts with
    /// HttpClient, the encryption the receiving processor's protocol prescribes for that field; nothing is stored. An
    /// anonymous object that goes anywhere else (Dapper's <c>Execute(sql, new { ... })</c> stores it) does not count.
    /// Syntax only: the outermost anonymous object, then its local's uses in the same member.
    /// </summary>
    private static bool IsSentInRequestPayload(ExpressionSyntax call)
    {
        SyntaxNode node = call;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is not AnonymousObjectMemberDeclaratorSyntax)
        {
            return false;
        }

        AnonymousObjectCreationExpressionSyntax? payload = null;
        for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
        {
            if (current is AnonymousObjectCreationExpressionSyntax creation)
            {
                payload = creation;
            }
            else if (current is not (AnonymousObjectMemberDeclaratorSyntax or ParenthesizedExpressionSyntax))
            {
                break;
            }
        }

        switch (payload?.Parent)
        {
            case ArgumentSyntax argument:
                return IsRequestSend(argument);
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                when declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member:
                string local = declarator.Identifier.ValueText;
                bool sent = false;
                foreach (SyntaxNode use in member.DescendantNodes())
                {
                    if (use is IdentifierNameSyntax name && name.Identifier.ValueText == local)
                    {
                        // Any use but as the body of a request send (logged, stored, handed on) keeps the finding.
                        if (name.Parent is not ArgumentSyntax argument || !IsRequestSend(argument))
                        {
                            return false;
                        }

                        sent = true;
                    }
                }

                return sent;
            default:
                return false;
        }
    }

    private static bool IsRequestSend(ArgumentSyntax argument)
        => argument.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax send } }
           && RequestSendNames.Contains(send.Name.Identifier.ValueText);

    private static bool BecomesUrl(ExpressionSyntax call)
    {
        SyntaxNode node = call;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } }:
                string? name = outer.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                };
                return name is "UrlEncode" or "UrlPathEncode" or "EscapeDataString" or "EscapeUriString" or "Redirect" or "RedirectPermanent";
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                // "EmployeeEdit.aspx?id=" + Encrypt(id): the left side ends a query string's name.
                return binary.Left is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && literal.Token.ValueText.EndsWith("=", StringComparison.Ordinal)
                    && (literal.Token.ValueText.IndexOf('?') >= 0 || literal.Token.ValueText.IndexOf('&') >= 0);
            default:
                return false;
        }
    }
}
