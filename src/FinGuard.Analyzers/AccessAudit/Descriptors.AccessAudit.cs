using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor UnauthorizedMoneyMovingEndpoint = Create(
            RuleIds.UnauthorizedMoneyMovingEndpoint,
            title: "Endpoint that moves money has no authorization requirement",
            messageFormat: "'{0}' reaches {1} ('{2}') and {3}: require a role or policy with [Authorize(Policy = \"...\")] or RequireAuthorization(\"...\")",
            category: AccessAuditCategory,
            description: "An HTTP endpoint (MVC or API controller action, minimal API, Razor page handler) that refunds, captures, pays out or transfers money, directly or through the services it calls, must be restricted to the roles that need it: no [Authorize] with a policy or roles, a bare [Authorize] that admits any signed-in user, or an [AllowAnonymous] that overrides the controller's policy lets the wrong people move money. Processor webhooks that verify the signature (Stripe EventUtility.ConstructEvent and the like) are authenticated by it. PCI DSS v4.0 requirement 7.2.",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor MoneyMovementWithoutAudit = Create(
            RuleIds.MoneyMovementWithoutAudit,
            title: "Money moves with no audit record",
            messageFormat: "'{0}' moves money ({1}) and the flow from '{2}' writes no audit record: record who moved it, what and when with AuditTrail.Record(...) or your audit sink after the call",
            category: AccessAuditCategory,
            description: "Every refund, capture, payout and transfer that a person or client triggers must leave an audit record naming the actor, the action, the subject and the time, in a log the application cannot change. PCI DSS v4.0 requirements 10.2.1 and 10.2.2.",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor MutableAuditRecord = Create(
            RuleIds.MutableAuditRecord,
            title: "Audit records can be changed by the application",
            messageFormat: "{0}: keep audit records append-only (insert only, init-only or private setters, no update or delete) and detect tampering with a hash chain such as FinGuard's AuditTrail",
            category: AccessAuditCategory,
            description: "Audit logs are evidence only while nobody can rewrite them: an update or delete on the audit table, or an audit entity whose properties anyone can set, lets the application (or an attacker inside it) change the history of who moved money. PCI DSS v4.0 requirements 10.3.2 and 10.3.4.");
    }
}
