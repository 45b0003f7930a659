using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1005 "take the client-side token": for each processor SDK card type with a token alternative, which fields are
/// the raw card and where the client-side token goes instead. Types are matched by their real metadata names
/// (as <c>PaymentSdkCardMembers</c> recognises them) and the token fields must exist on the type in this compilation.
/// </summary>
internal static class ProcessorTokenFields
{
    /// <param name="TokenField">Collapse: the number's value moves here and the other raw fields go.</param>
    /// <param name="Renames">Rename: each raw field becomes its encrypted counterpart.</param>
    /// <param name="OnlyCardFields">Offer only when the object sets nothing but raw card fields (Stripe: metadata or networks need the author's eye).</param>
    private sealed record Spec(string TypeName, string Processor, string[] RawFields, string? TokenField, Dictionary<string, string>? Renames, bool OnlyCardFields, string Comment);

    private static readonly Spec[] Specs =
    {
        new Spec(
            "Stripe.PaymentMethodCardOptions", "Stripe", new[] { "Number", "Cvc", "ExpMonth", "ExpYear" }, "Token", null, OnlyCardFields: true,
            "/* FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number */"),
        new Spec(
            "Braintree.CreditCardRequest", "Braintree", new[] { "Number", "CVV", "ExpirationDate", "ExpirationMonth", "ExpirationYear" }, "PaymentMethodNonce", null, OnlyCardFields: false,
            "/* FinGuard FG1005: a payment method nonce from Braintree Drop-in/Hosted Fields (https://developer.paypal.com/braintree/docs/guides/hosted-fields/overview), never the card number */"),
        new Spec(
            "Adyen.Model.Checkout.CardDetails", "Adyen", new[] { "Number", "Cvc", "ExpiryMonth", "ExpiryYear" }, null,
            new Dictionary<string, string> { ["Number"] = "EncryptedCardNumber", ["Cvc"] = "EncryptedSecurityCode", ["ExpiryMonth"] = "EncryptedExpiryMonth", ["ExpiryYear"] = "EncryptedExpiryYear" },
            OnlyCardFields: false,
            "/* FinGuard FG1005: the encrypted field from Adyen Web/Components (https://docs.adyen.com/payment-methods/cards/custom-card-integration), never the card number */"),
    };

    /// <summary>The edit for a flagged <c>Number = x</c> (initializer) or <c>o.Number = x;</c> (statement), or null.</summary>
    public static RawCardDataToProcessorFixer.TokenFieldEdit? Find(SemanticModel model, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || MemberName(assignment.Left)?.Identifier.ValueText != "Number"
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol { ContainingType: INamedTypeSymbol type })
        {
            return null;
        }

        Spec? spec = Specs.FirstOrDefault(s => IsType(type, s.TypeName));
        if (spec == null)
        {
            return null;
        }

        List<AssignmentExpressionSyntax>? assignments = Siblings(model, assignment, cancellationToken, out bool othersSet);
        if (assignments == null || (spec.OnlyCardFields && othersSet))
        {
            return null;
        }

        string title = spec.TokenField != null
            ? $"Take the {spec.Processor} client-side token ({spec.TokenField}) instead of the card number"
            : $"Take {spec.Processor}'s encrypted card fields instead of the raw card";
        var edits = new List<(SyntaxNode, SyntaxNode?)>();

        // Stripe's usual one-line initializer of nothing but card fields collapses to "{ Token = x /* ... */ }".
        if (spec.TokenField != null && assignment.Parent is InitializerExpressionSyntax initializer && !othersSet
            && assignments.Count == initializer.Expressions.Count)
        {
            if (!Accepts(model, type, spec.TokenField, assignment.Right, cancellationToken))
            {
                return null;
            }

            if (SpansLines(initializer))
            {
                // A multi-line initializer keeps its layout: one entry on its own line, the comment after it.
                ExpressionSyntax first = initializer.Expressions[0];
                AssignmentExpressionSyntax entry = SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.IdentifierName(spec.TokenField),
                        assignment.Right.WithoutTrivia())
                    .WithLeadingTrivia(first.GetLeadingTrivia());
                SyntaxTrivia endOfLine = initializer.OpenBraceToken.TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                SyntaxToken comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(
                    SyntaxFactory.Space, SyntaxFactory.Comment(LineComment(spec.Comment)), endOfLine.RawKind == 0 ? SyntaxFactory.CarriageReturnLineFeed : endOfLine);
                edits.Add((initializer, initializer.WithExpressions(SyntaxFactory.SeparatedList(new[] { (ExpressionSyntax)entry }, new[] { comma }))));
                return new RawCardDataToProcessorFixer.TokenFieldEdit(title, edits);
            }

