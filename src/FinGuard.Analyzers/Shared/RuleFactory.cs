namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The one factory every FinGuard descriptor is created through, so help links, categories and tags never drift;
/// each descriptor is declared beside the analyzer that reports it (a <c>Descriptors</c> partial class at the top of
/// the analyzer's file, in the family's namespace), its ID in the family folder's <c>RuleIds.&lt;Family&gt;.cs</c>.
/// Default severities are Warning: the IDE shows a squiggle and FinGuard's build gate decides what blocks
/// (card data and secrets block by default), so that waivers and baselines can let a finding pass
/// without the compiler itself failing the build.
/// </summary>
public static class RuleFactory
{
    public const string CardDataCategory = "FinGuard.CardData";
    public const string IdempotencyCategory = "FinGuard.Idempotency";
    public const string DataProtectionCategory = "FinGuard.DataProtection";
    public const string SecretsCategory = "FinGuard.Secrets";
    public const string AccessAuditCategory = "FinGuard.AccessAudit";

#pragma warning disable RS0030 // the one place descriptors are constructed (BannedSymbols.txt)
    internal static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description, DiagnosticSeverity severity = DiagnosticSeverity.Warning, bool compilationEnd = false)
        => new DiagnosticDescriptor(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: RuleIds.GetHelpUri(id), customTags: compilationEnd ? new[] { "FinGuard", "PCI-DSS", WellKnownDiagnosticTags.CompilationEnd } : new[] { "FinGuard", "PCI-DSS" });
#pragma warning restore RS0030
}
