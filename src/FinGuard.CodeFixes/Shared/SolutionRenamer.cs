using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// Renames several symbols at once across the solution, computing every edit against the same original
/// solution. One code path serves the lightbulb and Fix All (document, project and solution scope, and
/// <c>dotnet format analyzers</c>): renames never chase each other's edits, and uses in other files are
/// updated, so the result keeps compiling.
/// </summary>
internal static class SolutionRenamer
{
    public static async Task<Solution> RenameAsync(Solution solution, IReadOnlyList<(ISymbol Symbol, string NewName)> renames, CancellationToken cancellationToken)
    {
        var changesByDocument = new Dictionary<DocumentId, Dictionary<int, TextChange>>();
        foreach ((ISymbol symbol, string newName) in renames)
        {
            foreach (ISymbol target in WithLinkedSymbols(symbol))
            {
                foreach (Location location in target.Locations)
                {
                    AddChange(solution, location, target.Name, newName, changesByDocument);
                }

                IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(target, solution, cancellationToken).ConfigureAwait(false);
                foreach (ReferencedSymbol referenced in references)
                {
                    if (!SymbolEqualityComparer.Default.Equals(referenced.Definition.OriginalDefinition, target.OriginalDefinition))
                    {
                        continue;
                    }

                    foreach (ReferenceLocation reference in referenced.Locations)
                    {
                        if (!reference.IsImplicit)
                        {
                            AddChange(solution, reference.Location, target.Name, newName, changesByDocument);
                        }
                    }
                }
            }
        }

        foreach (KeyValuePair<DocumentId, Dictionary<int, TextChange>> entry in changesByDocument)
        {
            Document? document = solution.GetDocument(entry.Key);
            if (document == null)
            {
                continue;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            solution = solution.WithDocumentText(entry.Key, text.WithChanges(entry.Value.Values.OrderBy(c => c.Span.Start)));
        }

        return solution;
    }

    // A positional record's parameter and the property it declares share one name: rename both together.
    private static IEnumerable<ISymbol> WithLinkedSymbols(ISymbol symbol)
    {
        yield return symbol;
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter
            && constructor.ContainingType is { IsRecord: true } record)
        {
            foreach (ISymbol member in record.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && IsDeclaredBy(property, parameter))
                {
                    yield return property;
                }
            }
        }
    }

    private static bool IsDeclaredBy(IPropertySymbol property, IParameterSymbol parameter)
    {
        foreach (SyntaxReference propertyReference in property.DeclaringSyntaxReferences)
        {
            foreach (SyntaxReference parameterReference in parameter.DeclaringSyntaxReferences)
            {
                if (propertyReference.SyntaxTree == parameterReference.SyntaxTree && propertyReference.Span == parameterReference.Span)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddChange(Solution solution, Location location, string oldName, string newName, Dictionary<DocumentId, Dictionary<int, TextChange>> changesByDocument)
    {
        if (!location.IsInSource || location.SourceTree == null)
        {
            return;
        }

        // Generated documents cannot be edited; they are regenerated from the renamed source.
        Document? document = solution.GetDocument(location.SourceTree);
        if (document == null)
        {
            return;
        }

        TextSpan span = location.SourceSpan;
        string current = location.SourceTree.GetText().ToString(span);
        if (current != oldName && current != "@" + oldName)
        {
            return;
        }

        if (!changesByDocument.TryGetValue(document.Id, out Dictionary<int, TextChange>? changes))
        {
            changes = new Dictionary<int, TextChange>();
            changesByDocument.Add(document.Id, changes);
        }

        changes[span.Start] = new TextChange(span, newName);
    }
}
