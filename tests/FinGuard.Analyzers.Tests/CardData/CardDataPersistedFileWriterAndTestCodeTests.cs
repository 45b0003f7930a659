using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 18): card data written line by line to a file through a StreamWriter opened on a path; and test
/// code, whose serialized fixtures and mocked cache values hold fake cards. Look-alikes: a writer on a memory or network
/// stream, a writer given only non-card values, product code beside a test folder.
/// </summary>
public class CardDataPersistedFileWriterAndTestCodeTests
{
    [Fact]
    public Task Card_fields_written_to_a_file_through_a_stream_writer_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.IO;
public class SavedCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class CardFile
{
    public void Append(SavedCard card, string path)
    {
        using (var writer = File.AppendText(path))
        {
            var fields = new string[] { card.Id.ToString(), card.CardNumber, card.Cvv };
            writer.WriteLine({|FG1004:String.Join(";", fields)|});
        }

        using var created = new StreamWriter(path + ".bak");
        created.Write({|FG1004:card.CardNumber|});
    }
}
""");

    [Fact]
    public Task Stream_writers_on_other_streams_or_without_card_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
public class SavedCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; public string Holder { get; set; } = ""; }
public class CardFile
{
    public void Append(SavedCard card, string path, Stream network)
    {
        using (var writer = File.AppendText(path))
        {
            writer.WriteLine(card.Id + ";" + card.Holder);
        }

        using var memory = new StreamWriter(new MemoryStream());
        memory.WriteLine(card.CardNumber);
        using var socket = new StreamWriter(network);
        socket.Write(card.CardNumber);
    }
}
""");

    private const string Fixture = """

using System.Text.Json;
public class SavedCard { public string CardNumber { get; set; } = ""; }
public class CardServiceTests
{
    private readonly SavedCard _card = new SavedCard();
    public string CachedValue() => JsonSerializer.Serialize(_card);
}
""";

    [Fact]
    public Task Fixtures_serialized_in_a_test_folder_are_not_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/src/Shop.Tests/Cards/CardServiceTests.cs", Fixture));
        return test.RunAsync();
    }

    [Fact]
    public Task The_same_serialization_in_product_code_is_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/src/Shop/Cards/CardCache.cs", Fixture.Replace("CardServiceTests", "CardCache").Replace("JsonSerializer.Serialize(_card)", "JsonSerializer.Serialize({|FG1004:_card|})")));
        return test.RunAsync();
    }
}
