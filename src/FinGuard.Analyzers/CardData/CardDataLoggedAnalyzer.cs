using System.Collections.Immutable;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>
    /// FG1003: a card number or sensitive authentication data written to ILogger (incl. <c>[LoggerMessage]</c>
    /// methods and structured arguments), Serilog, Console, Debug/Trace or an exception message, directly or
    /// through interpolation, concatenation and string.Format. Masked and tokenized values (any call result such
    /// as <c>CardMasking.Mask(pan)</c>) are not card data. PCI DSS v4.0 3.3.1, 3.4.1, 3.5.1.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class CardDataLoggedAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: "true" when the value is a string PAN that <c>CardMasking.Mask</c> can wrap.</summary>
        public const string MaskableProperty = "Maskable";

        private static readonly ImmutableDictionary<string, string?> Maskable = ImmutableDictionary<string, string?>.Empty.Add(MaskableProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CardDataLogged);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
                var analysis = new Analysis(options, new CardDataShapes(options));
                LogSinks.Create(start.Compilation).RegisterValueActions(start, analysis.OnValue);
            });
        }

        private sealed class Analysis
        {
            private readonly FinGuardOptions _options;
            private readonly CardDataShapes _shapes;

            public Analysis(FinGuardOptions options, CardDataShapes shapes)
            {
                _options = options;
                _shapes = shapes;
            }

            public void OnValue(IOperation value, string? placeholder, OperationAnalysisContext context)
            {
                if (placeholder != null && placeholder.Length > 1 && placeholder[0] == '@')
                {
                    // {@Request}: the sink writes every member of the object.
                    placeholder = placeholder.Substring(1);
                    if (value is not IInvocationOperation && !value.ConstantValue.HasValue)
                    {
                        CardMember member = _shapes.Find(value.Type);
                        if (member.Member != null)
                        {
                            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CardDataLogged, value.Syntax.GetLocation(), context.ContainingSymbol, member.DisplayName, member.Kind.Describe()));
                            return;
                        }
                    }
                }

                CardDataKind kind = CardDataValues.Classify(value, _options, out string name);
                if (kind == CardDataKind.None && placeholder != null && placeholder.Length > 0)
                {
                    // logger.LogInformation("Card {CardNumber}", x): the template names what x is, unless x's own
                    // name says it is a safe form (maskedPan, last4, token).
                    string? referenced = CardDataValues.ReferencedName(value);
                    CardDataNameOptions names = _options.GetCardDataNames(value.Syntax.SyntaxTree);
                    if (referenced != null && !CardDataNames.HasSafeForm(referenced, names))
                    {
                        CardDataKind placeholderKind = CardDataNames.Classify(placeholder, null, null, names);
                        if (placeholderKind != CardDataKind.None && CardDataTypes.CanHold(placeholderKind, value.Type))
                        {
                            kind = placeholderKind;
                            name = placeholder;
                        }
                    }
                }

                if (kind == CardDataKind.None)
                {
                    return;
                }

                bool maskable = kind == CardDataKind.Pan && value.Type?.SpecialType == SpecialType.System_String;
                context.ReportDiagnostic(FinGuardDiagnostic.Create(
                    Descriptors.CardDataLogged,
                    value.Syntax.GetLocation(), context.ContainingSymbol,
                    maskable ? Maskable : ImmutableDictionary<string, string?>.Empty,
                    name,
                    kind.Describe()));
            }
        }
    }
}
