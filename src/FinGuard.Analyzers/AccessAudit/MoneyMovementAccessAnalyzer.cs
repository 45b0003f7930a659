using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit;

/// <summary>The rules this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor UnauthorizedMoneyMovingEndpoint = RuleFactory.Create(
        RuleIds.UnauthorizedMoneyMovingEndpoint,
        title: "Endpoint that moves money has no authorization requirement",
        messageFormat: "'{0}' reaches {1} ('{2}') and {3}: require a role or policy with [Authorize(Policy = \"...\")] or RequireAuthorization(\"...\")",
        category: RuleFactory.AccessAuditCategory,
        description: "An HTTP endpoint (MVC or API controller action, minimal API, Razor page handler) that refunds, captures, pays out or transfers money, directly or through the services it calls, must be restricted to the roles that need it: no [Authorize] with a policy or roles, a bare [Authorize] that admits any signed-in user, or an [AllowAnonymous] that overrides the controller's policy lets the wrong people move money. Processor webhooks that verify the signature (Stripe EventUtility.ConstructEvent and the like) are authenticated by it. PCI DSS v4.0 requirement 7.2.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor MoneyMovementWithoutAudit = RuleFactory.Create(
        RuleIds.MoneyMovementWithoutAudit,
        title: "Money moves with no audit record",
        messageFormat: "'{0}' moves money ({1}) and the flow from '{2}' writes no audit record: record who moved it, what and when with AuditTrail.Record(...) or your audit sink after the call",
        category: RuleFactory.AccessAuditCategory,
        description: "Every refund, capture, payout and transfer that a person or client triggers must leave an audit record naming the actor, the action, the subject and the time, in a log the application cannot change. PCI DSS v4.0 requirements 10.2.1 and 10.2.2.",
        compilationEnd: true);
}

/// <summary>
/// FG5001 (an HTTP endpoint reaches a money movement without an authorization requirement) and FG5002 (the flow
/// from an HTTP endpoint moves money and writes no audit record). One analyzer for both: they share the call graph
/// (<see cref="MoneyFlowGraph"/>), which is built once per compilation, one walk per method body, and summarised at
/// compilation end. Money movement is what the idempotency rules classify (<see cref="MoneyMovements"/>); charges
/// (customer pay-ins, legitimately anonymous in guest checkout) count only with <c>finguard.access.include_charges = true</c>.
/// Flows are those that start at an HTTP endpoint: background jobs have no HTTP surface.
/// </summary>
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
