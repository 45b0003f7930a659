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

        public const string HelpLinkBase = "https://github.com/finguard/finguard/blob/main/docs/rules/";

        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
    }
}
