using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Secrets;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor PlainHttpPaymentEndpoint = RuleFactory.Create(
        RuleIds.PlainHttpPaymentEndpoint,
        title: "Plain HTTP payment endpoint",
        messageFormat: "'{0}' sends payment or bank traffic over plain HTTP: use https",
        category: RuleFactory.SecretsCategory,
        description: "Card data, tokens and API keys sent to a processor or bank over http:// travel in clear text. PCI DSS v4.0 requirement 4.2.1.");
}

/// <summary>
/// FG4005: a string literal that is an <c>http://</c> URI to a payment processor or bank host (Stripe, Braintree,
/// Adyen, Square, Checkout.com, Plaid, PayPal, ... and the hosts in <c>finguard.secrets.payment_hosts</c>).
/// PCI DSS v4.0 4.2.1: cardholder data and credentials cross open networks only over strong cryptography.
/// Test code (a test project, a test folder or file, <c>finguard.secrets.is_test_code</c>) is not reported: there a URL is
/// test data in an assertion or a model, and no request is sent to the processor.
/// </summary>
public sealed class PlainHttpEndpointAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property present when the URI has no explicit port, so switching the scheme is safe.</summary>
    public const string FixableProperty = "Fixable";

    private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlainHttpPaymentEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            bool isTestProject = TestProjects.IsTestProject(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeLiteral(c, options, isTestProject), OperationKind.Literal);
            start.RegisterOperationAction(c => AnalyzeInterpolatedString(c, options, isTestProject), OperationKind.InterpolatedString);
        });
    }

    // $"http://{env}.plaid.com/items": the host is only known with the holes filled in, so the string is judged
    // whole (holes as placeholder letters) and reported at its first text part, where the scheme is.
    private static void AnalyzeInterpolatedString(OperationAnalysisContext context, FinGuardOptions options, bool isTestProject)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (interpolated.Parts.Length == 0 || interpolated.Parts[0] is not IInterpolatedStringTextOperation first
            || first.Text.ConstantValue.Value is not string head || head.Length < 7 || !StartsLikeHttp(head))
        {
            return;
        }

        var builder = new System.Text.StringBuilder(64);
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            builder.Append(part is IInterpolatedStringTextOperation text && text.Text.ConstantValue.Value is string value ? value : "x");
        }

        Report(context, builder.ToString(), first.Syntax, interpolated.Syntax.ToString(), options, isTestProject);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, FinGuardOptions options, bool isTestProject)
    {
        if (context.Operation.ConstantValue.Value is not string value || value.Length < 12 || !StartsLikeHttp(value) || context.Operation.Parent is IInterpolatedStringTextOperation)
        {
            return;
        }

        Report(context, value, context.Operation.Syntax, value.Trim(), options, isTestProject);
    }

    private static bool StartsLikeHttp(string value) => (value[0] == 'h' || value[0] == 'H' || char.IsWhiteSpace(value[0]));

    private static void Report(OperationAnalysisContext context, string value, SyntaxNode syntax, string shown, FinGuardOptions options, bool isTestProject)
    {
        SecretsOptions secrets = options.GetSecrets(syntax.SyntaxTree);
        if (PaymentHosts.IsPlainHttpPaymentUri(value, secrets.PaymentHosts, out bool hasPort)
            && !isTestProject && !secrets.IsTestCode && !TestProjects.IsTestFile(syntax.SyntaxTree))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                Descriptors.PlainHttpPaymentEndpoint,
                syntax.GetLocation(), context.ContainingSymbol,
                hasPort ? ImmutableDictionary<string, string?>.Empty : Fixable,
                shown.Length > 80 ? shown.Substring(0, 80) : shown));
        }
    }
}
