using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 through a project's own (sql, parameters) wrapper whose SQL text is a read-only field of the model (issue 18,
/// set 21: <c>public static readonly string Insert = "INSERT INTO ..."</c> passed as <c>StoredCard.Insert</c>). Look-alikes:
/// a read-only SELECT text, an INSERT of card-free values and a text field that is not read-only.
/// </summary>
public class CardDataPersistedReadOnlySqlTextTests
{
    private const string Model = """

public class StoredCard
{
    public static readonly string Insert = "INSERT INTO StoredCard (Number, Cvv, Holder) VALUES (@Number, @Cvv, @Holder)";
    public static readonly string ByHolder = "SELECT * FROM StoredCard WHERE Holder = @Holder";
    public static readonly string InsertLog = "INSERT INTO CardLog (Holder) VALUES (@Holder)";
    public static string Mutable = "INSERT INTO StoredCard (Number, Cvv, Holder) VALUES (@Number, @Cvv, @Holder)";
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
    public string Holder { get; set; } = "";
}
public static class SqlHelper
{
    public static bool Insert(string query, object obj) => query.Length > 0 && obj != null;
    public static object[] Query(string query, object obj) => new object[0];
}
""";

    [Fact]
    public Task Card_inserted_through_a_wrapper_with_read_only_insert_text_is_reported() => VerifyCS.VerifyAnalyzerAsync(Model + """
public class CardRepository
{
    public bool Save(StoredCard card) => {|FG1004:SqlHelper.Insert(StoredCard.Insert, card)|};
}
""");

    [Fact]
    public Task Read_only_select_or_card_free_insert_text_is_not_reported() => VerifyCS.VerifyAnalyzerAsync(Model + """
public class CardRepository
{
    public object[] Find(StoredCard card) => SqlHelper.Query(StoredCard.ByHolder, card);
    public bool Log(StoredCard card) => SqlHelper.Insert(StoredCard.InsertLog, new { card.Holder });
    public bool SaveMutable(StoredCard card) => SqlHelper.Insert(StoredCard.Mutable, new { card.Holder });
}
""");
}
