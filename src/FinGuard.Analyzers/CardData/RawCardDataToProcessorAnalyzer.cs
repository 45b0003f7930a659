using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>
    /// FG1005: server code sets a processor SDK's raw card field (Stripe <c>TokenCardOptions.Number</c>/<c>Cvc</c>,
    /// <c>PaymentMethodCardOptions.Number</c>/<c>Cvc</c>; Braintree <c>CreditCardRequest.Number</c>/<c>CVV</c>; Adyen
    /// <c>CardDetails.Number</c>/<c>Cvc</c>; Checkout.com <c>RequestCardSource.Number</c>/<c>Cvv</c>...). Client-side
    /// tokenization keeps the PAN off the server (PCI DSS v4.0 SAQ A vs. SAQ D scope; requirements 3 and 4).
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class RawCardDataToProcessorAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RawCardDataToProcessor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                PaymentSdkCardMembers? members = PaymentSdkCardMembers.Resolve(start.Compilation);
                if (members == null)
                {
                    return;
                }

                start.RegisterOperationAction(c => AnalyzeAssignment(c, members), OperationKind.SimpleAssignment);
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, PaymentSdkCardMembers members)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target || !members.TryMatch(target.Property, out string processor, out _))
            {
                return;
            }

            // Clearing the field (null, default) sends nothing.
            Optional<object?> constant = assignment.Value.ConstantValue;
            if (constant.HasValue && constant.Value == null)
            {
                return;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                Descriptors.RawCardDataToProcessor,
                assignment.Syntax.GetLocation(), context.ContainingSymbol,
                target.Property.ContainingType.Name + "." + target.Property.Name,
                processor));
        }
    }
}
