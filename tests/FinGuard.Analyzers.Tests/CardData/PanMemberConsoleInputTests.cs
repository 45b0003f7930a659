using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1001 and console input (issue 18, sets 9, 12-14): a local that holds what the card holder types at a console
    /// prompt (an ATM simulator's "Enter card number:") is transient input in the holder's own terminal. Look-alikes: a
    /// line read from a file or another reader, a method of the app's own named ReadLine, a member given console input.
    /// </summary>
    public class PanMemberConsoleInputTests
    {
        [Fact]
        public Task Locals_given_console_input_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System;

public class AtmPrompt
{
    public void Run()
    {
        Console.Write("Enter card number: ");
        string cardNumber = Console.ReadLine();
        var pan = Console.ReadLine()?.Trim();
        string ccNumber = Console.ReadLine() ?? "";
        Console.WriteLine(cardNumber.Length + pan!.Length + ccNumber.Length);
    }
}
""");

        [Fact]
        public Task File_lines_own_read_line_methods_and_members_given_console_input_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System;
using System.IO;

public class CardImport
{
    public string {|FG1001:CardNumber|} = "";

    public void Import(TextReader reader)
    {
        string {|FG1001:cardNumber|} = reader.ReadLine() ?? "";
        string {|FG1001:pan|} = ReadLine();
        CardNumber = Console.ReadLine() ?? "";
        Console.WriteLine(cardNumber + pan);
    }

    private static string ReadLine() => "";
}
""");
    }
}
