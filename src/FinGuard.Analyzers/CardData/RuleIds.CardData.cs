namespace FinGuard.Analyzers;

public static partial class RuleIds
{
    // FG1xxx card data (PCI DSS v4.0 req. 3)
    public const string PanMember = "FG1001";
    public const string SensitiveAuthenticationData = "FG1002";
    public const string CardDataLogged = "FG1003";
    public const string CardDataPersisted = "FG1004";
    public const string RawCardDataToProcessor = "FG1005";
    public const string CardNumberLiteral = "FG1006";
    public const string UnkeyedPanHash = "FG1007";
}
