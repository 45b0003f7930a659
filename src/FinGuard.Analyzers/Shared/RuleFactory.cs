using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    /// <summary>
    /// All diagnostic descriptors, built by one factory so help links, categories and tags never drift; each
    /// family's descriptors are in <c>Descriptors.&lt;Family&gt;.cs</c> beside this file.
    /// Default severities are Warning: the IDE shows a squiggle and FinGuard's build gate decides what blocks
    /// (card data and secrets block by default), so that waivers and baselines can let a finding pass
    /// without the compiler itself failing the build.
    /// </summary>
    public static partial class Descriptors
    {
        public const string CardDataCategory = "FinGuard.CardData";
        public const string IdempotencyCategory = "FinGuard.Idempotency";
        public const string DataProtectionCategory = "FinGuard.DataProtection";
        public const string SecretsCategory = "FinGuard.Secrets";
        public const string AccessAuditCategory = "FinGuard.AccessAudit";

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description, DiagnosticSeverity severity = DiagnosticSeverity.Warning, bool compilationEnd = false)
            => new DiagnosticDescriptor(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: RuleIds.GetHelpUri(id), customTags: compilationEnd ? new[] { "FinGuard", "PCI-DSS", WellKnownDiagnosticTags.CompilationEnd } : new[] { "FinGuard", "PCI-DSS" });
    }
}
