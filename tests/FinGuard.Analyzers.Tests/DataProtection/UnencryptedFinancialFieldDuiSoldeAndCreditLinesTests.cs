using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 19: El Salvador's DUI and the French solde on entities, and the balances that are debts: a
/// credit card's balance and available credit beside its credit limit (or one navigation away from it), and a tenant's
/// rent balance.
/// </summary>
public class UnencryptedFinancialFieldDuiSoldeAndCreditLinesTests
{
    [Fact]
    public Task Dui_numbers_and_french_balances_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Ciudadano
{
    public int IdCiudadano { get; set; }
    public string Nombre { get; set; } = "";
    public string {|FG3001:Dui|} { get; set; } = "";
}
public class Solicitante
{
    public int Id { get; set; }
    public string {|FG3001:DUI|} { get; set; } = "";
}
public class PorteMonnaie
{
    public int Id { get; set; }
    public decimal? {|FG3002:Solde|} { get; set; }
}
public class Db : DbContext
{
    public DbSet<Ciudadano> Ciudadanos { get; set; } = null!;
    public DbSet<Solicitante> Solicitantes { get; set; } = null!;
    public DbSet<PorteMonnaie> PorteMonnaies { get; set; } = null!;
}
""");

    [Fact]
    public Task Drink_driving_records_and_sales_are_not_national_ids_or_balances() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class DriverRecord
{
    public int Id { get; set; }
    public string DuiConviction { get; set; } = "";
    public string DuiCourt { get; set; } = "";
    public bool HasDui { get; set; }
}
public class Boutique
{
    public int Id { get; set; }
    public string Soldes { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<DriverRecord> Drivers { get; set; } = null!;
    public DbSet<Boutique> Boutiques { get; set; } = null!;
}
""");

    [Fact]
    public Task Credit_card_balances_beside_a_credit_limit_and_tenant_rent_balances_are_not_stored_value() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
public class LineaCredito
{
    public int Id { get; set; }
    public decimal LimiteCredito { get; set; }
    public decimal Saldo { get; set; }
    public decimal SaldoDisponible { get; set; }
}
public class Movimiento
{
    public int Id { get; set; }
    public decimal Monto { get; set; }
    public decimal? SaldoDisponible { get; set; }
    public int LineaId { get; set; }
    public virtual LineaCredito Linea { get; set; } = null!;
}
public class StoreCard
{
    public int Id { get; set; }
    public decimal CreditLimit { get; set; }
    public decimal AvailableBalance { get; set; }
}
public class Lease { public int Id { get; set; } }
public class Renter
{
    public int Id { get; set; }
    public System.DateTime? MoveInDate { get; set; }
    public decimal Balance { get; set; }
    public ICollection<Lease> Leases { get; set; } = new List<Lease>();
}
public class Db : DbContext
{
    public DbSet<LineaCredito> Lineas { get; set; } = null!;
    public DbSet<Movimiento> Movimientos { get; set; } = null!;
    public DbSet<StoreCard> StoreCards { get; set; } = null!;
    public DbSet<Renter> Renters { get; set; } = null!;
}
""");

    [Fact]
    public Task Wallets_and_bank_accounts_with_limits_that_are_not_credit_limits_keep_their_balances_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Wallet
{
    public int Id { get; set; }
    public decimal DailyLimit { get; set; }
    public decimal {|FG3002:Balance|} { get; set; }
}
public class BankAccount
{
    public int Id { get; set; }
    public decimal CreditLimit { get; set; }
    public decimal {|FG3002:Balance|} { get; set; }
}
public class WalletEntry
{
    public int Id { get; set; }
    public decimal {|FG3002:BalanceAfter|} { get; set; }
    public Wallet Wallet { get; set; } = null!;
    public string CurrentStatus { get; set; } = "";
}
public class CardLine
{
    public int Id { get; set; }
    public decimal CreditLimit { get; set; }
}
public class Account
{
    public int Id { get; set; }
    public decimal {|FG3002:Balance|} { get; set; }
    public CardLine? CardLine { get; set; }
}
public class Db : DbContext
{
    public DbSet<Wallet> Wallets { get; set; } = null!;
    public DbSet<BankAccount> Accounts { get; set; } = null!;
    public DbSet<WalletEntry> Entries { get; set; } = null!;
    public DbSet<Account> LinkedAccounts { get; set; } = null!;
}
""");

    [Fact]
    public Task Ado_net_national_ids_named_by_the_value_or_its_form_control_and_spanish_insert_procedures_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class TextBox { public string Text { get; set; } = ""; }
