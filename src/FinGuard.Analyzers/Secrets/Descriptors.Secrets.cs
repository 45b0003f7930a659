using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor SecretLiteral = Create(
            RuleIds.SecretLiteral,
            title: "Secret literal in code",
            messageFormat: "{0} is hard-coded in source: read it from configuration, the environment or a secret store instead",
            category: SecretsCategory,
            description: "Processor and bank credentials (Stripe secret, restricted and webhook keys, Plaid secrets, Braintree private keys, Adyen API keys, database passwords) in source code end up in every clone, build log and package. Read them from configuration backed by environment variables or a secret store. PCI DSS v4.0 requirement 8.3.");

        public static readonly DiagnosticDescriptor StripeTestKeyLiteral = Create(
            RuleIds.StripeTestKeyLiteral,
            title: "Stripe test key in code",
            messageFormat: "{0} is hard-coded in source: read it from configuration or the environment so that test and live keys are swapped by deployment, not by editing code",
            category: SecretsCategory,
            description: "Stripe test-mode keys cannot move money, but a key in code is rotated by a code change and is one edit away from a live key. PCI DSS v4.0 requirement 8.3.",
            severity: DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor SecretInConfiguration = Create(
            RuleIds.SecretInConfiguration,
            title: "Secret in committed configuration",
            messageFormat: "'{0}' holds {1} in committed configuration: move the value to user secrets, environment variables or a secret store and leave a placeholder",
            category: SecretsCategory,
            description: "appsettings*.json, *.config and launchSettings.json are committed with the code; credentials in them are as exposed as credentials in source. PCI DSS v4.0 requirement 8.3.");

        public static readonly DiagnosticDescriptor CertificateValidationDisabled = Create(
            RuleIds.CertificateValidationDisabled,
            title: "Certificate validation disabled",
            messageFormat: "{0} accepts every server certificate: remove the bypass so that TLS to payment and bank endpoints is validated",
            category: SecretsCategory,
            description: "A certificate validator that always succeeds lets anyone on the network path impersonate the processor or bank and read card data and credentials. PCI DSS v4.0 requirement 4.2.1.");

        public static readonly DiagnosticDescriptor PlainHttpPaymentEndpoint = Create(
            RuleIds.PlainHttpPaymentEndpoint,
            title: "Plain HTTP payment endpoint",
            messageFormat: "'{0}' sends payment or bank traffic over plain HTTP: use https",
            category: SecretsCategory,
            description: "Card data, tokens and API keys sent to a processor or bank over http:// travel in clear text. PCI DSS v4.0 requirement 4.2.1.");
    }
}
