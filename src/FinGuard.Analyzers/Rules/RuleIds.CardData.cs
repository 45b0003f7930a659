namespace FinGuard.Analyzers
{
    public static partial class RuleIds
    {
        // FG1xxx card data (PCI DSS v4.0 req. 3)
        public const string PanMember = "FG1001";
    }
}
