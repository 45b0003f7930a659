using FinGuard.Security;

namespace FinGuard.Analyzers.Tests.Generators;

/// <summary>Behaviour of the CardMasking helper, compiled from the same file the generator embeds.</summary>
public class CardMaskingTests
{
    [Theory]
    [InlineData("4242424242424242", "************4242")]
    [InlineData("4242 4242 4242 4242", "************4242")]
    [InlineData("4242-4242-4242-4242", "************4242")]
    [InlineData("378282246310005", "***********0005")]
    public void Mask_keeps_only_the_last_four_digits(string pan, string expected) => Assert.Equal(expected, CardMasking.Mask(pan));

    [Fact]
    public void Mask_with_first_six_keeps_the_bin_and_last_four_for_16_digit_cards()
        => Assert.Equal("424242******4242", CardMasking.Mask("4242424242424242", keepFirstSix: true));

    [Fact]
    public void Mask_never_shows_the_bin_of_short_card_numbers()
        => Assert.Equal("***********0005", CardMasking.Mask("378282246310005", keepFirstSix: true));

    [Theory]
    [InlineData("1234", "****")]
    [InlineData("not a card", "**********")]
    [InlineData("42424242424242424242424", "***********************")]
    public void Input_that_is_not_a_card_number_is_masked_completely(string input, string expected)
        => Assert.Equal(expected, CardMasking.Mask(input));

    [Fact]
    public void Null_and_empty_give_empty() => Assert.Equal(string.Empty, CardMasking.Mask(null));

    [Fact]
    public void LastFour_returns_the_last_four_digits() => Assert.Equal("4242", CardMasking.LastFour("4242 4242 4242 4242"));

    [Theory]
    [InlineData("not a card number at all")]
    [InlineData("ACCT-0000-0000-0000-1234X")]
    [InlineData("1234")]
    [InlineData("")]
    [InlineData(null)]
    public void LastFour_is_empty_for_anything_that_is_not_a_card_number(string? input) => Assert.Equal(string.Empty, CardMasking.LastFour(input));

    [Fact]
    public void Card_token_redacts_itself_in_ToString()
    {
        var token = new CardToken("pm_1QxYz2AbCdEfGhIj", "4242", "visa");
        Assert.Equal("CardToken(visa ****4242)", token.ToString());
        Assert.DoesNotContain("pm_", $"{token}");
        Assert.Equal("CardToken(card)", new CardToken("tok_abc").ToString());
    }

    [Fact]
    public void Card_token_rejects_empty_values() => Assert.Throws<System.ArgumentException>(() => new CardToken(""));
}
