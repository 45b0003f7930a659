using System.Text.RegularExpressions;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor MutableAuditRecord = RuleFactory.Create(
        RuleIds.MutableAuditRecord,
        title: "Audit records can be changed by the application",
        messageFormat: "{0}: keep audit records append-only (insert only, init-only or private setters, no update or delete) and detect tampering with a hash chain such as FinGuard's AuditTrail",
        category: RuleFactory.AccessAuditCategory,
        description: "Audit logs are evidence only while nobody can rewrite them: an update or delete on the audit table, or an audit entity whose properties anyone can set, lets the application (or an attacker inside it) change the history of who moved money. PCI DSS v4.0 requirements 10.3.2 and 10.3.4.");
}

/// <summary>
/// FG5003: audit records that the application can change. Reported on updates and deletes of an audit entity
/// (EF Core <c>DbSet&lt;AuditLog&gt;.Update/Remove</c>, <c>DbContext.Update/Remove(auditEntry)</c>,
/// <c>ExecuteUpdate/ExecuteDelete</c> on an audit query, SQL text that updates or deletes from an audit table) and on
/// public setters of an audit entity. An audit entity is a type named like an audit log (<c>AuditLog</c>,
/// <c>PaymentAuditEntry</c>) that is an EF Core entity (a <c>DbSet&lt;T&gt;</c> property) or one configured in
/// <c>finguard.audit.entity_types</c>; a DTO named like one is not.
/// </summary>
public sealed class MutableAuditRecordAnalyzer : DiagnosticAnalyzer
{
    // UPDATE audit_log / DELETE FROM [dbo].[AuditEntries] / TRUNCATE TABLE AuditTrail
    private static readonly Regex ChangingSql = new Regex(
        @"\b(UPDATE|DELETE\s+FROM|DELETE|TRUNCATE\s+TABLE)\s+(\[?\w+\]?\.)?[\[""`]?\w*audit\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MutableAuditRecord);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? dbSet = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            INamedTypeSymbol? dbContext = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            var entities = new AuditEntities(start.Compilation, dbSet, start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, dbSet, dbContext, entities), OperationKind.Invocation);
            start.RegisterSymbolAction(c => AnalyzeType(c, entities), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol? dbSet, INamedTypeSymbol? dbContext, AuditEntities entities)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        string name = method.Name;
        bool changes = name is "Update" or "UpdateRange" or "Remove" or "RemoveRange";
        bool bulk = name is "ExecuteUpdate" or "ExecuteUpdateAsync" or "ExecuteDelete" or "ExecuteDeleteAsync";
        INamedTypeSymbol? containing = method.ContainingType;
        if (containing == null)
        {
            return;
        }

        ITypeSymbol? entity = null;
        if (changes && dbSet != null && SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, dbSet))
        {
            entity = containing.TypeArguments[0];
        }
        else if (changes && dbContext != null && DerivesFromOrIs(containing, dbContext))
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                ITypeSymbol? type = WrappedValues.StripOrNull(argument.Value)?.Type;
                if (type is IArrayTypeSymbol array)
                {
                    type = array.ElementType;
                }

