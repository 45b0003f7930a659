using FinGuard.Analyzers;
using FinGuard.Analyzers.Idempotency;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.Idempotency;

/// <summary>
/// FG2004 fix: adds the idempotency header to the request. <c>SendAsync(request)</c> gets
/// <c>request.Headers.Add(...)</c> before the send; <c>PostAsJsonAsync</c>/<c>PostAsync</c> (and the Put/Patch forms)
/// are rewritten to an <c>HttpRequestMessage</c> first. The key is derived as in the FG2001 fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PaymentHttpRequestFixer))]
public sealed class PaymentHttpRequestFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG2004.AddIdempotencyHeader";

    private const string TodoComment = "// TODO(FinGuard FG2004): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PaymentHttpPostWithoutKey);

    public PaymentHttpRequestFixer()
        : base(EquivalenceKey)
    {
    }

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is InvocationExpressionSyntax invocation
            && Plan(site.Model, invocation, site.Diagnostic, site.CancellationToken) != null)
        {
            Document document = site.Document;
            Diagnostic diagnostic = site.Diagnostic;
            site.Register(CodeAction.Create("Add an idempotency header to the request", ct => ApplyAsync(document, invocation, diagnostic, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private sealed class FixPlan
    {
        public StatementSyntax Anchor { get; set; } = null!;

        public List<string> Statements { get; } = new List<string>();

        public InvocationExpressionSyntax? NewInvocation { get; set; }

        public bool FallbackKey { get; set; }
    }

    private static FixPlan? Plan(SemanticModel model, InvocationExpressionSyntax invocation, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(PaymentHttpRequestAnalyzer.HeaderProperty, out string? header) || header == null
            || diagnostic.Properties.ContainsKey(PaymentHttpRequestAnalyzer.WrapperProperty)
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || StatementInsertion.AnchorStatement(invocation, stayInsideLambdas: true) is not StatementSyntax anchor
            || invocation.Expression is not MemberAccessExpressionSyntax memberAccess
            || operation.TargetMethod.ContainingType?.Name is "WebRequest" or "HttpWebRequest" or "WebClient")
        {
            // WebRequest/WebClient: the header goes on the request or client (request.Headers.Add), which the user places.
            return null;
        }

        diagnostic.Properties.TryGetValue(PaymentHttpRequestAnalyzer.OperationProperty, out string? operationName);
        var plan = new FixPlan { Anchor = anchor };
        string? key = IdempotencyKeys.Derive(model.GetEnclosingSymbol(invocation.SpanStart, cancellationToken), operationName ?? "payment");
        if (key == null)
        {
            string keyName = StatementInsertion.UniqueLocalName(model, anchor, IdempotencyKeys.LocalName(operationName ?? "payment", "Key"));
            plan.Statements.Add(TodoComment);
            plan.Statements.Add("var " + keyName + " = global::System.Guid.NewGuid().ToString();");
            key = keyName;
            plan.FallbackKey = true;
        }

        string name = operation.TargetMethod.Name;
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        foreach (ArgumentSyntax argument in arguments)
        {
            if (argument.NameColon != null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return null;
            }
        }

        if (name is "SendAsync" or "Send")
        {
            if (arguments.Count == 0 || arguments[0].Expression is not IdentifierNameSyntax requestName)
            {
                return null;
            }

            plan.Statements.Add(requestName.Identifier.ValueText + ".Headers.Add(\"" + header + "\", " + key + ");");
            return plan;
        }

        bool json = name.EndsWith("AsJsonAsync");
        string verb = name.StartsWith("Put") ? "Put" : name.StartsWith("Patch") ? "Patch" : "Post";
        IMethodSymbol method = operation.TargetMethod;
        // In operations an extension call's method keeps its 'this' parameter; a static-call form has one more argument: no fix.
        int offset = method.IsExtensionMethod ? 1 : 0;

        // (uri, value-or-content) or (uri, value-or-content, cancellationToken); nothing else (serializer options).
        if (arguments.Count < 2 || arguments.Count > 3 || method.Parameters.Length != arguments.Count + offset
            || (arguments.Count == 3 && method.Parameters[method.Parameters.Length - 1].Type.Name != "CancellationToken"))
        {
            return null;
        }

        // The URI and body move before the statement: only when they would run anyway, and not as a `using var` in a switch section (CS8647).
        if (!StatementInsertion.IsUnconditionallyEvaluated(invocation, anchor) || anchor.Parent is not BlockSyntax)
        {
            return null;
        }

        string requestName2 = StatementInsertion.UniqueLocalName(model, anchor, IdempotencyKeys.LocalName(operationName ?? "payment", "Request"));
        string content = json ? "global::System.Net.Http.Json.JsonContent.Create(" + arguments[1].Expression.ToString() + ")" : arguments[1].Expression.ToString();
        plan.Statements.Add("using var " + requestName2 + " = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod." + verb + ", " + arguments[0].Expression.ToString() + ") { Content = " + content + " };");
        plan.Statements.Add(requestName2 + ".Headers.Add(\"" + header + "\", " + key + ");");
        string sendArguments = requestName2 + (arguments.Count == 3 ? ", " + arguments[2].Expression.ToString() : "");
        plan.NewInvocation = SyntaxFactory.InvocationExpression(
                memberAccess.WithName(SyntaxFactory.IdentifierName("SendAsync")),
                SyntaxFactory.ParseArgumentList("(" + sendArguments + ")"))
            .WithTriviaFrom(invocation);
        return plan;
    }

    private static async Task<Document> ApplyAsync(Document document, InvocationExpressionSyntax invocation, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model == null || Plan(model, invocation, diagnostic, cancellationToken) is not FixPlan plan)
        {
            return document;
        }

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (plan.NewInvocation != null)
        {
            editor.ReplaceNode(invocation, plan.NewInvocation);
        }

        SyntaxTrivia indent = StatementInsertion.Indentation(plan.Anchor);
        SyntaxTrivia newLine = StatementInsertion.EndOfLine(plan.Anchor);
        var statements = new List<SyntaxNode>();
        SyntaxTriviaList pendingComment = SyntaxTriviaList.Empty;
        foreach (string text in plan.Statements)
        {
            if (text.StartsWith("//"))
            {
                pendingComment = SyntaxFactory.TriviaList(indent, SyntaxFactory.Comment(text), newLine);
                continue;
            }

            StatementSyntax statement = SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(pendingComment.Add(indent))
                .WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            pendingComment = SyntaxTriviaList.Empty;
            statements.Add(statement);
        }

        editor.InsertBefore(plan.Anchor, statements);
        return editor.GetChangedDocument();
    }
}
