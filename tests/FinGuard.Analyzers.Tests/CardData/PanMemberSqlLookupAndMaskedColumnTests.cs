using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 (issue 18, set 21), before restore (SqlClient unresolved): a method parameter whose only use is the key of a
/// look-up (an ADO.NET parameter of a SELECT, DELETE or an UPDATE's WHERE, the text built by concatenation) is compared
/// by the database and keeps nothing; a member filled only from a data reader's column named for a masked form
/// (rdr["MASK_PAN"], row["MaskedCardNumber"].ToString()) holds the masked number. Look-alikes still reported: the same
/// parameter written by an INSERT or an UPDATE's SET, or also kept in a field; a member filled from a plain card column,
/// or from a masked column in one place and a plain one in another.
/// </summary>
public class PanMemberSqlLookupAndMaskedColumnTests
{
    [Fact]
    public Task Parameters_only_used_as_sql_lookup_keys_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class PoolReader
{
    private SqlConnection con;

    public int CountByCard(string table, string cardNumber)
    {
        string sql = "SELECT COUNT(*) FROM " + table
                   + " WHERE CardNumber = @CardNumber";
        using (SqlCommand cmd = new SqlCommand(sql, con))
        {
            cmd.Parameters.AddWithValue("@CardNumber", cardNumber);
            return (int)cmd.ExecuteScalar();
        }
    }

    public void MarkSettled(string table, string cardNumber, int trace)
    {
        var cmd = new SqlCommand($"UPDATE {table} SET Settled = 1 WHERE TraceNo = @TraceNo AND CardNumber = @CardNumber", con);
        cmd.Parameters.AddWithValue("@TraceNo", trace);
        cmd.Parameters.Add(new SqlParameter("@CardNumber", cardNumber));
        cmd.ExecuteNonQuery();
    }
}
""");

    [Fact]
    public Task Parameters_written_or_kept_besides_a_lookup_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class PoolWriter
{
    private SqlConnection con;
    private string _last;

    public void Add(string table, string {|FG1001:cardNumber|})
    {
        var cmd = new SqlCommand("INSERT INTO " + table + " (CardNumber) VALUES (@CardNumber)", con);
        cmd.Parameters.AddWithValue("@CardNumber", cardNumber);
        cmd.ExecuteNonQuery();
    }

    public void Replace(string table, string {|FG1001:cardNumber|}, int id)
    {
        var cmd = new SqlCommand("UPDATE " + table + " SET CardNumber = @CardNumber WHERE Id = @Id", con);
        cmd.Parameters.AddWithValue("@CardNumber", cardNumber);
        cmd.ExecuteNonQuery();
    }

    public void FindAndKeep(string {|FG1001:cardNumber|})
    {
        var cmd = new SqlCommand("SELECT * FROM Pool WHERE CardNumber = @CardNumber", con);
        cmd.Parameters.AddWithValue("@CardNumber", cardNumber);
        _last = cardNumber;
    }
}
""");

    [Fact]
    public Task Members_filled_only_from_masked_columns_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System;
using System.Data;
using System.Data.SqlClient;
public class PoolRecord
{
    public string CardNumber;
    public string PrimaryAccountNumber { get; set; }

    public void Read(SqlDataReader rdr, DataRow row)
    {
        CardNumber = (string)rdr["MASK_PAN"];
        CardNumber = Convert.ToString(rdr["MaskedPan"]).Trim();
        PrimaryAccountNumber = row["MaskedCardNumber"].ToString();
    }
}

public class RawRecord
{
    public string {|FG1001:CardNumber|};
    public string {|FG1001:PrimaryAccountNumber|} { get; set; }

    public void Read(SqlDataReader rdr, SqlDataReader other)
    {
        CardNumber = (string)rdr["CardNumber"];
        PrimaryAccountNumber = (string)rdr["MASK_PAN"];
        PrimaryAccountNumber = (string)other["PAN"];
    }
}
""");
}
