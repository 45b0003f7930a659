using System;
using System.Collections.Immutable;
using System.Threading;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.DataProtection
{
    /// <summary>
    /// FG3001 (account numbers, IBAN, routing numbers and sort codes, social security, national and tax ids) and
    /// FG3002 (balances and amounts): a property of an EF Core entity that holds such data and is stored without an
    /// encrypting value converter. Entities and conversions come from <see cref="EfEntityIndex"/>; a property is also
    /// protected by an attribute named like encryption (<c>[Encrypted]</c>) or one configured in
    /// <c>finguard.data_protection.encrypting_converters</c>, and <c>[NotMapped]</c> properties are not stored.
    /// One analyzer serves both rules because they share the entity index. PCI DSS v4.0 3.5–3.7.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnencryptedFinancialFieldAnalyzer : DiagnosticAnalyzer
    {
        internal const string ConverterProperty = "Converter";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnencryptedFinancialField, Descriptors.UnencryptedBalanceOrAmount);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext") == null)
                {
                    return;
                }

                var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
                Compilation compilation = start.Compilation;

                // Built on the first property whose name is sensitive: most compilations never pay for it.
                var index = new Lazy<EfEntityIndex>(() => EfEntityIndex.Build(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSymbolAction(c => AnalyzeProperty(c, options, index), SymbolKind.Property);
            });
        }

        /// <summary>Name of FinGuard's generated converter for a property type, or null when there is none.</summary>
        internal static string? ConverterFor(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType switch
            {
                SpecialType.System_String => "EncryptedStringConverter",
                SpecialType.System_Decimal => "EncryptedDecimalConverter",
                SpecialType.System_Int64 => "EncryptedInt64Converter",
                _ => null,
            };
        }

        private static void AnalyzeProperty(SymbolAnalysisContext context, FinGuardOptions options, Lazy<EfEntityIndex> index)
        {
            var property = (IPropertySymbol)context.Symbol;
            if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared || property.IsOverride || property.SetMethod == null
                || property.Locations.Length == 0 || !property.Locations[0].IsInSource
                || property.ContainingType is not { TypeKind: TypeKind.Class } type)
            {
                return;
            }

            Location location = property.Locations[0];
            DataProtectionNameOptions names = options.GetDataProtectionNames(location.SourceTree);
            FinancialDataKind kind = FinancialDataNames.Classify(property.Name, type.Name, names);
            if (kind == FinancialDataKind.None || !CanHold(property.Type, kind))
            {
                return;
            }

            EfEntityIndex entities = index.Value;
            if (!entities.IsEntity(type.Name) || entities.IsProtected(type.Name, property.Name) || HasProtectingAttribute(property, names))
            {
                return;
            }

            string? converter = ConverterFor(property.Type);
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(ConverterProperty, converter);
            context.ReportDiagnostic(kind == FinancialDataKind.BalanceOrAmount
                ? Diagnostic.Create(Descriptors.UnencryptedBalanceOrAmount, location, properties, property.Name, converter ?? "EncryptedDecimalConverter")
                : Diagnostic.Create(Descriptors.UnencryptedFinancialField, location, properties, property.Name, FinancialDataNames.Describe(kind), converter ?? "EncryptedStringConverter"));
        }

        private static bool CanHold(ITypeSymbol type, FinancialDataKind kind)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return kind != FinancialDataKind.BalanceOrAmount;
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Int32:
                    return true;
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    return kind == FinancialDataKind.BalanceOrAmount;
                default:
                    return false;
            }
        }

        private static bool HasProtectingAttribute(IPropertySymbol property, DataProtectionNameOptions names)
        {
            foreach (AttributeData attribute in property.GetAttributes())
            {
                string? name = attribute.AttributeClass?.Name;
                if (name != null && (name == "NotMappedAttribute" || EfEntityIndex.NamesEncryption(name) || names.IsConfiguredEncryptingConverter(name)))
                {
                    return true;
                }
            }

            // Positional record members carry their attributes on the parameter ([property: Encrypted] or [Encrypted]).
            foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is ParameterSyntax parameter)
                {
                    foreach (AttributeListSyntax list in parameter.AttributeLists)
                    {
                        foreach (AttributeSyntax attribute in list.Attributes)
                        {
                            string? name = EfEntityIndex.LastIdentifier(attribute.Name);
                            if (name != null && (name is "NotMapped" || EfEntityIndex.NamesEncryption(name) || names.IsConfiguredEncryptingConverter(name)))
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
        }
    }
}
