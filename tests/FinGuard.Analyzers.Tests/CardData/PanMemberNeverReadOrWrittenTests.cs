using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 (issue 18, set 21): a local named like a PAN that is never read again keeps nothing, and a private or internal
/// field without initializer that nothing in the compilation writes (CS0649) holds only its default; a method parameter
/// only used as the key of a query behind common table expressions is a look-up. Look-alikes still reported: a local that
/// is read, a field written once anywhere (an assignment, an object initializer, an out argument, a deconstruction), a
/// public field or one a serializer attribute marks, and a local read from the query string.
/// </summary>
public class PanMemberNeverReadOrWrittenTests
{
    [Fact]
    public Task Unread_locals_unwritten_private_fields_and_cte_keys_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using System.Data.SqlClient;
public class TerminalScreen
{
    private string selectedCardNumber;
    internal string lastPan;
    private SqlConnection connection;

    public string Describe() => selectedCardNumber ?? lastPan ?? "none";

    public void Load(IDataRecord record)
    {
        string cardNumber = (string)record["CardNumber"];
        string pan;
        var amount = (decimal)record["Amount"];
        System.Console.WriteLine(amount);
    }

    public int CountVisits(string creditCardNumber, int terminal)
    {
        string sql = "WITH Visits AS (SELECT Terminal FROM Journal WHERE Terminal = @Terminal AND Pan = @Pan) SELECT COUNT(*) FROM Visits";
        using (var cmd = new SqlCommand(sql, connection))
        {
            cmd.Parameters.AddWithValue("@Terminal", terminal);
            cmd.Parameters.AddWithValue("@Pan", creditCardNumber);
            return (int)cmd.ExecuteScalar();
        }
    }
}
""");

    [Fact]
    public Task Read_locals_written_or_public_fields_and_query_reads_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using System.Runtime.Serialization;
using Microsoft.AspNetCore.Http;
public class CardForm
{
    private string {|FG1001:typedCardNumber|};
    private string {|FG1001:copiedPan|};
    private string {|FG1001:parsedPan|};
    private string {|FG1001:splitPan|};
    public string {|FG1001:CardNumber|};
    [DataMember] private string {|FG1001:storedCardNumber|};

    public void Fill(IDataRecord record, string input)
    {
        typedCardNumber = input;
        var other = new CardForm { copiedPan = input };
        TryParse(input, out parsedPan);
        (splitPan, _) = (input, 1);
        string {|FG1001:cardNumber|} = (string)record["CardNumber"];
        System.Console.WriteLine(cardNumber);
    }

    public void FromQuery(HttpRequest request)
    {
        string {|FG1001:cardNumber|} = request.Query["cardNumber"];
    }

    private static bool TryParse(string text, out string value)
    {
        value = text;
        return true;
    }
}
""");
}
