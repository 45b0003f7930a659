using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1001 and the member's own XML doc comment (issue 18, set 8): generated SDK models name membership, transit and
    /// campus cards, accounts and masked numbers all <c>card_no</c>; the doc tells them apart. An account-number member
    /// documented as a card number is a PAN.
    /// </summary>
    public class PanMemberDocCommentTests
    {
        [Fact]
        public Task Card_numbers_documented_as_other_cards_accounts_or_masked_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class LoyaltyProgramModel
{
    /// <summary>
    /// 商户会员卡号
    /// </summary>
    public string CardNo { get; set; } = "";

    /// <summary>地铁交通卡号</summary>
    public string TopUpCardNo { get; set; } = "";

    /// <summary>商户支付宝账户，手机号或邮箱</summary>
    public string OwnerCardNo { get; set; } = "";

    /// <summary>银行卡卡号，显示前6后4</summary>
    public string BoundCardNo { get; set; } = "";

    /// <summary>The customer's loyalty card number printed on the key fob.</summary>
    public string ExternalCardNumber { get; set; } = "";

    /// <summary>Masked card number as returned by the gateway, first six and last four digits.</summary>
    public string CardNumber { get; set; } = "";

    /// <summary>The settlement bank account number of the merchant.</summary>
    private string payoutCardNo = "";

    public string AgentAlipayCardNo { get; set; } = "";

    public string Describe() => payoutCardNo;
}
""");

        [Fact]
        public Task Card_numbers_documented_as_masked_in_russian_spanish_or_portuguese_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SavedCard
{
    /// <summary>
    /// Замаскированный номер карты
    /// </summary>
    public string Pan { get; set; } = "";
    /// <summary>Маскированный номер карты клиента</summary>
    public string CardNumber { get; set; } = "";
    /// <summary>Número de tarjeta enmascarado</summary>
    public string NumeroTarjeta { get; set; } = "";
    /// <summary>Número do cartão mascarado</summary>
    public string CardNo { get; set; } = "";
    /// <summary>Номер карты</summary>
    public string {|FG1001:FullPan|} { get; set; } = "";
}
""");

        [Fact]
        public Task Card_numbers_whose_doc_names_a_payment_card_or_the_full_value_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class BindCardModel
{
    /// <summary>会员的信用卡卡号</summary>
    public string {|FG1001:CardNo|} { get; set; } = "";

    /// <summary>The member's credit card number, charged monthly.</summary>
    public string {|FG1001:PaymentCardNo|} { get; set; } = "";

    /// <summary>Full card number; only the masked form is shown on receipts.</summary>
    public string {|FG1001:CardNumber|} { get; set; } = "";

    /// <summary>The card's primary account number.</summary>
    public string {|FG1001:Pan|} { get; set; } = "";

    // Not a doc comment: an ordinary comment says nothing about the member.
    // loyalty card number
    public string {|FG1001:ExternalCardNo|} { get; set; } = "";
}
""");

        // A build without /doc parses '///' lines as ordinary comments (DocumentationMode.None): read them all the same.
        [Fact]
        public Task Doc_comments_are_read_when_the_build_does_not_parse_them()
        {
            var test = new VerifyCS.Test
            {
                TestCode = """

public class CampusBindModel
{
    /// <summary>
    /// 一卡通卡号
    /// </summary>
    public string CardNo { get; set; } = "";

    /// <summary>
    /// 信用卡卡号
    /// </summary>
    public string {|FG1001:PayCardNo|} { get; set; } = "";
}
""",
            };
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var parseOptions = (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, parseOptions.WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.None));
            });
            return test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public Task Account_number_documented_as_a_card_number_is_reported_on_card_types_only() => VerifyCS.VerifyAnalyzerAsync("""

public class CcSaleKeyedRequest
{
    /// <summary>
    /// For CC transactions, a credit card number. For ACH transactions, a bank account number.
    /// </summary>
    public string {|FG1001:AccountNumber|} { get; set; } = "";

    /// <summary>Account holder name.</summary>
    public string AccountHolderName { get; set; } = "";
}
public class AchDebitKeyedRequest
{
    /// <summary>
    /// For CC transactions, a credit card number. For ACH transactions, a bank account number.
    /// </summary>
    public string AccountNumber { get; set; } = "";
}
public class CardOnFile
{
    /// <summary>The card number used for recurring charges.</summary>
    public string {|FG1001:AcctNo|} { get; set; } = "";

    /// <summary>Bank account number for payouts.</summary>
    public string AccountNumber { get; set; } = "";

    /// <summary>Loyalty card number of the member.</summary>
    public string LoyaltyAccountNumber { get; set; } = "";

    /// <summary>充值卡号（后四位）</summary>
    public string TopUpAccountNo { get; set; } = "";

    /// <summary>资金账号，可以是支付宝账号或银行卡号</summary>
    public string FundAccountNo { get; set; } = "";
}
""");
    }
}
