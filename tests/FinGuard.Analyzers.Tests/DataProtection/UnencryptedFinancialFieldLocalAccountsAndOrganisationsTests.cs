using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 20: Vietnamese account numbers and balances (STK, SoTK, SoTaiKhoan, SoDu, TaiKhoanChinh) on EF6
/// entities, Pakistan's CNIC, the Portuguese account beside its branch (Conta, ContaCorrente next to Agencia); and what is
/// not a person's stored data: the balance still owed on a sale or receipt, a company's own bank account record, and the DTOs of a LINQ to SQL project (only its [Table] classes are rows).
/// </summary>
public class UnencryptedFinancialFieldLocalAccountsAndOrganisationsTests
{
    // EF6's DbContext and DbSet (System.Data.Entity), declared as stand-ins with their real names.
    private const string Ef6 = """

namespace System.Data.Entity
{
    public class DbContext { }
    public class DbSet<T> where T : class { }
}
""";

    [Fact]
    public Task Vietnamese_account_numbers_and_balances_on_ef6_entities_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Data.Entity;
namespace Bank.Models
{
    public class STK
    {
        public string {|FG3001:STK1|} { get; set; }
        public long? {|FG3002:SoDu|} { get; set; }
    }
    public class LichSuChuyenTien
    {
        public string ID { get; set; }
        public string {|FG3001:STKChuyen|} { get; set; }
        public string {|FG3001:STKNhan|} { get; set; }
    }
    public class TaiKhoanNganHang
    {
        public string Id { get; set; }
        public string TenNH { get; set; }
        public string {|FG3001:SoTK|} { get; set; }
        public string {|FG3001:SoTaiKhoanNguoiNhan|} { get; set; }
    }
    public class NguoiDung
    {
        public string Id { get; set; }
        public decimal {|FG3002:TaiKhoanChinh|} { get; set; }
        public decimal {|FG3002:TaiKhoanKhuyenMai|} { get; set; }
        public decimal {|FG3002:SoDuKhaDung|} { get; set; }
    }
    public class BankDb : DbContext
    {
        public virtual DbSet<STK> STKs { get; set; }
        public virtual DbSet<LichSuChuyenTien> ChuyenTien { get; set; }
        public virtual DbSet<TaiKhoanNganHang> TaiKhoanNganHangs { get; set; }
        public virtual DbSet<NguoiDung> NguoiDungs { get; set; }
    }
}
""" + Ef6);

    [Fact]
    public Task Stk_push_requests_login_accounts_and_loan_balances_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Data.Entity;
namespace Bank.Models
{
    public class MpesaRequest
    {
        public int Id { get; set; }
        public string StkPushId { get; set; }
        public string StkPushStatus { get; set; }
    }
    public class NguoiDung
    {
        public string Id { get; set; }
        public string TaiKhoanChinh { get; set; }
        public string TenTaiKhoan { get; set; }
        public int TaiKhoanChinhId { get; set; }
        public string SoTKNganHangMoTa { get; set; }
    }
    public class KhoanVayLoan
    {
        public int Id { get; set; }
        public decimal SoDu { get; set; }
    }
    public class BankDb : DbContext
    {
        public virtual DbSet<MpesaRequest> Requests { get; set; }
        public virtual DbSet<NguoiDung> NguoiDungs { get; set; }
        public virtual DbSet<KhoanVayLoan> Loans { get; set; }
    }
}
""" + Ef6);

    [Fact]
    public Task Cnic_and_portuguese_accounts_beside_their_branch_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class KycRecord
{
    public int Id { get; set; }
    public string FullName { get; set; } = "";
    public string {|FG3001:CNIC|} { get; set; } = "";
    public string {|FG3001:HolderCnic|} { get; set; } = "";
}
public class ContaCliente
{
    public int Id { get; set; }
    public string Agencia { get; set; } = "";
    public string {|FG3001:ContaCorrente|} { get; set; } = "";
}
public class Movimento
{
    public int Id { get; set; }
    public string Agencia { get; set; } = "";
    public string {|FG3001:Conta|} { get; set; } = "";
    public decimal Valor { get; set; }
}
public class Db : DbContext
{
    public DbSet<KycRecord> Kyc { get; set; } = null!;
    public DbSet<ContaCliente> Contas { get; set; } = null!;
    public DbSet<Movimento> Movimentos { get; set; } = null!;
}
""");

    [Fact]
    public Task Accounts_without_a_branch_ids_of_accounts_and_picnics_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Lancamento
{
    public int Id { get; set; }
    public string Conta { get; set; } = "";
    public string ContaContabil { get; set; } = "";
}
public class Filial
{
    public int Id { get; set; }
    public string Agencia { get; set; } = "";
    public int ContaId { get; set; }
    public string ContaNome { get; set; } = "";
}
public class Outing
{
    public int Id { get; set; }
    public string PicnicSpot { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Lancamento> Lancamentos { get; set; } = null!;
    public DbSet<Filial> Filiais { get; set; } = null!;
    public DbSet<Outing> Outings { get; set; } = null!;
}
""");

    [Fact]
    public Task Balances_owed_on_sales_and_receipts_are_not_stored_value() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class SalesOrder
{
    public int Id { get; set; }
    public decimal BalanceAmount { get; set; }
}
public class Collection
{
    public int Id { get; set; }
    public decimal SalesBalanceAmount { get; set; }
}
public class GoodsReceipt
{
    public int Id { get; set; }
    public decimal Balance { get; set; }
}
public class CustomerWallet
{
    public int Id { get; set; }
    public decimal {|FG3002:Balance|} { get; set; }
}
public class Db : DbContext
{
    public DbSet<SalesOrder> Sales { get; set; } = null!;
    public DbSet<Collection> Collections { get; set; } = null!;
    public DbSet<GoodsReceipt> Receipts { get; set; } = null!;
    public DbSet<CustomerWallet> Wallets { get; set; } = null!;
}
""");

    [Fact]
    public Task A_companys_own_bank_account_record_is_not_reported_but_supplier_and_employee_data_is() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class SupplierEntity
{
    public int Id { get; set; }
    public string {|FG3001:TaxId|} { get; set; } = "";
    public string {|FG3001:BankAccountNumber|} { get; set; } = "";
}
public class CompanyAccount
{
    public int Id { get; set; }
    public string AccountNumber { get; set; } = "";
    public string Iban { get; set; } = "";
}
public class CompanyEmployee
{
    public int Id { get; set; }
    public string {|FG3001:Ssn|} { get; set; } = "";
    public string {|FG3001:Iban|} { get; set; } = "";
}
public class Company
{
    public int Id { get; set; }
    public string {|FG3001:TaxId|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<SupplierEntity> Suppliers { get; set; } = null!;
    public DbSet<CompanyAccount> CompanyAccounts { get; set; } = null!;
    public DbSet<CompanyEmployee> Employees { get; set; } = null!;
    public DbSet<Company> Companies { get; set; } = null!;
}
""");

    [Fact]
    public Task In_a_linq_to_sql_project_only_table_classes_are_rows() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
namespace Pos.Data
{
    [System.Data.Linq.Mapping.Table(Name = "dbo.MstCustomer")]
    public class MstCustomer
    {
        public int Id { get; set; }
        public string {|FG3001:TIN|} { get; set; }
    }
    public partial class PosDataContext : System.Data.Linq.DataContext
    {
    }
}
namespace Pos.Entities
{
    public class MstCustomerEntity
    {
        public int Id { get; set; }
        public string TIN { get; set; }
    }
}
namespace System.Data.Linq
{
    public class DataContext { }
}
namespace System.Data.Linq.Mapping
{
    public class TableAttribute : System.Attribute { public string Name { get; set; } }
}
""");

    [Fact]
    public Task Without_a_linq_to_sql_context_an_entities_folder_class_is_still_a_row() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
namespace Pos.Entities
{
    public class MstCustomerEntity
    {
        public int Id { get; set; }
        public string {|FG3001:TIN|} { get; set; }
    }
}
""");
}
