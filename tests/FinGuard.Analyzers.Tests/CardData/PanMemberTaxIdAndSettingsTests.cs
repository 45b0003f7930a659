using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 look-alikes from issue 18, set 15: India's Permanent Account Number (the tax id on a "PAN card": named
/// <c>PanCard*</c>, a bare <c>Pan</c>/<c>PanNumber</c> beside Aadhaar, KYC or date-of-birth members, or a member declared
/// shorter than any card number), and a bare <c>CreditCard</c> setting on a settings type (a payment-type code).
/// Positives: a <c>Pan</c> on a payment-card type or beside card fields, a <c>Pan</c> with no identity context, a long
/// enough <c>Pan</c>, and <c>CreditCard</c> or <c>CreditCardNumber</c> outside settings.
/// </summary>
public class PanMemberTaxIdAndSettingsTests
{
    [Fact]
    public Task Indian_tax_pan_members_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
public class Customer
{
    public string AadhaarNo { get; set; } = "";
    public string PanCardNo { get; set; } = "";
}
public class KycDetails { public string PanNumber { get; set; } = ""; }
public class Applicant
{
    public string Name { get; set; } = "";
    public string PAN { get; set; } = "";
    public DateTime DOB { get; set; }
}
public class Borrower
{
    [StringLength(10)] public string Pan { get; set; } = "";
    [Column(TypeName = "nvarchar(10)")] public string PanNo { get; set; } = "";
}
public interface ICustomerService
{
    bool IsUnique(string aadhaarNo, string panCardNo);
}
""");

    [Fact]
    public Task Payment_card_pans_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.ComponentModel.DataAnnotations;
public class Card
{
    public string {|FG1001:Pan|} { get; set; } = "";
    public int ExpiryMonth { get; set; }
}
public class ChargeRequest { public string {|FG1001:Pan|} { get; set; } = ""; }
public class Holder
{
    public string {|FG1001:Pan|} { get; set; } = "";
    public DateTime DateOfBirth { get; set; }
    public string CardExpiry { get; set; } = "";
}
public class Customer
{
    public string AadhaarNo { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class Stored { [MaxLength(19)] public string {|FG1001:Pan|} { get; set; } = ""; }
""");

    [Fact]
    public Task Credit_card_setting_on_a_settings_type_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class WorldPayPaymentSettings
{
    public string CreditCard { get; set; } = "";
    public bool UseSandbox { get; set; }
}
public class ConfigurationModel { public string CreditCard { get; set; } = ""; }
public class GatewayOptions { public string DebitCard { get; set; } = ""; }
""");

    [Fact]
    public Task Credit_card_outside_settings_and_card_numbers_in_settings_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Order { public string {|FG1001:CreditCard|} { get; set; } = ""; }
public class PaymentSettings { public string {|FG1001:CreditCardNumber|} { get; set; } = ""; }
""");
}
