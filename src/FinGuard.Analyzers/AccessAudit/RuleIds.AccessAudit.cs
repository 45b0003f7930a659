namespace FinGuard.Analyzers;

public static partial class RuleIds
{
    // FG5xxx access control and audit trail for money-moving code (PCI DSS v4.0 req. 7.2, 10.2, 10.3)
    public const string UnauthorizedMoneyMovingEndpoint = "FG5001";
    public const string MoneyMovementWithoutAudit = "FG5002";
    public const string MutableAuditRecord = "FG5003";
}
