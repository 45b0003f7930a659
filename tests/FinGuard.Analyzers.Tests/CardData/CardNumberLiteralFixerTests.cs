using FinGuard.Analyzers.CardData;
using FinGuard.CodeFixes.CardData;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.CardNumberLiteralAnalyzer, FinGuard.CodeFixes.CardData.CardNumberLiteralFixer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardNumberLiteralFixerTests
{
    private static Task VerifyAsync(string source, string fixedSource, string equivalenceKey)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };

        // Known test numbers are reported at Info; one severity lets every finding use the same markup.
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.FG1006.severity = warning\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Card_numbers_in_text_are_masked_to_first_six_and_last_four() => VerifyAsync(""""

public class Fixtures
{
    public const string Card = {|FG1006:"4556737586899855"|};
    public string Grouped = {|FG1006:"4556-7375-8689-9855"|};
    public string Amex = {|FG1006:@"Customer card 3714 496353 98431 on file"|};
    public string Raw = {|FG1006:"""5425233430109903"""|};
    public string Text(string name) => $"{name}{|FG1006: paid with 4556737586899855 yesterday|}";
}
"""", """"

public class Fixtures
{
    public const string Card = "455673******9855";
    public string Grouped = "4556-73**-****-9855";
    public string Amex = @"Customer card **** ****** *8431 on file";
    public string Raw = """542523******9903""";
    public string Text(string name) => $"{name} paid with 455673******9855 yesterday";
}
"""", CardNumberLiteralFixer.MaskEquivalenceKey);

    [Fact]
    public Task Stripe_test_numbers_become_Stripe_test_payment_methods() => VerifyAsync("""

using Stripe;
public class CheckoutTests
{
    public PaymentIntentCreateOptions Visa() => new PaymentIntentCreateOptions { Amount = 1000, Currency = "usd", PaymentMethod = {|FG1006:"4242424242424242"|} };
    public string Mastercard = {|FG1006:"5555 5555 5555 4444"|};
    public string Amex = {|FG1006:"378282246310005"|};
}
""", """

using Stripe;
public class CheckoutTests
{
    public PaymentIntentCreateOptions Visa() => new PaymentIntentCreateOptions { Amount = 1000, Currency = "usd", PaymentMethod = "pm_card_visa" };
    public string Mastercard = "pm_card_mastercard";
    public string Amex = "pm_card_amex";
}
""", CardNumberLiteralFixer.StripeEquivalenceKey);

    [Fact]
    public Task Stripe_ids_are_offered_only_for_a_bare_number()
    {
        // The literal carries more than the number: no Stripe id (masking is still offered).
        const string source = """

using Stripe;
public class CheckoutTests
{
    public string Note = {|FG1006:"test card 4242424242424242"|};
}
""";
        return VerifyAsync(source, source, CardNumberLiteralFixer.StripeEquivalenceKey);
    }

    [Fact]
    public Task Stripe_ids_are_offered_only_where_Stripe_is_referenced()
    {
        var test = new CSharpCodeFixTest<CardNumberLiteralAnalyzer, CardNumberLiteralFixer, DefaultVerifier>
        {
            ReferenceAssemblies = Verifiers.TestReferences.Net80,
            TestCode = """public class CheckoutTests { public string Visa = {|FG1006:"4242424242424242"|}; }""",
            FixedCode = """public class CheckoutTests { public string Visa = "424242******4242"; }""",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.FG1006.severity = warning\n"));
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        test.CodeActionVerifier = (action, verifier) => verifier.False(action.Title.Contains("pm_card"), "no Stripe id without Stripe.net");
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_for_numeric_literals_case_labels_parsed_numbers_or_processor_card_fields()
    {
        const string source = """

using Stripe;
public class Legacy
{
    public long Pan = {|FG1006:4556737586899855|};
    public long Parsed = long.Parse({|FG1006:"4556737586899855"|});
    public bool IsBlocked(string pan)
    {
        switch (pan)
        {
            case {|FG1006:"4556737586899855"|}: return true;
            default: return pan is {|FG1006:"5425233430109903"|};
        }
    }
    public TokenCardOptions Card() => new TokenCardOptions { Number = {|FG1006:"4556737586899855"|} };
}
""";
        return VerifyAsync(source, source, CardNumberLiteralFixer.MaskEquivalenceKey);
    }

    [Fact]
    public Task No_fix_for_dictionary_keys_comparisons_or_constants_used_as_case_labels()
    {
        const string source = """

using System.Collections.Generic;
public static class TestCards
{
    public const string Visa = {|FG1006:"4556737586899855"|};
    public const string VisaDebit = {|FG1006:"4556731000079855"|};
    public static readonly Dictionary<string, string> Brands = new Dictionary<string, string>
    {
        [{|FG1006:"5425233430109903"|}] = "mastercard",
    };
    public static readonly Dictionary<string, string> Issuers = new Dictionary<string, string>
    {
        { {|FG1006:"4111111000071111"|}, "visa" },
    };
    public static string Describe(string pan) => pan switch { Visa => "visa", VisaDebit => "visa debit", _ => "other" };
    public static string Lookup() => Brands[{|FG1006:"5425233430109903"|}];
    public static bool IsTest(string pan) => pan == {|FG1006:"4556737586899855"|};
}
""";
        return VerifyAsync(source, source, CardNumberLiteralFixer.MaskEquivalenceKey);
    }

    [Fact]
    public Task No_fix_for_lookups_by_method_or_attribute_test_data()
    {
        const string source = """

using System.Collections.Generic;
public sealed class CardDataAttribute : System.Attribute { public CardDataAttribute(string pan) { } }
public static class Cards
{
    public static bool Known(string pan, Dictionary<string, string> brands, HashSet<string> blocked)
        => pan.Equals({|FG1006:"4556737586899855"|}) || brands.ContainsKey({|FG1006:"5425233430109903"|}) || blocked.Contains({|FG1006:"4111111000071111"|});

    [CardData({|FG1006:"4556731000079855"|})]
    public static void Check() { }
}
""";
        return VerifyAsync(source, source, CardNumberLiteralFixer.MaskEquivalenceKey);
    }
}
