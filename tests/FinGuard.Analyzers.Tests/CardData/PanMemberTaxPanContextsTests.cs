using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// India's tax PAN on set 22 (issue 18): a bare <c>PANNo</c> beside an Aadhaar number spelled as a card
/// (<c>AadharCardNo</c>: an identity card is no payment card), beside a GST registration (<c>DriverGST</c>,
/// <c>Gstin</c>), or on an accounting party's record (a ledger and a tax member). Positives: the same names beside a
/// payment card's fields, and a <c>Pan</c> on a ledger record with no tax member.
/// </summary>
public class PanMemberTaxPanContextsTests
{
    [Fact]
    public Task Tax_pan_beside_aadhaar_card_gst_or_ledger_and_tax_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Driver
{
    public string DriverName { get; set; } = "";
    public string PANNo { get; set; } = "";
    public string AadharCardNo { get; set; } = "";
}
public class TripInvoice
{
    public string InvoiceNo { get; set; } = "";
    public string PANNo { get; set; } = "";
    public decimal DriverGST { get; set; }
}
public class Supplier
{
    public string Gstin { get; set; } = "";
    public string Pan { get; set; } = "";
}
public class SalesMasterView
{
    public string LedgerName { get; set; } = "";
    public string Address { get; set; } = "";
    public string Pan { get; set; } = "";
    public decimal TaxRate { get; set; }
}
""");

    [Fact]
    public Task Pan_beside_payment_card_fields_or_without_tax_context_stays_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Cardholder
{
    public string {|FG1001:PANNo|} { get; set; } = "";
    public string AadharCardNo { get; set; } = "";
    public string DebitCardType { get; set; } = "";
}
public class Charge
{
    public string {|FG1001:Pan|} { get; set; } = "";
    public decimal Gst { get; set; }
    public string ExpiryDate { get; set; } = "";
}
public class LedgerEntry
{
    public string LedgerName { get; set; } = "";
    public string {|FG1001:Pan|} { get; set; } = "";
    public decimal Amount { get; set; }
}
public class Settlement
{
    public string {|FG1001:Pan|} { get; set; } = "";
    public decimal TaxAmount { get; set; }
}
""");

    // FG3001 calls a national id exactly what FG1 leaves alone as the tax PAN (one shared test).
    [Fact]
    public void The_shared_tax_pan_test_knows_the_new_contexts()
    {
        static List<string> Words(string name) => FinGuard.Analyzers.Shared.IdentifierWords.Split(name);
        Assert.True(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(Words("PANNo"), "Driver", new[] { "PANNo", "AadharCardNo" }));
        Assert.True(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(Words("PANNo"), "DriverTripInvoice", new[] { "PANNo", "DriverGST" }));
        Assert.True(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(Words("Pan"), "SalesMasterView", new[] { "LedgerName", "Pan", "TaxRate" }));
        Assert.False(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(Words("Pan"), "Payment", new[] { "Pan", "AadharCardNo", "CreditCardType" }));
        Assert.False(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(Words("Pan"), "Payment", new[] { "Pan", "LedgerName" }));
    }
}
