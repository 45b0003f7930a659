using FinGuard.Analyzers;
using FinGuard.Analyzers.Secrets;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace FinGuard.CodeFixes.Secrets;

/// <summary>
/// FG4001/FG4002 fix: replaces the secret literal with a read that fails loudly when the value is missing:
/// <c>configuration["Stripe:SecretKey"] ?? throw new InvalidOperationException(...)</c> when an
/// <c>IConfiguration</c> is in scope, else <c>Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw ...</c>.
/// The key is named after the SDK slot or the key's format. Not offered where C# needs a constant (const fields,
/// attribute arguments, default parameter values, case labels).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretLiteralFixer))]
public sealed class SecretLiteralFixer : FinGuardCodeFixProvider
{
    private const string ConfigurationTypeName = "Microsoft.Extensions.Configuration.IConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SecretLiteral, RuleIds.StripeTestKeyLiteral);

    public SecretLiteralFixer()
        : base(EquivalenceKey)
    {
    }

    // One key for FG4001 and FG4002, so that Fix All replaces live and test keys in one pass.
    internal const string EquivalenceKey = "FinGuard.FG4001.ReadFromConfiguration";

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        Diagnostic diagnostic = site.Diagnostic;
        if (!diagnostic.Properties.TryGetValue(SecretLiteralAnalyzer.ConfigKeyProperty, out string? configKey) || configKey == null
            || !diagnostic.Properties.TryGetValue(SecretLiteralAnalyzer.EnvVarProperty, out string? envVar) || envVar == null
            || site.Node is not ExpressionSyntax literal
            || !(literal.IsKind(SyntaxKind.StringLiteralExpression) || literal is IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || RequiresConstant(literal))
        {
            return;
        }

        Document document = site.Document;
        string? configuration = await FindConfigurationAsync(document, literal, site.CancellationToken).ConfigureAwait(false);
        string title = configuration != null
            ? $"Read the secret from configuration '{configKey}'"
            : $"Read the secret from environment variable '{envVar}'";
        site.Register(CodeAction.Create(title, ct => ReplaceAsync(document, literal, configKey, envVar, ct), EquivalenceKey));
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax literal, string configKey, string envVar, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return document;
        }

        string? configuration = await FindConfigurationAsync(document, literal, cancellationToken).ConfigureAwait(false);
        ExpressionSyntax read = configuration != null
            ? ElementAccessExpression(ParseExpression(configuration))
                .WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(StringLiteral(configKey)))))
            : InvocationExpression(ParseExpression("global::System.Environment.GetEnvironmentVariable").WithAdditionalAnnotations(Simplifier.Annotation))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLiteral(envVar)))));
        string message = configuration != null
            ? $"Configure '{configKey}'"
            : $"Set the {envVar} environment variable";

        ExpressionSyntax replacement = BinaryExpression(
            SyntaxKind.CoalesceExpression,
            read,
            ThrowExpression(ObjectCreationExpression(ParseTypeName("global::System.InvalidOperationException").WithAdditionalAnnotations(Simplifier.Annotation))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLiteral(message)))))));

        if (NeedsParentheses(literal))
        {
            replacement = ParenthesizedExpression(replacement);
        }

        replacement = replacement.WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    private static LiteralExpressionSyntax StringLiteral(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    // Positions where a '??' expression stands as is; anywhere else (member access, operators) it is parenthesized.
    private static bool NeedsParentheses(ExpressionSyntax literal) => literal.Parent switch
    {
        ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or InitializerExpressionSyntax
            or AnonymousObjectMemberDeclaratorSyntax or ParenthesizedExpressionSyntax => false,
        AssignmentExpressionSyntax assignment => assignment.Left == literal,
        _ => true,
    };

    private static bool RequiresConstant(SyntaxNode literal)
    {
        for (SyntaxNode? node = literal.Parent; node != null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case ParameterSyntax:
                    return true;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.ConstKeyword);
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>An <c>IConfiguration</c> variable or member usable at the literal (<c>configuration</c>, <c>builder.Configuration</c>), or null.</summary>
    internal static async Task<string?> FindConfigurationAsync(Document document, SyntaxNode literal, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        INamedTypeSymbol? configurationType = model?.Compilation.GetTypeByMetadataName(ConfigurationTypeName);
        if (model == null || configurationType == null)
        {
            return null;
        }

        int position = literal.SpanStart;
        bool instanceContext = IsInstanceContext(model, literal, position, cancellationToken);
        string? member = null;
        foreach (ISymbol symbol in model.LookupSymbols(position))
        {
            switch (symbol)
            {
                case ILocalSymbol local when IsConfiguration(local.Type, configurationType) && IsDeclaredBefore(local, position):
                    return local.Name;
                case IParameterSymbol parameter when IsConfiguration(parameter.Type, configurationType):
                    return parameter.Name;
                case IFieldSymbol field when member == null && IsConfiguration(field.Type, configurationType) && (field.IsStatic || instanceContext):
                    member = field.Name;
                    break;
                case IPropertySymbol property when member == null && !property.IsIndexer && property.GetMethod != null && IsConfiguration(property.Type, configurationType) && (property.IsStatic || instanceContext):
                    member = property.Name;
                    break;
            }
        }

        if (member != null)
        {
            return member;
        }

        // Minimal hosting and host builders: builder.Configuration, app.Configuration, context.Configuration.
        foreach (ISymbol symbol in model.LookupSymbols(position))
        {
            ITypeSymbol? type = symbol switch
            {
                ILocalSymbol local when IsDeclaredBefore(local, position) => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };

            if (type != null && HasConfigurationProperty(type, configurationType))
            {
                return symbol.Name + ".Configuration";
            }
        }

        return null;
    }

    private static bool HasConfigurationProperty(ITypeSymbol type, INamedTypeSymbol configurationType)
    {
        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers("Configuration"))
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property
                    && IsConfiguration(property.Type, configurationType))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configurationType)
    {
        if (SymbolEqualityComparer.Default.Equals(type, configurationType))
        {
            return true;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(@interface, configurationType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredBefore(ILocalSymbol local, int position)
    {
        foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
        {
            if (reference.Span.End > position)
            {
                return false;
            }
        }

        return true;
    }

    // Instance members are usable in a non-static method, accessor or constructor body, but not in field
    // initializers, constructor initializers (': base(...)') or static local functions and lambdas.
    private static bool IsInstanceContext(SemanticModel model, SyntaxNode literal, int position, CancellationToken cancellationToken)
    {
        for (SyntaxNode? node = literal.Parent; node != null; node = node.Parent)
        {
            if (node is ConstructorInitializerSyntax)
            {
                return false;
            }
        }

        ISymbol? enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
        {
            if (function.IsStatic)
            {
                return false;
            }

            enclosing = function.ContainingSymbol;
        }

        return enclosing is IMethodSymbol method && !method.IsStatic;
    }
}