            AssignmentExpressionSyntax token = SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.IdentifierName(spec.TokenField),
                    WithComment(assignment.Right, spec.Comment))
                .WithLeadingTrivia(SyntaxFactory.Space);
            InitializerExpressionSyntax replacement = initializer
                .WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(token))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space))
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            edits.Add((initializer, replacement));
            return new RawCardDataToProcessorFixer.TokenFieldEdit(title, edits);
        }

        foreach (AssignmentExpressionSyntax sibling in assignments)
        {
            SimpleNameSyntax name = MemberName(sibling.Left)!;
            string field = name.Identifier.ValueText;
            SyntaxNode target = sibling.Parent is ExpressionStatementSyntax statement ? statement : sibling;
            if (spec.TokenField != null)
            {
                if (sibling != assignment)
                {
                    edits.Add((target, null));
                    continue;
                }

                if (!Accepts(model, type, spec.TokenField, sibling.Right, cancellationToken))
                {
                    return null;
                }

                edits.Add((sibling, Renamed(sibling, name, spec.TokenField, spec.Comment)));
            }
            else if (spec.Renames != null && spec.Renames.TryGetValue(field, out string? encrypted))
            {
                if (!Accepts(model, type, encrypted, sibling.Right, cancellationToken))
                {
                    return null;
                }

                edits.Add((sibling, Renamed(sibling, name, encrypted, sibling == assignment ? spec.Comment : null)));
            }
        }

        return new RawCardDataToProcessorFixer.TokenFieldEdit(title, edits);
    }

    private static AssignmentExpressionSyntax Renamed(AssignmentExpressionSyntax assignment, SimpleNameSyntax name, string newName, string? comment)
    {
        AssignmentExpressionSyntax renamed = assignment.ReplaceNode(name, SyntaxFactory.IdentifierName(newName).WithTriviaFrom(name));
        return comment == null ? renamed : renamed.WithRight(WithComment(renamed.Right, comment));
    }

    private static bool SpansLines(InitializerExpressionSyntax initializer)
    {
        FileLinePositionSpan span = initializer.GetLocation().GetLineSpan();
        return span.StartLinePosition.Line != span.EndLinePosition.Line && initializer.Expressions.Count > 0;
    }

    // "/* text */" as "// text", for a comment at the end of a line.
    private static string LineComment(string blockComment)
        => "// " + blockComment.Trim().TrimStart('/', '*').TrimEnd('/', '*').Trim();

    private static ExpressionSyntax WithComment(ExpressionSyntax value, string comment)
        => value.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space, SyntaxFactory.Comment(comment)).WithLeadingTrivia(value.GetLeadingTrivia());

    /// <summary>
    /// The raw-card assignments of the same object: the initializer's entries, or the statements <c>o.F = v;</c> on the
    /// same local in the same block. <paramref name="othersSet"/>: the object also sets fields that are not raw card fields.
    /// </summary>
    private static List<AssignmentExpressionSyntax>? Siblings(SemanticModel model, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken, out bool othersSet)
    {
        othersSet = false;
        var result = new List<AssignmentExpressionSyntax>();
        if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax } initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            foreach (ExpressionSyntax expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax } entry && entry.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsRawField(entry.Left))
                {
                    result.Add(entry);
                }
                else
                {
                    othersSet = true;
                }
            }

            return result;
        }

        if (assignment.Left is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }
            || assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block }
            || model.GetSymbolInfo(receiver, cancellationToken).Symbol is not ILocalSymbol local)
        {
            return null;
        }

        foreach (StatementSyntax statement in block.Statements)
        {
            if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax other } access } entry }
                && other.Identifier.ValueText == receiver.Identifier.ValueText
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(other, cancellationToken).Symbol, local))
            {
                if (entry.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsRawField(access))
                {
                    result.Add(entry);
                }
                else
                {
                    othersSet = true;
                }
            }
        }

        return result;
    }

    private static bool IsRawField(ExpressionSyntax left)
    {
        string? name = MemberName(left)?.Identifier.ValueText;
        foreach (Spec spec in Specs)
        {
            if (name != null && spec.RawFields.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static SimpleNameSyntax? MemberName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax identifier => identifier,
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name,
        _ => null,
    };

    // The token field exists, is settable and takes the value the number had (a string).
    private static bool Accepts(SemanticModel model, INamedTypeSymbol type, string field, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        foreach (ISymbol member in type.GetMembers(field))
        {
            if (member is IPropertySymbol { SetMethod: not null, IsStatic: false } property
                && model.GetTypeInfo(value, cancellationToken).Type is ITypeSymbol valueType
                && model.Compilation.ClassifyConversion(valueType, property.Type).IsImplicit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsType(INamedTypeSymbol type, string metadataName)
    {
        string name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        string ns = metadataName.Substring(0, metadataName.LastIndexOf('.'));
        return type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
    }
}
