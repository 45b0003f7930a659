namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// How a fix names a generated helper (<c>FinGuard.Security.X</c>): as <c>X</c> with <c>using FinGuard.Security;</c>
/// added to the file, which is what a person would write, or fully qualified (<c>global::FinGuard.Security.X</c>)
/// where the simple name would bind to something else or the new using would make another name ambiguous.
/// The decision is made from the document's own syntax and semantic model, not by the Simplifier: before the fix
/// the generator has not emitted the helper yet (it emits only what code uses), so a simplifier pass cannot bind
/// the qualified name in every host (notably a workspace without the generator), and the result must not depend on that.
/// </summary>
internal static class SecurityHelperNames
{
    public const string Namespace = FinGuard.Shared.SecurityHelperTypes.Namespace;

    // Every type the helper generator can emit into FinGuard.Security: the one registry, src/Shared/SecurityHelperTypes.cs.
    // A new using must not turn the user's own type of one of these names into an ambiguous reference (CS0104).
    private static readonly string[] HelperTypeNames = FinGuard.Shared.SecurityHelperTypes.All;

    /// <summary>Whether <paramref name="typeName"/> can be written unqualified at <paramref name="position"/> once <c>using FinGuard.Security;</c> is in the file.</summary>
    public static bool CanUseSimpleName(SemanticModel model, int position, string typeName, CancellationToken cancellationToken)
    {
        if (model.SyntaxTree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
        {
            return false;
        }

        // A member, type, namespace or alias of that name in scope wins over (or clashes with) the imported helper.
        foreach (ISymbol symbol in model.LookupSymbols(position, name: typeName))
        {
            if (!IsHelper(symbol))
            {
                return false;
            }
        }

        if (IsImported(unit, position))
        {
            return true;
        }

        // A new using would land next to preprocessor directives (#if around the usings, or before the first
        // member when there are none): it could end up compiled conditionally. Stay qualified there.
        if (unit.Usings.Any(u => u.ContainsDirectives)
            || (unit.Usings.Count == 0 && unit.GetFirstToken(includeZeroWidth: true).LeadingTrivia.Any(t => t.IsDirective)))
        {
            return false;
        }

        // The using is new: every helper-named identifier in the file that binds outside FinGuard.Security could
        // become ambiguous once the generator emits that helper too.
        foreach (SyntaxNode node in unit.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && Array.IndexOf(HelperTypeNames, identifier.Identifier.ValueText) >= 0)
            {
                SymbolInfo info = model.GetSymbolInfo(identifier, cancellationToken);
                ISymbol? bound = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (bound is INamedTypeSymbol && !IsHelper(bound))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary><c>X</c> or <c>global::FinGuard.Security.X</c> in a type position (field, parameter).</summary>
    public static TypeSyntax TypeName(string typeName, bool simple)
        => simple ? SyntaxFactory.IdentifierName(typeName) : SyntaxFactory.ParseTypeName("global::" + Namespace + "." + typeName);

    /// <summary><c>X</c> or <c>global::FinGuard.Security.X</c> as the receiver of a member access (parsed as an expression, as the compiler would).</summary>
    public static ExpressionSyntax TypeExpression(string typeName, bool simple)
        => simple ? SyntaxFactory.IdentifierName(typeName) : SyntaxFactory.ParseExpression("global::" + Namespace + "." + typeName);

    /// <summary>
    /// The root with <c>using FinGuard.Security;</c> among the file's usings (System ones first, then ordinal), unless
    /// the file or a namespace around <paramref name="position"/> already imports it.
    /// </summary>
    public static SyntaxNode AddImport(SyntaxNode root, int position)
    {
        if (root is not CompilationUnitSyntax unit || IsImported(unit, position))
        {
            return root;
        }

        return AddUsing(unit, Namespace);
    }

    /// <summary>The unit with <c>using <paramref name="namespaceName"/>;</c> among its usings (System ones first, then ordinal, as an IDE's "sort usings" would).</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string namespaceName)
    {
        SyntaxTrivia endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.RawKind == 0)
        {
            endOfLine = SyntaxFactory.CarriageReturnLineFeed;
        }

        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine);
        SyntaxList<UsingDirectiveSyntax> usings = unit.Usings;
        if (usings.Count == 0)
        {
            // No usings yet: the new one goes first, keeping the file header above it, with a blank line after it.
            SyntaxToken first = unit.GetFirstToken(includeZeroWidth: true);
            CompilationUnitSyntax moved = unit.ReplaceToken(first, first.WithLeadingTrivia(endOfLine));
            return moved.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(first.LeadingTrivia)));
        }

        int index = usings.Count;
        for (int i = 0; i < usings.Count; i++)
        {
            UsingDirectiveSyntax existing = usings[i];
            if (existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            {
                continue;
            }

            if (existing.Alias != null || existing.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || existing.Name == null
                || Compare(namespaceName, existing.Name.ToString()) < 0)
            {
                index = i;
                break;
            }
        }

        if (index < usings.Count)
        {
            // Take the place (and the leading trivia, e.g. a file header) of the using it precedes.
            UsingDirectiveSyntax next = usings[index];
            usings = usings.Replace(next, next.WithLeadingTrivia(StatementInsertion.Indentation(next)));
            return unit.WithUsings(usings.Insert(index, directive.WithLeadingTrivia(next.GetLeadingTrivia())));
        }

        UsingDirectiveSyntax last = usings[usings.Count - 1];
        return unit.WithUsings(usings.Add(directive.WithLeadingTrivia(StatementInsertion.Indentation(last))));
    }

    private static bool IsHelper(ISymbol symbol)
        => symbol is INamedTypeSymbol { ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "FinGuard", ContainingNamespace.IsGlobalNamespace: true } } };

    // "using FinGuard.Security;" (or its global form) in the file, or in a namespace around the position.
    private static bool IsImported(CompilationUnitSyntax unit, int position)
    {
        if (unit.Usings.Any(IsHelperUsing))
        {
            return true;
        }

        if (position < 0)
        {
            return false;
        }

        foreach (BaseNamespaceDeclarationSyntax declaration in unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
        {
            if (declaration.FullSpan.Contains(position) && declaration.Usings.Any(IsHelperUsing))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHelperUsing(UsingDirectiveSyntax directive)
        => directive.Alias == null && !directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword)
            && directive.Name?.ToString().Replace(" ", string.Empty) is "FinGuard.Security" or "global::FinGuard.Security";

    // System namespaces first, then ordinal ignoring case (the order Visual Studio's "sort usings" produces).
    private static int Compare(string left, string right)
    {
        bool leftSystem = IsSystem(left), rightSystem = IsSystem(right);
        if (leftSystem != rightSystem)
        {
            return leftSystem ? -1 : 1;
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
