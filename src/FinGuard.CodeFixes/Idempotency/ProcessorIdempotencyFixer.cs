using System.Globalization;
using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.Idempotency;

/// <summary>
/// FG2003 fix: passes the SDK's key: Checkout.com <c>idempotencyKey: ...</c>, Adyen
/// <c>requestOptions: new RequestOptions { IdempotencyKey = ... }</c> (or the key added to the options built here),
/// PayPal <c>PaypalRequestId = ...</c> on the input built here. The key is derived as in the FG2001 fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProcessorIdempotencyFixer))]
public sealed class ProcessorIdempotencyFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG2003.AddIdempotencyKey";

    private const string TodoComment = "// TODO(FinGuard FG2003): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ProcessorCallWithoutKey);

    public ProcessorIdempotencyFixer()
        : base(EquivalenceKey)
    {
    }

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is InvocationExpressionSyntax invocation
            && Plan(site.Model, invocation, site.CancellationToken) != null)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create("Add the processor's idempotency key", ct => ApplyAsync(document, invocation, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private sealed class FixPlan
    {
        public SyntaxNode Target { get; set; } = null!;

        public SyntaxNode Replacement { get; set; } = null!;

        public StatementSyntax? Anchor { get; set; }

        public string? NewLocalName { get; set; }
    }

    private static FixPlan? Plan(SemanticModel model, InvocationExpressionSyntax invocationSyntax, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation)
        {
            return null;
        }

        ProcessorSdk sdk = ProcessorSdks.Classify(invocation.TargetMethod.ContainingType);
        string method = invocation.TargetMethod.Name.EndsWith("Async") ? invocation.TargetMethod.Name.Substring(0, invocation.TargetMethod.Name.Length - 5) : invocation.TargetMethod.Name;
        string operation = Kebab(method);
        var plan = new FixPlan();
        string? key = IdempotencyKeys.Derive(model.GetEnclosingSymbol(invocationSyntax.SpanStart, cancellationToken), operation);
        plan.Anchor = StatementInsertion.AnchorStatement(invocationSyntax);
        if (key == null)
        {
            if (plan.Anchor == null)
            {
                return null;
            }

            plan.NewLocalName = StatementInsertion.UniqueLocalName(model, plan.Anchor, IdempotencyKeys.LocalName(operation, "Key"));
            key = plan.NewLocalName;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol? parameter = argument.Parameter;
            if (parameter == null)
            {
                continue;
            }

            if (ProcessorSdks.IsKeyParameterName(parameter.Name) && parameter.Type.SpecialType == SpecialType.System_String)
            {
                return Target(plan, invocationSyntax, argument, parameter.Name, SyntaxFactory.ParseExpression(key));
            }

            if (sdk == ProcessorSdk.Adyen && parameter.Type is INamedTypeSymbol { Name: "RequestOptions" } options)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && WrappedValues.StripImplicit(argument.Value) is IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax existing })
                {
                    plan.Target = existing;
                    plan.Replacement = InitializerEdits.SetProperty(existing, "IdempotencyKey", key);
                    return plan;
                }

                var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new global::" + options.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "") + " { IdempotencyKey = " + key + " }");
                creation = creation.WithType(creation.Type.WithAdditionalAnnotations(Simplifier.Annotation));
                return Target(plan, invocationSyntax, argument, parameter.Name, creation);
            }

            if (sdk == ProcessorSdk.PayPal && parameter.Type is INamedTypeSymbol input && FindKeyProperty(input) is string property)
            {
                BaseObjectCreationExpressionSyntax? creation = WrappedValues.StripImplicit(argument.Value) switch
                {
                    IObjectCreationOperation { Syntax: BaseObjectCreationExpressionSyntax inline } => inline,
                    ILocalReferenceOperation local => LocalCreation(local.Local, cancellationToken),
                    _ => null,
                };
                if (creation == null || creation.SyntaxTree != invocationSyntax.SyntaxTree)
                {
                    return null;
                }

                plan.Target = creation;
                plan.Replacement = InitializerEdits.SetProperty(creation, property, key);
                plan.Anchor = plan.NewLocalName != null ? StatementInsertion.AnchorStatement(creation) : plan.Anchor;
                return plan.Anchor == null && plan.NewLocalName != null ? null : plan;
            }
        }

        return null;
    }

    private static FixPlan? Target(FixPlan plan, InvocationExpressionSyntax invocation, IArgumentOperation argument, string parameterName, ExpressionSyntax value)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            ArgumentSyntax added = SyntaxFactory.Argument(
                SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
                default,
                value);
            ArgumentListSyntax list = invocation.ArgumentList;
            SyntaxNodeOrTokenList items = list.Arguments.GetWithSeparators();
            if (list.Arguments.Count > 0)
            {
                items = items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            }

            plan.Target = list;
            plan.Replacement = list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items.Add(added)));
            return plan;
        }

        if (argument.Syntax is ArgumentSyntax { Expression: var expression })
        {
            plan.Target = expression;
            plan.Replacement = value.WithTriviaFrom(expression);
            return plan;
        }

        return null;
    }

    private static string? FindKeyProperty(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { SetMethod: not null } property && ProcessorSdks.IsKeyParameterName(property.Name))
            {
                return property.Name;
            }
        }

        return null;
    }

    private static BaseObjectCreationExpressionSyntax? LocalCreation(ILocalSymbol local, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation })
            {
                return creation;
            }
        }

        return null;
    }

    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (string word in IdentifierWords.Split(name))
        {
            if (builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(word.ToLowerInvariant());
        }

        return builder.Length == 0 ? "payment" : builder.ToString();
    }

    private static async Task<Document> ApplyAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model == null || Plan(model, invocation, cancellationToken) is not FixPlan plan)
        {
            return document;
        }

        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(plan.Target, plan.Replacement);
        if (plan.NewLocalName != null && plan.Anchor != null)
        {
            SyntaxTrivia indent = StatementInsertion.Indentation(plan.Anchor);
            SyntaxTrivia newLine = StatementInsertion.EndOfLine(plan.Anchor);
            StatementSyntax declaration = SyntaxFactory.ParseStatement(string.Format(CultureInfo.InvariantCulture, "var {0} = global::System.Guid.NewGuid().ToString();", plan.NewLocalName))
                .WithLeadingTrivia(indent, SyntaxFactory.Comment(TodoComment), newLine, indent)
                .WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            editor.InsertBefore(plan.Anchor, declaration);
        }

        return editor.GetChangedDocument();
    }
}
