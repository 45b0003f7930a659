using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardDataLoggedAnalyzerTests
{
    private const string Dto = """

public class ChargeRequest
{
    public string CardNumber { get; set; } = "";
    public string Cvc { get; set; } = "";
    public string CardToken { get; set; } = "";
    public string CardLast4 { get; set; } = "";
    public long AmountInCents { get; set; }
}
""";

    [Fact]
    public Task ILogger_structured_arguments_and_interpolation_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class ChargeService
{
    private readonly ILogger<ChargeService> _logger;
    public ChargeService(ILogger<ChargeService> logger) => _logger = logger;
    public void Charge(ChargeRequest request, string pan)
    {
        _logger.LogInformation("Charging {Card} for {Amount}", {|FG1003:request.CardNumber|}, request.AmountInCents);
        _logger.LogWarning($"Card {{|FG1003:pan|}} declined");
        _logger.LogError("Declined: " + {|FG1003:request.CardNumber|}.Trim() + " cvc " + {|FG1003:request.Cvc|});
        _logger.LogDebug(string.Format("{0}", {|FG1003:pan|}));
        using (_logger.BeginScope("card {Pan}", {|FG1003:pan|})) { }
    }
}
""" + Dto);

    [Fact]
    public Task Structured_placeholder_names_the_value() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string value, string maskedValue, string raw)
    {
        logger.LogInformation("Card {CardNumber} and {Cvv}", {|FG1003:value|}, {|FG1003:raw|});
        logger.LogInformation("Card {CardNumber}", maskedValue);
        logger.LogInformation("Card {CardNumber}", FinGuard.Security.CardMasking.Mask(value));
    }
}
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? pan) => ""; } }
""");

    [Fact]
    public Task Console_debug_trace_and_exception_messages_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Diagnostics;
public class Legacy
{
    public void Run(ChargeRequest request, long pan)
    {
        Console.WriteLine("card: " + {|FG1003:request.CardNumber|});
        Console.WriteLine({|FG1003:pan|});
        Debug.WriteLine($"cvc={{|FG1003:request.Cvc|}}");
        Trace.TraceInformation("pan {0}", {|FG1003:pan|});
        if (pan < 0) throw new ArgumentOutOfRangeException(nameof(pan), {|FG1003:pan|}, "negative");
        if (pan == 0) throw new ArgumentException("Card number is required", request.CardNumber.Length > 0 ? "x" : "y");
        throw new InvalidOperationException($"Card {{|FG1003:request.CardNumber|}} was declined");
    }
}
""" + Dto);

    [Fact]
    public Task LoggerMessage_methods_are_sinks() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Charging {card} for {amount}")]
    public static partial void Charging(ILogger logger, string card, long amount);
    public static partial void Charging(ILogger logger, string card, long amount) { }
}
public class ChargeService
{
    public void Charge(ILogger logger, ChargeRequest request)
    {
        Log.Charging(logger, {|FG1003:request.CardNumber|}, request.AmountInCents);
        Log.Charging(logger, request.CardToken, request.AmountInCents);
    }
}
""" + Dto);

    [Fact]
    public Task Serilog_is_a_sink() => VerifyCS.VerifyAnalyzerAsync("""

public class ChargeService
{
    public void Charge(Serilog.ILogger logger, ChargeRequest request, string raw)
    {
        Serilog.Log.Information("Charging {Card}", {|FG1003:request.CardNumber|});
        logger.Warning("Declined {Card} {Cvc}", {|FG1003:request.CardNumber|}, {|FG1003:request.Cvc|});
        logger.Information("Charged {Token} {Last4}", request.CardToken, request.CardLast4);
        logger.Information("Request {@Request}", {|FG1003:request|});
        logger.Information("Request {Request}", request);
        logger.Information("Receipt {@Receipt}", new Receipt());
        logger.ForContext("CardNumber", {|FG1003:request.CardNumber|}).Information("charged");
        logger.ForContext("CardNo", {|FG1003:raw|}, true).Information("charged");
        logger.ForContext("Token", request.CardToken).Information("charged");
    }
}
public class Receipt { public string CardToken { get; set; } = ""; public string CardLast4 { get; set; } = ""; }
namespace Serilog
{
    public interface ILogger
    {
        void Information(string messageTemplate, params object?[]? propertyValues);
        void Warning(string messageTemplate, params object?[]? propertyValues);
        ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
    }
    public static class Log { public static void Information(string messageTemplate, params object?[]? propertyValues) { } }
}
""" + Dto);

    [Fact]
    public Task Masked_tokenized_and_look_alike_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, ChargeRequest request, string maskedPan, string cardFingerprint, int pageNumber, string orderNumber, string phoneNumber, string cardType, string giftCardCode, byte[] key)
    {
        logger.LogInformation("Charged {Token} ending {Last4}", request.CardToken, request.CardLast4);
        logger.LogInformation("Masked {Pan}", maskedPan);
        logger.LogInformation("Page {Page} order {Order} phone {Phone} type {Type} gift {Gift} fp {Fp}", pageNumber, orderNumber, phoneNumber, cardType, giftCardCode, cardFingerprint);
        logger.LogInformation("Last four {Last4}", request.CardNumber.Substring(request.CardNumber.Length - 4));
        logger.LogInformation("Hash {Hash}", Convert.ToHexString(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(request.CardNumber))));
        logger.LogInformation("Length {Length}", request.CardNumber.Length);
        Console.WriteLine("Card number is required");
        throw new ArgumentException("Invalid card", nameof(request.CardNumber));
    }
}
""" + Dto);
}
