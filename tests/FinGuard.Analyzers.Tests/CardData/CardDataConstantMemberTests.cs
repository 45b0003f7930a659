using VerifyPan = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifySad = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001/FG1002 and members named like card data whose value is a fixed string: extended-data keys, form field names,
/// validation-message keys. Look-alikes the other way: properties with a setter, computed getters, instance readonly
/// fields set in a constructor, static fields without a literal.
/// </summary>
public class CardDataConstantMemberTests
{
    [Fact]
    public Task Key_and_message_names_are_not_reported() => VerifySad.VerifyAnalyzerAsync(@"
public static class ExtendedDataKeys
{
    public static string AvsCvvData
    {
        get
        {
            return ""merchAvsCvvData"";
        }
    }

    public static string CardCode => ""cardCode"";
    public static string Cvv2 { get => nameof(Cvv2); }
    public static readonly string SecurityCode = ""security_code"";
}

public class PaymentForm
{
    public string {|FG1002:Cvv|} { get; set; } = ""123"";
    public string {|FG1002:CardCode|} => _code;
    private readonly string {|FG1002:_cvc|};
    private string _code = """";
    public PaymentForm(string cvc) { _cvc = cvc; }
}");

    [Fact]
    public Task Pan_named_keys_are_not_reported_but_data_members_are() => VerifyPan.VerifyAnalyzerAsync(@"
public static class FormFields
{
    public static string CardNumber { get { return ""card_number""; } }
    public static string CreditCardNumberRequired => ""Validation.CreditCardNumber.Required"";
    public static readonly string Pan = ""pan"";
}

public class Checkout
{
    public static readonly string {|FG1001:DefaultCardNumber|} = System.Environment.GetEnvironmentVariable(""CARD"");
    public string {|FG1001:CardNumber|} { get; set; } = """";
}");
}
