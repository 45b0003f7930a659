using System;
using System.Collections.Generic;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Reporting
{
    /// <summary>What the gate decided for one finding.</summary>
    internal enum FindingStatus
    {
        /// <summary>Fails the build.</summary>
        Blocking,

        /// <summary>Reported, does not fail the build (severity below the blocking threshold).</summary>
        Reported,

        /// <summary>Suppressed in source (#pragma, [SuppressMessage]); listed in the report only.</summary>
        Suppressed,
    }

    /// <summary>
    /// The default policy, until a policy file says otherwise: card data (FG1) and secrets (FG4) block at warning
    /// severity and above, everything blocks at error severity, and with TreatWarningsAsErrors every warning blocks.
    /// Severities are the ones the compiler applied from .editorconfig, so a team relaxes a rule with
    /// <c>dotnet_diagnostic.FG1001.severity = suggestion</c>: an explicit, reviewable choice.
    /// </summary>
    internal static class DefaultPolicy
    {
        private static readonly HashSet<string> FamiliesBlockingAtWarning = new HashSet<string>(StringComparer.Ordinal) { "FG1", "FG4" };

        public static FindingStatus Decide(Finding finding, bool treatWarningsAsErrors)
        {
            if (finding.IsSuppressed)
            {
                return FindingStatus.Suppressed;
            }

            switch (finding.Level)
            {
                case "error":
                    return FindingStatus.Blocking;
                case "warning":
                    return treatWarningsAsErrors || FamiliesBlockingAtWarning.Contains(finding.Family) ? FindingStatus.Blocking : FindingStatus.Reported;
                default:
                    return FindingStatus.Reported;
            }
        }
    }
}
