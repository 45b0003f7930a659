using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit
{
    /// <summary>
    /// FG5001 (an HTTP endpoint reaches a money movement without an authorization requirement) and FG5002 (the flow
    /// from an HTTP endpoint moves money and writes no audit record). One analyzer for both: they share the call graph
    /// (<see cref="MoneyFlowGraph"/>), which is built once per compilation, one walk per method body, and summarised at
    /// compilation end. Money movement is what the idempotency rules classify (<see cref="MoneyMovements"/>); charges
    /// (customer pay-ins, legitimately anonymous in guest checkout) count only with <c>finguard.access.include_charges = true</c>.
    /// Flows are those that start at an HTTP endpoint: background jobs have no HTTP surface.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MoneyMovementAccessAnalyzer : DiagnosticAnalyzer
    {
        internal const string KindProperty = "Kind";
        internal const string EndpointKindProperty = "EndpointKind";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnauthorizedMoneyMovingEndpoint, Descriptors.MoneyMovementWithoutAudit);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                var aspNet = AspNetCoreSymbols.Create(start.Compilation);
                if (!aspNet.HasHttpSurface)
                {
                    return;
                }

                var graph = new MoneyFlowGraph();
                var collector = new MoneyFlowCollector(
                    start.Compilation.Assembly,
                    MoneyMovements.Create(start.Compilation, new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider)),
                    aspNet,
                    start.Options.AnalyzerConfigOptionsProvider,
                    graph);
                start.RegisterOperationBlockAction(collector.Collect);
                start.RegisterCompilationEndAction(end => Report(end, graph, aspNet));
            });
        }

        private static void Report(CompilationAnalysisContext context, MoneyFlowGraph graph, AspNetCoreSymbols aspNet)
        {
            var endpoints = new List<(HttpEndpoint Endpoint, EndpointAuthorization Authorization, string Kind)>();
            foreach (KeyValuePair<ISymbol, MethodFacts> entry in graph.Methods)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (entry.Key is not IMethodSymbol method || method.Locations.IsEmpty || !method.Locations[0].IsInSource)
                {
                    continue;
                }

                if (aspNet.IsControllerAction(method))
                {
                    endpoints.Add((new HttpEndpoint(method, method.ContainingType.Name + "." + method.Name, method.Locations[0], EndpointAuthorization.None),
                        aspNet.FromAttributes(method, method.ContainingType), "Action"));
                }
                else if (aspNet.IsPageHandler(method))
                {
                    // Razor Pages apply [Authorize] on the page model only; attributes on handler methods are ignored.
                    endpoints.Add((new HttpEndpoint(method, method.ContainingType.Name + "." + method.Name, method.Locations[0], EndpointAuthorization.None),
                        aspNet.FromAttributes(method, method.ContainingType, methodAttributesCount: false), "Page"));
                }
            }

            foreach (HttpEndpoint route in graph.Routes)
            {
                EndpointAuthorization fromHandler = aspNet.FromAttributes(route.Handler, route.Handler is IMethodSymbol { MethodKind: MethodKind.Ordinary } named ? named.ContainingType : null);
                endpoints.Add((route, AspNetCoreSymbols.Combine(route.RouteAuthorization, fromHandler), "Route"));
            }

            // Deterministic messages: endpoints in source order.
            endpoints.Sort(static (a, b) =>
            {
                int c = string.CompareOrdinal(a.Endpoint.Location.SourceTree?.FilePath, b.Endpoint.Location.SourceTree?.FilePath);
                return c != 0 ? c : a.Endpoint.Location.SourceSpan.Start.CompareTo(b.Endpoint.Location.SourceSpan.Start);
            });

            var reportedOperations = new HashSet<Location>();
            foreach (var (endpoint, declared, kind) in endpoints)
            {
                FlowSummary flow = graph.Summarize(endpoint.Handler);
                MoneyOperation? first = null;
                foreach (MoneyOperation operation in flow.Operations)
                {
                    if (operation.Counts)
                    {
                        first = operation;
                        break;
                    }
                }

                if (first == null)
                {
                    continue;
                }

                EndpointAuthorization authorization = declared == EndpointAuthorization.None && graph.HasGlobalAuthorization ? EndpointAuthorization.Policy : declared;
                if (authorization != EndpointAuthorization.Policy && !flow.VerifiesSignature)
                {
                    string reason = authorization switch
                    {
                        EndpointAuthorization.AnonymousOverride => "[AllowAnonymous] lets anyone call it",
                        EndpointAuthorization.AuthenticatedOnly => "requires only a signed-in user, not a role or policy",
                        _ => "has no authorization requirement",
                    };
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                        .Add(EndpointKindProperty, kind)
                        .Add(KindProperty, authorization.ToString());
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.UnauthorizedMoneyMovingEndpoint, endpoint.Location, endpoint.Handler, properties,
                        endpoint.Name, MoneyMovements.Describe(first.Kind), first.Name, reason));
                }

                if (!flow.WritesAudit)
                {
                    foreach (MoneyOperation operation in flow.Operations)
                    {
                        if (operation.Counts && reportedOperations.Add(operation.Location))
                        {
                            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, operation.Kind.ToString());
                            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.MoneyMovementWithoutAudit, operation.Location, operation.Owner, properties,
                                operation.Name, MoneyMovements.Describe(operation.Kind).Substring(2), endpoint.Name));
                        }
                    }
                }
            }
        }
    }
}
