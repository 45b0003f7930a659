using System.Runtime.CompilerServices;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Text fields whose value is written once in the source and never changed, although they are not <c>const</c>:
/// <c>private static string _password = "...";</c> (no other write in the type), or
/// <c>private readonly string _encryptionKey;</c> set once to a literal in the constructor
/// (<c>_encryptionKey = "YourSecureEncryptionKey123!";</c>). Used by FG3004 and FG3005 to follow such a field to its
/// literal as if it were a constant. Only private or read-only fields qualify (every write to them is inside their type);
/// any second write (another assignment, a compound assignment, a <c>ref</c>/<c>out</c> argument, a write to the same
/// name through another instance) or a write of anything but one non-blank string literal leaves the field alone.
/// The writes of a type are collected once per type (one walk of its declarations, on the first field asked about),
/// and only ever for fields that reach a key or IV position.
/// </summary>
internal static class FixedTextFields
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, Dictionary<string, Write>> ByType = new ConditionalWeakTable<INamedTypeSymbol, Dictionary<string, Write>>();

    /// <summary>The literal <paramref name="field"/> always holds, or null.</summary>
    public static LiteralExpressionSyntax? LiteralOf(IFieldSymbol field)
    {
        if (field.IsConst || field.Type.SpecialType != SpecialType.System_String || field.ContainingType == null
            || !(field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private)
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        LiteralExpressionSyntax? initial = null;
        if (declarator.Initializer != null)
        {
            initial = declarator.Initializer.Value as LiteralExpressionSyntax;
            if (initial == null || !IsText(initial))
            {
                return null;
            }
        }

        Dictionary<string, Write> writes = ByType.GetValue(field.ContainingType, static type => CollectWrites(type));
        if (!writes.TryGetValue(field.Name, out Write write))
        {
            return initial;
        }

        // Written somewhere in its type: only a field without initializer that is written exactly once, with a literal.
        return initial == null && write.Count == 1 ? write.Literal : null;
    }

    private static bool IsText(LiteralExpressionSyntax literal)
        => literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Trim().Length > 0;

    private readonly record struct Write(int Count, LiteralExpressionSyntax? Literal);

    /// <summary>Every write in a type's declarations, by the simple name written (x = ..., this.x = ..., T.x = ..., ref x).</summary>
    private static Dictionary<string, Write> CollectWrites(INamedTypeSymbol type)
    {
        var writes = new Dictionary<string, Write>(StringComparer.Ordinal);
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment:
                        LiteralExpressionSyntax? literal = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right is LiteralExpressionSyntax right && IsText(right) ? right : null;
                        AddTargets(writes, assignment.Left, literal);
                        break;
                    case ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument:
                        AddTargets(writes, argument.Expression, null);
                        break;
                }
            }
        }

        return writes;
    }

    private static void AddTargets(Dictionary<string, Write> writes, ExpressionSyntax target, LiteralExpressionSyntax? literal)
    {
        switch (target)
        {
            case IdentifierNameSyntax name:
                Add(writes, name.Identifier.ValueText, literal);
                break;
            case MemberAccessExpressionSyntax access:
                Add(writes, access.Name.Identifier.ValueText, literal);
                break;
            case DeclarationExpressionSyntax:
                break;
            default:
                // (a, b) = ..., x[i] = ...: every name on the left counts as written.
                foreach (SyntaxNode part in target.DescendantNodesAndSelf())
                {
                    if (part is IdentifierNameSyntax written)
                    {
                        Add(writes, written.Identifier.ValueText, null);
                    }
                }

                break;
        }
    }

    private static void Add(Dictionary<string, Write> writes, string name, LiteralExpressionSyntax? literal)
        => writes[name] = writes.TryGetValue(name, out Write previous) ? new Write(previous.Count + 1, null) : new Write(1, literal);
}
