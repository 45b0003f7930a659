namespace FinGuard.Analyzers;

/// <summary>
/// Every FinGuard rule ID, once: this file holds the shared parts, each family has its
/// <c>RuleIds.&lt;Family&gt;.cs</c> beside it. IDs are stable forever; a newcomer finds a rule's analyzer, fix,
/// test and doc page (docs/rules/{id}.md) by searching for the ID.
/// </summary>
public static partial class RuleIds
{
    // FG9xxx toolkit codes belong to the build gate: see GateCodes in src/FinGuard.Build/GateDiagnostic.cs.

    public const string HelpLinkBase = "https://github.com/finguard/finguard/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
}
