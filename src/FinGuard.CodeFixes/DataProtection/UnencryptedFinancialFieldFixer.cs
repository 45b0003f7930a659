using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;
using FinGuard.Analyzers.DataProtection;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3001/FG3002 fix: wires FinGuard's generated AES-256-GCM converter to the property in the DbContext's
/// <c>OnModelCreating</c> (adding the override when the context has none):
/// <c>modelBuilder.Entity&lt;BankAccount&gt;().Property(e =&gt; e.Iban).HasConversion(new EncryptedStringConverter("BankAccount.Iban"));</c>
/// (the purpose string binds each value to its entity and column). Not offered without <c>AesGcm</c> (.NET Framework,
/// netstandard2.0), where FinGuard does not emit the helper.
/// with <c>using FinGuard.Security;</c> added once per file (fully qualified, <c>global::FinGuard.Security.X</c>, only
/// where the simple name would clash; see <see cref="SecurityHelperNames"/>).
/// The converter and the <c>FieldEncryption</c> helper come from FinGuard's generator; no document is added.
/// When the entity has an <c>IEntityTypeConfiguration&lt;T&gt;</c>, the line goes into its <c>Configure</c> method instead.
/// Offered for string, decimal and long properties of an entity that a DbContext in the same project maps.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedFinancialFieldFixer))]
public sealed class UnencryptedFinancialFieldFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG3001.EncryptWithConverter";
    internal const string BalanceEquivalenceKey = "FinGuard.FG3002.EncryptWithConverter";

    private static readonly SyntaxAnnotation Edited = new SyntaxAnnotation("FinGuard.ConverterLines");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnencryptedFinancialField, RuleIds.UnencryptedBalanceOrAmount);

    public UnencryptedFinancialFieldFixer()
        : base(EquivalenceKey, BalanceEquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => ConverterFixAllProvider.Instance;

    // The converter Fix All plans every finding's converter line together, with one action per finding.
    protected internal override bool FixAllChoosesPerDiagnostic => true;

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        Diagnostic diagnostic = site.Diagnostic;
        Target? target = await FindTargetAsync(site.Document, diagnostic, site.CancellationToken).ConfigureAwait(false);
        if (target == null)
        {
            return;
        }

        Solution solution = site.Document.Project.Solution;
        site.Register(CodeAction.Create(
            $"Encrypt '{target.PropertyName}' with FinGuard's {target.Converter} (AES-256-GCM)",
            ct => ApplyAsync(solution, new[] { target }, ct),
            diagnostic.Id == RuleIds.UnencryptedBalanceOrAmount ? BalanceEquivalenceKey : EquivalenceKey));
    }

    internal static async Task<Target?> FindTargetAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(UnencryptedFinancialFieldAnalyzer.ConverterProperty, out string? converter) || converter == null)
        {
            return null;
        }

        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan) || !WeakEncryptionFixer.HasAesGcm(model.Compilation))
        {
            return null;
        }

        SyntaxToken token = root.FindToken(diagnostic.Location.SourceSpan.Start);
        ISymbol? declared = token.Parent == null ? null : model.GetDeclaredSymbol(token.Parent, cancellationToken);
        IPropertySymbol? property = declared switch
        {
            IPropertySymbol p => p,
            IParameterSymbol parameter => parameter.ContainingType?.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault(),
            _ => null,
        };
        if (property == null)
        {
            return null;
        }

        INamedTypeSymbol? dbContextType = model.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
        INamedTypeSymbol? dbSetType = model.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
        if (dbContextType == null || dbSetType == null)
        {
            return null;
        }

        // The entity the property is mapped on: its own type, or a derived entity that a context maps.
        INamedTypeSymbol declaringType = property.ContainingType;
        Solution solution = document.Project.Solution;
        (string Path, int Position) order = (diagnostic.Location.SourceTree?.FilePath ?? "", diagnostic.Location.SourceSpan.Start);

        // An IEntityTypeConfiguration<T> for the entity is where its mapping lives: configure the converter there.
        INamedTypeSymbol? configurationType = model.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1");
        if (configurationType != null)
        {
            foreach (Document candidate in document.Project.Documents.OrderBy(d => d.FilePath ?? d.Name, System.StringComparer.Ordinal))
            {
                Microsoft.CodeAnalysis.Text.SourceText text = await candidate.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (text.ToString().IndexOf("IEntityTypeConfiguration", System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                SyntaxNode? candidateRoot = await candidate.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? candidateModel = await candidate.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (candidateRoot == null || candidateModel == null)
                {
                    continue;
                }

                foreach (ClassDeclarationSyntax declaration in candidateRoot.DescendantNodes().OfType<ClassDeclarationSyntax>())
                {
                    if (candidateModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol configuration)
                    {
                        continue;
                    }

                    foreach (INamedTypeSymbol @interface in configuration.Interfaces)
                    {
                        if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, configurationType)
                            && @interface.TypeArguments[0] is INamedTypeSymbol configured && DerivesFromOrEquals(configured, declaringType))
                        {
                            return new Target(configuration, configured, property.Name, converter, order, IsConfiguration: true);
                        }
                    }
                }
            }
        }

        IEnumerable<INamedTypeSymbol> contexts = await SymbolFinder.FindDerivedClassesAsync(dbContextType, solution, transitive: true, ImmutableHashSet.Create(document.Project), cancellationToken).ConfigureAwait(false);
        foreach (INamedTypeSymbol context in contexts.OrderBy(c => c.ToDisplayString(), System.StringComparer.Ordinal))
        {
            if (!context.Locations.Any(l => l.IsInSource))
            {
                continue;
            }

            INamedTypeSymbol? entity = FindMappedEntity(context, declaringType, dbSetType);
            if (entity != null)
            {
                return new Target(context, entity, property.Name, converter, order, IsConfiguration: false);
            }
        }

        return null;
    }

    private static bool DerivesFromOrEquals(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static INamedTypeSymbol? FindMappedEntity(INamedTypeSymbol context, INamedTypeSymbol declaringType, INamedTypeSymbol dbSetType)
    {
        for (INamedTypeSymbol? current = context; current != null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } setType }
                    && SymbolEqualityComparer.Default.Equals(setType.OriginalDefinition, dbSetType)
                    && setType.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    for (INamedTypeSymbol? type = entity; type != null; type = type.BaseType)
                    {
                        if (SymbolEqualityComparer.Default.Equals(type, declaringType))
                        {
                            return entity;
                        }
                    }
                }
            }
        }

        // Entities configured only in OnModelCreating: Entity<T>() names the type in the context's source.
        foreach (SyntaxReference reference in context.DeclaringSyntaxReferences)
        {
            foreach (GenericNameSyntax generic in reference.GetSyntax().DescendantNodes().OfType<GenericNameSyntax>())
            {
                if (generic.Identifier.ValueText == "Entity" && generic.TypeArgumentList.Arguments.Count == 1
                    && generic.TypeArgumentList.Arguments[0] is TypeSyntax typeArgument
                    && LastIdentifier(typeArgument) == declaringType.Name)
                {
                    return declaringType;
                }
            }
        }

        return null;
    }

    private static string? LastIdentifier(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Adds one HasConversion line per target to each context's OnModelCreating, computed against the original solution.</summary>
    internal static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<Target> targets, CancellationToken cancellationToken)
    {
        foreach (IGrouping<ISymbol, Target> group in targets.GroupBy(t => (ISymbol)t.Context, SymbolEqualityComparer.Default))
        {
            var context = (INamedTypeSymbol)group.Key;
            bool isConfiguration = group.First().IsConfiguration;
            string methodName = isConfiguration ? "Configure" : "OnModelCreating";
            List<Target> distinct = group.GroupBy(t => (Entity: t.Entity.ToDisplayString(), t.PropertyName)).Select(g => g.First())
                .OrderBy(t => t.Order.Path, System.StringComparer.Ordinal).ThenBy(t => t.Order.Position).ToList();

            // Prefer the partial part that already has OnModelCreating; otherwise the first part.
            ClassDeclarationSyntax? classDeclaration = null;
            MethodDeclarationSyntax? onModelCreating = null;
            foreach (SyntaxReference reference in context.DeclaringSyntaxReferences)
            {
                if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ClassDeclarationSyntax candidate)
                {
                    continue;
                }

                classDeclaration ??= candidate;
                MethodDeclarationSyntax? method = candidate.Members.OfType<MethodDeclarationSyntax>()
                    .FirstOrDefault(m => m.Identifier.ValueText == methodName && m.ParameterList.Parameters.Count == 1);
                if (method != null)
                {
                    classDeclaration = candidate;
                    onModelCreating = method;
                    break;
                }
            }

            if (classDeclaration == null || (isConfiguration && onModelCreating == null))
            {
                continue;
            }

            Document? document = solution.GetDocument(classDeclaration.SyntaxTree);
            SyntaxNode? root = document == null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document == null || root == null)
            {
                continue;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model == null)
            {
                continue;
            }

            // Where the lines go: the end of the method's body, or of the class when the override is added.
            int position = onModelCreating?.Body?.CloseBraceToken.SpanStart ?? onModelCreating?.SpanStart ?? classDeclaration.CloseBraceToken.SpanStart;
            var simple = new Dictionary<string, bool>();
            foreach (string converter in distinct.Select(t => t.Converter).Distinct())
            {
                simple[converter] = SecurityHelperNames.CanUseSimpleName(model, position, converter, cancellationToken);
            }

            string newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString();
            newLine = newLine.Length == 0 ? "\n" : newLine;
            SyntaxNode newRoot;
            if (onModelCreating != null)
            {
                string parameter = onModelCreating.ParameterList.Parameters[0].Identifier.ValueText;
                IEnumerable<StatementSyntax> statements = distinct.Select(t => CreateStatement(parameter, t, newLine, isConfiguration, simple[t.Converter]));
                BlockSyntax body;
                if (onModelCreating.Body != null)
                {
                    body = onModelCreating.Body.AddStatements(statements.ToArray());
                }
                else if (onModelCreating.ExpressionBody?.Expression is InvocationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax)
                {
                    body = SyntaxFactory.Block(new StatementSyntax[] { SyntaxFactory.ExpressionStatement(onModelCreating.ExpressionBody!.Expression) }.Concat(statements));
                }
                else
                {
                    continue;
                }

                MethodDeclarationSyntax updated = onModelCreating
                    .WithBody(body.WithAdditionalAnnotations(Formatter.Annotation))
                    .WithExpressionBody(null)
                    .WithSemicolonToken(default);
                newRoot = root.ReplaceNode(onModelCreating, updated.WithAdditionalAnnotations(Edited));
            }
            else
            {
                var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                    "protected override void OnModelCreating(global::Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder)" + newLine + "{" + newLine + "base.OnModelCreating(modelBuilder);" + newLine + "}" + newLine)!;
                method = method.AddBodyStatements(distinct.Select(t => CreateStatement("modelBuilder", t, newLine, isConfiguration: false, simple[t.Converter])).ToArray());
                // Simplify the ModelBuilder parameter type only: the helper names are already as they should stay.
                method = method.ReplaceNode(method.ParameterList.Parameters[0].Type!, method.ParameterList.Parameters[0].Type!.WithAdditionalAnnotations(Simplifier.Annotation));
                method = method
                    .WithLeadingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.ElasticMarker)
                    .WithAdditionalAnnotations(Formatter.Annotation, Edited);
                newRoot = root.ReplaceNode(classDeclaration, classDeclaration.AddMembers(method));
            }

            if (simple.Values.Any(s => s))
            {
                // Once per document, however many lines were added (Fix All included).
                newRoot = SecurityHelperNames.AddImport(newRoot, newRoot.GetAnnotatedNodes(Edited).First().SpanStart);
            }

            solution = solution.WithDocumentSyntaxRoot(document.Id, newRoot);
        }

        return solution;
    }

    private static StatementSyntax CreateStatement(string builder, Target target, string newLine, bool isConfiguration, bool simpleConverter)
    {
        string entity = target.Entity.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string receiver = isConfiguration ? builder : $"{builder}.Entity<{entity}>()";
        string converter = SecurityHelperNames.TypeName(target.Converter, simpleConverter).ToString();
        // The purpose binds each value to its entity and column (associated data): a value copied elsewhere fails to decrypt.
        string purpose = SyntaxFactory.Literal(target.Entity.Name + "." + target.PropertyName).Text;
        string text = $"{receiver}.Property(e => e.{target.PropertyName}).HasConversion(new {converter}({purpose}));";
        StatementSyntax statement = SyntaxFactory.ParseStatement(text);

        // Only the entity's name is simplified (global::Shop.Payee → Payee): the converter is named as decided above.
        TypeSyntax? entityType = statement.DescendantNodes().OfType<GenericNameSyntax>()
            .FirstOrDefault(g => g.Identifier.ValueText == "Entity" && g.TypeArgumentList.Arguments.Count == 1)?.TypeArgumentList.Arguments[0];
        if (!isConfiguration && entityType != null)
        {
            statement = statement.ReplaceNode(entityType, entityType.WithAdditionalAnnotations(Simplifier.Annotation));
        }

        return statement
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <param name="Context">The DbContext, or the IEntityTypeConfiguration class when <paramref name="IsConfiguration"/>.</param>
    /// <param name="Order">Where the finding is: Fix All writes the lines in source order, as one-by-one fixes would.</param>
    internal sealed record Target(INamedTypeSymbol Context, INamedTypeSymbol Entity, string PropertyName, string Converter, (string Path, int Position) Order, bool IsConfiguration);

    /// <summary>Fix All: gathers every finding in scope and writes all converter lines per context in one edit.</summary>
    private sealed class ConverterFixAllProvider : FixAllProvider
    {
        public static readonly ConverterFixAllProvider Instance = new ConverterFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                "Encrypt sensitive columns with FinGuard's converters",
                ct => FixAllAsync(fixAllContext, ct),
                fixAllContext.CodeActionEquivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var diagnostics = await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false);

            var targets = new List<Target>();
            foreach ((Document document, Diagnostic diagnostic) in diagnostics)
            {
                Target? target = await FindTargetAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (target != null)
                {
                    targets.Add(target);
                }
            }

            return await ApplyAsync(context.Solution, targets, cancellationToken).ConfigureAwait(false);
        }

    }
}
