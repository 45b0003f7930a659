using FinGuard.Analyzers;
using FinGuard.Analyzers.Secrets;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.Secrets;

/// <summary>
/// FG4006 fix: removes the deprecated versions from a <c>|</c> chain of protocol enum members
/// (<c>Tls12 | Tls11 | Tls</c> becomes <c>Tls12</c>); a value with only deprecated versions becomes <c>Tls12</c>, written
/// with the same qualification as the member it replaces. Not offered for numeric casts, <c>?:</c>, constants of the
/// project's own, or a chain that also reads a variable or property (<c>SecurityProtocol | Tls</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeprecatedTlsVersionFixer))]
public sealed class DeprecatedTlsVersionFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG4006.RemoveDeprecatedVersions";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DeprecatedTlsVersion);

    public DeprecatedTlsVersionFixer()
        : base(EquivalenceKey)
    {
    }

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (site.Node is not ExpressionSyntax member)
        {
            return Task.CompletedTask;
        }

        ExpressionSyntax? replacement = Plan(member, site.Model, site.CancellationToken, out ExpressionSyntax value);
        if (replacement != null)
        {
            Document document = site.Document;
            SyntaxNode root = site.Root;
            site.Register(CodeAction.Create(
                "Remove the deprecated TLS versions",
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(value, replacement.WithTriviaFrom(value).WithAdditionalAnnotations(Formatter.Annotation)))),
                EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    /// <summary>The value without its deprecated members, or null when the value is not a plain chain of enum members.</summary>
    private static ExpressionSyntax? Plan(ExpressionSyntax member, SemanticModel model, CancellationToken cancellationToken, out ExpressionSyntax value)
    {
        // Up from the reported member through '|' and parentheses to the whole value.
        value = member;
        while (value.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.BitwiseOrExpression } or ParenthesizedExpressionSyntax)
        {
            value = (ExpressionSyntax)value.Parent;
        }

        // Only where the value is written: an assignment's right side ('=' or '|='), an initializer member or an argument.
        bool written = value.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Right == value,
            ArgumentSyntax => true,
            _ => false,
        };
        if (!written)
        {
            return null;
        }

        var members = new List<ExpressionSyntax>();
        if (!Flatten(value, members))
        {
            return null;
        }

        var kept = new List<ExpressionSyntax>();
        ExpressionSyntax? firstDeprecated = null;
        foreach (ExpressionSyntax operand in members)
        {
            // Enum members only: a project's constant or a property read cannot be rewritten member by member.
            if (model.GetSymbolInfo(operand, cancellationToken).Symbol is not IFieldSymbol { HasConstantValue: true, ConstantValue: int bits } field
                || field.ContainingType.TypeKind != TypeKind.Enum)
            {
                return null;
            }

            if ((bits & DeprecatedTlsVersionAnalyzer.DeprecatedBits) == 0)
            {
                kept.Add(operand);
            }
            else
            {
                firstDeprecated ??= operand;
            }
        }

        if (firstDeprecated == null)
        {
            return null;
        }

        if (kept.Count == 0)
        {
            return firstDeprecated switch
            {
                MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName("Tls12")).WithoutTrivia(),
                IdentifierNameSyntax => SyntaxFactory.IdentifierName("Tls12"),
                _ => null,
            };
        }

        ExpressionSyntax result = kept[0].WithoutTrivia();
        for (int i = 1; i < kept.Count; i++)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, result, kept[i].WithoutTrivia());
        }

        return result;
    }

    // The operands of a '|' chain, through parentheses; false when an operand is anything but a member or a name.
    private static bool Flatten(ExpressionSyntax expression, List<ExpressionSyntax> members)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Flatten(parenthesized.Expression, members);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.BitwiseOrExpression):
                return Flatten(binary.Left, members) && Flatten(binary.Right, members);
            case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                members.Add(expression);
                return members.Count <= 16;
            default:
                return false;
        }
    }
}
