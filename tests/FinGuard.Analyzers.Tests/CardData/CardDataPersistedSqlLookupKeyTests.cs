using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 21): a card number given to an ADO.NET parameter that is only the key of its command (a SELECT or
/// DELETE, the WHERE of an UPDATE or of an INSERT ... SELECT, a read procedure) is a look-up, not a store, also when the
/// command text is built by concatenation with a table-name variable, by interpolation, in a field or local assigned in
/// branches, or extended with +=. Positives: the same built texts when they write the card number (INSERT VALUES, UPDATE
/// SET), a command whose text is not known, and one branch of several that writes.
/// </summary>
public class CardDataPersistedSqlLookupKeyTests
{
    [Fact]
    public Task Built_lookup_texts_keyed_on_the_card_number_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class ReconciliationStore
{
    private string SqlText;
    private const string Pool = "[dbo].[Pool]";
    private readonly string _findByCard = "SELECT * FROM " + Pool + " WHERE Pan = @Pan";
    private SqlConnection con;

    public void Find(string table, string cardNumber, int mode)
    {
        string sql = "SELECT * FROM " + table
                   + " WHERE Terminal = @Terminal"
                   + " AND CardNumber = @CardNumber ";
        using (SqlCommand cmd = new SqlCommand(sql, con))
        {
            cmd.Parameters.AddWithValue("@CardNumber", cardNumber);
        }

        if (mode == 1)
        {
            SqlText = "SELECT * FROM Captured WHERE CardNo = @CardNo";
        }
        if (mode == 2)
        {
            SqlText = "SELECT Count(*) FROM Captured WHERE Atm = @Atm AND CardNo = @CardNo";
        }
        using (SqlCommand cmd = new SqlCommand(SqlText, con))
        {
            cmd.Parameters.AddWithValue("@CardNo", cardNumber);
        }
    }

    public void MarkAndCopy(string table, string cardNumber, string mask)
    {
        string update = "UPDATE " + table + " SET Mask = @Mask"
                      + " WHERE Terminal = @Terminal AND CardNumber = @CardNumber";
        var cmd = new SqlCommand(update, con);
        cmd.Parameters.AddWithValue("@Mask", mask);
        cmd.Parameters.AddWithValue("@CardNumber", cardNumber);

        var copy = new SqlCommand($"INSERT INTO {table}_History SELECT * FROM {table} WHERE CardNumber = @CardNumber", con);
        copy.Parameters.Add(new SqlParameter("@CardNumber", cardNumber));

        var remove = new SqlCommand();
        remove.CommandText = $"DELETE FROM {table} WHERE CardNumber = @CardNumber";
        remove.Parameters.AddWithValue("@CardNumber", cardNumber);

        var byField = new SqlCommand(_findByCard, con);
        byField.Parameters.AddWithValue("@Pan", cardNumber);

        string filtered = "SELECT * FROM " + table;
        filtered += " WHERE CardNumber = @CardNumber";
        var appended = new SqlCommand(filtered, con);
        appended.Parameters.AddWithValue("@CardNumber", cardNumber);

        var read = new SqlCommand("dbo.GetCardByNumber", con);
        read.Parameters.AddWithValue("@CardNumber", cardNumber);
    }
}
""");

    [Fact]
    public Task Built_texts_that_write_the_card_number_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class CardStore
{
    private string SqlText;
    private SqlConnection con;

    public void Save(string table, string cardNumber, int mode, string unknownText)
    {
        string insert = "INSERT INTO " + table + " (CardNumber, Terminal) VALUES (@CardNumber, @Terminal)";
        var cmd = new SqlCommand(insert, con);
        cmd.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});

        var set = new SqlCommand($"UPDATE {table} SET CardNumber = @CardNumber WHERE Id = @Id", con);
        set.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});

        // The card number is both written and the key: a write.
        var both = new SqlCommand("UPDATE " + table + " SET CardNumber = @CardNumber WHERE CardNumber = @CardNumber", con);
        both.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});

        if (mode == 1)
        {
            SqlText = "SELECT * FROM Cards WHERE CardNumber = @CardNumber";
        }
        else
        {
            SqlText = "INSERT INTO Cards (CardNumber) VALUES (@CardNumber)";
        }
        var branch = new SqlCommand(SqlText, con);
        branch.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});

        var unknown = new SqlCommand(unknownText, con);
        unknown.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});

        // A longer parameter after the WHERE does not make @CardNumber a key.
        var longer = new SqlCommand("INSERT INTO Cards (CardNumber) SELECT @CardNumber WHERE NOT EXISTS (SELECT 1 FROM Cards WHERE CardNumberHash = @CardNumberHash)", con);
        longer.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});
    }
}
""");

    [Fact]
    public Task Bound_lookup_keys_are_not_reported_and_bound_writes_are() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Data.SqlClient;
public class CardRepository
{
    private SqlConnection con = new SqlConnection();

    public void Use(string table, string cardNumber)
    {
        var find = new SqlCommand("SELECT * FROM " + table + " WHERE CardNumber = @CardNumber", con);
        find.Parameters.AddWithValue("@CardNumber", cardNumber);

        var save = new SqlCommand("INSERT INTO " + table + " (CardNumber) VALUES (@CardNumber)", con);
        save.Parameters.AddWithValue("@CardNumber", {|FG1004:cardNumber|});
    }
}

namespace Microsoft.Data.SqlClient
{
    public class SqlConnection { }
    public class SqlParameterCollection { public object AddWithValue(string parameterName, object value) => null!; }
    public class SqlCommand
    {
        public SqlCommand(string text, SqlConnection connection) { }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
    }
}
""");
}
