using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 22: ADO.NET writes whose parameter names say nothing but whose command text does. The text is
/// found where the command is made (a field of the class, <c>db.GetStoredProcCommand(Routines.Save)</c>), the value set on
/// <c>Parameters.Add(new SqlParameter(name, type)).Value</c>, a procedure named for adding rows given to the project's own
/// helper with the parameter array, Enterprise Library's <c>AddInParameter</c>, and the Polish account number
/// (<c>NumerKonta</c>). Providers are unresolved (before restore), as in an editor.
/// </summary>
public class UnencryptedFinancialFieldCommandTextTests
{
    [Fact]
    public Task Writes_whose_text_or_value_names_account_data_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Data;
using MySql.Data.MySqlClient;

public class Ledger
{
    private static string AddTransfer = "INSERT INTO transfers (FromAccount, Amount, OwnerNationalId) VALUES (@f, @a, @n)";
    private static string SetBalance = "UPDATE wallet SET Balance = @b WHERE Id = @id";

    public void Transfer(string sender, decimal amount, string ownerId)
    {
        var command = new MySqlCommand(AddTransfer, null);
        command.Parameters.AddWithValue("@f", sender);
        command.Parameters.AddWithValue("@a", amount);
        {|FG3001:command.Parameters.AddWithValue("@n", ownerId)|};
        command.ExecuteNonQuery();
    }

    public void Credit(decimal newBalance, int id)
    {
        var command = new MySqlCommand(SetBalance, null);
        {|FG3002:command.Parameters.Add("@b", MySqlDbType.Decimal)|}.Value = newBalance;
        command.Parameters.Add("@id", MySqlDbType.Int32).Value = id;
        command.ExecuteNonQuery();
    }

    public void Open(string originatingAccountNumber, string numerKonta)
    {
        var command = new SqlCommand("INSERT INTO Accounts (Holder, Account) VALUES (@h, @acc)", null);
        command.Parameters.Add({|FG3001:new SqlParameter("@h", SqlDbType.NVarChar)|}).Value = originatingAccountNumber;
        command.Parameters.Add({|FG3001:new SqlParameter("@acc", SqlDbType.NVarChar)|}).Value = numerKonta;
        command.ExecuteNonQuery();
    }
}

public class CustomerData
{
    private readonly Connection conn = new Connection();

    public bool Insert(Customer customer)
    {
        SqlParameter[] parameters = new SqlParameter[]
        {
            {|FG3001:new SqlParameter("In_dni", customer.Dni)|},
            new SqlParameter("In_nombre", customer.Nombre),
        };
        return conn.Write("insert_cliente", parameters);
    }

    public void Save(Database db, Driver driver)
    {
        var save = db.GetStoredProcCommand(Routines.SaveDriver);
        db.AddInParameter(save, "DriverName", DbType.String, driver.Name);
        {|FG3001:db.AddInParameter(save, "AadharCardNo", DbType.String, driver.AadharCardNo)|};
        db.ExecuteNonQuery(save);
    }
}

public static class Routines
{
    public const string SaveDriver = "[Master].[usp_DriverSave]";
    public const string GetDriver = "[Master].[usp_DriverView]";
}

public class Customer { public string Dni { get; set; } public string Nombre { get; set; } }
public class Driver { public string Name { get; set; } public string AadharCardNo { get; set; } }
public class Connection { public bool Write(string procedure, object parameters) => true; }
""");

    [Fact]
    public Task Keys_reads_update_procedures_and_other_columns_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Data;
using MySql.Data.MySqlClient;

public class Ledger
{
    private static string FindByOwner = "SELECT * FROM transfers WHERE OwnerNationalId = @n";
    private static string Rename = "UPDATE accounts SET Name = @name WHERE AccountNumber = @acc";
    private static string Restock = "UPDATE products SET StockBalance = @b WHERE Id = @id";

    public void Find(string ownerId)
    {
        var command = new MySqlCommand(FindByOwner, null);
        command.Parameters.AddWithValue("@n", ownerId);
        command.ExecuteReader();
    }

    public void Change(string name, string accountNumber, int quantity)
    {
        var command = new MySqlCommand(Rename, null);
        command.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar)).Value = name;
        command.Parameters.Add(new SqlParameter("@acc", SqlDbType.NVarChar)).Value = accountNumber;
        command.ExecuteNonQuery();

        var restock = new MySqlCommand(Restock, null);
        restock.Parameters.AddWithValue("@b", quantity);
        restock.ExecuteNonQuery();
    }
}

public class CustomerData
{
    private readonly Connection conn = new Connection();

    public bool Update(Customer customer)
    {
        SqlParameter[] parameters = new SqlParameter[]
        {
            new SqlParameter("In_dni", customer.Dni),
            new SqlParameter("In_nombre", customer.Nombre),
        };
        return conn.Write("update_cliente", parameters);
    }

    public bool Insert(Customer customer)
    {
        SqlParameter[] parameters = new SqlParameter[] { new SqlParameter("In_dni", customer.Dni) };
        conn.Log("insert_cliente");
        return conn.Run(parameters);
    }

    public void Load(Database db, Driver driver)
    {
        var view = db.GetStoredProcCommand(Routines.GetDriver);
        db.AddInParameter(view, "AadharCardNo", DbType.String, driver.AadharCardNo);
        db.ExecuteReader(view);
    }
}

public static class Routines
{
    public const string GetDriver = "[Master].[usp_DriverView]";
}

public class Customer { public string Dni { get; set; } public string Nombre { get; set; } }
public class Driver { public string AadharCardNo { get; set; } }
public class Connection
{
    public bool Write(string procedure, object parameters) => true;
    public bool Run(object parameters) => true;
    public void Log(string text) { }
}
""");
}
