using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1003 on exceptions (issue 18, set 16): a card value passed to an exception declared in source reaches its message
/// only through the constructor's <c>base(...)</c>/<c>this(...)</c> arguments or an overridden <c>Message</c>/<c>ToString</c>;
/// a value the constructor only keeps in a property, beside a constant message, is not written anywhere.
/// </summary>
public class CardDataLoggedExceptionPropertyTests
{
    [Fact]
    public Task A_code_kept_in_an_exception_property_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class DomainException : Exception
{
    public DomainException(string message) : base(message) { }
}
public sealed class InvalidSecurityCodeException : DomainException
{
    public string? InvalidCode { get; }
    public InvalidSecurityCodeException(string? invalidCode, string message) : base(message) { InvalidCode = invalidCode; }
}
public sealed class RejectedCardException : Exception
{
    public string Pan { get; }
    public RejectedCardException(string pan) { Pan = pan; }
}
public static class Checks
{
    public static void Validate(string cvv, string cardNumber)
    {
        if (cvv.Length > 4) throw new InvalidSecurityCodeException(cvv, "The security code must have three or four digits.");
        if (cardNumber.Length < 12) throw new RejectedCardException(cardNumber);
    }
}
""");

    [Fact]
    public Task A_code_passed_into_the_message_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public sealed class BadCodeException : Exception
{
    public BadCodeException(string code) : base($"Invalid security code {code}") { }
}
public sealed class BadCardException : Exception
{
    public BadCardException(string pan, int reason) : this("Card " + pan + " rejected", reason, true) { }
    private BadCardException(string message, int reason, bool _) : base(message) { }
}
public sealed class PrintedCardException : Exception
{
    private readonly string _pan;
    public PrintedCardException(string pan) { _pan = pan; }
    public override string Message => "Card " + _pan;
}
public static class Checks
{
    public static void Validate(string cvv, string cardNumber)
    {
        if (cvv.Length > 4) throw new BadCodeException({|FG1003:cvv|});
        if (cardNumber.Length < 12) throw new BadCardException({|FG1003:cardNumber|}, 1);
        if (cardNumber.Length > 19) throw new PrintedCardException({|FG1003:cardNumber|});
        throw new InvalidOperationException("Card " + {|FG1003:cardNumber|});
    }
}
""");
}