public class Persona { public string Nombre { get; set; } = ""; public string Dui { get; set; } = ""; }
public class Store
{
    private readonly TextBox adminSSN = new TextBox();
    private readonly TextBox MskTcKimlik = new TextBox();
    private readonly TextBox TxtAd = new TextBox();

    public void AddBranch(string code, string adminSsn, string name)
    {
        var command = new SqlCommand("insert into BRANCH(CODE,ADMINSSN,NAME) values(@BC,@AS,@BN)");
        command.Parameters.AddWithValue("@BC", code);
        {|FG3001:command.Parameters.AddWithValue("@AS", adminSsn)|};
        command.Parameters.AddWithValue("@BN", name);
        command.ExecuteNonQuery();
    }

    public void SaveForm()
    {
        var command = new SqlCommand("insert into BRANCH(ADMINSSN) values(@AS)");
        {|FG3001:command.Parameters.AddWithValue("@AS", adminSSN.Text)|};
        command.ExecuteNonQuery();
        var people = new SqlCommand("insert into KISILER (Ad,TC) values (@p1,@p2)");
        people.Parameters.AddWithValue("@p1", TxtAd.Text);
        {|FG3001:people.Parameters.AddWithValue("@p2", MskTcKimlik.Text)|};
        people.ExecuteNonQuery();
    }

    public void CrearPersona(Persona persona)
    {
        var parameters = new[]
        {
            new SqlParameter("@Nombre", persona.Nombre),
            {|FG3001:new SqlParameter("@Dui", persona.Dui)|},
        };
        new SqlCommand("EXEC CrearPersona @Nombre, @Dui").ExecuteNonQuery();
    }

    // A read procedure writes nothing, and a control named for something else is not account data.
    public void BuscarPersona(Persona persona)
    {
        var parameters = new[] { new SqlParameter("@Dui", persona.Dui) };
        new SqlCommand("EXEC BuscarPersona @Dui").ExecuteNonQuery();
        var command = new SqlCommand("insert into KISILER (Ad) values (@p1)");
        command.Parameters.AddWithValue("@p1", TxtAd.Text);
        command.ExecuteNonQuery();
    }
}
namespace Data
{
    public sealed class SqlParameter { public SqlParameter(string name, object value) { } }
    public sealed class SqlParameterCollection
    {
        public object AddWithValue(string parameterName, object value) => value;
    }
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText) { }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
    }
}
""");

    [Fact]
    public Task A_balance_field_fixed_at_its_literal_is_a_constant_but_one_assigned_elsewhere_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class TextBox { public string Text { get; set; } = ""; }
public class Registration
{
    private readonly TextBox NameBox = new TextBox();
    private int balance = 0;
    private decimal openingBalance = 0m;

    public void Register()
    {
        new SqlCommand($"insert into Account values ('{NameBox.Text}',{balance})").ExecuteNonQuery();
    }

    public void Open(decimal deposit)
    {
        openingBalance = deposit;
        new SqlCommand($"insert into Account values ('{NameBox.Text}',{{|FG3002:openingBalance|}})").ExecuteNonQuery();
    }
}
namespace Data
{
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText) { }
        public int ExecuteNonQuery() => 0;
    }
}
""");

    [Fact]
    public Task Credit_line_balances_written_by_a_procedure_are_not_reported_but_wallet_balances_are() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class LineaCredito
{
    public int Id { get; set; }
    public decimal LimiteCredito { get; set; }
    public decimal Saldo { get; set; }
}
public class Monedero
{
    public int Id { get; set; }
    public decimal Saldo { get; set; }
}
public class Store
{
    public void CrearLinea(LineaCredito linea, Monedero monedero)
    {
        var parameters = new[] { new SqlParameter("@Saldo", linea.Saldo) };
        new SqlCommand("EXEC CrearLinea @Saldo").ExecuteNonQuery();
        var others = new[] { {|FG3002:new SqlParameter("@Saldo", monedero.Saldo)|} };
        new SqlCommand("EXEC CrearMonedero @Saldo").ExecuteNonQuery();
    }
}
namespace Data
{
    public sealed class SqlParameter { public SqlParameter(string name, object value) { } }
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText) { }
        public int ExecuteNonQuery() => 0;
    }
}
""");
}
