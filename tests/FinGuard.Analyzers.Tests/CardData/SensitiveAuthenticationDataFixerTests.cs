using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer, FinGuard.CodeFixes.CardData.SensitiveAuthenticationDataFixer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    public class SensitiveAuthenticationDataFixerTests
    {
        [Fact]
        public Task Stored_codes_and_their_writes_are_removed() => VerifyCS.VerifyCodeFixAsync(@"
public class SavedCard
{
    public string CardToken { get; set; } = """";
    public string {|FG1002:Cvv|} { get; set; } = """";
    private string? {|FG1002:_pinBlock|};
    public int ExpMonth { get; set; }

    public static SavedCard From(string token, string cvv, int month)
    {
        var card = new SavedCard { CardToken = token, Cvv = cvv, ExpMonth = month };
        card.Cvv = cvv;
        card._pinBlock = null;
        return card;
    }
}", @"
public class SavedCard
{
    public string CardToken { get; set; } = """";
    public int ExpMonth { get; set; }

    public static SavedCard From(string token, string cvv, int month)
    {
        var card = new SavedCard { CardToken = token, ExpMonth = month };
        return card;
    }
}");

        [Fact]
        public Task No_fix_when_the_code_is_read_or_the_write_has_side_effects()
        {
            const string source = @"
public class SavedCard
{
    public string {|FG1002:Cvv|} { get; set; } = """";
    public string {|FG1002:Cvc|} { get; set; } = """";
    public bool HasCode() => Cvv.Length > 0;
    public void Set(System.Func<string> read) { Cvc = read(); }
}
public record CardPayload(string CardToken, string {|FG1002:Cvc|});";
            return VerifyCS.VerifyCodeFixAsync(source, source);
        }
    }
}
