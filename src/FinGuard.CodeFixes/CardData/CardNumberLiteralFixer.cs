using System.Text;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1006 fixes for a card number in a string literal or interpolated-string text:
/// <list type="bullet">
/// <item>a Stripe test card number, in a project that references Stripe.net, whose literal is exactly that number:
/// replace it with Stripe's test PaymentMethod id for that card (<c>"pm_card_visa"</c>...), which Stripe recommends
/// for test code instead of card numbers (https://docs.stripe.com/testing);</item>
/// <item>any other: mask the number in place to the first six and last four digits (<c>"411111******1111"</c>, last four
/// only below 16 digits, as <c>CardMasking</c> does), keeping the rest of the text and its grouping.</item>
/// </list>
/// Numeric literals get no fix (a <c>long</c> cannot hold a masked number). Nothing is offered where the changed
/// text would break the code or its meaning: a <c>case</c> label or pattern (two numbers could mask to one label), a
/// constant used as one, a dictionary key or an <c>==</c> comparison (a masked value matches nothing), a number being parsed, or the value of a processor SDK's raw card field (FG1005's fix applies there).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CardNumberLiteralFixer))]
public sealed class CardNumberLiteralFixer : FinGuardCodeFixProvider
{
    internal const string MaskEquivalenceKey = "FinGuard.FG1006.Mask";
    internal const string StripeEquivalenceKey = "FinGuard.FG1006.StripeTestPaymentMethod";

