using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>FG1001 beyond members and method parameters: locals, lambda and minimal-API parameters, tuple elements.</summary>
    public class PanMemberShapesTests
    {
        [Fact]
        public Task Locals_lambda_parameters_and_tuple_elements_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Linq;
public static class Endpoints
{
    public static void MapPost(string pattern, Delegate handler) { }
    public static void Map()
    {
        MapPost("/pay", (string {|FG1001:cardNumber|}, long amount) => amount);
        MapPost("/refund", (string paymentMethodId, long amount) => amount);
    }
}
public class Importer
{
    private (string {|FG1001:CardNumber|}, int ExpMonth) _last;
    public (string {|FG1001:Pan|}, string Holder) Parse(string line)
    {
        string[] parts = line.Split(',');
        var {|FG1001:ccNumber|} = parts[0];
        long {|FG1001:pan|} = long.Parse(parts[1]);
        (string {|FG1001:cardNo|}, int month) pair = (ccNumber, 1);
        var copy = Parse("x");
        IEnumerable<string> masked = parts.Select({|FG1001:cardNumber|} => cardNumber.Substring(cardNumber.Length - 4));
        return (ccNumber + pan + pair.cardNo, parts[2]);
    }
}
""");

        [Fact]
        public Task Masked_tokenized_and_look_alike_locals_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
public class Checkout
{
    public async Task Run(string input, Vault vault)
    {
        var cardNumber = FinGuard.Security.CardMasking.Mask(input);
        var pan = await vault.TokenizeAsync(input);
        var cardNo = vault.Protect(input);
        string orderNumber = "", cardToken = "", maskedPan = "", last4 = "";
        int cardNumberLength = input.Length;
        const string CardNumberHeader = "card_number";
        (string CardToken, string Last4) display = (cardToken, last4);
        System.Func<string, int> count = pageNumber => pageNumber.Length;
        System.Func<string, int> discard = _ => 0;
    }
}
public class Vault
{
    public Task<string> TokenizeAsync(string value) => Task.FromResult(value);
    public string Protect(string value) => value;
}
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? value) => ""; } }
""",
            "finguard.tokenizer_type = Vault\n");
    }
}

namespace FinGuard.Analyzers.Tests.CardData
{
    public class PanMemberShapesFixerTests
    {
        [Fact]
        public Task Locals_and_lambda_parameters_are_renamed_to_tokens() => FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer, FinGuard.CodeFixes.CardData.PanMemberFixer>.VerifyCodeFixAsync(@"
using System;
public class Checkout
{
    public string Run(string[] form)
    {
        var {|FG1001:cardNumber|} = form[0];
        Func<string, string> echo = {|FG1001:pan|} => pan.Trim();
        return echo(cardNumber);
    }
}", @"
using System;
public class Checkout
{
    public string Run(string[] form)
    {
        var cardToken = form[0];
        Func<string, string> echo = cardToken => cardToken.Trim();
        return echo(cardToken);
    }
}");
    }
}
