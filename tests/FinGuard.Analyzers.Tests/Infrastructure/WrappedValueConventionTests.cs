using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Looking through conversions, parentheses and <c>await</c> to the value inside lives in one place,
/// <c>WrappedValues</c> (src/FinGuard.Analyzers/Shared/WrappedValues.cs). Six private copies of that loop had drifted
/// apart (one stripped <c>await</c>, one only implicit conversions, one stopped before parentheses), so two rules saw
/// the same returned value differently. A loop that steps from an operation to its <c>Operand</c> while testing for a
/// conversion is such a copy; walking up through <c>Parent</c> is not, and neither are recursive visitors that handle a
/// conversion as one case among many. The same holds on syntax: a loop that steps from parentheses, a cast or an
/// <c>await</c> to its <c>Expression</c> is a copy of <c>WrappedValues.StripSyntax</c> (three had grown in the card-data
/// rules by session 18).
/// </summary>
public sealed class WrappedValueConventionTests
{
    [Fact]
    public void Only_WrappedValues_loops_through_conversions_to_the_value_inside()
    {
        string src = Path.Combine(RepoPaths.Root, "src");
        string home = Path.Combine(src, "FinGuard.Analyzers", "Shared", "WrappedValues.cs");
        var copies = new List<string>();
        foreach (string file in Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file == home || IsBuildOutput(file))
            {
                continue;
            }

            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (StatementSyntax loop in root.DescendantNodes().OfType<StatementSyntax>().Where(s => s is WhileStatementSyntax or ForStatementSyntax or DoStatementSyntax))
            {
                if (StepsIntoConversions(loop) || StepsIntoWrappingSyntax(loop))
                {
                    FileLinePositionSpan span = loop.GetLocation().GetLineSpan();
                    copies.Add(Path.GetRelativePath(RepoPaths.Root, file) + ":" + (span.StartLinePosition.Line + 1));
                }
            }
        }

        Assert.True(copies.Count == 0, "Use WrappedValues.Strip / StripImplicit / StripSyntax instead of a loop of your own: " + string.Join(", ", copies));
    }

    // The loop names IConversionOperation and assigns some X.Operand to a variable (a step down, not up to Parent).
    private static bool StepsIntoConversions(StatementSyntax loop)
        => loop.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == "IConversionOperation")
           && loop.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
               a.Left is IdentifierNameSyntax
               && a.Right is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Operand" });

    // The loop tests for parenthesized, cast or await syntax and assigns some X.Expression to a variable.
    private static bool StepsIntoWrappingSyntax(StatementSyntax loop)
        => loop.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText is "ParenthesizedExpressionSyntax" or "CastExpressionSyntax" or "AwaitExpressionSyntax")
           && loop.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
               a.Left is IdentifierNameSyntax
               && a.Right is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Expression" });

    private static bool IsBuildOutput(string file)
    {
        string separator = Path.DirectorySeparatorChar.ToString();
        return file.Contains(separator + "obj" + separator, StringComparison.Ordinal) || file.Contains(separator + "bin" + separator, StringComparison.Ordinal);
    }
}
