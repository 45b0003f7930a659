using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1003 for an object put into log text: only a ToString that prints members writes the card data.</summary>
public class CardDataLoggedObjectTextTests
{
    [Fact]
    public Task An_object_without_a_ToString_override_writes_only_its_type_name() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Wallet { public string CardNumber { get; set; } = ""; public string Pin { get; set; } = ""; }
public class WalletBase { public string CardNumber { get; set; } = ""; }
public class DerivedWallet : WalletBase { }
public class WalletRequest { public string Pin { get; set; } = ""; public string CardNumber { get; set; } = ""; }
public class WalletService
{
    public void Create(WalletRequest request)
    {
        var wallet = new Wallet { Pin = request.Pin, CardNumber = request.CardNumber };
        var derived = new DerivedWallet { CardNumber = request.CardNumber };
        Console.WriteLine($"created {wallet}");
        Console.WriteLine("created " + derived);
    }
}
""");

    [Fact]
    public Task An_object_whose_ToString_prints_members_still_writes_the_card_data() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Wallet
{
    public string CardNumber { get; set; } = "";
    public override string ToString() => "Wallet " + {|FG1003:CardNumber|};
}
public record WalletRecord(string CardNumber);
public class WalletRequest { public string CardNumber { get; set; } = ""; }
public class WalletService
{
    public void Create(WalletRequest request)
    {
        var wallet = new Wallet { CardNumber = request.CardNumber };
        var record = new WalletRecord(request.CardNumber);
        Console.WriteLine($"created {{|FG1003:wallet|}}");
        Console.WriteLine("created " + {|FG1003:record|});
    }
}
""");

    // Issue 18, set 18: the generated ToString() of a processor SDK's models copied into the repository is the SDK's code.
    [Fact]
    public Task The_generated_ToString_of_a_vendored_processor_sdk_model_is_left_alone() => VerifyCS.VerifyAnalyzerAsync("""

using System.Text;
namespace CyberSource.Model
{
    public class Flexv1tokensCardInfo
    {
        public string CardNumber { get; set; } = "";
        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append("class Flexv1tokensCardInfo {\n");
            sb.Append("  CardNumber: ").Append(CardNumber).Append("\n");
            return sb.ToString();
        }
    }
}
namespace Shop.Payments
{
    public class CardInfo
    {
        public string CardNumber { get; set; } = "";
        public override string ToString() => "Card " + {|FG1003:CardNumber|};
    }
}
""");
}
