namespace FinGuard.CodeFixes.Shared;

/// <summary>Helpers for fixes that put a new local before a statement.</summary>
internal static class StatementInsertion
{
    /// <summary>The statement in a block (or switch section) that contains <paramref name="node"/>, or null (expression bodies).</summary>
    public static StatementSyntax? AnchorStatement(SyntaxNode node, bool stayInsideLambdas = false)
    {
        for (SyntaxNode? current = node; current != null; current = current.Parent)
        {
            if (current is StatementSyntax statement && current.Parent is BlockSyntax or SwitchSectionSyntax)
            {
                return statement;
            }

            if (current is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax && current != node)
            {
                if (current is AnonymousFunctionExpressionSyntax && !stayInsideLambdas)
                {
                    continue;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="node"/> runs every time <paramref name="anchor"/> runs, so its sub-expressions can move
    /// before the anchor: no <c>if</c>, loop, <c>?:</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>?.</c>, switch or lambda in between.
    /// </summary>
    public static bool IsUnconditionallyEvaluated(SyntaxNode node, StatementSyntax anchor)
    {
        SyntaxNode? current = node.Parent;
        for (; current != null && current != anchor; current = current.Parent)
        {
            switch (current)
            {
                case IfStatementSyntax:
                case ElseClauseSyntax:
                case WhileStatementSyntax:
                case DoStatementSyntax:
                case ForStatementSyntax:
                case CommonForEachStatementSyntax:
                case ConditionalExpressionSyntax:
                case ConditionalAccessExpressionSyntax:
                case SwitchExpressionSyntax:
                case SwitchStatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                case CatchClauseSyntax:
                case FinallyClauseSyntax:
                    return false;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                    return false;
            }
        }

        return current == anchor;
    }

    /// <summary>The whitespace that indents <paramref name="statement"/>'s first line.</summary>
    public static SyntaxTrivia Indentation(SyntaxNode statement)
    {
        SyntaxTriviaList leading = statement.GetLeadingTrivia();
        for (int i = leading.Count - 1; i >= 0; i--)
        {
            if (leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                return leading[i];
            }

            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                break;
            }
        }

        return SyntaxFactory.Whitespace("");
    }

    /// <summary>The line ending the document uses after <paramref name="statement"/> (LF or CRLF).</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode statement)
    {
        foreach (SyntaxTrivia trivia in statement.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.CarriageReturnLineFeed;
    }

    /// <summary><paramref name="preferred"/>, or with a number appended when a local or parameter of that name is in scope or declared in the member.</summary>
    public static string UniqueLocalName(SemanticModel model, SyntaxNode anchor, string preferred)
    {
        var taken = new HashSet<string>();
        foreach (ISymbol symbol in model.LookupSymbols(anchor.SpanStart))
        {
            taken.Add(symbol.Name);
        }

        SyntaxNode? member = anchor.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (member != null)
        {
            foreach (SyntaxToken token in member.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParameterSyntax or ForEachStatementSyntax)
                {
                    taken.Add(token.ValueText);
                }
            }
        }

        string name = preferred;
        for (int i = 2; taken.Contains(name); i++)
        {
            name = preferred + i;
        }

        return name;
    }
}
