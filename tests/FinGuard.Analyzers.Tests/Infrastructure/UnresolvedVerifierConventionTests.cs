using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Running an analyzer test without verifying compiler diagnostics (the editor's view before restore: code naming
/// types of packages the test does not reference) lives in one place, <c>CSharpAnalyzerVerifier&lt;T&gt;</c>
/// (<c>VerifyUnresolvedAsync</c>, <c>VerifyUnresolvedWithPackagesAsync</c>, <c>UnresolvedTest</c>) in Verifiers/.
/// By session 27, 41 test files had written that test themselves, each setting <c>CompilerDiagnostics.None</c> with
/// its own choice of references and markup options. A test file outside Verifiers/ that names
/// <c>CompilerDiagnostics.None</c> in code (not in a test source string) is such a copy.
/// </summary>
public sealed class UnresolvedVerifierConventionTests
{
    // Files (relative to tests/FinGuard.Analyzers.Tests, '/' separated) allowed to turn compiler diagnostics off
    // themselves, each with its reason. Empty: every test goes through the verifier.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Only_the_verifiers_turn_compiler_diagnostics_off()
    {
        string tests = Path.Combine(RepoPaths.Root, "tests", "FinGuard.Analyzers.Tests");
        string verifiers = Path.Combine(tests, "Verifiers") + Path.DirectorySeparatorChar;
        var copies = new List<string>();
        int inVerifiers = 0;
        foreach (string file in Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories))
        {
            if (IsBuildOutput(file))
            {
                continue;
            }

            string relative = Path.GetRelativePath(tests, file).Replace(Path.DirectorySeparatorChar, '/');
            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (MemberAccessExpressionSyntax access in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(IsCompilerDiagnosticsNone))
            {
                if (file.StartsWith(verifiers, StringComparison.Ordinal))
                {
                    inVerifiers++;
                }
                else if (!Allowed.ContainsKey(relative))
                {
                    copies.Add(relative + ":" + (access.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
                }
            }
        }

        Assert.True(inVerifiers > 0, "The scan found no CompilerDiagnostics.None in Verifiers/: has the verifier moved? " + verifiers);
        Assert.True(
            copies.Count == 0,
            "Use CSharpAnalyzerVerifier<T>.VerifyUnresolvedAsync / VerifyUnresolvedWithPackagesAsync / UnresolvedTest instead of setting CompilerDiagnostics.None yourself: "
            + string.Join(", ", copies));
    }

    // CompilerDiagnostics.None, also qualified (Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None).
    private static bool IsCompilerDiagnosticsNone(MemberAccessExpressionSyntax access)
        => access.Name.Identifier.ValueText == "None"
           && access.Expression switch
           {
               IdentifierNameSyntax name => name.Identifier.ValueText == "CompilerDiagnostics",
               MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText == "CompilerDiagnostics",
               _ => false,
           };

    private static bool IsBuildOutput(string file)
    {
        string separator = Path.DirectorySeparatorChar.ToString();
        return file.Contains(separator + "obj" + separator, StringComparison.Ordinal) || file.Contains(separator + "bin" + separator, StringComparison.Ordinal);
    }
}
