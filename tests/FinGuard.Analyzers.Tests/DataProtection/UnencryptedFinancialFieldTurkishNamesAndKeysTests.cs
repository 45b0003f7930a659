using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 17: Turkish identity and account names (T.C. Kimlik No, hesap numarasi, bakiye), Portugal's
/// NIB, a balance held in a money value object, and the keys and settings that look like account data (an integer
/// TaxId keying a tax rate row, a product's account-numbering setting, where a payment record came from).
/// </summary>
public class UnencryptedFinancialFieldTurkishNamesAndKeysTests
{
    [Fact]
    public Task Turkish_identity_and_account_names_nib_and_money_value_object_balances_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Musteri
{
    public int Id { get; set; }
    public string {|FG3001:TCKimlikNo|} { get; set; } = "";
    public string {|FG3001:TcNo|} { get; set; } = "";
    public string AdiSoyadi { get; set; } = "";
}
public class MusteriHesap
{
    public int Id { get; set; }
    public string {|FG3001:HesapNo|} { get; set; } = "";
    public string HesapAdi { get; set; } = "";
    public decimal {|FG3002:HesapBakiye|} { get; set; }
}
public class HesapHareket
{
    public int Id { get; set; }
    public string {|FG3001:GonderenHesapNo|} { get; set; } = "";
    public string {|FG3001:AliciHesapNumarasi|} { get; set; } = "";
    public decimal Tutar { get; set; }
}
public class ContaBancaria
{
    public int Id { get; set; }
    public string {|FG3001:NIB|} { get; set; } = "";
}
public sealed class Money
{
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
}
public class Wallet
{
    public int Id { get; set; }
    public Money {|FG3002:Balance|} { get; private set; } = new Money();
}
public class Db : DbContext
{
    public DbSet<Musteri> Musteriler { get; set; } = null!;
    public DbSet<MusteriHesap> Hesaplar { get; set; } = null!;
    public DbSet<HesapHareket> Hareketler { get; set; } = null!;
    public DbSet<ContaBancaria> Contas { get; set; } = null!;
    public DbSet<Wallet> Wallets { get; set; } = null!;
}
""");

    [Fact]
    public Task Look_alikes_of_turkish_names_nib_and_money_value_objects_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Olcum
{
    public int Id { get; set; }
    // A bare Tc is a temperature or terms and conditions; the card's photo is not its number.
    public string Tc { get; set; } = "";
    public string TcKimlikFoto { get; set; } = "";
    public string KimlikBilgisi { get; set; } = "";
    public string HesapAdi { get; set; } = "";
    public string HesapTuru { get; set; } = "";
    public string NibImage { get; set; } = "";
}
public sealed class Money
{
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
}
public class Product
{
    public int Id { get; set; }
    // A money value object under a name that is no balance: a price.
    public Money Price { get; private set; } = new Money();
}
public class Db : DbContext
{
    public DbSet<Olcum> Olcumler { get; set; } = null!;
    public DbSet<Product> Products { get; set; } = null!;
}
""");

    [Fact]
    public Task Tax_rate_keys_numbering_settings_and_a_payment_source_are_not_account_data_but_a_party_tax_id_and_a_transfer_source_are() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class ServiceTaxRule
{
    public int Id { get; set; }
    public int ServiceId { get; set; }
    // The key of the tax rate row the service is charged at.
    public int TaxId { get; set; }
}
public class Contractor
{
    public int Id { get; set; }
    // Its only integer id: the contractor's tax number held as a number.
    public int {|FG3001:TaxId|} { get; set; }
}
public class Supplier
{
    public int Id { get; set; }
    public int BranchId { get; set; }
    public string {|FG3001:TaxId|} { get; set; } = "";
}
public class DepositProductRule
{
    public int Id { get; set; }
    public int AccNoGeneration { get; set; }
    public string AccNoOrNameFirst { get; set; } = "";
    public string {|FG3001:AccNo|} { get; set; } = "";
}
public class GatewayTransaction
{
    public int Id { get; set; }
    // How the payment was confirmed (a webhook, an admin check), not an account.
    public string Source { get; set; } = "";
}
public class BankTransfer
{
    public int Id { get; set; }
    public string {|FG3001:Source|} { get; set; } = "";
    public string {|FG3001:Destination|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<ServiceTaxRule> Rules { get; set; } = null!;
    public DbSet<Contractor> Contractors { get; set; } = null!;
    public DbSet<Supplier> Suppliers { get; set; } = null!;
    public DbSet<DepositProductRule> ProductRules { get; set; } = null!;
    public DbSet<GatewayTransaction> Transactions { get; set; } = null!;
    public DbSet<BankTransfer> Transfers { get; set; } = null!;
}
""");
}
