using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 18: Brazil's RG, the Portuguese and Spanish passport, a government-issued id, a balance
/// misspelt "Balanse", and the balance of an account or card record that carries its own number beside a payment due
/// date; and their look-alikes (a company's CNPJ, a photo of the id document, a resource group, a bill's balance).
/// </summary>
public class UnencryptedFinancialFieldIdentityDocumentsAndAccountBalancesTests
{
    [Fact]
    public Task Rg_passaporte_government_id_and_balanse_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Viajante
{
    public int Id { get; set; }
    public string Nome { get; set; } = "";
    public string {|FG3001:RG|} { get; set; } = "";
    public string {|FG3001:Passaporte|} { get; set; } = "";
    public string {|FG3001:NumeroPasaporte|} { get; set; } = "";
}
public class Client
{
    public int Id { get; set; }
    public string {|FG3001:GovernmentID|} { get; set; } = "";
    public string {|FG3001:CustomerRg|} { get; set; } = "";
}
public class Schet
{
    public int Id { get; set; }
    public decimal {|FG3002:Balanse|} { get; set; }
}
public class Db : DbContext
{
    public DbSet<Viajante> Viajantes { get; set; } = null!;
    public DbSet<Client> Clients { get; set; } = null!;
    public DbSet<Schet> Scheta { get; set; } = null!;
}
""");

    [Fact]
    public Task Company_registry_numbers_document_photos_and_other_rg_and_government_names_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Empresa
{
    public int Id { get; set; }
    // A company's registry number is public record, not a person's data.
    public string CNPJ { get; set; } = "";
    public string EmpresaCnpj { get; set; } = "";
    // The file name of a photo of the id document, not its number.
    public string PhotoDni { get; set; } = "";
    public string FotoCpf { get; set; } = "";
    // Two letters that are something else when they do not stand for the person's number.
    public string RgDeployment { get; set; } = "";
    public string ResourceRgName { get; set; } = "";
    public string GovernmentAgency { get; set; } = "";
    public string GovernmentIdType { get; set; } = "";
    public string PassaporteFoto { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Empresa> Empresas { get; set; } = null!;
}
""");

    [Fact]
    public Task Balance_of_an_account_or_card_with_its_own_number_is_reported_beside_a_payment_due_date() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class Account
{
    public int Id { get; set; }
    public string {|FG3001:AccountNumber|} { get; set; } = "";
    public decimal {|FG3002:Balance|} { get; set; }
    public DateTime PaymentDueDate { get; set; }
}
public class CreditCard
{
    public int Id { get; set; }
    public string CardNumber { get; set; } = "";
    public int {|FG3002:Balance|} { get; set; }
    public DateTime PaymentDueDate { get; set; }
}
public class Db : DbContext
{
    public DbSet<Account> Accounts { get; set; } = null!;
    public DbSet<CreditCard> Cards { get; set; } = null!;
}
""");

    [Fact]
    public Task Balance_beside_a_due_date_stays_unreported_on_a_bill_or_an_account_record_without_its_number() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class Statement
{
    public int Id { get; set; }
    public string {|FG3001:AccountNumber|} { get; set; } = "";
    public decimal Balance { get; set; }
    public DateTime DueDate { get; set; }
}
public class AccountPlan
{
    public int Id { get; set; }
    public decimal Balance { get; set; }
    public DateTime NextDueDate { get; set; }
}
public class Db : DbContext
{
    public DbSet<Statement> Statements { get; set; } = null!;
    public DbSet<AccountPlan> Plans { get; set; } = null!;
}
""");
}
