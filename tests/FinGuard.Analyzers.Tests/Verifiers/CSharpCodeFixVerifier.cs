using System.Threading;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// Thin wrapper for fix tests. The harness compiles the fixed source and fails on any compiler error, and it
/// runs the fix once per diagnostic, then Fix All at document, project and solution scope, comparing the whole
/// resulting source each time.
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
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
