using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 23): hand-built SQL that writes card data: an UPDATE whose SET takes a card value by
/// interpolation or concatenation (also a text split over several concatenated interpolations), an INSERT given the Text
/// of controls named for card data, and a project's own (sql, parameters) wrapper running an UPDATE that sets a card
/// parameter. Look-alikes: the card number as the UPDATE's WHERE key, masked or last-four controls, other controls, a
/// wrapper's UPDATE that sets only other columns.
/// </summary>
public class CardDataPersistedUpdateTextTests
{
    [Fact]
    public Task Card_values_written_by_hand_built_sql_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
using System.Windows.Controls;
public class Member { public int Id { get; set; } public string Login { get; set; } = ""; public string CardNumber { get; set; } = ""; public string CardCvc { get; set; } = ""; public string CardExpire { get; set; } = ""; }
public class Wallet { public string Email { get; set; } = ""; public long CardNumber { get; set; } public int Cvv { get; set; } }
public static class Db { public static int Save<T>(string sql, T data) => 0; }
public class Accounts
{
    private TextBox txtCardNo;
    private TextBox txtHolder;
    private TextBox txtCode;
    private TextBox txtCvc;

    public void Update(Member m, SqlConnection connection)
    {
        string sql = $"Update Members SET Login='{m.Login}', " +
            $"CardNumber='{{|FG1004:m.CardNumber|}}', CardExpire='{m.CardExpire}', CardCVC='{m.CardCvc}' WHERE Id={m.Id}";
        new SqlCommand(sql, connection).ExecuteNonQuery();
        string one = {|FG1004:"UPDATE Members SET Cvc = '" + m.CardCvc + "' WHERE Id = " + m.Id|};
        new SqlCommand(one, connection).ExecuteNonQuery();
    }

    public void Save(SqlConnection connection)
    {
        string query = {|FG1004:"INSERT INTO Cards (card_no, holder, cvc) values('" + this.txtCardNo.Text + "','" + txtHolder.Text + "','" + txtCvc.Text + "')"|};
        new SqlCommand(query, connection).ExecuteNonQuery();

        // Controls named in XAML: their fields are generated at build time and bind to nothing before it.
        string xaml = {|FG1004:"INSERT INTO dbo.[BankDetails] (cardnum, name) values('" + this.txtCardNum.Text + "','" + this.txtName.Text + "')"|};
        new SqlCommand(xaml, connection).ExecuteNonQuery();
    }

    public void Upsert(Wallet wallet, SqlConnection connection)
    {
        var command = new SqlCommand("INSERT INTO Wallet (Email, CardNumber, Cvv) VALUES (@Email, @CardNumber, @Cvv)", connection);
        command.Parameters.AddWithValue("@Email", (object?)wallet.Email ?? System.DBNull.Value);
        command.Parameters.AddWithValue("@CardNumber", wallet.CardNumber == 0 ? (object)System.DBNull.Value : {|FG1004:wallet.CardNumber|});
        command.Parameters.AddWithValue("@Cvv", wallet.Cvv == 0 ? string.Empty : {|FG1004:wallet.Cvv|}.ToString());
    }

    public int Store(string email, long cardNumber, int cvv)
    {
        var data = new Wallet { Email = email, CardNumber = cardNumber, Cvv = cvv };
        string sql = @"UPDATE dbo.Wallet SET CardNumber = @CardNumber, Cvv = @Cvv WHERE Email = @Email;";
        return {|FG1004:Db.Save(sql, data)|};
    }
}
""");

    [Fact]
    public Task Card_keys_masked_controls_and_other_columns_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
using System.Windows.Controls;
public class Member { public int Id { get; set; } public string Login { get; set; } = ""; public string CardNumber { get; set; } = ""; }
public class Wallet { public string Email { get; set; } = ""; public long CardNumber { get; set; } public string Label { get; set; } = ""; }
public static class Db { public static int Save<T>(string sql, T data) => 0; }
public class Accounts
{
    private TextBox txtMaskedCard;
    private TextBox txtCardLast4;
    private TextBox txtHolder;
    private TextBox txtCode;

    public void Update(Member m, SqlConnection connection)
    {
        string sql = $"UPDATE Members SET Login='{m.Login}' WHERE CardNumber='{m.CardNumber}'";
        new SqlCommand(sql, connection).ExecuteNonQuery();
        string other = "UPDATE Members SET Login = '" + txtHolder.Text + "' " + "WHERE CardNumber = '" + m.CardNumber + "'";
        new SqlCommand(other, connection).ExecuteNonQuery();
    }

    public void Save(SqlConnection connection)
    {
        string query = "INSERT INTO Cards (masked, last4, holder) values('" + txtMaskedCard.Text + "','" + txtCardLast4.Text + "','" + txtHolder.Text + "')";
        new SqlCommand(query, connection).ExecuteNonQuery();
        string xaml = "INSERT INTO Notes (last4, name) values('" + this.txtCardLast4Digits.Text + "','" + this.textCardNumber.Text + "','" + this.txtName.Text + "')";
        new SqlCommand(xaml, connection).ExecuteNonQuery();
    }

    public void Relabel(Wallet wallet, SqlConnection connection)
    {
        var command = new SqlCommand("INSERT INTO Labels (Label) VALUES (@Label)", connection);
        command.Parameters.AddWithValue("@Label", string.IsNullOrEmpty(wallet.Label) ? string.Empty : wallet.Label);
        command.Parameters.AddWithValue("@Email", wallet.Email ?? string.Empty);
    }

    public int Rename(Wallet wallet)
    {
        string sql = "UPDATE dbo.Wallet SET Label = @Label WHERE CardNumber = @CardNumber;";
        return Db.Save(sql, wallet);
    }
}
""");
}
