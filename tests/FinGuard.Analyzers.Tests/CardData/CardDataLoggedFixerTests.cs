using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FinGuard.Analyzers.CardData;
using FinGuard.CodeFixes.CardData;
using FinGuard.Generators;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FinGuard.Analyzers.Tests.CardData
{
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
        public Task Logged_pans_are_wrapped_in_CardMasking() => VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, CheckoutRequest request, string pan)
    {
        logger.LogInformation(""Charging {Card}"", {|FG1003:request.CardNumber|});
        logger.LogWarning($""Declined {{|FG1003:pan|}}"");
        System.Console.WriteLine(""card "" + {|FG1003:pan|});
    }
}
public class CheckoutRequest { public string CardNumber { get; set; } = """"; }", @"
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, CheckoutRequest request, string pan)
    {
        logger.LogInformation(""Charging {Card}"", global::FinGuard.Security.CardMasking.Mask(request.CardNumber));
        logger.LogWarning($""Declined {(global::FinGuard.Security.CardMasking.Mask(pan))}"");
        System.Console.WriteLine(""card "" + global::FinGuard.Security.CardMasking.Mask(pan));
    }
}
public class CheckoutRequest { public string CardNumber { get; set; } = """"; }");

        [Fact]
        public Task Security_codes_and_numeric_pans_get_no_masking_fix()
        {
            const string source = @"
using Microsoft.Extensions.Logging;
public class ChargeService
{
    public void Charge(ILogger logger, string cvc, long pan)
    {
        logger.LogInformation(""cvc {Cvc} pan {Pan}"", {|FG1003:cvc|}, {|FG1003:pan|});
    }
}";
            return VerifyAsync(source, source);
        }
    }
}