    // Stripe's test cards by brand and the PaymentMethod id for each (https://docs.stripe.com/testing#cards).
    private static readonly Dictionary<string, string> StripeTestPaymentMethods = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["4242424242424242"] = "pm_card_visa",
        ["4000056655665556"] = "pm_card_visa_debit",
        ["5555555555554444"] = "pm_card_mastercard",
        ["2223003122003222"] = "pm_card_mastercard",
        ["5200828282828210"] = "pm_card_mastercard_debit",
        ["5105105105105100"] = "pm_card_mastercard_prepaid",
        ["378282246310005"] = "pm_card_amex",
        ["371449635398431"] = "pm_card_amex",
        ["6011111111111117"] = "pm_card_discover",
        ["6011000990139424"] = "pm_card_discover",
        ["3056930009020004"] = "pm_card_diners",
        ["3566002020360505"] = "pm_card_jcb",
        ["6200000000000005"] = "pm_card_unionpay",
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CardNumberLiteral);

    public CardNumberLiteralFixer()
        : base(StripeEquivalenceKey, MaskEquivalenceKey)
    {
    }

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        SyntaxNode node = site.Node;
        if (node is not (LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringTextSyntax) || IsFixedByMeaning(node))
        {
            return;
        }

        SyntaxToken token = node is LiteralExpressionSyntax literal ? literal.Token : ((InterpolatedStringTextSyntax)node).TextToken;
        string? digits = CardNumbers.FindInText(token.ValueText);
        if (digits == null)
        {
            return;
        }

        // The model only once a literal holds a number (Roslyn caches it per document).
        SemanticModel? model = await site.Document.GetSemanticModelAsync(site.CancellationToken).ConfigureAwait(false);
        if (model == null || IsProcessorCardField(model, node, site.CancellationToken))
        {
            return;
        }

        Document document = site.Document;
        if (node is LiteralExpressionSyntax && StripeTestPaymentMethods.TryGetValue(digits, out string? paymentMethod)
            && IsOnlyTheNumber(token.ValueText, digits) && model.Compilation.GetTypeByMetadataName("Stripe.StripeClient") != null)
        {
            site.Register(CodeAction.Create(
                $"Use Stripe's test PaymentMethod \"{paymentMethod}\" instead of the card number",
                ct => ReplaceAsync(document, node, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(paymentMethod)), ct),
                StripeEquivalenceKey));
        }

        SyntaxNode? masked = Masked(node, token, digits);
        if (masked != null)
        {
            site.Register(CodeAction.Create(
                "Mask the card number to its first six and last four digits",
                ct => ReplaceAsync(document, node, masked, ct),
                MaskEquivalenceKey));
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root == null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
    }

    /// <summary>The literal or text with the number masked in its source text, or null when the number is not spelled plainly there (escapes).</summary>
    private static SyntaxNode? Masked(SyntaxNode node, SyntaxToken token, string digits)
    {
        string? text = MaskRun(token.Text, digits);
        string? value = MaskRun(token.ValueText, digits);
        if (text == null || value == null)
        {
            return null;
        }

        if (node is InterpolatedStringTextSyntax interpolatedText)
        {
            return interpolatedText.WithTextToken(SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia));
        }

        // Parse rather than build the token: regular, verbatim and raw literals each keep their own kind.
        ExpressionSyntax parsed = SyntaxFactory.ParseExpression(text);
        return parsed is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && !literal.ContainsDiagnostics && literal.Token.ValueText == value
            ? literal
            : null;
    }

    /// <summary>
    /// <paramref name="text"/> with the first run of digits (grouped by spaces or dashes) whose digits are <paramref name="digits"/>
    /// masked to first six and last four (last four below 16 digits), or null when no such run is there.
    /// </summary>
    internal static string? MaskRun(string text, string digits)
    {
        for (int start = 0; start < text.Length; start++)
        {
            if (!IsDigit(text[start]) || (start > 0 && IsDigit(text[start - 1])))
            {
                continue;
            }

            int end = start, count = 0;
            bool matches = true;
            while (end < text.Length)
            {
                char c = text[end];
                if (IsDigit(c))
                {
                    matches &= count < digits.Length && digits[count] == c;
                    count++;
                    end++;
                }
                else if ((c == ' ' || c == '-') && end + 1 < text.Length && IsDigit(text[end + 1]))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            if (!matches || count != digits.Length)
            {
                continue;
            }

            int keepStart = digits.Length >= 16 ? 6 : 0;
            var builder = new StringBuilder(text.Length);
            builder.Append(text, 0, start);
            for (int i = start, k = 0; i < end; i++)
            {
                char c = text[i];
                if (IsDigit(c))
                {
                    builder.Append(k < keepStart || k >= digits.Length - 4 ? c : '*');
                    k++;
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append(text, end, text.Length - end);
            return builder.ToString();
        }

        return null;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    // "4242 4242 4242 4242" or "4242424242424242": the literal holds nothing but the number.
    private static bool IsOnlyTheNumber(string value, string digits)
    {
        var only = new StringBuilder(value.Length);
        foreach (char c in value.Trim())
        {
            if (c != ' ' && c != '-')
            {
                only.Append(c);
            }
        }

        return only.ToString() == digits;
    }

    // Where a different string changes what the code means, not just what it shows.
    private static bool IsFixedByMeaning(SyntaxNode node)
    {
        SyntaxNode literal = node is InterpolatedStringTextSyntax ? node.Parent ?? node : node;
        switch (literal.Parent)
        {
            // A key (d["4111..."], { ["4111..."] = x }, { "4111...", x }) or a comparison (pan == "4111..."): a masked
            // value finds or matches nothing any more, and two numbers can mask to one duplicate key.
            case ArgumentSyntax { Parent: BracketedArgumentListSyntax }:
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } element when element.Expressions.Count > 0 && element.Expressions[0] == literal:
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression }:
                return true;

            // const string Visa = "4111..." used as a case label or pattern elsewhere: the same as a label.
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when IsConstUsedAsLabel(declarator):
                return true;
        }

        for (SyntaxNode? current = literal.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                case SwitchExpressionArmSyntax arm when arm.Pattern.Span.Contains(literal.Span):
                    return true;
                case InvocationExpressionSyntax invocation when literal.Parent is ArgumentSyntax && (IsParse(invocation) || IsLookup(invocation)):
                    return true;

                // [InlineData("4111...")] and other attribute data: test inputs exist to be real numbers (Luhn,
                // brand detection); masking them changes what the test checks. FG1006 allows known test PANs in tests.
                case AttributeArgumentSyntax:
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsConstUsedAsLabel(VariableDeclaratorSyntax declarator)
    {
        bool isConst = declarator.Parent?.Parent switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        };
        if (!isConst)
        {
            return false;
        }

        // By name in this document: a label elsewhere referring to the same name is enough to leave it to the author.
        string name = declarator.Identifier.ValueText;
        foreach (SyntaxNode node in declarator.SyntaxTree.GetRoot().DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name
                && identifier.FirstAncestorOrSelf<SyntaxNode>(n => n is CaseSwitchLabelSyntax or PatternSyntax) != null)
            {
                return true;
            }
        }

        return false;
    }

    // pan.Equals("4111..."), cards.ContainsKey("4111..."), set.Contains(...): a lookup or comparison by another name.
    private static bool IsLookup(InvocationExpressionSyntax invocation)
    {
        switch (InvokedName(invocation))
        {
            case "Equals":
            case "Contains":
            case "ContainsKey":
            case "TryGetValue":
            case "Remove":
            case "StartsWith":
            case "EndsWith":
            case "IndexOf":
            case "Compare":
            case "CompareOrdinal":
                return true;
            default:
                return false;
        }
    }

    private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    private static bool IsParse(InvocationExpressionSyntax invocation)
    {
        string? name = InvokedName(invocation);
        return name != null && (name.StartsWith("Parse", System.StringComparison.Ordinal) || name.StartsWith("TryParse", System.StringComparison.Ordinal) || name.StartsWith("ToInt", System.StringComparison.Ordinal) || name.StartsWith("ToUInt", System.StringComparison.Ordinal) || name == "ToDecimal");
    }

    // Number = "4242...": the processor would get a masked (invalid) card; FG1005's token fix is the right change there.
    private static bool IsProcessorCardField(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != node
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol property)
        {
            return false;
        }

        PaymentSdkCardMembers? members = PaymentSdkCardMembers.Resolve(model.Compilation);
        return members != null && members.TryMatch(property, out _, out _);
    }
}
