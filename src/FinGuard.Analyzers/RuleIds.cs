namespace FinGuard.Analyzers
{
    /// <summary>
    /// Every FinGuard rule ID, once. IDs are stable forever; a newcomer finds a rule's analyzer, fix, test
    /// and doc page (docs/rules/{id}.md) by searching for the ID.
    /// </summary>
    public static class RuleIds
    {
        // FG1xxx card data (PCI DSS v4.0 req. 3)
        public const string PanMember = "FG1001";

        // FG9xxx toolkit: reported by the MSBuild gate, not by analyzers; listed so the docs tests see them.
        public const string GateLogMissing = "FG9001";
        public const string GateLogUnreadable = "FG9002";

        public const string HelpLinkBase = "https://github.com/finguard/finguard/blob/main/docs/rules/";

        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
    }
}
