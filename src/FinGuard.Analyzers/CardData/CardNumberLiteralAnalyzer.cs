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
        description: "A 13-19 digit literal that passes the Luhn check and has a card brand's prefix and length is a card number checked into source control, which PCI DSS v4.0 3.2.1 and 3.5.1 forbid for real cards. Known processor test card numbers are reported at Info and are allowed in test projects.");
}

/// <summary>
/// FG1006: a string, interpolated-string or numeric literal that contains a Luhn-valid card number with a
/// brand's prefix and length. Published processor test numbers are reported at Info, and not at all in test
/// projects unless <c>finguard.card_data.allow_test_numbers_in_tests = false</c>. A purely syntactic check:
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

        string brand = CardNumbers.Brand(digits) ?? "card";
        Location location = context.Node.GetLocation();
        if (CardNumbers.IsKnownTestNumber(digits) || CardNumbers.HasTestNumberShape(digits) || IsDeclaredAsTestValue(context.Node))
        {
            if ((isTestProject || TestProjects.IsTestFile(context.Node.SyntaxTree)) && options.GetFlag(context.Node.SyntaxTree, AllowTestNumbersInTestsKey, defaultValue: true))
            {
                return;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardNumberLiteral, location, context.ContainingSymbol, DiagnosticSeverity.Info, additionalLocations: null, properties: null, Mask(digits), brand + " test"));
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardNumberLiteral, location, context.ContainingSymbol, Mask(digits), brand));
    }

    // 'class SandboxCards { const string Visa = "…"; }', 'TestCardNumber = "…"': the code itself says the number is a
    // sandbox or test value, so it is treated like a published test number (Info in product code, silent in tests).
    private static bool IsDeclaredAsTestValue(SyntaxNode literal)
    {
        foreach (SyntaxNode ancestor in literal.Ancestors())
        {
            string? name = ancestor switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                _ => null,
            };
            if (name != null && NamesTestValue(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesTestValue(string identifier)
    {
        foreach (string word in IdentifierWords.Split(identifier))
        {
            if (word == "sandbox" || word == "test" || word == "tests" || word == "testing")
            {
                return true;
            }
        }

        return false;
    }

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
