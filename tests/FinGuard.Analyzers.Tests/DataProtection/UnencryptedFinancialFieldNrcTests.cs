using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, set 25: Myanmar's and Zambia's NRC (national registration card number) held for a customer is a national
/// id. Look-alikes: the telecom and billing non-recurring charge (<c>NrcAmount</c>, <c>TotalNrc</c>, <c>IsNrc</c>).
/// </summary>
public class UnencryptedFinancialFieldNrcTests
{
    [Fact]
    public Task Nrc_numbers_held_for_customers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class TblCustomer
{
    public int CustomerId { get; set; }
    public string CustomerName { get; set; } = null!;
    public string {|FG3001:Nrc|} { get; set; } = null!;
}
public class Borrower
{
    public int Id { get; set; }
    public string {|FG3001:NrcNumber|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<TblCustomer> Customers { get; set; } = null!;
    public DbSet<Borrower> Borrowers { get; set; } = null!;
}
""");

    [Fact]
    public Task Non_recurring_charges_are_not_national_ids() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class OrderLine
{
    public int Id { get; set; }
    public decimal NrcAmount { get; set; }
    public decimal TotalNrc { get; set; }
    public bool IsNrc { get; set; }
}
public class Db : DbContext
{
    public DbSet<OrderLine> Lines { get; set; } = null!;
}
""");
}
