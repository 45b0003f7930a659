using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor RawCardDataToProcessor = RuleFactory.Create(
            RuleIds.RawCardDataToProcessor,
            title: "Raw card data is sent to the processor from the server",
            messageFormat: "'{0}' sends raw card data to {1} from the server: collect the card with the processor's client-side tokenization and send only the token or payment method id",
            category: RuleFactory.CardDataCategory,
            description: "Creating tokens or payment methods from raw card numbers on the server puts the whole server in PCI DSS scope (SAQ D instead of SAQ A) and requires requirement 3 and 4 controls for every hop. Use Stripe.js/Elements, Braintree Drop-in/Hosted Fields, Adyen Web/Client-side encryption or Checkout.com Frames.");
    }

    /// <summary>
    /// FG1005: server code sets a processor SDK's raw card field (Stripe <c>TokenCardOptions.Number</c>/<c>Cvc</c>,
    /// <c>PaymentMethodCardOptions.Number</c>/<c>Cvc</c>; Braintree <c>CreditCardRequest.Number</c>/<c>CVV</c>; Adyen
    /// <c>CardDetails.Number</c>/<c>Cvc</c>; Checkout.com <c>RequestCardSource.Number</c>/<c>Cvv</c>...). Client-side
    /// tokenization keeps the PAN off the server (PCI DSS v4.0 SAQ A vs. SAQ D scope; requirements 3 and 4).
    /// </summary>
    // Hosted by FinGuardAnalyzer (not marked [DiagnosticAnalyzer]: the compiler loads the host only).
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
