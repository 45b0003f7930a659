using FinGuard.Analyzers;
using FinGuard.Analyzers.AccessAudit;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.AccessAudit;

/// <summary>
/// FG5001 fix: requires the payments policy (<c>finguard.access.authorization_policy</c>, default <c>PaymentsAdmin</c>).
/// Controller actions get <c>[Authorize(Policy = "...")]</c> (an <c>[AllowAnonymous]</c> on the action is removed; none
/// is offered when the controller itself is <c>[AllowAnonymous]</c>), Razor page handlers put it on the page model,
/// minimal API routes get <c>.RequireAuthorization("...")</c> (none is offered after an <c>.AllowAnonymous()</c>, which
/// would still win). <c>using Microsoft.AspNetCore.Authorization;</c> is added when the attribute is not in scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnauthorizedMoneyMovingEndpointFixer))]
public sealed class UnauthorizedMoneyMovingEndpointFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG5001.RequirePolicy";
    private const string AuthorizationNamespace = "Microsoft.AspNetCore.Authorization";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnauthorizedMoneyMovingEndpoint);

    // One after another: each fix may add the same using directive.
    private static readonly FixAllProvider FixAll = new SequentialFixAllProvider(_ => "Require the payments authorization policy", ApplyAsync);

    public UnauthorizedMoneyMovingEndpointFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAll;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (CanFix(site.Node, site.Diagnostic))
        {
            string policy = PolicyName(site.Document, site.Root.SyntaxTree);
            Document document = site.Document;
            SyntaxNode target = site.Node;
            Diagnostic diagnostic = site.Diagnostic;
            site.Register(CodeAction.Create($"Require the '{policy}' authorization policy", ct => ApplyAsync(document, target, diagnostic, EquivalenceKey, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static string PolicyName(Document document, SyntaxTree tree)
        => document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(AccessAuditOptions.AuthorizationPolicyKey, out string? value)
           && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : AccessAuditOptions.DefaultAuthorizationPolicy;

    private static string EndpointKind(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(MoneyMovementAccessAnalyzer.EndpointKindProperty, out string? kind) ? kind ?? string.Empty : string.Empty;

    private static bool CanFix(SyntaxNode target, Diagnostic diagnostic)
    {
        switch (EndpointKind(diagnostic))
        {
            case "Action":
                return target.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { Parent: TypeDeclarationSyntax type } && !HasAttribute(type.AttributeLists, "AllowAnonymous");
            case "Page":
                return target.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { Parent: TypeDeclarationSyntax page } && !HasAttribute(page.AttributeLists, "AllowAnonymous");
            case "Route":
                return target is InvocationExpressionSyntax
                    && !(diagnostic.Properties.TryGetValue(MoneyMovementAccessAnalyzer.KindProperty, out string? authorization) && authorization == nameof(EndpointAuthorization.AnonymousOverride));
            default:
                return false;
        }
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !root.Contains(target) || !CanFix(target, diagnostic))
        {
            return document;
        }

        string policy = PolicyName(document, root.SyntaxTree);
        string literal = SyntaxFactory.Literal(policy).ToString();
        if (EndpointKind(diagnostic) == "Route")
        {
            var map = (InvocationExpressionSyntax)target;
            ExpressionSyntax required = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, map.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("RequireAuthorization")),
                    SyntaxFactory.ParseArgumentList("(" + literal + ")"))
                .WithTrailingTrivia(map.GetTrailingTrivia());
            return document.WithSyntaxRoot(root.ReplaceNode(map, required));
        }

        MethodDeclarationSyntax method = target.FirstAncestorOrSelf<MethodDeclarationSyntax>()!;
        int position = method.SpanStart;
        bool imported = IsAuthorizeInScope(model, position);
        string attributeName = imported || CanImport(model, position) ? "Authorize" : "global::" + AuthorizationNamespace + ".Authorize";
        AttributeListSyntax attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(SyntaxFactory.ParseName(attributeName), SyntaxFactory.ParseAttributeArgumentList("(Policy = " + literal + ")"))));

        SyntaxNode newRoot;
        if (EndpointKind(diagnostic) == "Page")
        {
            var page = (TypeDeclarationSyntax)method.Parent!;
            newRoot = root.ReplaceNode(page, AddAttribute(page, attribute));
        }
        else
        {
            MethodDeclarationSyntax withoutAnonymous = RemoveAttribute(method, "AllowAnonymous");
            newRoot = root.ReplaceNode(method, AddAttribute(withoutAnonymous, attribute));
        }

        if (!imported && attributeName == "Authorize" && newRoot is CompilationUnitSyntax unit)
        {
            newRoot = SecurityHelperNames.AddUsing(unit, AuthorizationNamespace);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static T AddAttribute<T>(T member, AttributeListSyntax attribute)
        where T : MemberDeclarationSyntax
    {
        SyntaxTriviaList leading = member.GetLeadingTrivia();
        SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        SyntaxTrivia endOfLine = member.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.RawKind == 0)
        {
            endOfLine = SyntaxFactory.CarriageReturnLineFeed;
        }

        if (member.AttributeLists.Count > 0)
        {
            // After the existing attributes ([HttpPost], [Route]...), on a line of its own.
            AttributeListSyntax last = member.AttributeLists[member.AttributeLists.Count - 1];
            AttributeListSyntax added = attribute.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine);
            return (T)member.InsertNodesAfter(last, new[] { added });
        }

        // No attributes yet: the attribute takes the member's leading trivia (comments, indentation), the member keeps the indentation.
        MemberDeclarationSyntax stripped = member.WithLeadingTrivia(indentation);
        return (T)stripped.WithAttributeLists(SyntaxFactory.SingletonList(attribute.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    private static MethodDeclarationSyntax RemoveAttribute(MethodDeclarationSyntax method, string name)
    {
        MethodDeclarationSyntax result = method;
        foreach (AttributeListSyntax list in method.AttributeLists)
        {
            AttributeSyntax[] matching = list.Attributes.Where(a => IsNamed(a, name)).ToArray();
            if (matching.Length == 0)
            {
                continue;
            }

            AttributeListSyntax current = result.AttributeLists.First(l => l.IsEquivalentTo(list));
            if (matching.Length == list.Attributes.Count)
            {
                // Keep the list's leading trivia (the member's comments and indentation) on whatever comes next.
                int index = result.AttributeLists.IndexOf(current);
                SyntaxTriviaList trivia = current.GetLeadingTrivia();
                result = result.WithAttributeLists(result.AttributeLists.RemoveAt(index));
                if (index < result.AttributeLists.Count)
                {
                    result = result.WithAttributeLists(result.AttributeLists.Replace(result.AttributeLists[index], result.AttributeLists[index].WithLeadingTrivia(trivia)));
                }
                else
                {
                    result = result.WithModifiers(result.Modifiers.Count > 0
                        ? result.Modifiers.Replace(result.Modifiers[0], result.Modifiers[0].WithLeadingTrivia(trivia))
                        : result.Modifiers);
                }
            }
            else
            {
                AttributeListSyntax trimmed = current.WithAttributes(SyntaxFactory.SeparatedList(current.Attributes.Where(a => !IsNamed(a, name))));
                result = result.ReplaceNode(current, trimmed);
            }
        }

        return result;
    }

    private static bool HasAttribute(SyntaxList<AttributeListSyntax> lists, string name)
        => lists.SelectMany(l => l.Attributes).Any(a => IsNamed(a, name));

    private static bool IsNamed(AttributeSyntax attribute, string name)
    {
        string text = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return text == name || text == name + "Attribute";
    }

    private static bool IsAuthorizeInScope(SemanticModel model, int position)
        => model.LookupNamespacesAndTypes(position, name: "AuthorizeAttribute").Any(IsAuthorizeAttribute);

    // The using may be added when nothing else named Authorize/AuthorizeAttribute is in scope (it would become ambiguous).
    private static bool CanImport(SemanticModel model, int position)
        => model.Compilation.GetTypeByMetadataName(AuthorizationNamespace + ".AuthorizeAttribute") != null
           && !model.LookupNamespacesAndTypes(position, name: "AuthorizeAttribute").Any()
           && !model.LookupNamespacesAndTypes(position, name: "Authorize").Any();

    private static bool IsAuthorizeAttribute(ISymbol symbol)
        => symbol is INamedTypeSymbol { Name: "AuthorizeAttribute" } type && type.ContainingNamespace?.ToDisplayString() == AuthorizationNamespace;
}
