namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// The diagnostics a custom Fix All covers, with their documents, for every scope (document, project, solution;
/// <c>dotnet format analyzers</c> uses the project and solution scopes). Fixers whose edits must be planned together
/// (a rename, one OnModelCreating edit per context) collect with this and apply once. Only diagnostics of the
/// context's IDs: dotnet format's provider serves every diagnostic its analyzer reported, and FinGuard's one host
/// analyzer reports every rule.
/// </summary>
internal static class FixAllDiagnostics
{
    public static async Task<List<(Document Document, Diagnostic Diagnostic)>> CollectAsync(FixAllContext context)
    {
        var diagnostics = new List<(Document, Diagnostic)>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document != null:
                foreach (Diagnostic diagnostic in await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false))
                {
                    if (context.DiagnosticIds.Contains(diagnostic.Id))
                    {
                        diagnostics.Add((context.Document, diagnostic));
                    }
                }

                break;
            case FixAllScope.Project:
                await AddProjectAsync(context, context.Project, diagnostics).ConfigureAwait(false);
                break;
            default:
                foreach (Project project in context.Solution.Projects)
                {
                    await AddProjectAsync(context, project, diagnostics).ConfigureAwait(false);
                }

                break;
        }

        return diagnostics;
    }

    private static async Task AddProjectAsync(FixAllContext context, Project project, List<(Document, Diagnostic)> diagnostics)
    {
        foreach (Diagnostic diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
        {
            if (context.DiagnosticIds.Contains(diagnostic.Id) && diagnostic.Location.SourceTree != null && project.GetDocument(diagnostic.Location.SourceTree) is Document document)
            {
                diagnostics.Add((document, diagnostic));
            }
        }
    }
}
