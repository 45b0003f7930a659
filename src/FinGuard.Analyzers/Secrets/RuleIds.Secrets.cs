namespace FinGuard.Analyzers;

public static partial class RuleIds
{
    // FG4xxx secrets and transport (PCI DSS v4.0 req. 8.3 and 4.2)
    public const string SecretLiteral = "FG4001";
    public const string StripeTestKeyLiteral = "FG4002";
    public const string SecretInConfiguration = "FG4003";
    public const string CertificateValidationDisabled = "FG4004";
    public const string PlainHttpPaymentEndpoint = "FG4005";
    public const string DeprecatedTlsVersion = "FG4006";
}
