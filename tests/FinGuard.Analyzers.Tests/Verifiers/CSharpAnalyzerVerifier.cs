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

    /// <summary>
    /// The editor's view before restore: code that names types of packages the test does not reference (an SDK, SqlClient,
    /// Newtonsoft.Json, ASP.NET Core) binds to error types, as it does in an IDE before <c>dotnet restore</c> or in a
    /// repository scanned without building it. Only the .NET 8 reference assemblies are referenced, the package references
    /// of <see cref="Test"/> are not, and the compiler's own errors (CS0246 and the like) are expected and not verified:
    /// only the analyzer's diagnostics, from markup and <paramref name="expected"/>, are compared.
    /// </summary>
    public static Task VerifyUnresolvedAsync(string source, params DiagnosticResult[] expected)
        => RunAsync(new UnresolvedTest { TestCode = source }, editorConfig: null, expected);

    /// <summary>
    /// As <see cref="VerifyUnresolvedAsync(string, DiagnosticResult[])"/>, but with the package references and markup
    /// options of <see cref="Test"/> (Stripe.net, logging, configuration, EF Core and Dapper bind; markup takes a rule's
    /// first descriptor): some packages restored, the code naming others, or incomplete code, and compiler errors not
    /// verified.
    /// </summary>
    public static Task VerifyUnresolvedWithPackagesAsync(string source, params DiagnosticResult[] expected)
        => RunAsync(new UnresolvedTest(withPackages: true) { TestCode = source }, editorConfig: null, expected);

    /// <summary>As <see cref="VerifyUnresolvedWithPackagesAsync(string, DiagnosticResult[])"/> with lines added to the <c>[*]</c> section of an .editorconfig.</summary>
    public static Task VerifyUnresolvedWithPackagesAsync(string source, string editorConfig, params DiagnosticResult[] expected)
        => RunAsync(new UnresolvedTest(withPackages: true) { TestCode = source }, editorConfig, expected);

    private static Task RunAsync(UnresolvedTest test, string? editorConfig, DiagnosticResult[] expected)
    {
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
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

    /// <summary>
    /// The test behind <see cref="VerifyUnresolvedAsync(string, DiagnosticResult[])"/>, for tests that add sources under
    /// their own paths, other projects or solution transforms. Compiler diagnostics are not verified (the before-restore
    /// view); this is the one place the tests turn them off (Infrastructure/UnresolvedVerifierConventionTests).
    /// </summary>
    public sealed class UnresolvedTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        /// <param name="withPackages">
        /// false: only the .NET 8 reference assemblies and the default markup options (packages not restored).
        /// true: the same references and markup options as <see cref="Test"/>.
        /// </param>
        public UnresolvedTest(bool withPackages = false)
        {
            ReferenceAssemblies = TestReferences.Net80;
            CompilerDiagnostics = CompilerDiagnostics.None;
            if (withPackages)
            {
                TestState.AdditionalReferences.AddRange(TestReferences.Packages);
                MarkupOptions |= MarkupOptions.UseFirstDescriptor;
            }
        }
    }
}
