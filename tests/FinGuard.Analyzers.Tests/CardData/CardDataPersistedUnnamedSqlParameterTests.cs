using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 21): an ADO.NET parameter carrying a card number is not stored when its command is a query behind
/// common table expressions (<c>WITH t AS (SELECT ...) SELECT ...</c>), or an UPDATE or INSERT whose text never names the
/// parameter (the text's only unknown parts are table names). Positives: a CTE in front of an INSERT or UPDATE that writes
/// the number, positional '?' markers (OLE DB binds by order), an unnamed parameter beside an unknown non-table part, and a
/// WITH whose parentheses do not close.
/// </summary>
public class CardDataPersistedUnnamedSqlParameterTests
{
    [Fact]
    public Task Queries_behind_cte_and_texts_not_naming_the_parameter_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
public class SettlementLedger
{
    private SqlConnection connection;

    public void Reconcile(string ledgerTable, string panNumber, string note, int batch)
    {
        string query = " WITH Recent (Id, Pan) AS (SELECT Id, Pan FROM Ledger WHERE Pan = @Pan AND Batch = @Batch), "
            + "Older AS (SELECT Id FROM Archive WHERE Pan = @Pan) "
            + "SELECT r.Id FROM Recent r JOIN Older o ON o.Id = r.Id";
        var find = new SqlCommand(query, connection);
        find.Parameters.AddWithValue("@Pan", panNumber);
        find.Parameters.AddWithValue("@Batch", batch);

        string update = "UPDATE " + ledgerTable + " SET Note = @Note WHERE Batch = @Batch";
        var annotate = new SqlCommand(update, connection);
        annotate.Parameters.AddWithValue("@Note", note);
        annotate.Parameters.AddWithValue("@Pan", panNumber);

        var log = new SqlCommand($"INSERT INTO {ledgerTable}_Audit (Note, Batch) VALUES (@Note, @Batch)", connection);
        log.Parameters.AddWithValue("@Pan", panNumber);
    }
}
""");

    [Fact]
    public Task Writes_behind_cte_positional_markers_and_unknown_parts_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.OleDb;
using System.Data.SqlClient;
public class SettlementWriter
{
    private SqlConnection connection;
    private OleDbConnection legacy;

    public void Write(string ledgerTable, string panNumber, string columns)
    {
        var copy = new SqlCommand("WITH Src AS (SELECT Id FROM Pending WHERE Batch = @Batch) INSERT INTO Ledger (Id, Pan) SELECT Id, @Pan FROM Src", connection);
        copy.Parameters.AddWithValue("@Pan", {|FG1004:panNumber|});

        var positional = new OleDbCommand("INSERT INTO Ledger (Pan, Note) VALUES (?, ?)", legacy);
        positional.Parameters.AddWithValue("@Pan", {|FG1004:panNumber|});

        var built = new SqlCommand("INSERT INTO Ledger (" + columns + ") VALUES (" + columns + ")", connection);
        built.Parameters.AddWithValue("@Pan", {|FG1004:panNumber|});

        var broken = new SqlCommand("WITH Src AS (SELECT Id FROM Pending WHERE Pan = @Pan", connection);
        broken.Parameters.AddWithValue("@Pan", {|FG1004:panNumber|});
    }
}
""");
}
