namespace FinGuard.Analyzers;

public static partial class RuleIds
{
    // FG3xxx data protection and crypto (PCI DSS v4.0 req. 3.5-3.7, 4.2)
    public const string UnencryptedFinancialField = "FG3001";
    public const string UnencryptedBalanceOrAmount = "FG3002";
    public const string WeakEncryption = "FG3003";
    public const string StaticOrReusedNonce = "FG3004";
    public const string KeyInCode = "FG3005";
    public const string AccountDataLogged = "FG3006";
    public const string AccountDataExposed = "FG3007";
}
