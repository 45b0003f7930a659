using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 23: Poland's NIP (the tax id) beside a PESEL, as text or as a number; and account
/// numbers of reference records that no person owns (the application's settings row, a bank's or a town's published
/// IBAN), which are not customers' data.
/// </summary>
public class UnencryptedFinancialFieldNipAndReferenceRecordsTests
{
    [Fact]
    public Task A_nip_beside_a_pesel_is_reported_as_text_or_number() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Pracownik
{
    public long Id { get; set; }
    public string {|FG3001:Pesel|} { get; set; } = "";
    public decimal {|FG3001:NIP|} { get; set; }
}
public class Kontrahent
{
    public int Id { get; set; }
    public string {|FG3001:NipNumber|} { get; set; } = "";
    public string {|FG3001:PeselNumber|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Pracownik> Pracownicy { get; set; } = null!;
    public DbSet<Kontrahent> Kontrahenci { get; set; } = null!;
}
""");

    [Fact]
    public Task A_nip_with_no_pesel_beside_it_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class CivilServant
{
    public int Id { get; set; }
    // Alone, NIP is also a staff number (Indonesia), an instant-payment scheme (Nigeria) or a PIN (French).
    public string NIP { get; set; } = "";
    public string Name { get; set; } = "";
}
public class Pegawai
{
    public int Id { get; set; }
    // Beside a tax number that is not Poland's PESEL, NIP is a staff number.
    public string NIP { get; set; } = "";
    public string {|FG3001:NPWP|} { get; set; } = "";
}
public class Transfer
{
    public int Id { get; set; }
    public string NipSessionId { get; set; } = "";
    public bool NipTransfer { get; set; }
}
public class Db : DbContext
{
    public DbSet<CivilServant> Staff { get; set; } = null!;
    public DbSet<Transfer> Transfers { get; set; } = null!;
    public DbSet<Pegawai> Pegawai { get; set; } = null!;
}
""");

    [Fact]
    public Task Reference_records_that_no_person_owns_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
public class Street { public int Id { get; set; } public string Name { get; set; } = ""; }
public class Bank
{
    public int Id { get; set; }
    public string FullBankName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string IBAN { get; set; } = "";
    public virtual Street Street { get; set; } = null!;
}
public class City
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Iban { get; set; } = "";
    public string PostalCode { get; set; } = "";
}
public class AppSettings
{
    public int Id { get; set; }
    public decimal MinimumDeposit { get; set; }
    public string? BankName { get; set; }
    public string? BankAccountNumber { get; set; }
}
public class Db : DbContext
{
    public DbSet<Bank> Banks { get; set; } = null!;
    public DbSet<City> Cities { get; set; } = null!;
    public DbSet<AppSettings> Settings { get; set; } = null!;
}
""");

    [Fact]
    public Task Look_alike_reference_records_that_a_person_owns_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
public class Employee { public int Id { get; set; } public string Name { get; set; } = ""; }
// An employee's bank row, a user's settings and a bank row with the customer's navigation hold people's accounts.
public class Bank
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public string {|FG3001:AccountNumber|} { get; set; } = "";
}
public class UserSettings
{
    public int Id { get; set; }
    public string {|FG3001:BankAccountNumber|} { get; set; } = "";
}
public class Setting
{
    public int Id { get; set; }
    public string {|FG3001:Iban|} { get; set; } = "";
    public virtual Employee Payee { get; set; } = null!;
}
public class PayoutBank
{
    public int Id { get; set; }
    public string {|FG3001:Iban|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Bank> Banks { get; set; } = null!;
    public DbSet<UserSettings> UserSettings { get; set; } = null!;
    public DbSet<Setting> Settings { get; set; } = null!;
    public DbSet<PayoutBank> PayoutBanks { get; set; } = null!;
}
""");

    [Fact]
    public Task The_state_of_a_message_bus_saga_is_stored_wherever_it_is_mapped() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System;
using MassTransit;
namespace Bot.Shared.State
{
    // Saga state is kept by the saga repository between messages, even when another project maps it.
    public class SignupState : SagaStateMachineInstance
    {
        public Guid CorrelationId { get; set; }
        public string CurrentState { get; set; } = "";
        public string? {|FG3001:PendingNin|} { get; set; }
        public string? {|FG3001:PendingBvn|} { get; set; }
    }

    // A message of the same saga is not stored.
    public class IdentityGiven
    {
        public Guid CorrelationId { get; set; }
        public string Nin { get; set; } = "";
    }
}
""");

    [Fact]
    public Task A_bank_row_without_a_name_of_its_own_is_a_persons_account() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
// No name beside the account number: the row is one person's bank account, whatever the type is called.
public class Bank
{
    public Guid BankAccountId { get; set; }
    public string StatementText { get; set; } = "";
    public string {|FG3001:AccountNumber|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Bank> Banks { get; set; } = null!;
}
""");
}
