using FinGuard.Generators;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// The fix harness with FinGuard's helper generator, as in a real build: fixed code that calls
/// <c>FinGuard.Security.*</c> helpers must compile against what the generator emits. Runs the single fix, then
/// Fix All at document, project and solution scope, comparing the whole resulting source each time.
/// </summary>
public sealed class HelperCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public HelperCodeFixTest()
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestState.AdditionalReferences.AddRange(TestReferences.Packages);
        // A rule may have more than one descriptor under its ID (FG2004's Swish v1 advice); markup names the ID only.
        MarkupOptions |= MarkupOptions.UseFirstDescriptor;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(HelperGenerator) };
}
