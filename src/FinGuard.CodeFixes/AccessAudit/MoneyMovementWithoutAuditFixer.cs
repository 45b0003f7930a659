using FinGuard.Analyzers;
using FinGuard.Analyzers.AccessAudit;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.AccessAudit;

/// <summary>
/// FG5002 fix: inserts <c>AuditTrail.Record("refund", subject);</c> right after the statement that moves the money, so
/// the record is written only once the money has moved. The subject is the result's <c>Id</c> when the statement
/// declares a local that has one, else the operation's name; a <c>return</c> of the call first keeps the result in a
/// local. The generated <c>AuditTrail</c> helper (<c>FinGuard.Security</c>) is named by its simple name with the
/// using added, or fully qualified where that would clash. Not offered in expression-bodied members or when the call
/// does not always run with its statement (inside <c>?:</c>, <c>&amp;&amp;</c>, a lambda...).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoneyMovementWithoutAuditFixer))]
public sealed class MoneyMovementWithoutAuditFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG5002.AuditTrail";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MoneyMovementWithoutAudit);

    // One after another: each fix may add "using FinGuard.Security;" and a local in the same block.
    private static readonly FixAllProvider FixAll = new SequentialFixAllProvider(_ => "Record money movements in the audit trail", ApplyAsync);

    public MoneyMovementWithoutAuditFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAll;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (FindStatement(site.Node) != null)
        {
            Document document = site.Document;
            SyntaxNode target = site.Node;
            Diagnostic diagnostic = site.Diagnostic;
            site.Register(CodeAction.Create("Record the money movement with AuditTrail.Record", ct => ApplyAsync(document, target, diagnostic, EquivalenceKey, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static StatementSyntax? FindStatement(SyntaxNode target)
    {
        if (target is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        StatementSyntax? statement = StatementInsertion.AnchorStatement(invocation);
        if (statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax { Expression: not null })
            || !StatementInsertion.IsUnconditionallyEvaluated(invocation, statement))
        {
            return null;
        }

        return statement;
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        StatementSyntax? statement = FindStatement(target);
        if (root == null || model == null || statement == null || !root.Contains(statement) || statement.Parent is not (BlockSyntax or SwitchSectionSyntax))
        {
            return document;
        }

        string action = diagnostic.Properties.TryGetValue(MoneyMovementAccessAnalyzer.KindProperty, out string? kind) && kind != null ? kind.ToLowerInvariant() : "payment";
        var invocation = (InvocationExpressionSyntax)target;
        string operation = invocation.Expression is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : invocation.Expression.ToString();
        bool simple = SecurityHelperNames.CanUseSimpleName(model, statement.SpanStart, "AuditTrail", cancellationToken);
        SyntaxTrivia indentation = StatementInsertion.Indentation(statement);
        SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.RawKind == 0)
        {
            endOfLine = SyntaxFactory.CarriageReturnLineFeed;
        }

        var replacement = new System.Collections.Generic.List<StatementSyntax>();
        string? local = null;
        if (statement is LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } declaration
            && declaration.Declaration.Variables[0].Initializer?.Value.Span.Contains(invocation.Span) == true)
        {
            local = declaration.Declaration.Variables[0].Identifier.ValueText;
            replacement.Add(statement);
        }
        else if (statement is ReturnStatementSyntax returned)
        {
            // Keep the result, record, then return it: a record after "return" would never run.
            local = UniqueName(model, statement.SpanStart, action);
            replacement.Add(SyntaxFactory.ParseStatement("var " + local + " = " + returned.Expression!.WithoutTrivia().ToFullString() + ";")
                .WithLeadingTrivia(returned.GetLeadingTrivia()).WithTrailingTrivia(endOfLine));
        }
        else
        {
            replacement.Add(statement);
        }

        string subject = local != null && HasIdProperty(model, statement, local, cancellationToken)
            ? local + ".Id"
            : SyntaxFactory.Literal(operation).ToString();
        string receiver = simple ? "AuditTrail" : "global::" + SecurityHelperNames.Namespace + ".AuditTrail";
        StatementSyntax record = SyntaxFactory.ParseStatement(receiver + ".Record(" + SyntaxFactory.Literal(action).ToString() + ", " + subject + ");")
            .WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine);
        replacement.Add(record);
        if (statement is ReturnStatementSyntax)
        {
            replacement.Add(SyntaxFactory.ParseStatement("return " + local + ";").WithLeadingTrivia(indentation).WithTrailingTrivia(statement.GetTrailingTrivia()));
        }

        var marker = new SyntaxAnnotation();
        replacement[replacement.Count - 1] = replacement[replacement.Count - 1].WithAdditionalAnnotations(marker);
        SyntaxNode newRoot = root.ReplaceNode(statement, replacement);
        if (simple)
        {
            int position = newRoot.GetAnnotatedNodes(marker).First().SpanStart;
            newRoot = SecurityHelperNames.AddImport(newRoot, position);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    // The local's type (declared or, for a return, the awaited/returned expression's) has a readable Id, as Stripe objects do.
    private static bool HasIdProperty(SemanticModel model, StatementSyntax statement, string local, CancellationToken cancellationToken)
    {
        ITypeSymbol? type = null;
        if (statement is LocalDeclarationStatementSyntax declaration)
        {
            type = (model.GetDeclaredSymbol(declaration.Declaration.Variables[0], cancellationToken) as ILocalSymbol)?.Type;
        }
        else if (statement is ReturnStatementSyntax { Expression: { } expression })
        {
            type = model.GetTypeInfo(expression, cancellationToken).Type;
        }

        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers("Id"))
            {
                if (member is IPropertySymbol { IsStatic: false, GetMethod: not null } property && property.Type.SpecialType == SpecialType.System_String)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string UniqueName(SemanticModel model, int position, string baseName)
    {
        string name = baseName;
        for (int i = 2; model.LookupSymbols(position, name: name).Length > 0; i++)
        {
            name = baseName + i;
        }

        return name;
    }
}
