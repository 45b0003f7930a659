using System.IO;
using System.Reflection;

namespace FinGuard.Build.Tests.Unit;

/// <summary>Every FG9xxx code the gate can report has a doc page, like every analyzer rule.</summary>
public class GateCodesTests
{
    [Fact]
    public void Every_gate_code_has_a_doc_page_titled_with_its_id()
    {
        string[] codes = typeof(FinGuardGate).Assembly.GetType("FinGuard.Build.GateCodes")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        Assert.NotEmpty(codes);
        string docs = Path.Combine(RepoPaths.Root, "docs", "rules");
        Assert.All(codes, code =>
        {
            string page = Path.Combine(docs, code + ".md");
            Assert.True(File.Exists(page), "missing doc page " + page);
            Assert.StartsWith("# " + code + ": ", File.ReadLines(page).First());
        });
    }
}
