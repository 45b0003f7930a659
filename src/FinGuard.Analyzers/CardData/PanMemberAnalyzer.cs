using System.Collections.Generic;
using System.Collections.Immutable;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>
    /// FG1001: a field, property, parameter or record member that holds a full card number (PAN).
    /// PCI DSS v4.0 3.2/3.5: the server should hold a processor token, never the PAN.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class PanMemberAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PanMember);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
                start.RegisterSymbolAction(c => AnalyzeField(c, options), SymbolKind.Field);
                start.RegisterSymbolAction(c => AnalyzeProperty(c, options), SymbolKind.Property);
                start.RegisterSymbolAction(c => AnalyzeMethodParameters(c, options), SymbolKind.Method);
            });
        }

        private static void AnalyzeField(SymbolAnalysisContext context, FinGuardOptions options)
        {
            var field = (IFieldSymbol)context.Symbol;
            if (field.IsImplicitlyDeclared || field.IsConst)
            {
                // Backing fields are reported through their property; a const PAN is a literal (the Luhn rule's job).
                return;
            }

            ReportIfPan(context, field, field.Type, options);
        }

        private static void AnalyzeProperty(SymbolAnalysisContext context, FinGuardOptions options)
        {
            var property = (IPropertySymbol)context.Symbol;
            if (property.IsImplicitlyDeclared || property.IsOverride || property.ExplicitInterfaceImplementations.Length > 0 || property.IsIndexer)
            {
                return;
            }

            // Positional record members are declared by the primary-constructor parameter; report that once.
            if (IsDeclaredByParameter(property))
            {
                return;
            }

            ReportIfPan(context, property, property.Type, options);
        }

        private static void AnalyzeMethodParameters(SymbolAnalysisContext context, FinGuardOptions options)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.IsImplicitlyDeclared || method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0 || method.Parameters.IsEmpty)
            {
                return;
            }

            switch (method.MethodKind)
            {
                case MethodKind.Ordinary:
                case MethodKind.Constructor:
                case MethodKind.DelegateInvoke:
                case MethodKind.LocalFunction:
                    break;
                default:
                    // Accessors ('value'), operators and conversions carry no names of their own.
                    return;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (!parameter.IsImplicitlyDeclared && CardDataTypes.CanHoldPan(parameter.Type)
                    && CardDataNames.Classify(parameter.Name, null, null, options.GetCardDataNames(parameter.Locations.Length > 0 ? parameter.Locations[0].SourceTree : null)) == CardDataKind.Pan
                    && !ImplementsInterfaceMember(method))
                {
                    Report(context, parameter);
                }
            }
        }

        private static void ReportIfPan(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, FinGuardOptions options)
        {
            if (!CardDataTypes.CanHoldPan(type) || member.Locations.Length == 0)
            {
                return;
            }

            CardDataNameOptions names = options.GetCardDataNames(member.Locations[0].SourceTree);
            if (CardDataNames.Classify(member.Name, member.ContainingType?.Name, SiblingNames(member), names) == CardDataKind.Pan)
            {
                Report(context, member);
            }
        }

        private static IEnumerable<string> SiblingNames(ISymbol member)
        {
            // Only consulted for bare names such as "Number"; lazily enumerated so other members pay nothing.
            if (member.ContainingType == null)
            {
                yield break;
            }

            foreach (string name in member.ContainingType.MemberNames)
            {
                yield return name;
            }
        }

        private static bool IsDeclaredByParameter(IPropertySymbol property)
        {
            foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is ParameterSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        // An implementation's parameter names follow the interface; report the interface's declaration instead.
        private static bool ImplementsInterfaceMember(IMethodSymbol method)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type == null || method.MethodKind != MethodKind.Ordinary)
            {
                return false;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                foreach (ISymbol candidate in @interface.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void Report(SymbolAnalysisContext context, ISymbol symbol)
        {
            foreach (Location location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.PanMember, location, symbol.Name));
                    return;
                }
            }
        }
    }
}
