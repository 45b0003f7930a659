using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 and truncated or masked values in schema-named card fields: Authorize.Net refunds carry the last four digits
/// in creditCardType.cardNumber, and masked values keep their names. A full number (literal or variable) and a
/// security-code literal (short, but not a truncated PAN) are still reported.
/// </summary>
public class RawCardDataTruncatedValuesTests
{
    [Fact]
    public Task Last_four_and_masked_values_are_not_reported_full_numbers_are() => VerifyCS.VerifyUnresolvedAsync(@"
using AuthorizeNet.Api.Contracts.V1;
public class Refunds
{
    public creditCardType ForRefund(string last4) => new creditCardType { cardNumber = last4, expirationDate = ""XXXX"" };
    public creditCardType Sample() => new creditCardType { cardNumber = ""1111"", expirationDate = ""XXXX"" };
    public creditCardType Masked(string maskedCardNumber) => new creditCardType { cardNumber = maskedCardNumber };
    public creditCardType Shown() => new creditCardType { cardNumber = ""XXXXXXXXXXXX1111"" };
    public creditCardType Full() => new creditCardType { {|FG1005:cardNumber = ""4111111111111111""|} };
    public creditCardType FromForm(string creditCardNumber) => new creditCardType { {|FG1005:cardNumber = creditCardNumber|} };
    public creditCardType WithCode() => new creditCardType { {|FG1005:cardNumber = ""4111111111111111""|}, {|FG1005:cardCode = ""123""|} };
}");

    // Issue 18, set 8: the last four padded with X to the length Authorize.Net expects is still the last four; padding a
    // full number keeps it full.
    [Fact]
    public Task Padded_last_four_is_not_reported_a_padded_full_number_is() => VerifyCS.VerifyUnresolvedAsync(@"
using AuthorizeNet.Api.Contracts.V1;
public class RefundRequest { public string CardNumberLast4 { get; set; } = """"; public string CardNumber { get; set; } = """"; }
public class Refunds
{
    public creditCardType ForRefund(RefundRequest request) => new creditCardType { cardNumber = request.CardNumberLast4.PadLeft(16, 'X'), expirationDate = ""XXXX"" };
    public creditCardType Trimmed(string last4) => new creditCardType { cardNumber = last4.Trim() };
    public creditCardType Full(RefundRequest request) => new creditCardType { {|FG1005:cardNumber = request.CardNumber.PadLeft(16, '0')|} };
}");

    // Issue 18, set 15: the C# range forms of the last four and first six digits are truncations too; a range that keeps
    // the rest of the number (pan[4..], pan[..^4]) is not.
    [Fact]
    public Task Range_of_the_last_four_is_not_reported_a_longer_range_is() => VerifyCS.VerifyUnresolvedAsync("""
using AuthorizeNet.Api.Contracts.V1;
public class Refunds
{
    public creditCardType ForRefund(string creditCardNumber) => new creditCardType { cardNumber = creditCardNumber[^4..], expirationDate = "XXXX" };
    public creditCardType FirstSix(string creditCardNumber) => new creditCardType { cardNumber = creditCardNumber[..6] };
    public creditCardType Rest(string creditCardNumber) => new creditCardType { {|FG1005:cardNumber = creditCardNumber[4..]|} };
    public creditCardType AllButLast(string creditCardNumber) => new creditCardType { {|FG1005:cardNumber = creditCardNumber[..^4]|} };
}
""");
}
