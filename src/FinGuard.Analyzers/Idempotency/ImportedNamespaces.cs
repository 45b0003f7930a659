namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// The using directives in force at a node, read from syntax: those of each enclosing namespace declaration (block or
/// file-scoped), innermost first, then the file's (its global usings included). For recognisers that must tell an
/// unresolved SDK type from another package's type of the same name when there is no symbol to ask (before restore).
/// Each directive's name is taken as written, aliases and <c>using static</c> included.
/// </summary>
internal static class ImportedNamespaces
{
    /// <summary>Whether a using directive in force at <paramref name="node"/> names exactly <paramref name="name"/>.</summary>
    public static bool Contains(SyntaxNode node, string name)
        => Any(node, name, static (imported, wanted) => imported == wanted);

    /// <summary>Whether a using directive in force at <paramref name="node"/> names a namespace that <paramref name="matches"/> accepts.</summary>
    public static bool Any(SyntaxNode node, Func<string, bool> matches)
        => Any(node, matches, static (imported, accepts) => accepts(imported));

    /// <summary>
    /// As <see cref="Any(SyntaxNode, Func{string, bool})"/>, or a <c>global using</c> in any file of the compilation
    /// (.NET 6+ projects keep them in one <c>GlobalUsings.cs</c>). Only the directives at the top of each file are read.
    /// </summary>
    public static bool AnyIncludingGlobal(SyntaxNode node, Compilation compilation, Func<string, bool> matches, System.Threading.CancellationToken cancellationToken)
    {
        if (Any(node, matches))
        {
            return true;
        }

        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (UsingDirectiveSyntax directive in unit.Usings)
            {
                if (!directive.GlobalKeyword.IsKind(SyntaxKind.None) && directive.Name != null && matches(directive.Name.ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Any<TState>(SyntaxNode node, TState state, Func<string, TState, bool> matches)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            SyntaxList<UsingDirectiveSyntax> usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Name != null && matches(directive.Name.ToString(), state))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
