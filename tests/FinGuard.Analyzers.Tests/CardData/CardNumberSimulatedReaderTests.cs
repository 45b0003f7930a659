using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardNumberLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1006 (issue 18, set 24): a published or synthetic test number that product code uses as test data is not reported:
/// passed to a call named for a test or a simulation (a simulated card reader), inside a method named for a simulation,
/// in a target-typed <c>new(...)</c> of a test-named type, or compared with input (a demo that accepts only the test card).
/// Look-alikes: a random-looking number in the same places, and a test number stored or charged, stay reported.
/// </summary>
public class CardNumberSimulatedReaderTests
{
    private static DiagnosticResult Info(int line, int column, int endColumn, string masked, string brand)
        => new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan(line, column, line, endColumn).WithArguments(masked, brand);

    [Fact]
    public Task Test_numbers_driving_a_simulated_reader_or_compared_with_input_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Collections.Generic;
public sealed record ReaderTestCard(string Group, string Label, string Number);
public class Kiosk
{
    public void Wire()
    {
        System.Action visa = () => RunReaderTest("4242424242424242", "Visa");
        System.Action interac = () => RunReaderTest("4506445006931933", "Interac");
    }
    public void Approve() { _ = PresentCard("4000000000000002"); }
    public void Decline() { _ = SimulatePaymentAsync("4000000000000002"); }
    public IReadOnlyList<ReaderTestCard> Catalogue() => new List<ReaderTestCard>
    {
        new("Standard", "Girocard", "4711009900000316877"),
        new("Standard", "eftpos", "6280000360000978"),
    };
    public bool Accepts(string number) => number == "4242424242424242" || number.Equals("5555555555554444");
    private void RunReaderTest(string number, string label) { }
    private System.Threading.Tasks.Task<bool> SimulatePaymentAsync(string number) => System.Threading.Tasks.Task.FromResult(true);
    private bool PresentCard(string number) => true;
}
public class ReaderSimulator
{
    public bool PresentCard(string number) => true;
}
""",
        // PresentCard in Approve() names no test or simulation: the published number stays at Info.
        Info(10, 45, 63, "************0002", "Visa test"));

    [Fact]
    public Task Random_looking_numbers_and_test_numbers_that_are_stored_or_charged_stay_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Collections.Generic;
public sealed record ReaderTestCard(string Group, string Label, string Number);
public sealed record Card(string Holder, string Number);
public class Kiosk
{
    public void Wire()
    {
        RunReaderTest({|FG1006:"4539578763621486"|});
        SimulatePayment({|FG1006:"4539578763621486"|});
    }
    public IReadOnlyList<ReaderTestCard> Catalogue() => new List<ReaderTestCard> { new("Standard", "Real", {|FG1006:"4539578763621486"|}) };
    public IReadOnlyList<Card> Seed() => new List<Card> { new("Ann", {|FG1006:"4539578763621486"|}) };
    public bool IsOwnersCard(string number) => number == {|FG1006:"4539578763621486"|};
    private void RunReaderTest(string number) { }
    private void SimulatePayment(string number) { }
}
""");

    [Fact]
    public Task A_test_number_seeded_as_a_card_or_charged_stays_at_info() => VerifyCS.VerifyUnresolvedAsync("""
using System.Collections.Generic;
public sealed record Card(string Holder, string Number);
public class Shop
{
    public IReadOnlyList<Card> Seed() => new List<Card> { new("Ann", "4506445006931933") };
    public void Pay() => Charge("4022774022774026");
    private void Charge(string number) { }
}
""",
        Info(5, 70, 88, "************1933", "Visa test"),
        Info(6, 33, 51, "************4026", "Visa test"));
}
