using System.Collections.Immutable;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FinGuard.Analyzers.Secrets
{
    /// <summary>
    /// FG4005: a string literal that is an <c>http://</c> URI to a payment processor or bank host (Stripe, Braintree,
    /// Adyen, Square, Checkout.com, Plaid, PayPal, ... and the hosts in <c>finguard.secrets.payment_hosts</c>).
    /// PCI DSS v4.0 4.2.1: cardholder data and credentials cross open networks only over strong cryptography.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlainHttpEndpointAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property present when the URI has no explicit port, so switching the scheme is safe.</summary>
        public const string FixableProperty = "Fixable";

        private static readonly ImmutableDictionary<string, string?> Fixable = ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlainHttpPaymentEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
                start.RegisterOperationAction(c => AnalyzeLiteral(c, options), OperationKind.Literal);
            });
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, FinGuardOptions options)
        {
            if (context.Operation.ConstantValue.Value is not string value || value.Length < 12 || (value[0] != 'h' && value[0] != 'H' && !char.IsWhiteSpace(value[0])))
            {
                return;
            }

            SecretsOptions secrets = options.GetSecrets(context.Operation.Syntax.SyntaxTree);
            if (PaymentHosts.IsPlainHttpPaymentUri(value, secrets.PaymentHosts, out bool hasPort))
            {
                string shown = value.Trim();
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.PlainHttpPaymentEndpoint,
                    context.Operation.Syntax.GetLocation(),
                    hasPort ? ImmutableDictionary<string, string?>.Empty : Fixable,
                    shown.Length > 80 ? shown.Substring(0, 80) : shown));
            }
        }
    }
}
