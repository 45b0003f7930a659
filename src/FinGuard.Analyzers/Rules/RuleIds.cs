namespace FinGuard.Analyzers
{
    /// <summary>
    /// Every FinGuard rule ID, once: this file holds the shared parts and the toolkit IDs, each family has its
    /// <c>RuleIds.&lt;Family&gt;.cs</c> beside it. IDs are stable forever; a newcomer finds a rule's analyzer, fix,
    /// test and doc page (docs/rules/{id}.md) by searching for the ID.
    /// </summary>
    public static partial class RuleIds
    {
        // FG9xxx toolkit: reported by the MSBuild gate (FinGuard.Build), not by analyzers; listed so the docs tests see them.
        public const string GateLogMissing = "FG9001";
        public const string GateLogUnreadable = "FG9002";
        public const string GatePolicyMalformed = "FG9003";
        public const string GatePolicyInvalid = "FG9004";
        public const string GateUnknownRule = "FG9005";
        public const string GateBadGlob = "FG9006";
        public const string GateBadDate = "FG9007";
        public const string GateWaiverIncomplete = "FG9008";
        public const string GateWaiverExpired = "FG9009";
        public const string GateWaiverStale = "FG9010";
        public const string GateBaselineUnreadable = "FG9011";
        public const string GatePolicyMissing = "FG9012";
        public const string GateAssetsUnreadable = "FG9013";

        public const string HelpLinkBase = "https://github.com/finguard/finguard/blob/main/docs/rules/";

        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
    }
}
