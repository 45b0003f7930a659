using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 (issue 18, set 24): a hand-built request field named for the card's issuer prefix (<c>&lt;BIN&gt;</c>,
/// <c>cardBin=</c>, <c>iin</c>) carries the first six to eight digits, which a BIN look-up needs and PCI DSS lets be sent,
/// whatever the value it is given is called. Look-alikes: the same value under a card-number field, and fields whose
/// names only contain the letters (<c>cabin</c>, <c>binary</c>), stay reported.
/// </summary>
public class RawCardDataIssuerPrefixTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add(("/repo/src/Payments/BinLookup.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Values_sent_under_a_bin_field_are_not_reported_but_under_card_fields_they_are() => VerifyAsync("""
using System.Net.Http;
using System.Threading.Tasks;
public class BinLookup
{
    private readonly HttpClient _client = new HttpClient();

    public async Task<string> LookupAsync(string cardCode, string cardNumber)
    {
        string soap = "<BIN_Query>" + "<BIN>" + cardCode + "</BIN>" + "</BIN_Query>";
        string query = "https://bank.example/bin?cardBin=" + cardNumber;
        string iin = $"<Iin>{cardNumber}</Iin>";
        string sale = "<Sale>" + "<CardNo>" + {|FG1005:cardNumber|} + "</CardNo>" + "<Cabin>" + {|FG1005:cardCode|} + "</Cabin>" + "</Sale>";
        var response = await _client.PostAsync("https://bank.example/xml", new StringContent(soap + query + iin + sale));
        return await response.Content.ReadAsStringAsync();
    }
}
""");
}
