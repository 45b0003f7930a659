using VerifyPan = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifySad = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001/FG1002 and a private field that nothing ever names (issue 18, set 18: a form control's leftover backing field
/// beside a property that reads the text box): it holds nothing. Look-alikes: a private field that is assigned or read
/// (also from another partial part), and a protected or public field that code elsewhere can use.
/// </summary>
public class UnreferencedPrivateFieldTests
{
    private const string Source = """
public class TextBox { public string Text { get; set; } = ""; }
public partial class PaymentBox
{
    private readonly TextBox txtCardNumber = new TextBox();
    private readonly TextBox txtCvv = new TextBox();
    private string ccNumber;
    private string securityCode;
    public string Typed => txtCardNumber.Text;
    public string TypedCode => txtCvv.Text;
}
public partial class SavedCardBox
{
    private string {|FG1001:cardNumber|};
    private string {|FG1002:cvv|};
    protected string {|FG1001:creditCardNumber|};
    public void Remember(string number) => cardNumber = number;
}
public partial class SavedCardBox
{
    public int CvcLength => cvv.Length;
}
""";

    [Fact]
    public Task Unreferenced_private_card_number_fields_are_not_reported()
        => VerifyPan.VerifyAnalyzerAsync(Source.Replace("{|FG1002:cvv|}", "cvv"));

    [Fact]
    public Task Unreferenced_private_security_code_fields_are_not_reported()
        => VerifySad.VerifyAnalyzerAsync(Source.Replace("{|FG1001:cardNumber|}", "cardNumber").Replace("{|FG1001:creditCardNumber|}", "creditCardNumber"));
}
