using VerifyPan = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyPersisted = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;
using VerifySad = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001/FG1002/FG1004 and a processor's SDK copied into the repository as source (issue 18, set 18): the SDK's request
/// types carry card fields because the processor's API does; the application code that fills them stays reported.
/// Look-alikes: the application's own namespaces that merely contain a processor's name.
/// </summary>
public class VendoredProcessorSdkTests
{
    private const string VendoredSdk = """
namespace Gateway.Model
{
    public class PaymentInformationCard
    {
        public PaymentInformationCard(string Number = null, string SecurityCode = null) { this.Number = Number; this.SecurityCode = SecurityCode; }
        public string Number { get; set; }
        public string SecurityCode { get; set; }
        public string ExpirationMonth { get; set; }
        public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this);
    }
}
namespace Braintree
{
    public class CreditCardRequest { public string Number { get; set; } public string CVV { get; set; } public string ExpirationDate { get; set; } }
}
namespace Checkout.Tokens
{
    public class CardTokenRequest { public string Number { get; set; } public string Cvv { get; set; } public int ExpiryMonth { get; set; } }
}
namespace PayPal.Api
{
    public class CreditCard { public string number { get; set; } public string cvv2 { get; set; } public int expire_month { get; set; } }
}
""";

    // The vendored SDK under its real root namespace: CyberSource.Model.
    private static readonly string CyberSourceSdk = VendoredSdk.Replace("namespace Gateway.Model", "namespace CyberSource.Model");

    [Fact]
    public Task Card_members_of_a_vendored_processor_sdk_are_not_reported_as_pans()
        => VerifyPan.VerifyAnalyzerAsync(CyberSourceSdk);

    [Fact]
    public Task Security_codes_of_a_vendored_processor_sdk_are_not_reported()
        => VerifySad.VerifyAnalyzerAsync(CyberSourceSdk);

    [Fact]
    public Task A_vendored_sdk_serializing_its_own_request_is_not_reported()
        => VerifyPersisted.VerifyAnalyzerAsync(CyberSourceSdk);

    // Borgun's RPG client (BorgunPayment.Model) and YooKassa's (Yandex.Checkout.V3) under their own root namespaces (issue 18, set 20).
    private const string BorgunAndYooKassaSdks = """
namespace BorgunPayment.Model
{
    public class PaymentRequestMethod { public string PAN { get; set; } public string CVC2 { get; set; } public string ExpMonth { get; set; } }
}
namespace Yandex.Checkout.V3
{
    public class Card { public string Number { get; set; } public string Csc { get; set; } public string ExpiryMonth { get; set; } }
}
""";

    [Fact]
    public Task Card_members_of_borgun_and_yookassa_client_libraries_are_not_reported_as_pans()
        => VerifyPan.VerifyAnalyzerAsync(BorgunAndYooKassaSdks);

    [Fact]
    public Task Security_codes_of_borgun_and_yookassa_client_libraries_are_not_reported()
        => VerifySad.VerifyAnalyzerAsync(BorgunAndYooKassaSdks);

    [Fact]
    public Task A_shop_namespace_named_after_yandex_or_borgun_is_reported() => VerifyPan.VerifyAnalyzerAsync("""
namespace Yandex.Market
{
    public class PaymentForm { public string {|FG1001:CardNumber|} { get; set; } }
}
namespace Shop.BorgunPayment
{
    public class PaymentRequestMethod { public string {|FG1001:PAN|} { get; set; } public string ExpMonth { get; set; } }
}
""");

    [Fact]
    public Task The_same_types_in_the_applications_namespace_are_reported() => VerifyPan.VerifyAnalyzerAsync("""
namespace Shop.CyberSource.Model
{
    public class PaymentInformationCard
    {
        public string {|FG1001:Number|} { get; set; }
        public string SecurityCode { get; set; }
        public string ExpirationMonth { get; set; }
    }
}
namespace Checkout.Web
{
    public class CardTokenRequest { public string {|FG1001:Number|} { get; set; } public string Cvv { get; set; } public int ExpiryMonth { get; set; } }
}
namespace PayPal
{
    public class CheckoutForm { public string {|FG1001:CardNumber|} { get; set; } }
}
""");

    [Fact]
    public Task The_applications_copy_into_a_vendored_sdk_request_stays_reported() => VerifyPan.VerifyAnalyzerAsync(CyberSourceSdk + """
namespace Shop
{
    public class PaymentForm { public string {|FG1001:CardNumber|} { get; set; } public string Cvv { get; set; } }
    public class Charger
    {
        public CyberSource.Model.PaymentInformationCard Build(PaymentForm form) => new CyberSource.Model.PaymentInformationCard(form.CardNumber, form.Cvv);
    }
}
""");

    [Fact]
    public Task The_applications_security_code_beside_a_vendored_sdk_stays_reported() => VerifySad.VerifyAnalyzerAsync(CyberSourceSdk + """
namespace Shop
{
    public class PaymentForm { public string CardNumber { get; set; } public string {|FG1002:Cvv|} { get; set; } }
}
""");
}
