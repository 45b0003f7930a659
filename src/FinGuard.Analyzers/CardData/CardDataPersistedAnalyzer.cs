using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>
    /// FG1004: card data persisted, serialized or returned unmasked: EF Core entity properties (types exposed as
    /// <c>DbSet&lt;T&gt;</c>), ADO.NET and Dapper parameters, <c>System.Text.Json</c>/Newtonsoft serialization, and
    /// values returned from controller actions and minimal-API results. PCI DSS v4.0 3.5.1: a stored PAN must be
    /// unreadable (token, truncation, keyed hash or strong encryption); 3.3.1: SAD may not be stored at all.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class CardDataPersistedAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Set to "true" when the flagged expression is a string card number that the fix can wrap in <c>CardMasking.Mask</c>.</summary>
        public const string MaskableProperty = "Maskable";

        /// <summary>Set to "true" on an EF Core entity property (the fix can turn it into a token member, as FG1001's does).</summary>
        public const string EntityMemberProperty = "EntityMember";

        private static readonly ImmutableDictionary<string, string?> Maskable = ImmutableDictionary<string, string?>.Empty.Add(MaskableProperty, "true");
        private static readonly ImmutableDictionary<string, string?> EntityMember = ImmutableDictionary<string, string?>.Empty.Add(EntityMemberProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CardDataPersisted);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                var analysis = new Analysis(start.Compilation, new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider));
                if (analysis.DbContext != null)
                {
                    start.RegisterSymbolAction(analysis.AnalyzeDbContext, SymbolKind.NamedType);
                }

                if (analysis.ControllerBase != null)
                {
                    start.RegisterSymbolAction(analysis.AnalyzeControllerAction, SymbolKind.Method);
                }

                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
                if (analysis.DbParameter != null || analysis.DataParameter != null)
                {
                    start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
                }
            });
        }

        private sealed class Analysis
        {
            private readonly FinGuardOptions _options;
            private readonly CardDataShapes _shapes;
            private readonly INamedTypeSymbol? _dbSet;
            private readonly INamedTypeSymbol? _jsonSerializer;
            private readonly INamedTypeSymbol? _jsonConvert;
            private readonly INamedTypeSymbol? _results;
            private readonly INamedTypeSymbol? _typedResults;
            private readonly INamedTypeSymbol? _sqlMapper;
            private readonly INamedTypeSymbol? _memoryCacheExtensions;
            private readonly INamedTypeSymbol? _distributedCacheExtensions;
            private readonly INamedTypeSymbol? _sessionExtensions;
            private readonly ConcurrentDictionary<ISymbol, byte> _reportedEntityMembers = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);

            public Analysis(Compilation compilation, FinGuardOptions options)
            {
                _options = options;
                _shapes = new CardDataShapes(options);
                DbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
                _dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
                ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
                DbParameter = compilation.GetTypeByMetadataName("System.Data.Common.DbParameter");
                DataParameter = compilation.GetTypeByMetadataName("System.Data.IDataParameter");
                _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
                _jsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
                _results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
                _typedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
                _sqlMapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
                _memoryCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Memory.CacheExtensions");
                _distributedCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");
                _sessionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.SessionExtensions");
            }

            public INamedTypeSymbol? DbContext { get; }

            public INamedTypeSymbol? ControllerBase { get; }

            public INamedTypeSymbol? DbParameter { get; }

            public INamedTypeSymbol? DataParameter { get; }

            // EF Core: every card-data property of an entity exposed through DbSet<T>, unless the context converts
            // (encrypts) or ignores it in OnModelCreating.
            public void AnalyzeDbContext(SymbolAnalysisContext context)
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (type.TypeKind != TypeKind.Class || !DerivesFrom(type.BaseType, DbContext))
                {
                    return;
                }

                HashSet<string>? protectedNames = null;
                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is not IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } setType } dbSetProperty
                        || !SymbolEqualityComparer.Default.Equals(setType.OriginalDefinition, _dbSet)
                        || setType.TypeArguments[0] is not INamedTypeSymbol entity)
                    {
                        continue;
                    }

                    protectedNames ??= ConvertedOrIgnoredProperties(type, context.CancellationToken);
                    foreach (ISymbol entityMember in entity.GetMembers())
                    {
                        if (entityMember is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || protectedNames.Contains(property.Name))
                        {
                            continue;
                        }

                        CardDataKind kind = _shapes.Classify(property, property.Type);
                        if (kind == CardDataKind.None)
                        {
                            continue;
                        }

                        // An entity of a referenced project (a project reference in the IDE, a compilation reference
                        // in the build host) has source locations in another compilation, where this one cannot report
                        // (AD0001): the finding goes on this context's DbSet, without the member fix's marker.
                        Location? location = FirstSourceLocation(property, context.Compilation);
                        bool onEntity = location != null;
                        location ??= FirstSourceLocation(dbSetProperty, context.Compilation);
                        if (location != null && _reportedEntityMembers.TryAdd(property, 0))
                        {
                            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, location, onEntity ? property : dbSetProperty, onEntity && kind == CardDataKind.Pan ? EntityMember : null, entity.Name + "." + property.Name, kind.Describe(), "EF Core (DbSet<" + entity.Name + "> " + dbSetProperty.Name + ")"));
                        }
                    }
                }
            }

            // Controller actions: a returned DTO that carries card data is serialized into the response.
            public void AnalyzeControllerAction(SymbolAnalysisContext context)
            {
                var method = (IMethodSymbol)context.Symbol;
                if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public
                    || method.ReturnsVoid || !DerivesFrom(method.ContainingType, ControllerBase) || HasAttribute(method, "NonActionAttribute"))
                {
                    return;
                }

                CardMember found = _shapes.Find(method.ReturnType);
                Location? location = FirstSourceLocation(method, context.Compilation);
                if (found.Member != null && location != null)
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, location, method, found.DisplayName, found.Kind.Describe(), "the response of " + method.Name));
                }
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                INamedTypeSymbol? type = method.ContainingType;
                if (type == null || invocation.Arguments.IsEmpty)
                {
                    return;
                }

                string? sink = null;
                string? valueParameter = null;
                if ((SymbolEqualityComparer.Default.Equals(type, _jsonSerializer) && method.Name.StartsWith("Serialize", StringComparison.Ordinal))
                    || (SymbolEqualityComparer.Default.Equals(type, _jsonConvert) && method.Name == "SerializeObject"))
                {
                    sink = type.Name + "." + method.Name;
                    valueParameter = method.Name == "SerializeObject" ? "value" : "value";
                }
                else if (IsResponseHelper(type, method.Name))
                {
                    sink = "the response (" + method.Name + ")";
                    valueParameter = "value";
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _sqlMapper))
                {
                    sink = "Dapper (" + method.Name + ")";
                    valueParameter = "param";
                }
                else if ((SymbolEqualityComparer.Default.Equals(type, _memoryCacheExtensions) && method.Name == "Set")
                         || (SymbolEqualityComparer.Default.Equals(type, _distributedCacheExtensions) && method.Name.StartsWith("SetString", StringComparison.Ordinal))
                         || (SymbolEqualityComparer.Default.Equals(type, _sessionExtensions) && method.Name == "SetString"))
                {
                    // Caches and sessions outlive the authorization: SAD there is stored SAD (PCI DSS 3.3.1).
                    sink = "a cache or session (" + method.Name + ")";
                    valueParameter = "value";
                }
                else if (method.Name == "AddWithValue" && type.Name.EndsWith("ParameterCollection", StringComparison.Ordinal))
                {
                    sink = "a SQL parameter";
                    valueParameter = "value";
                }

                if (sink == null)
                {
                    return;
                }

                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == valueParameter || (valueParameter == "value" && argument.Parameter?.Name is "data" or "obj" or "content"))
                    {
                        ReportValue(context, argument.Value, sink);
                    }
                }
            }

            // parameter.Value = pan (ADO.NET DbParameter/IDataParameter).
            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Value" } target && target.Instance?.Type is ITypeSymbol parameterType
                    && (DerivesFrom(parameterType, DbParameter) || Implements(parameterType, DataParameter)))
                {
                    ReportValue(context, assignment.Value, "a SQL parameter");
                }
            }

            private void ReportValue(OperationAnalysisContext context, IOperation value, string sink)
            {
                value = CardDataValues.Unwrap(value);
                CardDataKind kind = CardDataValues.Classify(value, _options, out string name);
                if (kind != CardDataKind.None)
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, value.Syntax.GetLocation(), context.ContainingSymbol, IsMaskable(kind, value) ? Maskable : null, name, kind.Describe(), sink));
                    return;
                }

                // new { CardNumber = pan, Amount = 10 }: the anonymous member's name or its value.
                if (value is IAnonymousObjectCreationOperation anonymous)
                {
                    foreach (IOperation initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment)
                        {
                            CardDataKind memberKind = _shapes.Classify(member.Property, member.Property.Type);
                            IOperation assigned = CardDataValues.Unwrap(assignment.Value);
                            if (memberKind == CardDataKind.None || assigned is IInvocationOperation || assigned.ConstantValue.HasValue)
                            {
                                memberKind = CardDataValues.Classify(assigned, _options, out _);
                            }

                            if (memberKind != CardDataKind.None)
                            {
                                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, assignment.Syntax.GetLocation(), context.ContainingSymbol, IsMaskable(memberKind, assigned) ? Maskable : null, member.Property.Name, memberKind.Describe(), sink));
                            }
                        }
                    }

                    return;
                }

                if (value is IInvocationOperation || value.ConstantValue.HasValue)
                {
                    // A call result (masking, tokenizing, mapping to a safe DTO) or a literal: not judged here.
                    return;
                }

                CardMember found = _shapes.Find(value.Type);
                if (found.Member != null)
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataPersisted, value.Syntax.GetLocation(), context.ContainingSymbol, found.DisplayName, found.Kind.Describe(), sink));
                }
            }

            // Only a string PAN can be masked in place; a security code or PIN may not be kept in any form (PCI DSS 3.3.1).
            private static bool IsMaskable(CardDataKind kind, IOperation value)
                => kind == CardDataKind.Pan && value.Type?.SpecialType == SpecialType.System_String;

            private bool IsResponseHelper(INamedTypeSymbol type, string name)
            {
                // Name first: this runs for every invocation, the base-type walk only for the few response helpers.
                if (name is not ("Ok" or "Json" or "Created" or "CreatedAtAction" or "CreatedAtRoute" or "Accepted" or "AcceptedAtAction" or "Content"))
                {
                    return false;
                }

                return SymbolEqualityComparer.Default.Equals(type, _results) || SymbolEqualityComparer.Default.Equals(type, _typedResults)
                    || (ControllerBase != null && DerivesFrom(type, ControllerBase));
            }

            // modelBuilder.Entity<Order>().Property(o => o.CardNumber).HasConversion(...) / .Ignore(o => o.CardNumber):
            // the column is encrypted or not mapped. Read from the context's own syntax, by property name.
            private static HashSet<string> ConvertedOrIgnoredProperties(INamedTypeSymbol context, System.Threading.CancellationToken cancellationToken)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (SyntaxReference reference in context.DeclaringSyntaxReferences)
                {
                    foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
                        {
                            continue;
                        }

                        string method = access.Name.Identifier.ValueText;
                        if (method == "Ignore" && invocation.ArgumentList.Arguments.Count == 1)
                        {
                            AddLambdaMember(invocation.ArgumentList.Arguments[0].Expression, names);
                        }
                        else if (method == "HasConversion" && access.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Property" } } property
                                 && property.ArgumentList.Arguments.Count == 1)
                        {
                            AddLambdaMember(property.ArgumentList.Arguments[0].Expression, names);
                        }
                    }
                }

                return names;
            }

            private static void AddLambdaMember(ExpressionSyntax expression, HashSet<string> names)
            {
                if (expression is LambdaExpressionSyntax { Body: MemberAccessExpressionSyntax member })
                {
                    names.Add(member.Name.Identifier.ValueText);
                }
                else if (expression is LiteralExpressionSyntax literal && literal.Token.Value is string name)
                {
                    names.Add(name);
                }
            }

            /// <summary>The symbol's first location in a tree of <paramref name="compilation"/> (not of a referenced project).</summary>
            private static Location? FirstSourceLocation(ISymbol symbol, Compilation compilation)
            {
                foreach (Location location in symbol.Locations)
                {
                    if (location.IsInSource && compilation.ContainsSyntaxTree(location.SourceTree))
                    {
                        return location;
                    }
                }

                return null;
            }

            private static bool HasAttribute(ISymbol symbol, string name)
            {
                foreach (AttributeData attribute in symbol.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == name)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
            {
                if (baseType == null)
                {
                    return false;
                }

                for (ITypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, baseType))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
            {
                if (@interface == null)
                {
                    return false;
                }

                if (SymbolEqualityComparer.Default.Equals(type, @interface))
                {
                    return true;
                }

                foreach (INamedTypeSymbol candidate in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(candidate, @interface))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
