using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, sets 9-12): ADO.NET parameters whose value says nothing (a text box's Text, a posted field, a plainly
/// named local) but whose name says card data, in a command that writes: an INSERT, an UPDATE that sets it, a stored
/// procedure named for a write; both AddWithValue and Parameters.Add(new SqlParameter(name, value)), before restore.
/// MongoDB InsertOne/InsertMany of a document type carrying card data. Look-alikes: SELECT/WHERE look-ups by card number,
/// UPDATEs with the card number only in WHERE, read procedures, masked/last-4/token values and controls, literals, calls
/// (masking, hashing), a bare @Number in a command about something other than cards, (name, SqlDbType) parameters,
/// Mongo documents without card data.
/// </summary>
public class CardDataPersistedSqlParameterNameTests
{
    [Fact]
    public Task Posted_values_written_under_card_parameter_names_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System;
using System.Data;
using System.Data.SqlClient;
using System.Web.UI.WebControls;
public class PaymentPage
{
    protected TextBox HolderBox;
    protected TextBox NumberBox;
    protected TextBox CodeBox;
    protected TextBox card_number;
    protected TextBox cvv;
    private SqlConnection con;

    protected void Pay_Click(object sender, EventArgs e)
    {
        string query = "insert into Payments(holder, card_no, cvv) values(@holder, @card_no, @cvv);";
        SqlCommand cmd = new SqlCommand(query, con);
        cmd.Parameters.AddWithValue("@holder", HolderBox.Text);
        cmd.Parameters.AddWithValue("@card_no", {|FG1004:NumberBox.Text|});
        cmd.Parameters.AddWithValue("@cvv", {|FG1004:CodeBox.Text|});
        cmd.ExecuteNonQuery();
    }

    protected void Save_Click(object sender, EventArgs e)
    {
        SqlCommand command = new SqlCommand();
        command.CommandType = CommandType.StoredProcedure;
        command.CommandText = "insert_card";
        command.Parameters.AddWithValue("@number", {|FG1004:card_number.Text|});
        command.Parameters.AddWithValue("@cvv", {|FG1004:Convert.ToInt32(cvv.Text)|});
    }

    protected void Add_Click(string id, string number, string code)
    {
        SqlCommand addCard = new SqlCommand("addCreditCard", con);
        addCard.Parameters.Add(new SqlParameter("@sid", id));
        addCard.Parameters.Add(new SqlParameter("@number", {|FG1004:number|}));
        addCard.Parameters.Add(new SqlParameter("@code", code));
        addCard.Parameters.Add(new SqlParameter("@CardNumber", {|FG1004:number|}));
    }

    protected void Update_Click(string value)
    {
        var update = new SqlCommand("UPDATE Cards SET CardNumber = @CardNumber WHERE Id = @Id", con);
        update.Parameters.AddWithValue("@CardNumber", {|FG1004:value|});
    }
}
""");

    [Fact]
    public Task Lookups_reads_safe_values_and_other_numbers_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System;
using System.Data;
using System.Data.SqlClient;
using System.Web.UI.WebControls;
public class CardsPage
{
    protected TextBox NumberBox;
    protected TextBox txtMaskedCard;
    private SqlConnection con;

    protected void Find_Click(object sender, EventArgs e)
    {
        SqlCommand cmd = new SqlCommand("SELECT * FROM Cards WHERE CardNumber = @CardNumber", con);
        cmd.Parameters.AddWithValue("@CardNumber", NumberBox.Text);
    }

    protected void Block_Click(string value)
    {
        var update = new SqlCommand("UPDATE Cards SET Blocked = 1 WHERE CardNumber = @CardNumber", con);
        update.Parameters.AddWithValue("@CardNumber", value);
    }

    protected void Check_Click(string value)
    {
        SqlCommand check = new SqlCommand("check_card", con);
        check.CommandType = CommandType.StoredProcedure;
        check.Parameters.AddWithValue("@number", value);
        check.Parameters.AddWithValue("@CardNumber", value);
    }

    protected void Save_Click(string value, string token, string maskedNumber)
    {
        SqlCommand save = new SqlCommand("INSERT INTO Cards (CardNumber, Token, Cvv, Number) VALUES (@CardNumber, @Token, @Cvv, @Number)", con);
        save.Parameters.AddWithValue("@CardNumber", txtMaskedCard.Text);
        save.Parameters.AddWithValue("@CardNumber", maskedNumber);
        save.Parameters.AddWithValue("@CardNumber", Mask(value));
        save.Parameters.AddWithValue("@Token", token);
        save.Parameters.AddWithValue("@Cvv", "***");
        save.Parameters.Add(new SqlParameter("@CardNumber", SqlDbType.VarChar));
    }

    protected void Order_Click(string value)
    {
        SqlCommand order = new SqlCommand("INSERT INTO Orders (Number) VALUES (@Number)", con);
        order.Parameters.AddWithValue("@Number", value);
        SqlCommand gift = new SqlCommand("insert_gift_card", con);
        gift.Parameters.AddWithValue("@number", value);
    }

    protected void Unknown_Click(SqlCommand injected, string value)
    {
        injected.Parameters.AddWithValue("@CardNumber", value);
    }

    private static string Mask(string value) => "************" + value.Substring(value.Length - 4);
}
""");

    [Fact]
    public Task Mongo_documents_carrying_card_data_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync("""

using System.Threading.Tasks;
using MongoDB.Driver;
public class StoredTransaction
{
    public decimal Amount { get; set; }
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
}
public class Receipt
{
    public decimal Amount { get; set; }
    public string CardLast4 { get; set; } = "";
}
public class Repository
{
    private readonly IMongoCollection<StoredTransaction> _transactions;
    private readonly IMongoCollection<Receipt> _receipts;
    public Task Insert(StoredTransaction transaction) => _transactions.InsertOneAsync({|FG1004:transaction|});
    public Task Insert(Receipt receipt) => _receipts.InsertOneAsync(receipt);
}
""");

    // Issue 18, set 16: EXEC of a stored procedure named for a write, with the card values interpolated into its
    // arguments; a text over several lines is reported on the line of its first card value. Look-alikes: a procedure
    // named for a read or a check, a write procedure given only masked or non-card values.
    [Fact]
    public Task Card_data_interpolated_into_a_write_procedure_call_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class Guest
{
    public int GuestId { get; set; }
    public string FullName { get; set; } = "";
    public string CreditCardNumber { get; set; } = "";
    public string CardLast4 { get; set; } = "";
}
public class Guests
{
    public void Save(SqlConnection connection, Guest guest)
    {
        string add = {|FG1004:$"exec RegisterGuest {guest.GuestId},'{guest.FullName}','{guest.CreditCardNumber}'"|};
        string change = $@"EXEC dbo.ModifyGuestById {guest.GuestId},
            '{guest.FullName}','{{|FG1004:guest.CreditCardNumber|}}'";
        string checkIn = {|FG1004:$"exec CheckIn_New_Guest {guest.GuestId},'{guest.CreditCardNumber}'"|};
        new SqlCommand(add + change + checkIn, connection).ExecuteNonQuery();
    }

    public void NotStored(SqlConnection connection, Guest guest)
    {
        string find = $"exec FindGuestByCard '{guest.CreditCardNumber}'";
        string check = $"exec CheckGuestCard {guest.GuestId},'{guest.CreditCardNumber}'";
        string last4 = $"exec RegisterGuest {guest.GuestId},'{guest.FullName}','{guest.CardLast4}'";
        string checkCard = $"exec CheckInvalidCard '{guest.CreditCardNumber}'";
        new SqlCommand(find + check + last4 + checkCard, connection).ExecuteNonQuery();
    }
}
""");

    // Issue 18, set 18: a value quoted for the SQL text by the application's helper is still the value.
    [Fact]
    public Task Card_data_quoted_by_a_sql_helper_into_a_write_procedure_call_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public static class Db
{
    public static string SqlString(string value) => "'" + value.Replace("'", "''") + "'";
    public static string QuoteValue(string value) => "'" + value + "'";
    public static string SqlCardType(string value) => value.StartsWith("4") ? "'VISA'" : "'OTHER'";
    public static string MaskSqlString(string value) => "'" + value.Substring(value.Length - 4) + "'";
}
public class Vault
{
    public string CardNumber { get; set; } = "";
    public string Token { get; set; } = "";
    public void Save(SqlConnection connection)
    {
        string sql = "exec sp_Vault_Update @Token = " + Db.SqlString(Token)
                   + ",@CardNumber = " + Db.SqlString({|FG1004:CardNumber|});
        string quoted = {|FG1004:"exec AddVaultCard " + Db.QuoteValue(CardNumber)|};
        new SqlCommand(sql + quoted, connection).ExecuteNonQuery();
    }

    public void NotStored(SqlConnection connection)
    {
        string type = "exec sp_Vault_Update @Type = " + Db.SqlCardType(CardNumber);
        string masked = "exec sp_Vault_Update @Last4 = " + Db.MaskSqlString(CardNumber);
        string read = "exec sp_Vault_Get @CardNumber = " + Db.SqlString(CardNumber);
        new SqlCommand(type + masked + read, connection).ExecuteNonQuery();
    }
}
""");

    [Fact]
    public Task Card_data_concatenated_into_an_insert_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class Ticket
{
    public string OwnerName { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string CardCvv { get; set; } = "";
    public string MaskedCardNumber { get; set; } = "";
}
public class Tickets
{
    public void Save(SqlConnection connection, Ticket ticket, int seat)
    {
        string sql = "INSERT INTO Tickets (Seat, OwnerName, CardNumber, CardCvv) VALUES ('" + seat + "','" + ticket.OwnerName + "','" +
            {|FG1004:ticket.CardNumber|} + "','" + ticket.CardCvv + "')";
        string interpolated = {|FG1004:$"insert into Tickets (CardCvv) values ('{ticket.CardCvv}')"|};
        new SqlCommand(sql + interpolated, connection).ExecuteNonQuery();
    }

    public void NotStored(SqlConnection connection, Ticket ticket, string cardNumber)
    {
        string find = "SELECT * FROM Tickets WHERE CardNumber = '" + cardNumber + "'";
        string masked = "INSERT INTO Tickets (CardNumber) VALUES ('" + ticket.MaskedCardNumber + "')";
        string helper = "INSERT INTO Tickets (CardNumber) VALUES ('" + Mask(ticket.CardNumber) + "')";
        string other = "INSERT INTO Tickets (OwnerName) VALUES ('" + ticket.OwnerName + "')";
        string log = "Inserted card " + ticket.CardNumber;
        new SqlCommand(find + masked + helper + other + log, connection).ExecuteNonQuery();
    }

    private static string Mask(string value) => "************" + value.Substring(value.Length - 4);
}
""");
}
