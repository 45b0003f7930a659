using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers;

/// <summary>Thin wrapper: <c>using VerifyCS = CSharpAnalyzerVerifier&lt;TheAnalyzer&gt;;</c> then <c>VerifyCS.VerifyAnalyzerAsync(source)</c> with <c>{|FG1001:...|}</c> markup.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null)
    {
        var test = new Test { TestCode = source };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.AddRange(TestReferences.Packages);
            // A rule may have more than one descriptor under its ID (FG2004's Swish v1 advice); markup names the ID only.
            MarkupOptions |= MarkupOptions.UseFirstDescriptor;
        }
    }
}
