using FinGuard.Build.Policy;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting;

/// <summary>
/// The decision without a policy file, waivers or baseline: card data (FG1) and secrets (FG4) block at warning
/// severity and above, everything blocks at error severity, and with TreatWarningsAsErrors every warning blocks.
/// Severities are the ones the compiler applied from .editorconfig.
/// </summary>
internal static class DefaultPolicy
{
    private static readonly GatePolicy Defaults = GatePolicy.CreateDefault(string.Empty);

    public static FindingStatus Decide(Finding finding, bool treatWarningsAsErrors)
    {
        if (finding.IsSuppressed)
        {
            return FindingStatus.Suppressed;
        }

        return GateEvaluator.WouldBlock(finding, Defaults, treatWarningsAsErrors) ? FindingStatus.Blocking : FindingStatus.Reported;
    }
}
