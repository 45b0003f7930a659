using FinGuard.Analyzers.CardData;
using FinGuard.CodeFixes.CardData;
using FinGuard.Generators;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardDataLoggedFixerTests
{
    /// <summary>The fix harness with FinGuard's helper generator, so the fixed code compiles against the generated CardMasking.</summary>
    private sealed class Test : CSharpCodeFixTest<CardDataLoggedAnalyzer, CardDataLoggedFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = Verifiers.TestReferences.Net80;
            TestState.AdditionalReferences.AddRange(Verifiers.TestReferences.Packages);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(HelperGenerator) };
    }

    private static Task VerifyAsync(string source, string fixedSource)
        => new Test { TestCode = source, FixedCode = fixedSource }.RunAsync();

    [Fact]
    public Task Logged_pans_are_wrapped_in_CardMasking() => VerifyAsync("""

using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, CheckoutRequest request, string pan)
    {
        logger.LogInformation("Charging {Card}", {|FG1003:request.CardNumber|});
        logger.LogWarning($"Declined {{|FG1003:pan|}}");
        System.Console.WriteLine("card " + {|FG1003:pan|});
    }
}
public class CheckoutRequest { public string CardNumber { get; set; } = ""; }
""", """

using FinGuard.Security;
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, CheckoutRequest request, string pan)
    {
        logger.LogInformation("Charging {Card}", CardMasking.Mask(request.CardNumber));
        logger.LogWarning($"Declined {CardMasking.Mask(pan)}");
        System.Console.WriteLine("card " + CardMasking.Mask(pan));
    }
}
public class CheckoutRequest { public string CardNumber { get; set; } = ""; }
""");

    [Fact]
    public Task Flow_finding_is_masked_where_the_card_number_enters_the_helper() => VerifyAsync("""

using Microsoft.Extensions.Logging;
public class ChargeService
{
    private readonly ILogger _log = null!;
    public void Charge(CheckoutRequest request)
    {
        Trace({|FG1003:request.CardNumber|});
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
public class CheckoutRequest { public string CardNumber { get; set; } = ""; }
""", """

using FinGuard.Security;
using Microsoft.Extensions.Logging;
public class ChargeService
{
    private readonly ILogger _log = null!;
    public void Charge(CheckoutRequest request)
    {
        Trace(CardMasking.Mask(request.CardNumber));
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
public class CheckoutRequest { public string CardNumber { get; set; } = ""; }
""");

    [Fact]
    public Task Using_goes_after_System_usings_and_keeps_the_file_header() => VerifyAsync("""
// Copyright (c) Shop
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Zeta;

namespace Shop
{
    public class ChargeService
    {
        public void Charge(ILogger logger, string cardNumber) => logger.LogInformation("{Card}", {|FG1003:cardNumber|});
    }
}
namespace Zeta { public class Marker { } }
""", """
// Copyright (c) Shop
using System;
using System.Collections.Generic;
using FinGuard.Security;
using Microsoft.Extensions.Logging;
using Zeta;

namespace Shop
{
    public class ChargeService
    {
        public void Charge(ILogger logger, string cardNumber) => logger.LogInformation("{Card}", CardMasking.Mask(cardNumber));
    }
}
namespace Zeta { public class Marker { } }
""");

    [Fact]
    public Task File_without_usings_gets_one_before_its_namespace() => VerifyAsync("""
// header
namespace Shop;

public class ChargeService
{
    public void Charge(Microsoft.Extensions.Logging.ILogger logger, string cardNumber)
        => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "{Card}", {|FG1003:cardNumber|});
}
""", """
// header
using FinGuard.Security;

namespace Shop;

public class ChargeService
{
    public void Charge(Microsoft.Extensions.Logging.ILogger logger, string cardNumber)
        => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "{Card}", CardMasking.Mask(cardNumber));
}
""");

    [Fact]
    public Task An_existing_using_is_not_repeated() => VerifyAsync("""

using FinGuard.Security;
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string pan, string cardNumber)
    {
        logger.LogInformation("{A} {B}", {|FG1003:pan|}, {|FG1003:cardNumber|});
    }
}
namespace FinGuard.Security { internal static class Unrelated { } }
""", """

using FinGuard.Security;
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string pan, string cardNumber)
    {
        logger.LogInformation("{A} {B}", CardMasking.Mask(pan), CardMasking.Mask(cardNumber));
    }
}
namespace FinGuard.Security { internal static class Unrelated { } }
""");

    [Fact]
    public Task A_clashing_CardMasking_keeps_the_helper_fully_qualified() => VerifyAsync("""

using Microsoft.Extensions.Logging;
public class ChargeService
{
    private static readonly object CardMasking = new object();

    public void Charge(ILogger logger, string pan)
    {
        logger.LogInformation($"Card {{|FG1003:pan|}} {CardMasking}");
    }
}
""", """

using Microsoft.Extensions.Logging;
public class ChargeService
{
    private static readonly object CardMasking = new object();

    public void Charge(ILogger logger, string pan)
    {
        logger.LogInformation($"Card {(global::FinGuard.Security.CardMasking.Mask(pan))} {CardMasking}");
    }
}
""");

    [Fact]
    public Task A_user_type_named_like_another_helper_keeps_the_helper_qualified() => VerifyAsync("""

using Microsoft.Extensions.Logging;
using Shop.Payments;
public class ChargeService
{
    public void Charge(ILogger logger, string pan, CardToken token)
    {
        logger.LogInformation("{Card}", {|FG1003:pan|});
    }
}
namespace Shop.Payments { public class CardToken { } }
""", """

using Microsoft.Extensions.Logging;
using Shop.Payments;
public class ChargeService
{
    public void Charge(ILogger logger, string pan, CardToken token)
    {
        logger.LogInformation("{Card}", global::FinGuard.Security.CardMasking.Mask(pan));
    }
}
namespace Shop.Payments { public class CardToken { } }
""");

    [Fact]
    public Task Usings_under_preprocessor_directives_keep_the_helper_qualified() => VerifyAsync("""

#if DEBUG
using System.Diagnostics;
#endif
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string pan) => logger.LogInformation("{Card}", {|FG1003:pan|});
}
""", """

#if DEBUG
using System.Diagnostics;
#endif
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string pan) => logger.LogInformation("{Card}", global::FinGuard.Security.CardMasking.Mask(pan));
}
""");

    [Fact]
    public Task Security_codes_and_numeric_pans_get_no_masking_fix()
    {
        const string source = """

using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string cvc, long pan)
    {
        logger.LogInformation("cvc {Cvc} pan {Pan}", {|FG1003:cvc|}, {|FG1003:pan|});
    }
}
""";
        return VerifyAsync(source, source);
    }
}