                if (type != null && entities.IsAuditEntity(type, context.Operation.Syntax.SyntaxTree, requireEntityEvidence: false))
                {
                    entity = type;
                    break;
                }
            }
        }
        else if (bulk && method.IsGenericMethod && method.TypeArguments.Length > 0)
        {
            entity = method.TypeArguments[0];
        }

        if (entity != null && entities.IsAuditEntity(entity, context.Operation.Syntax.SyntaxTree, requireEntityEvidence: false))
        {
            string verb = name.StartsWith("Remove", StringComparison.Ordinal) || name.StartsWith("ExecuteDelete", StringComparison.Ordinal) ? "deletes" : "updates";
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.MutableAuditRecord, invocation.Syntax.GetLocation(), context.ContainingSymbol,
                $"'{containing.Name}.{name}' {verb} '{entity.Name}' audit records"));
            return;
        }

        // Raw SQL through EF Core (ExecuteSqlRaw/ExecuteSql/ExecuteSqlInterpolated), Dapper (Execute/ExecuteAsync) or ADO.NET helpers.
        if (name.StartsWith("Execute", StringComparison.Ordinal))
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string sql } && ChangingSql.IsMatch(sql))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.MutableAuditRecord, argument.Value.Syntax.GetLocation(), context.ContainingSymbol,
                        $"'{name}' runs SQL that changes or deletes audit records"));
                    return;
                }
            }
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, AuditEntities entities)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || type.IsStatic || type.Locations.IsEmpty
            || !entities.IsAuditEntity(type, type.Locations[0].SourceTree, requireEntityEvidence: true))
        {
            return;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            switch (member)
            {
                case IPropertySymbol { SetMethod: { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false } setter, IsStatic: false } property
                    when property.DeclaredAccessibility == Accessibility.Public && !setter.Locations.IsEmpty && setter.Locations[0].IsInSource:
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.MutableAuditRecord, setter.Locations[0], setter,
                        $"'{type.Name}.{property.Name}' has a public setter, so audit records can be changed after they are written"));
                    break;
                case IFieldSymbol { DeclaredAccessibility: Accessibility.Public, IsReadOnly: false, IsConst: false, IsStatic: false, IsImplicitlyDeclared: false } field:
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.MutableAuditRecord, field.Locations[0], field,
                        $"'{type.Name}.{field.Name}' is a public writable field, so audit records can be changed after they are written"));
                    break;
            }
        }
    }

    private static bool DerivesFromOrIs(INamedTypeSymbol type, INamedTypeSymbol baseType)
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

    /// <summary>Which types are audit entities: configured ones, and audit-named types that a <c>DbSet&lt;T&gt;</c> property persists.</summary>
    private sealed class AuditEntities
    {
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly Lazy<HashSet<ITypeSymbol>> _persisted;

        public AuditEntities(Compilation compilation, INamedTypeSymbol? dbSet, AnalyzerConfigOptionsProvider options)
        {
            _options = options;
            _persisted = new Lazy<HashSet<ITypeSymbol>>(() => FindPersisted(compilation, dbSet));
        }

        public bool IsAuditEntity(ITypeSymbol type, SyntaxTree? tree, bool requireEntityEvidence)
        {
            if (type is INamedTypeSymbol named && AccessAuditOptions.NamesType(AccessAuditOptions.GetList(_options, tree, AccessAuditOptions.AuditEntityTypesKey), named))
            {
                return true;
            }

            if (!AccessAuditOptions.IsAuditName(type.Name))
            {
                return false;
            }

            return !requireEntityEvidence || _persisted.Value.Contains(type.OriginalDefinition);
        }

        // DbSet<T> properties whose entity type is named like an audit log. Found in the syntax of type declarations
        // (member declarations only, never bodies) of the files whose text has "DbSet<", and only audit-named
        // candidates are bound. Searching the declaration table for members named like audit sets completed the
        // members of every type with a matching name and allocated more than all other FG5 work on a real storefront
        // (issue #26).
        private static HashSet<ITypeSymbol> FindPersisted(Compilation compilation, INamedTypeSymbol? dbSet)
        {
            var result = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            if (dbSet == null)
            {
                return result;
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (!TreeText.Contains(tree, "DbSet<"))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    if (node is not PropertyDeclarationSyntax property || SetElementName(property.Type) is not { } element || !AccessAuditOptions.IsAuditName(element))
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Only DbSet<audit-named> property declarations are bound, once per compilation.
                    model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (model.GetDeclaredSymbol(property) is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } propertyType }
                        && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, dbSet)
                        && AccessAuditOptions.IsAuditName(propertyType.TypeArguments[0].Name))
                    {
                        result.Add(propertyType.TypeArguments[0].OriginalDefinition);
                    }
                }
            }

            return result;
        }

        // DbSet<AuditLog>, Microsoft.EntityFrameworkCore.DbSet<Audit.Entry>: the element type's simple name.
        private static string? SetElementName(TypeSyntax type)
        {
            GenericNameSyntax? generic = type switch
            {
                GenericNameSyntax g => g,
                QualifiedNameSyntax { Right: GenericNameSyntax g } => g,
                _ => null,
            };
            if (generic == null || generic.Identifier.ValueText != "DbSet" || generic.TypeArgumentList.Arguments.Count != 1)
            {
                return null;
            }

            return generic.TypeArgumentList.Arguments[0] switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                _ => null,
            };
        }
    }
}
